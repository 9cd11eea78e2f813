#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace stitch::keys {

// A validated SSH public key (the Stitch key that goes into authorized_keys).
struct PublicKeyInfo
{
    QString type;        // "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", ...
    int bits = 0;        // RSA modulus bits; ed25519 256; ecdsa 256/384/521; sk-* 256
    QString fingerprint; // "SHA256:..." of the blob, as `ssh-keygen -l` prints it
    QString comment;     // may be empty; never contains line breaks or control characters
    QString base64;      // the blob, canonical base64, no whitespace
    QByteArray blob;     // SSH wire format

    // "type base64 comment" (comment omitted if empty), one line, no newline.
    QString authorizedKeysLine() const;
};

// Accepts a public key as people paste it: surrounding whitespace and quotes, CRLF, a key
// wrapped over several lines (line breaks or spaces inside the base64), or the RFC 4716 block
// PuTTYgen and `ssh-keygen -e` show. Validates the type (ssh-ed25519, ecdsa-sha2-nistp256/384/521,
// ssh-rsa >= 2048 bits, sk-ssh-ed25519@openssh.com, sk-ecdsa-sha2-nistp256@openssh.com) and the
// blob's structure. Fails with KeyEmpty, KeyMalformed, KeyTypeUnsupported, KeyTooWeak or
// PrivateKeyGiven; no error message ever quotes private key material.
Result<PublicKeyInfo> parsePublicKey(const QString &text);

// True when the text contains a private key (OpenSSH, PEM/PKCS#8, PuTTY .ppk, ssh.com, SSH1).
bool looksLikePrivateKey(const QString &text);

} // namespace stitch::keys
