#pragma once

#include "apply_plan.h"
#include "common/result.h"
#include "keys/public_key.h"
#include "operation_report.h"
#include "remote/remote_runner.h"
#include "remote/transcript.h"
#include "run_options.h"
#include "script_builder.h"
#include "script_output.h"
#include "server_facts.h"
#include "session/step_result.h"
#include "setup_plan.h"
#include "setup_request.h"
#include "ssh/ssh_connection.h"
#include "sshd_log.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace stitch::setup {

class SelfTestLogin;

// Drives the five guide steps for one SetupRequest: check (read-only), apply, verify, the
// end-to-end self-test, remove. Holds its own copy of the request (connection, credentials,
// choices, opt-ins). One operation per run() call (Connect, Check, Apply or Remove, connecting
// first when not connected), which returns an OperationReport the front end prints or applies to
// its own model; the CLI, the wizard's worker and the tests all use run() (and watch()). Owns the
// SSH connection; use it from one thread only.
class SetupRunner
{
public:
    using ProgressFn = std::function<void(const QString &message)>;

    explicit SetupRunner(SetupRequest request);
    ~SetupRunner();

    // Validates every choice; no network. Fails on the first bad input, changing nothing.
    Result<SetupPlan> plan() const;

    // One whole operation: connects first when not connected (saying so through `progress`),
    // then runs it; the report also holds what connecting ran. Connect alone ends the root
    // shell, so none waits on the user (an Apply or Remove after it starts a new one, with sudo
    // again: one channel more than when it connects itself).
    // Check is read-only: one probe, one forward channel. Apply: probe, one locked script
    // (ending with the verify probe), self-test. Remove: the key (and, as asked, the user and
    // our firewall rules).
    OperationReport run(Operation operation, const ProgressFn &progress = {});
    bool isConnected() const { return m_connection.isConnected() && m_runner; }
    void setOptions(const RunOptions &options) { m_request.options = options; }
    // The next operation's request, on the same connection (the caller checked it is the same
    // server): new choices, secrets or opt-ins.
    void setRequest(SetupRequest request) { m_request = std::move(request); }
    const SetupRequest &request() const { return m_request; }

    // Thread-safe: ends the running operation (and the self-test's own connection).
    void cancel();
    // Thread-safe, the gentle form of cancel() (Ctrl-C in the CLI, Cancel in the wizard):
    // before the first change to the server it is cancel(); after it, the privileged script
    // that runs finishes (the server ends in its new, verified state), the self-test stops and
    // its key is removed, and the operation returns Cancelled saying what was done.
    void stopSoon();
    // Thread-safe: whether this operation has started a script that changes the server.
    bool changesStarted() const { return m_changesStarted.load(); }

    const ssh::SshConnection &connection() const { return m_connection; }
    // Called on the runner's thread as each remote command ends (before the operation's report
    // is ready): e.g. to mark where in the byte stream each command ended.
    void setCommandObserver(remote::Transcript::Observer observer)
    {
        m_commandObserver = std::move(observer);
    }
    // SSH channels opened since connecting, the self-test's included (also in every report).
    int remoteCommands() const;

