#include "public_key.h"

#include "ssh/fingerprint.h"

#include <QByteArrayView>
#include <QRegularExpression>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <optional>
#include <vector>

namespace stitch::keys {

namespace {

// Far more than any real public key (RSA 16384 with a long comment is < 4 KiB); bounds the work
// done on hostile input.
constexpr qsizetype kMaxInputChars = 64 * 1024;
constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 16384; // OpenSSH's limit
constexpr qsizetype kMaxTypeNameChars = 64;

enum class Family
{
    Ed25519,
    Ecdsa,
    Rsa
};

struct KeySpec
{
    const char *name;
    Family family;
    bool securityKey; // sk-*: a FIDO application string follows the key
    const char *curve;
    int bits;
};

const KeySpec kSupported[] = {
    {"ssh-ed25519", Family::Ed25519, false, nullptr, 256},
    {"ecdsa-sha2-nistp256", Family::Ecdsa, false, "nistp256", 256},
    {"ecdsa-sha2-nistp384", Family::Ecdsa, false, "nistp384", 384},
    {"ecdsa-sha2-nistp521", Family::Ecdsa, false, "nistp521", 521},
    {"ssh-rsa", Family::Rsa, false, nullptr, 0},
    {"sk-ssh-ed25519@openssh.com", Family::Ed25519, true, nullptr, 256},
    {"sk-ecdsa-sha2-nistp256@openssh.com", Family::Ecdsa, true, "nistp256", 256},
};

const KeySpec *findSpec(QByteArrayView name)
{
    for (const KeySpec &spec : kSupported) {
        if (name == QByteArrayView(spec.name))
            return &spec;
    }
    return nullptr;
}

// ---- Error messages -------------------------------------------------------------------------
// None of them quotes the text given, except a key type name (which cannot be key material).
// They say "give", not "paste" or "file": the wizard takes the key pasted, the CLI from a file.

QString copyAgainFix()
{
    return QStringLiteral("Copy the public key again from the Stitch web app (Integration "
                          "settings → SSH Tunnel, or destination settings → Encryption Type → "
                          "SSH Tunnel) and give it unchanged.");
}

Error keyEmpty()
{
    return withRemedy(makeError(ErrorCode::KeyEmpty, QStringLiteral("No public key was given."),
                                QStringLiteral("Copy Stitch's public key from the Stitch web app "
                                               "(Integration settings → SSH Tunnel) and give it "
                                               "here.")),
                      RemedyKind::GivePublicKey);
}

Error privateKeyGiven()
{
    return withRemedy(
        makeError(ErrorCode::PrivateKeyGiven,
                  QStringLiteral("This is a PRIVATE key. A private key is a secret that must "
                                 "never be shared or pasted anywhere; Stitch needs its own "
                                 "PUBLIC key here, not one of yours."),
                  QStringLiteral("Remove the private key from where you put it. If it was "
                                 "copied anywhere else, treat it as exposed and replace it. Then "
                                 "copy Stitch's public key (one line starting with \"ssh-\") "
                                 "from the Stitch web app: Integration settings → SSH Tunnel.")),
        RemedyKind::ReplacePrivateKey);
}

Error tooLong()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The text is far too long to be an SSH public key."),
                     copyAgainFix());
}

Error notAKey()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The text is not an SSH public key. A public key is "
                                    "one line that starts with its type, for example "
                                    "\"ssh-ed25519 AAAA…\" or \"ssh-rsa AAAA…\"."),
                     copyAgainFix());
}

Error typeMissing()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The beginning of the key is missing: it should start with "
                                    "its type, for example \"ssh-ed25519\" or \"ssh-rsa\"."),
                     QStringLiteral("Copy the whole key, including the type at the start. ") +
                         copyAgainFix());
}

Error fingerprintGiven()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("This is a key fingerprint (a short checksum of a key), not "
                                    "the key itself."),
                     QStringLiteral("Copy the full public key instead: one long line starting "
                                    "with its type, for example \"ssh-ed25519 AAAA…\". ") +
                         copyAgainFix());
}

