#include "ssh_key_blob.h"

#include <QObject>

#include "key_errors.h"
#include "key_text.h"
#include "ssh/fingerprint.h"

#include <QtEndian>

namespace stitch::keys::detail {
namespace {

// Reads uint32-length-prefixed strings; never reads past the end.
class WireReader
{
public:
    explicit WireReader(const QByteArray &data) : m_data(data) {}

    bool readString(QByteArray *out)
    {
        if (m_data.size() - m_pos < 4)
            return false;
        const quint32 length = qFromBigEndian<quint32>(m_data.constData() + m_pos);
        if (static_cast<qsizetype>(length) > m_data.size() - m_pos - 4)
            return false;
        *out = m_data.mid(m_pos + 4, static_cast<qsizetype>(length));
        m_pos += 4 + static_cast<qsizetype>(length);
        return true;
    }

    qsizetype position() const { return m_pos; }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

// Bits of a positive mpint, or -1 if it is negative or zero.
int mpintBits(const QByteArray &mpint)
{
    if (mpint.isEmpty() || (static_cast<unsigned char>(mpint.at(0)) & 0x80) != 0)
        return -1;
    qsizetype first = 0;
    while (first < mpint.size() && mpint.at(first) == 0)
        ++first;
    if (first == mpint.size())
        return -1;
    int topBits = 0;
    for (unsigned v = static_cast<unsigned char>(mpint.at(first)); v != 0; v >>= 1)
        ++topBits;
    const qsizetype bits = (mpint.size() - first - 1) * 8 + topBits;
    return bits > kMaxRsaBits * 2 ? kMaxRsaBits * 2 : static_cast<int>(bits);
}

} // namespace

BlobParse parseBlob(const QByteArray &blob)
{
    BlobParse r;
    WireReader reader(blob);
    auto fail = [&r](BlobProblem problem, const QString &detail) {
        r.problem = problem;
        r.detail = detail;
        return r;
    };
    auto truncated = [&fail](const char *field) {
        return fail(
            BlobProblem::Truncated,
            QStringLiteral("key blob ends inside the field \"%1\"").arg(QLatin1String(field)));
    };
    if (blob.size() >= 4 && qFromBigEndian<quint32>(blob.constData()) > kMaxTypeNameChars)
        return fail(BlobProblem::Damaged,
                    QStringLiteral("key type field has an impossible length"));
    if (!reader.readString(&r.type))
        return truncated("key type");
    r.typeRead = true;
    r.spec = findSpec(r.type);
    if (!r.spec)
        return fail(BlobProblem::UnknownType, QStringLiteral("unknown key type in blob"));

    QByteArray field;
    switch (r.spec->family) {
    case Family::Ed25519:
        if (!reader.readString(&field))
            return truncated("public key");
        if (field.size() != 32)
            return fail(BlobProblem::Damaged,
                        QStringLiteral("ed25519 key is %1 bytes, expected 32").arg(field.size()));
        r.bits = r.spec->bits;
        break;
    case Family::Ecdsa: {
        if (!reader.readString(&field))
            return truncated("curve name");
        if (field != QByteArrayView(r.spec->curve))
            return fail(BlobProblem::Damaged,
                        QStringLiteral("curve name does not match the key type"));
        if (!reader.readString(&field))
            return truncated("curve point");
        const qsizetype coordinate = (r.spec->bits + 7) / 8;
        const unsigned char form = field.isEmpty() ? 0 : static_cast<unsigned char>(field.at(0));
        const bool uncompressed = form == 0x04 && field.size() == 1 + 2 * coordinate;
        const bool compressed = (form == 0x02 || form == 0x03) && field.size() == 1 + coordinate;
        if (!uncompressed && !compressed)
            return fail(BlobProblem::Damaged,
                        QStringLiteral("curve point has a wrong encoding or length (%1 bytes)")
                            .arg(field.size()));
        r.bits = r.spec->bits;
        break;
    }
    case Family::Rsa: {
        if (!reader.readString(&field))
            return truncated("exponent e");
        if (mpintBits(field) < 0)
            return fail(BlobProblem::Damaged, QStringLiteral("RSA exponent is not positive"));
        if (!reader.readString(&field))
            return truncated("modulus n");
        const int bits = mpintBits(field);
        if (bits < 0)
            return fail(BlobProblem::Damaged, QStringLiteral("RSA modulus is not positive"));
        if (bits > kMaxRsaBits)
            return fail(BlobProblem::Damaged,
                        QStringLiteral("RSA modulus larger than %1 bits").arg(kMaxRsaBits));
        r.bits = bits;
        break;
    }
    }
    if (r.spec->securityKey && !reader.readString(&field))
        return truncated("application");
    r.length = reader.position();
    return r;
}

Error blobError(const BlobParse &parse, const QString &prefix)
{
    if (!prefix.isEmpty() && parse.typeRead && parse.type != prefix.toLatin1())
        return mismatch(prefix, parse.type);
    switch (parse.problem) {
    case BlobProblem::Truncated:
        return incomplete(parse.detail);
    case BlobProblem::UnknownType:
        if (parse.type == "ssh-dss")
            return dsaUnsupported();
        if (looksLikeTypeName(QString::fromLatin1(parse.type)))
            return typeUnsupported(QString::fromLatin1(parse.type));
        return damaged(QStringLiteral("the key data does not start with a key type"));
    case BlobProblem::Damaged:
    case BlobProblem::None:
        break;
    }
    return damaged(parse.detail);
}

Result<PublicKeyInfo> finishKey(const QByteArray &blob, const QString &prefix,
                                const QString &comment)
{
    const BlobParse parse = parseBlob(blob);
    if (parse.problem != BlobProblem::None ||
        (!prefix.isEmpty() && parse.type != prefix.toLatin1()))
        return blobError(parse, prefix);
    if (parse.length != blob.size())
        return damaged(
            QObject::tr("%1 unexpected bytes after the key").arg(blob.size() - parse.length));
    if (parse.spec->family == Family::Rsa && parse.bits < kMinRsaBits)
        return tooWeak(parse.bits);

    PublicKeyInfo info;
    info.type = QString::fromLatin1(parse.type);
    info.bits = parse.bits;
    info.blob = blob;
    info.base64 = QString::fromLatin1(blob.toBase64());
    info.fingerprint = ssh::sha256Fingerprint(blob);
    info.comment = cleanComment(comment);
    return info;
}

} // namespace stitch::keys::detail
