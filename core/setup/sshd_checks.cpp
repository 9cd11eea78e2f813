// Step 4's checks of sshd's effective configuration for the tunnel user (sshd -T -C): what keeps
// the user or the tunnel out, and which of it the tool's opt-in sshd fix can change.
#include "check_parts.h"
#include "sshd_fix.h"
#include "step_checks.h"

#include <algorithm>

namespace stitch::setup::checks {

// Forwarding as sshd allows it for the user: the tunnel itself, and the Unix sockets no key
// option can forbid.
QVector<Finding> sshdForwardingFindings(const ServerFacts &facts, const SetupPlan &plan)
{
    QVector<Finding> out;
    const QString &u = plan.tunnelUser;
    const QString forwarding = facts.sshdValue(QStringLiteral("allowtcpforwarding"));
    if (forwarding == QLatin1String("no") || forwarding == QLatin1String("remote")) {
        out << sshdFixable(fail("sshd.forwarding_disabled",
                                QObject::tr("sshd has AllowTcpForwarding %1 for %2, so Stitch's "
                                            "tunnel would be refused.")
                                    .arg(forwarding, u),
                                QObject::tr("Set \"AllowTcpForwarding yes\" (or in a \"Match User "
                                            "%1\" block) in /etc/ssh/sshd_config, check with "
                                            "sshd -t, then reload sshd.")
                                    .arg(u)));
    }
    if (streamLocalForwardingAllowed(facts) &&
        facts.sshdValue(QStringLiteral("disableforwarding")) != QLatin1String("yes") &&
        !plan.keyOptions.isEmpty()) {
        // Said, not warned: the risk is small (a socket only local programs could connect
        // to) and every default sshd has it, so a warning on every server would teach
        // admins to skip warnings.
        Finding note =
            pass("sshd.stream_local_forwarding",
                 QObject::tr("Beyond the tunnel, sshd lets %1 forward Unix-domain sockets, which "
                             "no key option can forbid: Stitch's key could make a socket on the "
                             "server (ssh -R /path:…) that local programs could connect through "
                             "to the key's holder. The sshd fix closes that for %1 alone.")
                     .arg(u));
        note.fix = QObject::tr("Set \"AllowStreamLocalForwarding no\" in a \"Match User "
                               "%1\" block of sshd_config, check it with sshd -t, then reload "
                               "sshd.")
                       .arg(u);
        out << sshdFixable(note);
    }
    if (facts.sshdValue(QStringLiteral("disableforwarding")) == QLatin1String("yes")) {
        out << sshdFixable(
            fail("sshd.disable_forwarding",
                 QObject::tr("sshd has DisableForwarding yes, which blocks every "
                             "tunnel."),
                 QObject::tr("Remove DisableForwarding from sshd_config (or override "
                             "it in a \"Match User %1\" block), then reload sshd.")
                     .arg(u)));
    }
    if (facts.sshdValue(QStringLiteral("pubkeyauthentication")) == QLatin1String("no")) {
        out << sshdFixable(fail("sshd.pubkey_disabled",
                                QObject::tr("sshd does not accept public keys "
                                            "(PubkeyAuthentication no)."),
                                QObject::tr("Set \"PubkeyAuthentication yes\" in sshd_config, then "
                                            "reload sshd.")));
    }
    return out;
}

// Whom sshd admits: AllowUsers/DenyUsers, AllowGroups/DenyGroups, a key file it reads at all
// (`earlier`: what was found before, which may have said so already).
QVector<Finding> sshdAccessFindings(const ServerFacts &facts, const SetupPlan &plan,
                                    const QVector<Finding> &earlier)
{
    QVector<Finding> out;
    const QString &u = plan.tunnelUser;
    const QStringList allowUsers = facts.sshd.value(QStringLiteral("allowusers"));
    const auto listed = sshdListNames;
    if (!allowUsers.isEmpty() && !listed(allowUsers, u)) {
        out << sshdFixable(fail("sshd.allow_users",
                                QObject::tr("sshd only admits the users in AllowUsers (%1); %2 is "
                                            "not among them.")
                                    .arg(allowUsers.join(QLatin1Char(' ')), u),
                                QObject::tr("Add %1 to AllowUsers in sshd_config, then reload "
                                            "sshd.")
                                    .arg(u)));
    }
    if (listed(facts.sshd.value(QStringLiteral("denyusers")), u)) {
        out << fail("sshd.deny_users", QObject::tr("sshd's DenyUsers excludes %1.").arg(u),
                    QObject::tr("Remove %1 from DenyUsers in sshd_config.").arg(u));
    }
    const QString group = facts.userPrimaryGroup.isEmpty() ? u : facts.userPrimaryGroup;
    const QStringList allowGroups = facts.sshd.value(QStringLiteral("allowgroups"));
    if (!allowGroups.isEmpty() && !listed(allowGroups, group)) {
        out << sshdFixable(fail("sshd.allow_groups",
                                QObject::tr("sshd only admits the groups in AllowGroups (%1); "
                                            "group %2 is not among them.")
                                    .arg(allowGroups.join(QLatin1Char(' ')), group),
                                QObject::tr("Add %1 to AllowGroups in sshd_config, then reload "
                                            "sshd.")
                                    .arg(group)));
    }
    if (listed(facts.sshd.value(QStringLiteral("denygroups")), group)) {
        out << fail("sshd.deny_groups",
                    QObject::tr("sshd's DenyGroups excludes group %1.").arg(group),
                    QObject::tr("Remove %1 from DenyGroups in sshd_config.").arg(group));
    }
    const bool akFileSaid = std::any_of(earlier.cbegin(), earlier.cend(), [](const Finding &f) {
        return f.code == QLatin1String("sshd.authorized_keys_file");
    });
    if (const std::optional<Finding> noFile = noKeyFileRefusal(facts); noFile && !akFileSaid)
        out << *noFile;
    return out;
}

} // namespace stitch::setup::checks