Error optionsInFront()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("There are authorized_keys options (such as \"restrict\" or "
                                    "\"command=...\") in front of the key."),
                     QStringLiteral("Give only the key itself, starting with its type (for "
                                    "example \"ssh-ed25519\" or \"ssh-rsa\"); the options it "
                                    "needs are added for you."));
}

Error extraTextInFront()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("There is extra text in front of the key."),
                     QStringLiteral("Give only the key itself, starting with its type (for "
                                    "example \"ssh-ed25519\" or \"ssh-rsa\")."));
}

Error twoKeys()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The text contains more than one key."),
                     QStringLiteral("Give one key: Stitch's public key only."));
}

Error extraTextAfter()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("There is extra text after the end of the key."),
                     QStringLiteral("Give only the key block, from its BEGIN line to its END "
                                    "line."));
}

Error dsaUnsupported()
{
    return makeError(ErrorCode::KeyTypeUnsupported,
                     QStringLiteral("This is a DSA key (ssh-dss). DSA keys are insecure and "
                                    "modern OpenSSH servers refuse them."),
                     QStringLiteral("Use Stitch's current public key (Ed25519, ECDSA or RSA). ") +
                         copyAgainFix());
}

Error typeUnsupported(const QString &type)
{
    const bool certificate = type.contains(QLatin1String("-cert-"));
    const QString what = type.isEmpty() ? QStringLiteral("This kind of key")
                                        : QStringLiteral("The key type \"%1\"").arg(type);
    return makeError(ErrorCode::KeyTypeUnsupported,
                     certificate ? QStringLiteral("%1 is an SSH certificate, not a plain public "
                                                  "key; certificates are not supported.")
                                       .arg(what)
                                 : QStringLiteral("%1 is not supported. Supported are "
                                                  "ssh-ed25519, ecdsa-sha2-nistp256/384/521, "
                                                  "ssh-rsa and the sk- security-key variants.")
                                       .arg(what),
                     copyAgainFix());
}

Error tooWeak(int bits)
{
    return makeError(ErrorCode::KeyTooWeak,
                     QStringLiteral("This RSA key is only %1 bits long, which is too weak; at "
                                    "least %2 bits are required.")
                         .arg(bits)
                         .arg(kMinRsaBits),
                     QStringLiteral("Use Stitch's current public key; if it really is this "
                                    "short, ask Stitch support for a new one."));
}

Error invalidCharacters()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The key contains characters that cannot be part of a key; "
                                    "it was probably changed while copying."),
                     copyAgainFix());
}

Error incomplete(const QString &detail)
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The key is incomplete: part of it is missing, probably cut "
                                    "off while copying."),
                     QStringLiteral("Copy the whole key, all of it up to the very end. ") +
                         copyAgainFix(),
                     detail);
}

Error damaged(const QString &detail)
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The key is damaged: its data is not a valid SSH public "
                                    "key."),
                     copyAgainFix(), detail);
}

Error mismatch(const QString &prefix, const QByteArray &inner)
{
    const QString innerText = findSpec(inner) || inner == "ssh-dss"
                                  ? QStringLiteral("an %1 key").arg(QString::fromLatin1(inner))
                                  : QStringLiteral("a different kind of key");
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The key text was altered or mixed up: it says \"%1\" at the "
                                    "start, but the key data is %2.")
                         .arg(prefix, innerText),
                     copyAgainFix());
}

Error rfc4716Unterminated()
{
    return makeError(ErrorCode::KeyMalformed,
                     QStringLiteral("The key block has no \"---- END SSH2 PUBLIC KEY ----\" "
                                    "line; it was probably cut off while copying."),
                     QStringLiteral("Copy the whole block, from the BEGIN line to the END line. ") +
                         copyAgainFix());
}

// ---- Text helpers ---------------------------------------------------------------------------

int base64Value(char16_t u)
{
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 26;
    if (u >= u'0' && u <= u'9')
        return u - u'0' + 52;
    if (u == u'+')
        return 62;
    if (u == u'/')
        return 63;
    return -1;
}

