// SetupRunner's opt-in fix of sshd for the tunnel user (RunOptions::fixSshd): the settings go in
// with one locked script that checks them (sshd -t, sshd -T) before it reloads sshd; then a
// fresh login as the admin and the tunnel user's own login (the end-to-end self-test) must
// succeed, or the change is taken out again and sshd reloaded.
#include "runner_errors.h"
#include "setup_runner.h"

#include "common/server_text.h"
#include "remote_scripts.h"
#include "script_output.h"
#include "sshd_fix.h"

#include <QObject>

#include <algorithm>

#include <thread>

namespace stitch::setup {

using namespace std::chrono_literals;

Result<ScriptOutput> SetupRunner::runSshdScript(const SetupPlan &plan, const ScriptBuilder &script,
                                                const QString &title)
{
    ScriptSequence sequence;
    sequence.locked().then(script).thenVerify(probeScript(plan));
    auto r = m_runner->runPrivileged(title, sequence.build());
    if (!r)
        return r.error();
    ssh::ExecResult ran = r.value();
    const auto verified = sequence.splitVerified(ran.stdOut);
    if (r->exitStatus != 0 || !verified)
        return scriptFailed(title, ran);
    const int selfTestLines = m_facts.selfTestLines;
    m_facts = parseProbeOutput(verified->verify);
    m_facts.selfTestLines = selfTestLines;
    ran.stdOut = verified->steps;
    return parseScriptOutput(ran);
}

Result<ScriptOutput> SetupRunner::fixSshd(const SetupPlan &plan)
{
    const SshdFix fix = sshdFixFor(m_facts, plan);
    if (fix.isEmpty())
        return ScriptOutput{};
    return runSshdScript(
        plan, sshdFixScript(plan, fix),
        QObject::tr("Fix sshd for the tunnel user %1, then verify").arg(plan.tunnelUser));
}

Status SetupRunner::freshAdminLogin()
{
    // A new connection with the session's own settings and credentials, trusting only the host
    // key the open connection verified. sshd's listener has just restarted: one retry.
    ssh::ConnectionSettings settings = m_request.connection;
    settings.hostKeyTrust = {ssh::UnknownHostKeyAction::AcceptOnce,
                             m_connection.hostKey().fingerprint};
    Status outcome;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_connection.isCancelled())
            return makeError(ErrorCode::Cancelled, QObject::tr("Stopped."), QString());
        ssh::SshConnection fresh;
        outcome = fresh.connect(settings);
        if (outcome) {
            outcome = fresh.authenticate(settings, m_request.credentials);
            return outcome;
        }
        std::this_thread::sleep_for(500ms);
    }
    return outcome;
}

Finding SetupRunner::rollBackSshdFix(const SetupPlan &plan, const QString &whatFailed)
{
    auto undone = runSshdScript(
        plan, sshdFixRemovalScript(plan),
        QObject::tr("Take the sshd change for %1 out again, then verify").arg(plan.tunnelUser));
    if (!undone) {
        return makeFinding(
            Severity::Fail, "sshd.fix_rollback_failed",
            QObject::tr("After sshd was reloaded with the settings for %1, %2; taking the change "
                        "out again failed too: %3")
                .arg(plan.tunnelUser, whatFailed, undone.error().message),
            QObject::tr("Your open session is not affected. On the server, delete "
                        "/etc/ssh/sshd_config.d/00-stitch-tunnel.conf, or the lines between the "
                        "two \"stitch-tunnel\" marker comments in /etc/ssh/sshd_config; run "
                        "sshd -t, then reload sshd."));
    }
    const bool reloaded =
        std::none_of(undone->findings.cbegin(), undone->findings.cend(),
                     [](const Finding &f) { return f.code == QLatin1String("sshd.not_reloaded"); });
    if (!reloaded) {
        return makeFinding(
            Severity::Fail, "sshd.fix_rollback_not_reloaded",
            QObject::tr("After sshd was reloaded with the settings for %1, %2. The change was "
                        "taken out of sshd's configuration again, but sshd could not be "
                        "reloaded: the sshd that runs now keeps the settings for %1 until it "
                        "restarts. Your open session was not affected.")
                .arg(plan.tunnelUser, whatFailed),
            QObject::tr("Reload sshd on the server (systemctl reload ssh), then look at sshd's "
                        "log for why the login failed."));
    }
    return makeFinding(
        Severity::Fail, "sshd.fix_rolled_back",
        QObject::tr("After sshd was reloaded with the settings for %1, %2. The change was taken "
                    "out again and sshd reloaded; your open session was not affected.")
            .arg(plan.tunnelUser, whatFailed),
        QObject::tr("Look at sshd's log on the server for why the login failed, fix that, then "
                    "apply again with the sshd fix, or change sshd's settings yourself as the "
                    "findings above say."));
}

} // namespace stitch::setup
