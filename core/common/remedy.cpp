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
    case RemedyKind::FixSshd:
        return QStringLiteral("fix_sshd");
    case RemedyKind::AcceptHostKey:
        return QStringLiteral("accept_host_key");
    case RemedyKind::ForgetChangedHostKey:
        return QStringLiteral("forget_changed_host_key");
    case RemedyKind::GiveSudoPassword:
        return QStringLiteral("give_sudo_password");
    case RemedyKind::CheckSudoPassword:
        return QStringLiteral("check_sudo_password");
    case RemedyKind::GiveKeyPassphrase:
        return QStringLiteral("give_key_passphrase");
    case RemedyKind::CheckKeyPassphrase:
        return QStringLiteral("check_key_passphrase");
    case RemedyKind::ChooseKeyFile:
        return QStringLiteral("choose_key_file");
    case RemedyKind::ReplacePrivateKey:
        return QStringLiteral("replace_private_key");
    case RemedyKind::GiveDatabaseUser:
        return QStringLiteral("give_database_user");
    case RemedyKind::GivePublicHost:
        return QStringLiteral("give_public_host");
    case RemedyKind::SaveHostKeyElsewhere:
        return QStringLiteral("save_host_key_elsewhere");
    case RemedyKind::RemoveFirewallRules:
        return QStringLiteral("remove_firewall_rules");
    case RemedyKind::TrustExtraCa:
        return QStringLiteral("trust_extra_ca");
    }
    return {};
}

} // namespace stitch