int base64Value(char c)
{
    return base64Value(static_cast<char16_t>(static_cast<unsigned char>(c)));
}

bool isBase64Char(QChar c)
{
    return base64Value(c.unicode()) >= 0;
}

bool isBase64Token(const QString &token)
{
    for (QChar c : token) {
        if (!isBase64Char(c) && c != QLatin1Char('='))
            return false;
    }
    return !token.isEmpty();
}

// Every SSH key blob starts with a uint32 length < 2^24, so its base64 starts with "AAAA".
bool looksLikeKeyData(const QString &token, qsizetype minLength)
{
    return token.size() >= minLength && token.startsWith(QLatin1String("AAAA")) &&
           isBase64Token(token);
}

// "ssh-ed25519", "ecdsa-sha2-nistp256", "sk-ssh-ed25519@openssh.com", "ssh-foo-cert-v01@...":
// lower-case ASCII words joined by '-', never base64 (which has no '-').
bool looksLikeTypeName(const QString &token)
{
    if (token.isEmpty() || token.size() > kMaxTypeNameChars || !token.contains(QLatin1Char('-')))
        return false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' ||
                        u == u'@' || u == u'.' || u == u'_';
        if (!ok)
            return false;
    }
    return token.front().isLetter();
}

// authorized_keys options (sshd(8) "AUTHORIZED_KEYS FILE FORMAT").
bool looksLikeOptions(const QString &token)
{
    static const QStringList kOptions = {
        QStringLiteral("agent-forwarding"),
        QStringLiteral("cert-authority"),
        QStringLiteral("command"),
        QStringLiteral("environment"),
        QStringLiteral("expiry-time"),
        QStringLiteral("from"),
        QStringLiteral("no-agent-forwarding"),
        QStringLiteral("no-port-forwarding"),
        QStringLiteral("no-pty"),
        QStringLiteral("no-touch-required"),
        QStringLiteral("no-user-rc"),
        QStringLiteral("no-x11-forwarding"),
        QStringLiteral("permitlisten"),
        QStringLiteral("permitopen"),
        QStringLiteral("port-forwarding"),
        QStringLiteral("principals"),
        QStringLiteral("pty"),
        QStringLiteral("restrict"),
        QStringLiteral("tunnel"),
        QStringLiteral("user-rc"),
        QStringLiteral("verify-required"),
        QStringLiteral("x11-forwarding"),
    };
    qsizetype end = 0;
    while (end < token.size() && token.at(end) != QLatin1Char(',') &&
           token.at(end) != QLatin1Char('='))
        ++end;
    return kOptions.contains(token.left(end).toLower());
}

bool isQuote(QChar c)
{
    static const QString kQuotes = QStringLiteral("\"'`“”‘’");
    return kQuotes.contains(c);
}

bool isMatchingQuotePair(QChar open, QChar close)
{
    if (open == close)
        return open == QLatin1Char('"') || open == QLatin1Char('\'') || open == QLatin1Char('`');
    return (open == QChar(u'“') && close == QChar(u'”')) ||
           (open == QChar(u'‘') && close == QChar(u'’'));
}

// Line endings to '\n', invisible characters web pages and mail clients insert removed, control
// characters to blanks, surrounding whitespace and quotes stripped.
QString normalizeText(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    t.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF ||
               u == 0x00AD;
    });
    // Other control characters (terminal escapes, NULs) separate words like blanks do.
    for (QChar &c : t) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n'))
            c = QLatin1Char(' ');
    }
    t = t.trimmed();
    while (t.size() >= 2 && isMatchingQuotePair(t.front(), t.back()))
        t = t.mid(1, t.size() - 2).trimmed();
    // A selection that caught only one quote.
    if (!t.isEmpty() && isQuote(t.front()))
        t = t.mid(1).trimmed();
    if (!t.isEmpty() && isQuote(t.back()) && t.count(t.back()) == 1)
        t = t.left(t.size() - 1).trimmed();
    return t;
}

