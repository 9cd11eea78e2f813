#pragma once

// Private to core/keys: the forms a public key is pasted in, one file each. parsePublicKey()
// (public_key.cpp) picks one.

#include "keys/public_key.h"

#include <QRegularExpression>
#include <QStringList>

namespace stitch::keys::detail {

// rfc4716_public_key.cpp: the "---- BEGIN SSH2 PUBLIC KEY ----" block.
// The BEGIN line (trimmed); lenient about the number of dashes and the case.
const QRegularExpression &rfc4716Begin();
// `lines` are the trimmed lines of the text; `begin` is the index of the BEGIN line.
Result<PublicKeyInfo> parseRfc4716(const QStringList &lines, qsizetype begin);

// openssh_public_key.cpp: "type base64 [comment]", the base64 perhaps wrapped; `tokens` are
// the words of the whole text.
Result<PublicKeyInfo> parseOpenSshLine(const QStringList &tokens);

} // namespace stitch::keys::detail
