#include "key_types.h"

namespace stitch::keys::detail {
namespace {

const KeySpec kSupported[] = {
    {"ssh-ed25519", Family::Ed25519, false, nullptr, 256},
    {"ecdsa-sha2-nistp256", Family::Ecdsa, false, "nistp256", 256},
    {"ecdsa-sha2-nistp384", Family::Ecdsa, false, "nistp384", 384},
    {"ecdsa-sha2-nistp521", Family::Ecdsa, false, "nistp521", 521},
    {"ssh-rsa", Family::Rsa, false, nullptr, 0},
    {"sk-ssh-ed25519@openssh.com", Family::Ed25519, true, nullptr, 256},
    {"sk-ecdsa-sha2-nistp256@openssh.com", Family::Ecdsa, true, "nistp256", 256},
};

} // namespace

const KeySpec *findSpec(QByteArrayView name)
{
    for (const KeySpec &spec : kSupported) {
        if (name == QByteArrayView(spec.name))
            return &spec;
    }
    return nullptr;
}

} // namespace stitch::keys::detail