QStringList splitWhitespace(const QString &text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        if (i > start)
            tokens.append(text.mid(start, i - start));
    }
    return tokens;
}

// One line of printable text: whitespace runs become one space, control characters go.
QString cleanComment(const QString &comment)
{
    QString c = comment;
    c.removeIf([](QChar ch) { return ch.category() == QChar::Other_Control && !ch.isSpace(); });
    c = c.simplified();
    // A trailing quote that is the only one of its kind would be taken for a stray quote of the
    // selection (normalizeText) when authorizedKeysLine() is read again; drop it now, so that
    // the line always reads back to the same key (found by tests/fuzz/public_key_fuzzer).
    while (!c.isEmpty() && isQuote(c.back()) && c.count(c.back()) == 1)
        c = c.left(c.size() - 1).trimmed();
    return c;
}

// Strict base64: only the standard alphabet, '=' only as final padding, no stray bits in the
// last character. Missing padding is tolerated (it carries no data; selections often lose it).
std::optional<QByteArray> decodeBase64Strict(const QByteArray &in)
{
    qsizetype body = in.size();
    while (body > 0 && in.at(body - 1) == '=')
        --body;
    const qsizetype padding = in.size() - body;
    const qsizetype rem = body % 4;
    if (body == 0 || rem == 1 || (padding != 0 && padding != 4 - rem))
        return std::nullopt;
    for (qsizetype i = 0; i < body; ++i) {
        if (base64Value(in.at(i)) < 0)
            return std::nullopt;
    }
    const int last = base64Value(in.at(body - 1));
    if ((rem == 2 && (last & 0x0F) != 0) || (rem == 3 && (last & 0x03) != 0))
        return std::nullopt;
    return QByteArray::fromBase64(in.left(body));
}

// ---- SSH wire format ------------------------------------------------------------------------

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

enum class BlobProblem
{
    None,
    Truncated,
    UnknownType,
    Damaged
};

