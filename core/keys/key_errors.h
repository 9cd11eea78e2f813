#pragma once

// Private to core/keys: the errors a pasted public key can give, each with its fix. None of them
// quotes the pasted text, except a key type name (which cannot be key material).

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace stitch::keys::detail {

Error keyEmpty();
Error privateKeyGiven();
Error tooLong();
Error notAKey();
Error typeMissing();
Error fingerprintGiven();
Error optionsInFront();
Error extraTextInFront();
Error twoKeys();
Error extraTextAfter();
Error dsaUnsupported();
Error typeUnsupported(const QString &type);
Error tooWeak(int bits);
Error invalidCharacters();
// `detail` is technical, for the transcript; never key material.
Error incomplete(const QString &detail);
Error damaged(const QString &detail);
// The type written in front (`prefix`) differs from the one inside the key data (`inner`).
Error mismatch(const QString &prefix, const QByteArray &inner);
Error rfc4716Unterminated();

} // namespace stitch::keys::detail
