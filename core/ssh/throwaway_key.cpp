#include "throwaway_key.h"

#include <QObject>

#include <libssh/libssh.h>

namespace stitch::ssh {

Result<ThrowawayKey> generateThrowawayKey()
{
    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK) {
        return makeError(ErrorCode::SshProtocolError,
                         QObject::tr("Could not generate a temporary key for the self-test."),
                         QObject::tr("Run the self-test again, or skip it."));
    }
    ThrowawayKey key{KeyHandle(raw), {}};
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(raw, &b64) != SSH_OK) {
        return makeError(ErrorCode::SshProtocolError,
                         QObject::tr("Could not export the temporary self-test key."), {});
    }
    const CStringHandle owned(b64);
    key.publicLine = QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(b64);
    return key;
}

} // namespace stitch::ssh
