#include "public_key.h"

#include "key_errors.h"
#include "key_formats.h"
#include "key_text.h"

#include <QRegularExpression>

namespace stitch::keys {

// The parts live in the files of their job: key_types (what is accepted), key_text (reading
// pasted text), ssh_key_blob (the key data), key_errors (what to tell the user), and one file
// per pasted form (rfc4716_public_key.cpp, openssh_public_key.cpp).
using namespace detail;

namespace {

// Far more than any real public key (RSA 16384 with a long comment is < 4 KiB); bounds the work
// done on hostile input.
constexpr qsizetype kMaxInputChars = 64 * 1024;

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
