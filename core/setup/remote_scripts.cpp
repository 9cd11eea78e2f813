#include "remote_scripts.h"

#include "script_builder.h"
#include "step_checks.h"

namespace stitch::setup {

namespace {

const QString kFirewallLib = QStringLiteral("lib_firewall.sh");
const QString kAccountLib = QStringLiteral("lib_tunnel_account.sh");
const QString kSshdLib = QStringLiteral("lib_sshd.sh");
const QString kRecordLib = QStringLiteral("lib_record.sh");

} // namespace

QString sshdCheckAddress(const SetupPlan &plan)
{
    return plan.stitchCidrs.isEmpty() ? QStringLiteral("127.0.0.1")
                                      : plan.stitchCidrs.first().section(QLatin1Char('/'), 0, 0);
}

QString tunnelAccountMarker()
{
    return QStringLiteral("Stitch SSH tunnel (created by stitch-tunnel-wizard)");
}

namespace {

// The probe's values and helpers on `body`: probe.sh and facts_guard.sh ask the same.
ScriptBuilder withProbeValues(ScriptBuilder script, const SetupPlan &plan)
{
    script.set("U", plan.tunnelUser)
        .set("BLOB", plan.keyBlob)
        .set("KEYLINE", plan.wantedKeyLine())
        .set("ADDR", sshdCheckAddress(plan))
        .set("DB", plan.databaseHost)
        .set("LOGIN", plan.loginUser)
        .set("MARKER", tunnelAccountMarker())
        .set("PORTS", plan.sshPorts)
        .use(kFirewallLib)
        .use(kAccountLib)
        .use(kSshdLib)
        .use(kRecordLib)
        .use(QStringLiteral("lib_probe.sh"));
    return script;
}

} // namespace

ScriptBuilder probeScript(const SetupPlan &plan)
{
    return withProbeValues(ScriptBuilder(QStringLiteral("probe.sh")), plan);
}

ScriptBuilder factsGuardScript(const SetupPlan &probedPlan, const QString &factsSha)
{
    return withProbeValues(ScriptBuilder(QStringLiteral("facts_guard.sh")), probedPlan)
        .set("FACTS_SHA", factsSha);
}

ScriptBuilder firewallScript(const SetupPlan &plan, const ServerFacts &facts)
{
    ScriptBuilder s(QStringLiteral("firewall_apply.sh"));
    s.set("CIDRS", plan.stitchCidrs)
        .set("PORTS", plan.sshPorts)
        .set("ADMIN", plan.adminAddress)
        .set("ENABLE", plan.enableFirewall)
        .set("KEEP", plan.keepSshFrom)
        .use(kFirewallLib)
        .use(kRecordLib);
    // ufw's helpers (with their ~25 KB Python program) only where ufw may be the firewall:
    // with facts from a probe that found another one, they would never run.
    if (facts.probeVersion == 0 || facts.firewall == FirewallKind::Ufw)
        s.use(QStringLiteral("lib_ufw.sh"));
    if (facts.probeVersion > 0) {
        // The probe has just listed the firewall: no second detection (ufw's start-up alone
        // takes 0.1–0.2 s), and no call for a rule that listing already shows. Not for
        // firewalld: its listing is the runtime one, and a rule live only until the next
        // reload must still be made permanent (the script compares both itself).
        QStringList present;
        const bool listingIsComplete = facts.firewall != FirewallKind::Firewalld;
        for (const QString &cidr : plan.stitchCidrs) {
            for (const QString &port : plan.sshPorts) {
                if (facts.firewallActive && listingIsComplete &&
                    firewallListingAllows(facts.firewallStatus, cidr, port))
                    present << cidr + QLatin1Char('@') + port;
            }
        }
        s.set("FW", firewallKindName(facts.firewall))
            .set("FW_ACTIVE", facts.firewallActive)
            .set("PRESENT", present);
    }
    return s;
}

ScriptBuilder firewallRemovalScript(const SetupPlan &plan, bool ufwTurnedOffNext)
{
    return ScriptBuilder(QStringLiteral("firewall_remove.sh"))
        .set("CIDRS", plan.stitchCidrs)
        .set("PORTS", plan.sshPorts)
        .set("UFW_OFF", ufwTurnedOffNext)
        .use(kFirewallLib)
        .use(kRecordLib);
}

ScriptBuilder firewallUndoScript()
{
    return ScriptBuilder(QStringLiteral("firewall_undo.sh")).use(kFirewallLib).use(kRecordLib);
}

ScriptBuilder ufwTurnOffScript()
{
    return ScriptBuilder(QStringLiteral("ufw_turn_off.sh")).use(kRecordLib);
}

ScriptBuilder tunnelUserScript(const SetupPlan &plan, const ServerFacts &facts)
{
    return ScriptBuilder(QStringLiteral("tunnel_user.sh"))
        .set("U", plan.tunnelUser)
        .set("KEYLINE", plan.wantedKeyLine())
        .set("BLOB", plan.keyBlob)
        .set("FP", plan.keyFingerprint)
        .set("USEPAM", facts.sshdValue(QStringLiteral("usepam")))
        .set("MARKER", tunnelAccountMarker())
        .set("LOGIN", plan.loginUser)
        .set("ADOPT", plan.adoptExistingUser)
        .set("KEEPOLD", plan.keepOldKeys)
        .set("ADDR", sshdCheckAddress(plan))
        .use(kAccountLib)
        .use(kRecordLib);
}

ScriptBuilder sshdFixScript(const SetupPlan &plan, const SshdFix &fix)
{
    return ScriptBuilder(QStringLiteral("sshd_fix.sh"))
        .set("U", plan.tunnelUser)
        .set("MODE", QStringLiteral("apply"))
        .set("BODY", fix.settings.join(QLatin1Char('\n')))
        .set("EXPECT", fix.expected.join(QLatin1Char('\n')))
        .set("ADDR", sshdCheckAddress(plan))
        .use(kSshdLib)
        .use(kRecordLib);
}

ScriptBuilder sshdFixRemovalScript(const SetupPlan &plan)
{
    return ScriptBuilder(QStringLiteral("sshd_fix.sh"))
        .set("U", plan.tunnelUser)
        .set("MODE", QStringLiteral("remove"))
        .set("BODY", QString())
        .set("EXPECT", QString())
        .set("ADDR", sshdCheckAddress(plan))
        .use(kSshdLib)
        .use(kRecordLib);
}

ScriptBuilder keyRemovalScript(const SetupPlan &plan, bool deleteUser)
{
    return ScriptBuilder(QStringLiteral("key_remove.sh"))
        .set("U", plan.tunnelUser)
        .set("BLOB", plan.keyBlob)
        .set("DELETE_USER", deleteUser)
        .set("MARKER", tunnelAccountMarker())
        .set("ADDR", sshdCheckAddress(plan))
        .use(kAccountLib)
        .use(kRecordLib);
}

ScriptBuilder addSelfTestKeyScript(const SetupPlan &plan, const QString &options,
                                   const QString &key, const QString &tag)
{
    return ScriptBuilder(QStringLiteral("selftest_key_add.sh"))
        .set("U", plan.tunnelUser)
        .set("OPTIONS", options)
        .set("KEY", key)
        .set("TAG", tag)
        .set("ADDR", sshdCheckAddress(plan))
        .use(kAccountLib);
}

ScriptBuilder removeSelfTestKeysScript(const SetupPlan &plan, const QString &tag)
{
    return ScriptBuilder(QStringLiteral("selftest_key_remove.sh"))
        .set("U", plan.tunnelUser)
        .set("TAG", tag)
        .set("ADDR", sshdCheckAddress(plan))
        .use(kAccountLib);
}

QString standaloneScript(const SetupPlan &plan)
{
    QString s = QStringLiteral(
        "#!/bin/sh\n"
        "# Stitch SSH tunnel: steps 1 and 4 of Stitch's guide, idempotent (safe to run again).\n"
        "# Run as root on the SSH server:  sudo sh stitch-tunnel-setup.sh\n"
        "# Generated by stitch-tunnel. Review it before you run it.\n"
        "set -u\n"
        "[ \"$(id -u)\" = 0 ] || { echo 'Run this as root (sudo sh …)' >&2; exit 1; }\n\n");
    s += ScriptSequence()
             .locked()
             .then(firewallScript(plan, ServerFacts()))
             .thenElseUndo(tunnelUserScript(plan, ServerFacts()), firewallUndoScript())
             .build();
    s += QStringLiteral("echo 'Done. Now finish the connection form in Stitch.'\n");
    return s;
}

} // namespace stitch::setup
