// SetupRunner's apply, in its parts: what refuses it before any change, the one locked script
// (the facts guard, steps 1 and 4, the self-test key, the verify probe), the opt-in sshd fix, and
// after the script the verify's judgement and the end-to-end self-test.
#include "database_check.h"
#include "remote_scripts.h"
#include "runner_errors.h"
#include "script_output.h"
#include "self_test_login.h"
#include "setup_runner.h"
#include "ssh/throwaway_key.h"
#include "step_checks.h"

#include <QObject>
#include <QRandomGenerator>

#include <algorithm>

namespace stitch::setup {

namespace {

const QLatin1String kServerChangedCode("server.changed_since_check");

Error serverChangedSinceCheck()
{
    return makeError(ErrorCode::ServerChangedSinceCheck,
                     QObject::tr("The server changed since the check, so what you confirmed is "
                                 "not what applying would do now. Nothing was changed."),
                     QObject::tr("Check again, look at what will change, then apply."));
}

Error notWhatWasConfirmed()
{
    return makeError(ErrorCode::ServerChangedSinceCheck,
                     QObject::tr("What applying would run now is not what you confirmed (the "
                                 "choices or the server changed since the check). Nothing was "
                                 "changed."),
                     QObject::tr("Check again, look at what will change, then apply."));
}

// A stop after steps 1 and 4 are in place: what to do about the self-test that did not finish.
QString applyAgainForTheSelfTest()
{
    return QObject::tr("Apply again to run the end-to-end self-test; it changes nothing that "
                       "is already in place.");
}

} // namespace

// One apply's state between its parts. The self-test's login is declared after the key it uses
// (destroyed first).
struct SetupRunner::ApplyRun
{
    // Which steps this Apply changes (RunOptions::applyFirewall/applyTunnelUser): step 4's
    // part, and step 1's (both when neither is limited).
    bool userPart = true;
    bool firewallPart = true;
    SetupPlan full;
    std::optional<ScriptBuilder> factsGuard;
    std::optional<ssh::ThrowawayKey> selfTestKey;
    QString selfTestTag;
    std::unique_ptr<SelfTestLogin> login;
    QVector<ScriptOutput> outputs; // the apply script's, then the sshd fix's
    QVector<Finding> sshdFindings;
    bool sshdChanged = false;
};

Status SetupRunner::doApply()
{
    const auto endShell = endPrivilegedShellOnReturn();
    ApplyRun run;
    run.userPart = m_request.options.applyTunnelUser;
    run.firewallPart = m_request.options.applyFirewall || !run.userPart;
    auto basis = applyBasis(run.userPart);
    if (!basis)
        return basis.error();
    run.full = basis->plan;
    run.factsGuard = basis->factsGuard;
    if (run.userPart) {
        if (std::optional<Status> refused = refuseBeforeChanges(run.full))
            return *refused;
    }
    if (Status prepared = prepareSelfTestKey(run); !prepared)
        return prepared;
    // Destroyed before the run's login: cancel() never reaches a deleted login.
    const auto unregister = qScopeGuard([this] {
        std::lock_guard<std::mutex> lock(m_selfTestMutex);
        m_selfTestLogin = nullptr;
    });
    if (Status applied = runApplyScript(run); !applied)
        return applied;
    if (Status fixed = fixSshdAfterApply(run); !fixed)
        return fixed;
    recordApplied(run.full, run.outputs, run.sshdFindings);
    if (!run.userPart) { // step 1 alone: verified above; the self-test needs step 4
        if (stopRequested())
            return makeError(ErrorCode::Cancelled,
                             QObject::tr("Stopped after step 1 was applied and verified (see "
                                         "above)."),
                             QString());
        return {};
    }
    if (stopRequested())
        return stoppedAfterApply(run);
    return selfTestAfterApply(run);
}

std::optional<Status> SetupRunner::refuseBeforeChanges(const SetupPlan &full)
{
    // An account that must not carry Stitch's key, or links and foreign files under its home:
    // stop before anything changes (the scripts check again on the server).
    if (const QVector<Finding> refusals = tunnelUserRefusals(m_facts, full); !refusals.isEmpty()) {
        const Finding &first = refusals.first();
        // The finding's remedy comes along (--adopt-existing-user, in the CLI's words).
        Error refused =
            makeError(ErrorCode::InvalidInput,
                      QStringLiteral("%1 Nothing was changed.").arg(first.message), first.fix);
        refused.remedy = first.remedy;
        return Status(refused);
    }

    // A re-run must not break a tunnel that works: when Stitch's key is in place with other
    // options (say, another database target) and this run's target fails step 2, nothing is
    // changed.
    if (m_facts.authorizedKeysHasKey && !m_facts.authorizedKeysExactLine) {
        const StepResult database =
            checkDatabase(m_connection, full, m_facts, m_request.choices.databaseType);
        if (database.status == StepStatus::Fail) {
            recordChecks(full, m_facts, nullptr);
            StepResult &user = m_steps[static_cast<std::size_t>(StepId::TunnelUser)];
            user.findings << makeFinding(
                Severity::Fail, "apply.kept_working_setup",
                QObject::tr("Nothing was changed: Stitch's key for %1 is in place with other "
                            "options than this run would write, and the database target %2 "
                            "fails step 2. The key line and the firewall were kept as they are.")
                    .arg(full.tunnelUser, full.permitOpenTarget()),
                QObject::tr("Correct the database host, port or type (step 2), then apply "
                            "again."));
            user.status = StepStatus::Fail;
            return Status();
        }
    }
    return std::nullopt;
}

Status SetupRunner::prepareSelfTestKey(ApplyRun &run)
{
    // Self-test key prepared up front so adding it rides along in the one apply script.
    // The sshd fix needs the tunnel user's own login to prove it: it always runs the self-test.
    if (!run.userPart || (!m_request.options.selfTest && !m_request.options.fixSshd))
        return {};
    auto k = ssh::generateThrowawayKey();
    if (!k)
        return k.error();
    run.selfTestKey = std::move(k.value());
    run.selfTestTag = QStringLiteral("stitch-tunnel-selftest-%1")
                          .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return {};
}

Status SetupRunner::runApplyScript(ApplyRun &run)
{
    const SetupPlan &full = run.full;
    // Exactly what was confirmed, or nothing.
    const ScriptBuilder firewall = firewallScript(full, m_facts);
    const ScriptBuilder tunnelUser = tunnelUserScript(full, m_facts);
    if (!m_request.options.confirmedPlan.isEmpty() &&
        applyPlanDigest(run.firewallPart ? firewall.build() : QString(),
                        run.userPart ? tunnelUser.build() : QString()) !=
            m_request.options.confirmedPlan)
        return notWhatWasConfirmed();

    ScriptSequence sequence;
    sequence.locked();
    if (run.factsGuard) // planned on the check's facts: they must still hold
        sequence.then(*run.factsGuard);
    if (run.firewallPart && run.userPart) // an account that cannot be set up takes the rules back
        sequence.then(firewall).thenElseUndo(tunnelUser, firewallUndoScript());
    else
        sequence.then(run.userPart ? tunnelUser : firewall);
    if (!run.userPart) {
        // Step 1 alone: nothing of the tunnel user's, no self-test.
    } else if (run.selfTestKey) {
        // A tunnel to the database only, from the admin's address; the script adds a
        // ten-minute expiry on the server's clock.
        QString options = full.tunnelOnlyKeyOptions();
        if (!full.adminAddress.isEmpty())
            options += QStringLiteral(",from=\"%1\"").arg(full.adminAddress);
        sequence.then(
            addSelfTestKeyScript(full, options, run.selfTestKey->publicLine, run.selfTestTag));
    } else {
        sequence.then(removeSelfTestKeysScript(full, QString()));
    }
    sequence.thenVerify(probeScript(full));
    const QString script = sequence.build();

    // The self-test's connection is opened while the apply script runs. With the sshd fix it
    // waits for sshd's reload: a connection accepted before it keeps the old settings.
    if (run.selfTestKey && !m_request.options.fixSshd)
        run.login = startSelfTest(full, run.selfTestKey->privateKey.get());

    if (!startChanges())
        return stoppedBeforeChanges(QStringLiteral("apply"));
    say(QObject::tr("Applying steps 1 and 4 on the server, then verifying them…"));
    auto result = m_runner->runPrivileged(QObject::tr("Apply steps 1 and 4, then verify"), script);
    if (!result)
        return result.error();
    if (result->exitStatus != 0) {
        if (parseScriptOutput(result.value()).errorCode == kServerChangedCode) {
            std::lock_guard<std::mutex> lock(m_stopMutex);
            m_changesStarted = false; // the guard stopped the script before its first change
            return serverChangedSinceCheck();
        }
        return scriptFailed(QObject::tr("Applying the changes"), result.value());
    }
    if (run.login)
        run.login->keyInPlace(true); // it logs in while the database check below runs

    // Exit 0 means the sequence reached its check: the marker came.
    const auto verified = sequence.splitVerified(result->stdOut)
                              .value_or(ScriptSequence::VerifiedOutput{result->stdOut, {}});
    m_facts = parseProbeOutput(verified.verify);
    if (run.selfTestKey)
        m_facts.selfTestLines = 0; // the line we just added for the self-test is not a leftover
    ssh::ExecResult applied = result.value();
    applied.stdOut = verified.steps;
    run.outputs = {parseScriptOutput(applied)};
    return {};
}

Status SetupRunner::fixSshdAfterApply(ApplyRun &run)
{
    // sshd's settings for the tunnel user, judged on the verify probe (the user exists now).
    if (!run.userPart || !m_request.options.fixSshd || stopRequested())
        return {};
    const SetupPlan &full = run.full;
    say(QObject::tr("Adjusting sshd's settings for %1…").arg(full.tunnelUser));
    auto fixed = fixSshd(full);
    if (!fixed) {
        if (run.selfTestKey)
            removeSelfTestKey(full, run.selfTestTag);
        return fixed.error();
    }
    run.outputs << fixed.value();
    run.sshdChanged = fixed->sshdChanged();
    if (run.sshdChanged) {
        if (const Status admin = freshAdminLogin(); !admin) {
            run.sshdFindings << rollBackSshdFix(
                full, QObject::tr("a fresh login as %1 failed (%2)")
                          .arg(m_request.connection.user, admin.error().message));
            run.sshdChanged = false;
        }
    }
    if (run.sshdChanged && run.selfTestKey) {
        run.login = startSelfTest(full, run.selfTestKey->privateKey.get());
        run.login->keyInPlace(true);
    }
    return {};
}

Status SetupRunner::stoppedAfterApply(ApplyRun &run)
{
    // The script has run to its end, so the server is in its new state, verified. Only the
    // self-test's key must not stay behind.
    bool removed = true;
    if (run.selfTestKey) {
        if (run.login)
            run.login->cancel();
        removed = removeSelfTestKey(run.full, run.selfTestTag);
    }
    StepResult finish;
    finish.status = StepStatus::Skipped;
    finish.findings << withRemedy(
        makeFinding(Severity::Warn, "selftest.interrupted",
                    removed ? QObject::tr("Stopped: the end-to-end self-test did not run, and "
                                          "its temporary key was removed.")
                            : QObject::tr("Stopped: the end-to-end self-test did not run; its "
                                          "temporary key expires within ten minutes."),
                    QObject::tr("Apply again to run the self-test.")),
        RemedyKind::RunSelfTest);
    m_steps[static_cast<std::size_t>(StepId::Finish)] = finish;
    return makeError(ErrorCode::Cancelled,
                     QObject::tr("Stopped after steps 1 and 4 were applied and "
                                 "verified (see above); the self-test did not run."),
                     applyAgainForTheSelfTest());
}

Status SetupRunner::selfTestAfterApply(ApplyRun &run)
{
    const SetupPlan &full = run.full;
    if (m_request.options.fixSshd && !run.sshdChanged && run.selfTestKey && !run.login) {
        // No reload happened: the self-test logs in now.
        run.login = startSelfTest(full, run.selfTestKey->privateKey.get());
        run.login->keyInPlace(true);
    }
    if (!run.login) {
        StepResult finish;
        finish.status = StepStatus::Skipped;
        finish.findings << withRemedy(
            makeFinding(Severity::Warn, "selftest.skipped",
                        QObject::tr("The end-to-end self-test was skipped."),
                        QObject::tr("Apply again with the self-test to prove the tunnel works.")),
            RemedyKind::RunSelfTest);
        m_steps[static_cast<std::size_t>(StepId::Finish)] = finish;
        return {};
    }
    StepResult finish = finishSelfTest(full, *run.login, run.selfTestTag);
    const bool loginFailed =
        std::any_of(finish.findings.cbegin(), finish.findings.cend(), [](const Finding &f) {
            return f.code == QLatin1String("selftest.login") && f.severity == Severity::Fail;
        });
    if (run.sshdChanged && loginFailed && !m_connection.isCancelled()) {
        run.sshdFindings << rollBackSshdFix(
            full, QObject::tr("the tunnel user %1 could not log in").arg(full.tunnelUser));
        recordApplied(full, run.outputs, run.sshdFindings);
    }
    judgeByTheTunnelUsersReach(m_steps[static_cast<std::size_t>(StepId::Database)], finish,
                               full.loginUser);
    m_steps[static_cast<std::size_t>(StepId::Finish)] = finish;
    if (m_connection.isCancelled() || stopRequested()) {
        return makeError(ErrorCode::Cancelled,
                         QObject::tr("Stopped during the end-to-end self-test. Steps 1 "
                                     "and 4 are applied and verified (see above)."),
                         applyAgainForTheSelfTest());
    }
    return {};
}

void SetupRunner::recordApplied(const SetupPlan &plan, const QVector<ScriptOutput> &outputs,
                                const QVector<Finding> &sshdFindings)
{
    bool changed[kStepCount] = {};
    for (const ScriptOutput &output : outputs) {
        for (const ScriptChange &c : output.changes)
            changed[static_cast<int>(c.step)] = true;
    }
    recordChecks(plan, m_facts, changed);
    for (const StepId step : {StepId::Firewall, StepId::TunnelUser}) {
        for (const ScriptOutput &output : outputs) {
            for (const QString &c : output.changesFor(step))
                m_steps[static_cast<std::size_t>(step)].findings
                    << makeFinding(Severity::Pass, "apply.changed", c);
        }
    }
    // The apply script's own warnings (a rule that will not survive a reboot), under their
    // step, unless the verify check above says the same; its notes stay in the transcript.
    if (!outputs.isEmpty()) {
        for (const Finding &f : outputs.first().findings) {
            if (f.severity == Severity::Pass)
                continue;
            const StepId step = f.code.startsWith(QLatin1String("firewall.")) ? StepId::Firewall
                                                                              : StepId::TunnelUser;
            QVector<Finding> &findings = m_steps[static_cast<std::size_t>(step)].findings;
            const bool known = std::any_of(findings.cbegin(), findings.cend(),
                                           [&f](const Finding &k) { return k.code == f.code; });
            if (!known)
                findings << f;
            StepResult &result = m_steps[static_cast<std::size_t>(step)];
            if (f.severity == Severity::Fail)
                result.status = StepStatus::Fail;
            else if (result.status == StepStatus::Pass)
                result.status = StepStatus::Warn;
        }
    }
    // What the sshd fix itself reported (taken out again after a failed check, already in
    // place), and why it was rolled back.
    StepResult &user = m_steps[static_cast<std::size_t>(StepId::TunnelUser)];
    for (const ScriptOutput &output : outputs.mid(1))
        user.findings += output.findings;
    user.findings += sshdFindings;
    if (statusFromFindings(user.findings) == StepStatus::Fail)
        user.status = StepStatus::Fail;
}

} // namespace stitch::setup
