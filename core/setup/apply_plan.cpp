#include "apply_plan.h"

#include "remote_scripts.h"
#include "sshd_fix.h"
#include "step_checks.h"

#include <QCryptographicHash>
#include <QObject>
#include <QRegularExpression>

namespace stitch::setup {

namespace {

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

void firewallChanges(const SetupPlan &plan, const ServerFacts &facts, QStringList &out)
{
    const QString ports = joined(plan.sshPorts);
    if (!facts.firewallActive) {
        if (plan.enableFirewall && !plan.adminAddress.isEmpty())
            out << QObject::tr("Turn on ufw, allowing your address %1 on SSH first. %2")
                       .arg(plan.adminAddress, ufwEnableEffect(facts, plan).message);
        return;
    }
    QStringList missing;
    for (const QString &cidr : plan.stitchCidrs) {
        for (const QString &port : plan.sshPorts) {
            if (!firewallListingAllows(facts.firewallStatus, cidr, port) && !missing.contains(cidr))
                missing << cidr;
        }
    }
    if (!missing.isEmpty()) {
        out << QObject::tr("Allow Stitch's addresses %1 on TCP port %2 in %3 (rules tagged "
                           "\"stitch-tunnel\").")
                   .arg(joined(missing), ports, firewallKindName(facts.firewall));
    }
}

// A mode sshd needs, or the file or folder itself.
void fileChange(const FileState &st, const QString &path, const QString &mode, const QString &owner,
                QStringList &out)
{
    if (!st.exists)
        out << QObject::tr("Create %1 (mode %2).").arg(path, mode);
    else if (!st.isLink() && st.owner == owner && st.mode != mode)
        out << QObject::tr("Set the mode of %1 to %2 (it is %3).").arg(path, mode, st.mode);
}

void keyFileChanges(const SetupPlan &plan, const ServerFacts &facts, QStringList &out)
{
    const QString &u = plan.tunnelUser;
    if (facts.keyFileByRoot) {
        const bool rootsFile =
            !facts.authorizedKeys.exists || facts.authorizedKeys.owner == QLatin1String("root");
        fileChange(facts.authorizedKeys, facts.keyFile,
                   rootsFile ? QStringLiteral("644") : QStringLiteral("600"),
                   facts.authorizedKeys.owner, out);
    } else if (!facts.keyFile.isEmpty()) {
        fileChange(facts.sshDir, facts.keyDir(), QStringLiteral("700"), u, out);
        fileChange(facts.authorizedKeys, facts.keyFile, QStringLiteral("600"), u, out);
    }
    if (facts.keyFileLabelWrong)
        out << QObject::tr("Restore the SELinux label of %1 (restorecon).").arg(facts.keyFile);
}

void tunnelUserChanges(const SetupPlan &plan, const ServerFacts &facts, QStringList &out)
{
    const QString &u = plan.tunnelUser;
    const QString target = plan.permitOpenTarget();
    const QString keyFile =
        facts.keyFile.isEmpty() ? QObject::tr("%1's authorized_keys").arg(u) : facts.keyFile;
    if (!facts.userExists) {
        out << QObject::tr("Create the user %1, without a password and with a shell that runs "
                           "nothing: it can hold a tunnel, not run commands.")
                   .arg(u);
        if (!plan.keyBlob.isEmpty())
            out << QObject::tr("Put Stitch's key in %1, allowed to open a tunnel to %2 and "
                               "nothing else.")
                       .arg(keyFile, target);
        return;
    }
    static const QRegularExpression noLogin(QStringLiteral("/(nologin|false)$"));
    if (!facts.userMarked && plan.adoptExistingUser && !facts.userShell.isEmpty() &&
        !noLogin.match(facts.userShell).hasMatch())
        out << QObject::tr("Give %1 a shell that runs nothing instead of %2 (removing Stitch "
                           "access gives it back).")
                   .arg(u, facts.userShell);
    if (facts.home.exists && facts.home.mode.size() >= 2) {
        const int group = facts.home.mode.at(facts.home.mode.size() - 2).digitValue();
        const int other = facts.home.mode.at(facts.home.mode.size() - 1).digitValue();
        if ((group & 2) || (other & 2))
            out << QObject::tr("Make %1 writable by %2 only (chmod go-w).").arg(facts.userHome, u);
    }
    keyFileChanges(plan, facts, out);
    if (!plan.keyBlob.isEmpty() && !facts.authorizedKeysHasKey)
        out << QObject::tr("Add Stitch's key to %1 on a line of its own, allowed to open a tunnel "
                           "to %2 and nothing else.")
                   .arg(keyFile, target);
    else if (!plan.keyBlob.isEmpty() && !facts.authorizedKeysExactLine)
        out << QObject::tr("Rewrite the line of Stitch's key in %1 so that it allows a tunnel to "
                           "%2 and nothing else (other lines stay as they are).")
                   .arg(keyFile, target);
    if (!plan.keepOldKeys && !facts.olderStitchKeys.isEmpty())
        out << QObject::tr("Take the older Stitch key %1 out of %2: a new key replaces it.")
                   .arg(joined(facts.olderStitchKeys), keyFile);
    if (facts.sshdValue(QStringLiteral("usepam")) == QLatin1String("no") &&
        facts.passwordState == QLatin1String("locked"))
        out << QObject::tr("Unlock %1 for key logins only (usermod -p '*').").arg(u);
}

} // namespace

QString applyPlanDigest(const QString &firewallScript, const QString &tunnelUserScript)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(firewallScript.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(tunnelUserScript.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QStringList plannedChanges(const SetupPlan &plan, const ServerFacts &facts,
                           const RunOptions &options)
{
    QStringList out;
    const bool userPart = options.applyTunnelUser;
    if (userPart && !tunnelUserRefusals(facts, plan).isEmpty())
        return out;
    if (options.applyFirewall || !userPart)
        firewallChanges(plan, facts, out);
    if (!userPart)
        return out;
    tunnelUserChanges(plan, facts, out);
    if (plan.fixSshd && !sshdFixFor(facts, plan).isEmpty())
        out << QObject::tr("Add sshd settings that let %1 in and allow its tunnel (a \"Match "
                           "User %1\" block, for this user only), check them and reload sshd; "
                           "they are taken out again if a fresh login as you or as %1 then "
                           "fails. Open sessions stay open.")
                   .arg(plan.tunnelUser);
    if ((options.selfTest || options.fixSshd) && !plan.keyBlob.isEmpty())
        out << QObject::tr("Add a temporary self-test key to %1 for at most ten minutes, open "
                           "the tunnel with it as Stitch would, then remove it.")
                   .arg(plan.tunnelUser);
    return out;
}

ApplyPlan makeApplyPlan(const SetupPlan &plan, const ServerFacts &facts, const RunOptions &options)
{
    ApplyPlan p;
    p.tunnelUserPart = options.applyTunnelUser;
    p.firewallPart = options.applyFirewall || !p.tunnelUserPart;
    p.firewallScript = firewallScript(plan, facts).build();
    p.tunnelUserScript = tunnelUserScript(plan, facts).build();
    if (const SshdFix fix = sshdFixFor(facts, plan); plan.fixSshd && !fix.isEmpty())
        p.sshdFixScript = sshdFixScript(plan, fix).build();
    p.digest = applyPlanDigest(p.firewallPart ? p.firewallScript : QString(),
                               p.tunnelUserPart ? p.tunnelUserScript : QString());
    p.changes = plannedChanges(plan, facts, options);
    if (const QVector<Finding> refusals = tunnelUserRefusals(facts, plan);
        p.tunnelUserPart && !refusals.isEmpty())
        p.refusal = refusals.first();
    return p;
}

} // namespace stitch::setup
