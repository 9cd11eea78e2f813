// The RFC 4716 block ("---- BEGIN SSH2 PUBLIC KEY ----", header lines, base64 body, END line)
// that PuTTYgen and `ssh-keygen -e` show.

#include "key_errors.h"
#include "key_formats.h"
#include "key_text.h"
#include "ssh_key_blob.h"

#include <algorithm>
#include <optional>

namespace stitch::keys::detail {
namespace {

const QRegularExpression &rfc4716End()
{
    static const QRegularExpression re(QStringLiteral("^-{3,5}\\s*END SSH2 PUBLIC KEY\\s*-{3,5}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

const QRegularExpression &rfc4716Begin()
{
    static const QRegularExpression re(
        QStringLiteral("^-{3,5}\\s*BEGIN SSH2 PUBLIC KEY\\s*-{3,5}$"),
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
    if (commentHoldsAnotherKey(comment))
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

} // namespace stitch::keys::detail
