// SetupRunner's end-to-end self-test: the tunnel user's own login with a throwaway key, the
// tunnel to the database, and the key's removal.
#include "setup_runner.h"

#include "database_check.h"
#include "remote_scripts.h"
#include "report.h"
#include "self_test_login.h"
#include "step_checks.h"

#include <QObject>

namespace stitch::setup {

std::unique_ptr<SelfTestLogin> SetupRunner::startSelfTest(const SetupPlan &plan, ssh_key key)
{
    // Logs in as the tunnel user with the throwaway key and opens the tunnel, exactly as Stitch
    // will. Only the host key the admin's connection verified is trusted.
    ssh::ConnectionSettings settings = m_request.connection;
    settings.user = plan.tunnelUser;
    settings.authMethod = ssh::AuthMethod::KeyFile;
    settings.hostKeyTrust = {ssh::UnknownHostKeyAction::AcceptOnce,
                             m_connection.hostKey().fingerprint};
    const DatabaseType type = m_request.choices.databaseType;
    const QString seenAs = m_facts.databaseSourceAddress;
    auto login = std::make_unique<SelfTestLogin>(
        settings, key, [plan, type, seenAs](ssh::SshConnection &tunnel) {
            return speakToDatabase(tunnel, plan, type,
                                   QObject::tr("Through the tunnel user's tunnel"), seenAs);
        });
    std::lock_guard<std::mutex> lock(m_selfTestMutex);
    m_selfTestLogin = login.get();
    if (m_connection.isCancelled())
        login->cancel();
    return login;
}

StepResult SetupRunner::finishSelfTest(const SetupPlan &plan, SelfTestLogin &login,
                                       const QString &tag)
{
    StepResult r;
    const StitchFormValues v = stitchFormValues(m_request.choices, m_request.connection);
    r.findings << sshHostFindings(v.sshHost, v.sshHostGiven);
    say(QObject::tr("Self-test: logging in as %1 with a temporary key…").arg(plan.tunnelUser));
    const Status loggedIn = login.waitForLogin();
    if (!loggedIn) {
        r.findings << makeFinding(
            Severity::Fail, "selftest.login",
            QObject::tr("The self-test could not log in as %1 with a key: %2")
                .arg(plan.tunnelUser, loggedIn.error().message),
            QObject::tr("Fix the failures of the tunnel user step, then apply "
                        "again."));
    } else {
        r.findings << makeFinding(
            Severity::Pass, "selftest.login",
            QObject::tr("Logged in as %1 with a key, as Stitch will.").arg(plan.tunnelUser));
    }
    if (plan.adminAddress.isEmpty()) {
        // The login shell printed nothing the tool could read as SSH_CONNECTION.
        r.findings << makeFinding(
            Severity::Warn, "selftest.from_unknown",
            QObject::tr("The server did not say which address you connect from, so the "
                        "self-test's temporary key was not limited to it (only to the tunnel and "
                        "ten minutes; it is removed after the test)."),
            QObject::tr("See whether your login shell's startup files on the server (.bashrc, "
                        ".profile) stop early or print a lot; the transcript shows what the "
                        "server sent."));
    }
    // The key has done its job once the login is over, so it goes while the tunnel talks to
    // the database, whatever the self-test said.
    const bool removed = !m_connection.isCancelled() && removeSelfTestKey(plan, tag);
    if (loggedIn)
        say(QObject::tr("Self-test: opening the tunnel to %1 as %2…")
                .arg(plan.permitOpenTarget(), plan.tunnelUser));
    r.findings += login.waitForDatabase();
    if (!removed) {
        r.findings << makeFinding(Severity::Warn, "selftest.cleanup",
                                  QObject::tr("The temporary self-test key could not be "
                                              "removed now."),
                                  QObject::tr("It is removed automatically on the next run."));
    }
    m_selfTestChannels = login.channelsOpened();
    r.status = statusFromFindings(r.findings);
    return r;
}

bool SetupRunner::removeSelfTestKey(const SetupPlan &plan, const QString &tag)
{
    // Under the server lock like every authorized_keys writer: unlocked, it could race another
    // apply's rewrite and drop that apply's Stitch key (lost update).
    const auto cleanup = m_runner->runPrivileged(
        QObject::tr("Remove the self-test key"),
        ScriptSequence().locked().then(removeSelfTestKeysScript(plan, tag)).build());
    return cleanup && cleanup->exitStatus == 0;
}

} // namespace stitch::setup
