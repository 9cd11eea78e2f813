// Step 4's check, made of its parts (account_checks.cpp, sshd_checks.cpp); step 1's is in
// firewall_checks.cpp.
#include "step_checks.h"

#include "check_parts.h"
#include "sshd_stitch_checks.h"

namespace stitch::setup {

using namespace checks;

StepResult checkTunnelUser(const ServerFacts &facts, const SetupPlan &plan, const QString &keyType)
{
    StepResult r;
    const QString u = plan.tunnelUser;
    if (!facts.userExists) {
        r.findings << fail("user.missing", QObject::tr("The user %1 does not exist yet.").arg(u),
                           QObject::tr("Apply the changes to create it (as in step 4 of Stitch's "
                                       "guide)."));
    } else {
        r.findings += tunnelUserRefusals(facts, plan);
        r.findings += accountFindings(facts, plan);
        r.findings += keyFileModeFindings(facts, plan);
        r.findings += keyFileContentFindings(facts, plan);
        r.findings += lockedAccountFindings(facts, plan);
    }

    // sshd's effective configuration for this user, as `sshd -T -C` reports it.
    if (facts.sshd.isEmpty()) {
        r.findings << warn(
            "sshd.unreadable",
            QObject::tr("sshd's effective configuration could not be read (%1).")
                .arg(facts.sshdError.isEmpty() ? QObject::tr("no output") : facts.sshdError),
            QObject::tr("Run `sshd -T` as root on the server to see why."));
    } else {
        r.findings += sshdForwardingFindings(facts, plan);
        r.findings += sshdAccessFindings(facts, plan, r.findings);
        r.findings += sshdStitchChecks(facts, u, keyType);
    }
    for (const QString &older : facts.olderStitchKeys) {
        r.findings << warn("user.older_stitch_key",
                           QObject::tr("An earlier Stitch key this tool installed, %1, still "
                                       "opens the tunnel for %2.")
                               .arg(older, u),
                           QObject::tr("Apply again (without keeping old keys) to replace it "
                                       "by the current key, or remove it once Stitch uses the "
                                       "new one."));
    }
    if (facts.selfTestLines > 0) {
        r.findings << warn("user.selftest_leftover",
                           QObject::tr("A self-test key from an interrupted run is still in "
                                       "authorized_keys."),
                           QObject::tr("It is removed automatically on the next apply."));
    }
    if (statusFromFindings(r.findings) != StepStatus::Fail && facts.userExists) {
        r.findings.prepend(
            pass("user.ready", QObject::tr("%1 exists, its key files have safe owners and modes, "
                                           "and sshd lets it log in with the Stitch key and "
                                           "open tunnels.")
                                   .arg(u)));
    }
    r.status = statusFromFindings(r.findings);
    return r;
}

} // namespace stitch::setup
