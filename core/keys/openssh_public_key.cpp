// The OpenSSH one-line form "type base64 [comment]" as in authorized_keys and .pub files, also
// when the base64 was wrapped over several lines.

#include "key_errors.h"
#include "key_formats.h"
#include "key_text.h"
#include "key_types.h"
#include "ssh_key_blob.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace stitch::keys::detail {

namespace {

// Base64 with a few stray characters in it (a paste that picked up a quote or a dash): said as
// such, not as a key that stops short.
bool mostlyBase64(const QString &token)
{
    const qsizetype good = std::count_if(token.begin(), token.end(), isBase64Char);
    return token.size() >= 16 && good * 10 >= token.size() * 9;
}

} // namespace

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
    if (data.isEmpty())
        return mostlyBase64(tokens.at(1))
                   ? invalidCharacters()
                   : incomplete(QStringLiteral("no key data after the key type"));
    const qsizetype firstPad = data.indexOf('=');
    const BlobParse parse =
        parseBlob(QByteArray::fromBase64(firstPad < 0 ? data : data.left(firstPad)));
    if (parse.problem != BlobProblem::None || parse.type != type.toLatin1()) {
        // Data that stops early because the next token has a stray character in it.
        if (parse.problem == BlobProblem::Truncated && next < tokens.size() &&
            mostlyBase64(tokens.at(next)))
            return invalidCharacters();
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

    const QString comment = tokens.mid(1 + keyTokens).join(QLatin1Char(' '));
    if (commentHoldsAnotherKey(comment))
        return twoKeys();
    return finishKey(*blob, type, comment);
}

} // namespace stitch::keys::detail