    // Watches sshd's log on the server for Stitch's own connection (stitch-tunnel watch,
    // setup_runner_watch.cpp): reads it every few seconds from now until Stitch got in,
    // `durationMs` have passed, or stopSoon()/cancel(); `watching` is called once the log's
    // end is known (what Stitch does from then on is seen), `seen` with each attempt as it
    // comes or changes. Connects first when not connected. Read-only.
    using AttemptFn = std::function<void(const StitchAttempt &attempt)>;
    Result<WatchReport> watch(qint64 durationMs, const std::function<void()> &watching = {},
                              const AttemptFn &seen = {});

private:
    // run()'s parts, private so that every caller goes through run() (one operation per call).
    // Connects, logs in, confirms administrator rights. When the choices already make a plan,
    // the read-only probe rides along in the same round trip and serves the operation that
    // follows at once (check/apply/remove), so it need not probe again. Leaves the root shell
    // open for that operation.
    Status connect();
    // Each needs connect() first.
    OperationReport check();
    OperationReport apply();
    OperationReport remove();
    // Ends the root shell connect() or an operation left open, so none waits on the user.
    void endPrivilegedShell();
    QScopeGuard<std::function<void()>> endPrivilegedShellOnReturn();
    Status doCheck();
    Status doApply();
    Status doRemove();
    OperationReport finished(Operation operation, Status outcome);
    ConnectionReport connectionReport() const;
    QString cloudRules() const;
    Result<ServerFacts> probe(const SetupPlan &plan);
    // Validated plan completed with what the probe saw (ports, admin address); sets m_facts.
    Result<SetupPlan> planAndProbe(bool requireKey);
    // What apply runs on: the check's facts when a check on this connection just saw them for
    // the same choices, with the guard that proves them on the server first (one probe per
    // Apply); else a new probe and no guard.
    struct ApplyBasis
    {
        SetupPlan plan;
        std::optional<ScriptBuilder> factsGuard;
    };
    Result<ApplyBasis> applyBasis(bool requireKey);
    void recordChecks(const SetupPlan &plan, const ServerFacts &facts, bool changed[kStepCount]);
    StepResult checkPublicKey() const;
    // The end-to-end self-test, in two halves around the apply script: the tunnel user's
    // connection starts before it; logging in, the tunnel and removing the key come after.
    std::unique_ptr<SelfTestLogin> startSelfTest(const SetupPlan &plan, ssh_key key);
    StepResult finishSelfTest(const SetupPlan &plan, SelfTestLogin &login, const QString &tag);
    // Takes this run's self-test line (and leftovers) out; false when that failed.
    bool removeSelfTestKey(const SetupPlan &plan, const QString &tag);
    SetupPlan planWithServerFacts(SetupPlan plan) const;
    // The checks after apply's scripts (outputs: what each reported), with their changes and
    // the fix of sshd's findings (`sshdFindings`) added to the steps.
    void recordApplied(const SetupPlan &plan, const QVector<ScriptOutput> &outputs,
                       const QVector<Finding> &sshdFindings);
    // Apply's parts (setup_runner_apply.cpp), in order, on one ApplyRun.
    struct ApplyRun;
    // A refusal before any change, or an ok that changed nothing (a working setup kept); none
    // when apply may go on.
    std::optional<Status> refuseBeforeChanges(const SetupPlan &full);
    Status prepareSelfTestKey(ApplyRun &run);
    // The one locked script: the facts guard, steps 1 and 4, the self-test key, the verify.
    Status runApplyScript(ApplyRun &run);
    Status fixSshdAfterApply(ApplyRun &run);
    // A stop asked for while the script ran: the server is in its new state; no self-test.
    Status stoppedAfterApply(ApplyRun &run);
    Status selfTestAfterApply(ApplyRun &run);

    // The opt-in fix of sshd (setup_runner_sshd_fix.cpp). Each script runs locked and ends with
    // the probe, whose facts replace m_facts.
    Result<ScriptOutput> runSshdScript(const SetupPlan &plan, const ScriptBuilder &script,
                                       const QString &title);
    // Writes, checks and reloads sshd's settings for the tunnel user when they block it (an
    // empty output when nothing does and our block is as wanted).
    Result<ScriptOutput> fixSshd(const SetupPlan &plan);
    // A new login as the admin, with the session's settings and credentials.
    Status freshAdminLogin();
    // Takes our sshd settings out again and reloads sshd; the failing finding that says why
    // (`whatFailed`) and whether that worked.
    Finding rollBackSshdFix(const SetupPlan &plan, const QString &whatFailed);

    // What is happening now, for the front end's progress line (run()'s `progress`, if any).
    void say(const QString &message) const;

    SetupRequest m_request;
    ProgressFn m_progress; // set for the duration of run()
    remote::Transcript::Observer m_commandObserver;
    // This runner's commands since the last report.
    remote::Transcript m_transcript{[this](const remote::TranscriptEntry &entry) {
        if (m_commandObserver)
            m_commandObserver(entry);
    }};
    std::array<StepResult, kStepCount> m_steps; // what the running operation found out
    bool m_reachedServer = false;
    ssh::SshConnection m_connection;
    std::unique_ptr<remote::RemoteRunner> m_runner;
    std::optional<remote::PrivilegeInfo> m_privilege;
    ServerFacts m_facts;
    struct EarlyProbe
    {
        QString script; // serves only a probe of exactly this script…
        ServerFacts facts;
        QElapsedTimer age; // …soon after connect()
    };
    std::optional<EarlyProbe> m_earlyProbe;
    struct CheckedFacts
    {
        SetupPlan probed; // the plan the check's probe was made for
        ServerFacts facts;
        QElapsedTimer age;
    };
    std::optional<CheckedFacts> m_checked; // set by a check, taken by the apply after it
    ApplyPlan m_applyPlan;                 // what an apply now would change and run
    int m_selfTestChannels = 0;
    // Start of an operation; then, under m_stopMutex, "no stop was asked for, so changes start
    // now" (stopSoon() decides under the same lock whether a hard cancel is still harmless).
    void beginOperation();
    bool startChanges();
    std::mutex m_stopMutex;
    std::atomic<bool> m_changesStarted{false};
    std::atomic<bool> m_stopRequested{false};
    bool stopRequested() const { return m_stopRequested.load(); }
    std::mutex m_selfTestMutex; // guards m_selfTestLogin against cancel()
    SelfTestLogin *m_selfTestLogin = nullptr;
};

} // namespace stitch::setup
