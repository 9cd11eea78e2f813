#pragma once

#include "libssh_types.h"

#include <QByteArray>
#include <QString>

namespace stitch::ssh {

// "SHA256:<unpadded base64>" of an SSH wire-format key blob, exactly as `ssh-keygen -l` prints.
QString sha256Fingerprint(const QByteArray &keyBlob);
// The same for a key libssh holds (a server's host key); empty if libssh cannot export it.
QString sha256Fingerprint(ssh_key key);

// Normalises a fingerprint the user pasted ("SHA256:abc=", " sha256:abc ") for comparison.
// Returns an empty string when the text is not a SHA256 fingerprint.
QString normalizeFingerprint(const QString &text);

} // namespace stitch::ssh
