#include "remedy.h"

namespace stitch {

QString remedyKindName(RemedyKind kind)
{
    switch (kind) {
    case RemedyKind::None:
        return {};
    case RemedyKind::EnableFirewall:
        return QStringLiteral("enable_firewall");
    case RemedyKind::GivePublicKey:
        return QStringLiteral("give_public_key");
    case RemedyKind::RunSelfTest:
        return QStringLiteral("run_self_test");
    case RemedyKind::AdoptExistingUser:
        return QStringLiteral("adopt_existing_user");
    }
    return {};
}

} // namespace stitch
