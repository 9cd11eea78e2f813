#pragma once

// Private to core/keys: reading a public key out of pasted text, before its data is decoded.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace stitch::keys::detail {

bool isBase64Char(QChar c);
// Base64 characters and '=' only, at least one.
bool isBase64Token(const QString &token);
// Every SSH key blob starts with a uint32 length < 2^24, so its base64 starts with "AAAA".
bool looksLikeKeyData(const QString &token, qsizetype minLength);
// "ssh-ed25519", "ecdsa-sha2-nistp256", "sk-ssh-ed25519@openssh.com", "ssh-foo-cert-v01@...":
// lower-case ASCII words joined by '-', never base64 (which has no '-').
bool looksLikeTypeName(const QString &token);
// authorized_keys options (sshd(8) "AUTHORIZED_KEYS FILE FORMAT").
bool looksLikeOptions(const QString &token);

// Line endings to '\n', invisible characters web pages and mail clients insert removed, control
// characters to blanks, surrounding whitespace and quotes stripped.
QString normalizeText(const QString &text);
// The words of `text`, split at any whitespace.
QStringList splitWhitespace(const QString &text);
// One line of printable text: whitespace runs become one space, control characters go.
QString cleanComment(const QString &comment);
// Strict base64: only the standard alphabet, '=' only as final padding, no stray bits in the
// last character. Missing padding is tolerated (it carries no data; selections often lose it).
std::optional<QByteArray> decodeBase64Strict(const QByteArray &in);

// Whether the words after a key contain another key ("type AAAA..." or a long "AAAA..." run).
bool holdsAnotherKey(const QStringList &tokens);
// The same for a key's comment, as given and as cleanComment() keeps it: authorizedKeysLine()
// writes the cleaned one, which must read back as one key.
bool commentHoldsAnotherKey(const QString &comment);

} // namespace stitch::keys::detail