struct BlobParse
{
    BlobProblem problem = BlobProblem::None;
    bool typeRead = false;
    QByteArray type;
    const KeySpec *spec = nullptr;
    int bits = 0;
    qsizetype length = 0; // bytes the key structure occupies (when problem == None)
    QString detail;       // technical, for the transcript; never key material
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

// Parses the key structure at the start of blob (bytes after it are the caller's business).
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

// Turns a parse result (for a blob whose data is known to end at its end) into an Error.
// prefix is the type written in front of the key, empty for RFC 4716.
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

// Validates a complete blob (exactly the key, nothing after it) and builds the result.
Result<PublicKeyInfo> finishKey(const QByteArray &blob, const QString &prefix,
                                const QString &comment)
{
    const BlobParse parse = parseBlob(blob);
    if (parse.problem != BlobProblem::None ||
        (!prefix.isEmpty() && parse.type != prefix.toLatin1()))
        return blobError(parse, prefix);
    if (parse.length != blob.size())
        return damaged(
            QStringLiteral("%1 unexpected bytes after the key").arg(blob.size() - parse.length));
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

// Whether the words after a key contain another key ("type AAAA..." or a long "AAAA..." run).
bool holdsAnotherKey(const QStringList &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (looksLikeKeyData(token, 32) || (i + 1 < tokens.size() && looksLikeTypeName(token) &&
                                            looksLikeKeyData(tokens.at(i + 1), 4)))
            return true;
    }
    return false;
}

// ---- The two input forms --------------------------------------------------------------------

const QRegularExpression &rfc4716Begin()
{
    static const QRegularExpression re(
        QStringLiteral("^-{3,5}\\s*BEGIN SSH2 PUBLIC KEY\\s*-{3,5}$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &rfc4716End()
{
    static const QRegularExpression re(QStringLiteral("^-{3,5}\\s*END SSH2 PUBLIC KEY\\s*-{3,5}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

Result<PublicKeyInfo> parseRfc4716(const QStringList &lines, qsizetype begin)
{
    if (begin != 0) {
        const QStringList before = splitWhitespace(lines.mid(0, begin).join(QLatin1Char(' ')));
        return std::any_of(before.begin(), before.end(),
                           [](const QString &t) { return looksLikeKeyData(t, 16); })
                   ? twoKeys()
                   : extraTextInFront();
    }
    qsizetype i = begin + 1;
    QString comment;
    // Header lines "Tag: value"; a line ending in '\' continues on the next one.
    while (i < lines.size() && lines.at(i).contains(QLatin1Char(':'))) {
        QString header = lines.at(i);
        while (header.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
            header.chop(1);
            header += lines.at(++i);
        }
        ++i;
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        const QString tag = header.left(colon).trimmed();
        QString value = header.mid(colon + 1).trimmed();
        if (tag.compare(QLatin1String("Comment"), Qt::CaseInsensitive) == 0) {
            if (value.size() >= 2 && value.front() == QLatin1Char('"') &&
                value.back() == QLatin1Char('"'))
                value = value.mid(1, value.size() - 2);
            comment = value;
        }
    }
    QByteArray body;
    qsizetype end = -1;
    for (; i < lines.size(); ++i) {
        if (rfc4716End().match(lines.at(i)).hasMatch()) {
            end = i;
            break;
        }
        if (rfc4716Begin().match(lines.at(i)).hasMatch())
            return twoKeys();
        for (QChar c : lines.at(i)) {
            if (c.isSpace())
                continue;
            if (!isBase64Char(c) && c != QLatin1Char('='))
                return invalidCharacters();
            body += static_cast<char>(c.unicode());
        }
    }
    if (end < 0)
        return rfc4716Unterminated();
    if (holdsAnotherKey(splitWhitespace(comment)))
        return twoKeys();
    const QStringList after = lines.mid(end + 1);
    const QStringList afterTokens = splitWhitespace(after.join(QLatin1Char(' ')));
    if (!afterTokens.isEmpty()) {
        const bool anotherKey =
            std::any_of(after.begin(), after.end(),
                        [](const QString &l) { return rfc4716Begin().match(l).hasMatch(); }) ||
            std::any_of(afterTokens.begin(), afterTokens.end(),
                        [](const QString &t) { return looksLikeKeyData(t, 16); });
        return anotherKey ? twoKeys() : extraTextAfter();
    }
    if (body.isEmpty())
        return incomplete(QStringLiteral("RFC 4716 block without key data"));
    const std::optional<QByteArray> blob = decodeBase64Strict(body);
    if (!blob) {
        const BlobParse parse = parseBlob(QByteArray::fromBase64(body));
        if (parse.problem == BlobProblem::Truncated)
            return incomplete(parse.detail);
        return invalidCharacters();
    }
    return finishKey(*blob, QString(), comment);
}

Result<PublicKeyInfo> parseOpenSshLine(const QStringList &tokens)
{
    // Where does "type AAAA..." start? Anything in front of it is an error.
    qsizetype keyStart = -1;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (looksLikeTypeName(tokens.at(i)) && looksLikeKeyData(tokens.at(i + 1), 4)) {
            keyStart = i;
            break;
        }
    }
    if (keyStart > 0 || (keyStart < 0 && looksLikeOptions(tokens.front())))
        return looksLikeOptions(tokens.front()) || tokens.front().contains(QLatin1Char('='))
                   ? optionsInFront()
                   : extraTextInFront();
    const QString &type = tokens.front();
    if (keyStart < 0) {
        if (looksLikeKeyData(type, 4))
            return typeMissing();
        if (type.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive) ||
            type.startsWith(QLatin1String("MD5:"), Qt::CaseInsensitive))
            return fingerprintGiven();
        if (!looksLikeTypeName(type))
            return notAKey();
    }
    if (type == QLatin1String("ssh-dss"))
        return dsaUnsupported();
    if (!findSpec(type.toLatin1()))
        return typeUnsupported(type);
    if (tokens.size() < 2)
        return incomplete(QStringLiteral("nothing after the key type"));

    // The base64 may be split over several tokens (wrapped lines). Collect the tokens that
    // could be base64, find out from the blob itself how long the key is, and take exactly the
    // tokens that make up that length; the rest is the comment.
    QByteArray data;
    std::vector<qsizetype> tokenEnds;
    qsizetype next = 1;
    for (; next < tokens.size() && isBase64Token(tokens.at(next)); ++next) {
        data += tokens.at(next).toLatin1();
        tokenEnds.push_back(data.size());
    }
    if (data.isEmpty()) {
        const QString &bad = tokens.at(1);
        const qsizetype good = std::count_if(bad.begin(), bad.end(), isBase64Char);
        return bad.size() >= 16 && good * 10 >= bad.size() * 9
                   ? invalidCharacters()
                   : incomplete(QStringLiteral("no key data after the key type"));
    }
    const qsizetype firstPad = data.indexOf('=');
    const BlobParse parse =
        parseBlob(QByteArray::fromBase64(firstPad < 0 ? data : data.left(firstPad)));
    if (parse.problem != BlobProblem::None || parse.type != type.toLatin1()) {
        // Data that stops early because the next token has a stray character in it.
        if (parse.problem == BlobProblem::Truncated && next < tokens.size()) {
            const QString &bad = tokens.at(next);
            const qsizetype good = std::count_if(bad.begin(), bad.end(), isBase64Char);
            if (bad.size() >= 16 && good * 10 >= bad.size() * 9)
                return invalidCharacters();
        }
        return blobError(parse, type);
    }
    const qsizetype unpadded = (parse.length * 4 + 2) / 3;
    const qsizetype padded = (parse.length + 2) / 3 * 4;
    qsizetype keyTokens = -1;
    for (size_t j = 0; j < tokenEnds.size(); ++j) {
        if (tokenEnds[j] == unpadded || tokenEnds[j] == padded) {
            keyTokens = static_cast<qsizetype>(j) + 1;
            break;
        }
        if (tokenEnds[j] > padded)
            break;
    }
    if (keyTokens < 0)
        return damaged(QStringLiteral("key data runs on past the end of the key"));
    const std::optional<QByteArray> blob =
        decodeBase64Strict(data.left(tokenEnds[static_cast<size_t>(keyTokens - 1)]));
    if (!blob)
        return invalidCharacters();

    const QStringList commentTokens = tokens.mid(1 + keyTokens);
    if (holdsAnotherKey(commentTokens))
        return twoKeys();
    return finishKey(*blob, type, commentTokens.join(QLatin1Char(' ')));
}

} // namespace

QString PublicKeyInfo::authorizedKeysLine() const
{
    QString line = type + QLatin1Char(' ') + base64;
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

bool looksLikePrivateKey(const QString &text)
{
    static const QRegularExpression pemPrivate(QStringLiteral("BEGIN[A-Z0-9 ]*PRIVATE KEY"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (pemPrivate.match(text).hasMatch())
        return true;
    static const char *const kMarkers[] = {
        "PuTTY-User-Key-File-",        // PuTTY .ppk header
        "Private-Lines:",              // PuTTY .ppk body
        "Private-MAC:",                // PuTTY .ppk trailer
        "SSH PRIVATE KEY FILE FORMAT", // SSH1
    };
    for (const char *marker : kMarkers) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    // base64 of "openssh-key-v1\0": the body of an OpenSSH private key without its BEGIN line.
    return text.contains(QLatin1String("b3BlbnNzaC1rZXktdjE"));
}

Result<PublicKeyInfo> parsePublicKey(const QString &text)
{
    if (text.trimmed().isEmpty())
        return keyEmpty();
    if (looksLikePrivateKey(text))
        return privateKeyGiven();
    if (text.size() > kMaxInputChars)
        return tooLong();
    const QString normalized = normalizeText(text);
    if (normalized.isEmpty())
        return keyEmpty();

    QStringList lines = normalized.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (rfc4716Begin().match(lines.at(i)).hasMatch())
            return parseRfc4716(lines, i);
    }
    return parseOpenSshLine(splitWhitespace(normalized));
}

} // namespace stitch::keys
