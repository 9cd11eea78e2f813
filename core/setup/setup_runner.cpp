#include "setup_runner.h"

#include <QObject>

#include "common/server_text.h"
#include "database_check.h"
#include "remote_scripts.h"
#include "report.h"
#include "script_output.h"
#include "self_test_login.h"
#include "ssh/throwaway_key.h"
#include "sshd_fix.h"
#include "step_checks.h"
#include "stitch_network.h"

#include <QRandomGenerator>
#include <QScopeGuard>

#include <algorithm>

namespace stitch::setup {

using namespace std::chrono_literals;

namespace {

constexpr qint64 kEarlyProbeLifetimeMs = 20000;
// How long a check's facts may serve the apply after it: the apply's guard proves them on the
// server anyway; after this long the admin is shown the server as it is now.
constexpr qint64 kCheckedFactsLifetimeMs = 15 * 60 * 1000;
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

Error scriptFailed(const QString &what, const ssh::ExecResult &r)
{
    const ScriptOutput output = parseScriptOutput(r);
    QString reason = output.errorMessage;
    if (reason.isEmpty())
        reason = textFromServer(QString::fromUtf8(r.stdErr.trimmed().right(300)));
    // What the failed run took back of its own changes (firewall_undo.sh), so the admin knows
    // the server is as it was.
    QStringList takenBack;
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    for (const Finding &f : output.findings) {
        if (f.code == QLatin1String("firewall.taken_back"))
            takenBack << f.message;
        else if (f.code == QLatin1String("firewall.not_taken_back"))
            reason += QStringLiteral(". ") + f.message;
    }
    if (!takenBack.isEmpty()) {
        reason += QStringLiteral(". ") +
                  QObject::tr("The firewall rules this run had added were taken back (%1).")
                      .arg(takenBack.join(QStringLiteral(", ")));
    }
    return makeError(ErrorCode::RemoteCommandFailed,
                     QObject::tr("%1 failed on the server: %2").arg(what, reason),
                     QObject::tr("See the transcript for the exact command and output; fix the "
                                 "cause and apply again (it is safe to rerun)."));
}

Error stoppedBeforeChanges(const QString &operation)
{
    return makeError(ErrorCode::Cancelled, QObject::tr("Stopped before anything was changed."),
                     QObject::tr("Run %1 again when you are ready.").arg(operation));
}

// Turning ufw off was asked for, but the server's record does not say this tool turned it on:
// the admin's own firewall may protect much more than the SSH port, so it stays on.
Error ufwNotOurs()
{
    return makeError(ErrorCode::InvalidInput,
                     QObject::tr("ufw was not turned on by this tool (the server's record does "
                                 "not say so), so it is not turned off: it may protect more "
                                 "than Stitch's access. Nothing was changed."),
                     QObject::tr("Remove Stitch access without turning ufw off. If ufw should "
                                 "be off, turn it off yourself (sudo ufw disable)."));
}

// A stop after steps 1 and 4 are in place: what to do about the self-test that did not finish.
QString applyAgainForTheSelfTest()
{
    return QObject::tr("Apply again to run the end-to-end self-test; it changes nothing that "
                       "is already in place.");
}

} // namespace

SetupRunner::SetupRunner(SetupRequest request) : m_request(std::move(request)) {}

SetupRunner::~SetupRunner() = default;

int SetupRunner::remoteCommands() const
{
    return m_connection.channelsOpened() + m_selfTestChannels;
}

Result<SetupPlan> SetupRunner::plan() const
{
    auto p = makeSetupPlan(m_request.choices, m_request.connection.port, m_request.options);
    if (p)
        p->loginUser = m_request.connection.user;
    return p;
}

SetupPlan SetupRunner::planWithServerFacts(SetupPlan p) const
{
    // The host firewall sees Stitch's packets on the port sshd receives them on: the one our
    // own connection arrived at ($SSH_CONNECTION, after any NAT, port forward or proxy) and the
    // ones sshd listens on. The port dialled (Stitch's form) is only the fallback: behind a
    // port forward, no rule for it would ever match.
    QStringList ports;
    const auto addPort = [&ports](const QString &port) {
        bool ok = false;
        const uint n = port.toUInt(&ok);
        if (ok && n > 0 && n <= 65535 && !ports.contains(QString::number(n)))
            ports << QString::number(n);
    };
    if (m_privilege)
        addPort(m_privilege->sshConnection.section(QLatin1Char(' '), 3, 3));
    for (const QString &port : m_facts.sshdPorts())
        addPort(port);
    if (!ports.isEmpty())
        p.sshPorts = ports;
    if (m_privilege)
        p.adminAddress = m_privilege->clientAddress();
    return p;
}

QString SetupRunner::cloudRules() const
{
    // Cloud firewalls filter before any port forward on the server: the port dialled.
    auto p = plan();
    return p ? cloudFirewallRules(p.value()) : QString();
}

Status SetupRunner::connect()
{
    const ssh::ConnectionSettings &settings = m_request.connection;
    if (Status s = m_connection.connect(settings); !s)
        return s;
    say(QObject::tr("Logging in as %1…").arg(settings.user));
    if (Status s = m_connection.authenticate(settings, m_request.credentials); !s)
        return s;
    say(QObject::tr("Confirming administrator rights (sudo) for %1…").arg(settings.user));
    m_runner = std::make_unique<remote::RemoteRunner>(m_connection, m_transcript, settings.user);
    m_privilege.reset();
    m_earlyProbe.reset();
    m_checked.reset();
    m_selfTestChannels = 0;
    const auto p = plan();
    const QString probe = p ? probeScript(p.value()).build() : QString();
    auto first = m_runner->establishPrivilegeAndRun(
        m_request.credentials.sudoPassword,
        probe.isEmpty() ? QString() : QObject::tr("Inspect the server (read-only)"), probe);
    if (!first) {
        // Logged in but without administrator rights (a wrong sudo password, say) is not
        // connected: the next operation logs in and asks sudo again, never skipping it.
        m_runner.reset();
        return first.error();
    }
    m_privilege = first->privilege;
    if (!probe.isEmpty() && first->result.succeeded()) {
        m_earlyProbe = EarlyProbe{probe, parseProbeOutput(first->result.stdOut), {}};
        m_earlyProbe->age.start();
    }
    return {};
}

void SetupRunner::endPrivilegedShell()
{
    if (m_runner)
        m_runner->endPrivilegedShell();
}

// Each operation's privileged scripts share one root shell (one sudo authentication); it ends
// with the operation, so no root shell waits on the server between operations.
auto SetupRunner::endPrivilegedShellOnReturn()
{
    return qScopeGuard([this] { endPrivilegedShell(); });
}

Result<ServerFacts> SetupRunner::probe(const SetupPlan &plan)
{
    if (!m_runner) // connect() failed or was never called: check/apply/remove send nothing
        return makeError(ErrorCode::ConnectionLost, QObject::tr("Not connected."),
                         QObject::tr("Connect first."));
    const QString script = probeScript(plan).build();
    // The probe made along with connect() serves the first operation, if it follows at once:
    // every later one must see the server as it is now.
    const std::optional<EarlyProbe> early = std::exchange(m_earlyProbe, std::nullopt);
    if (early && early->script == script && !early->age.hasExpired(kEarlyProbeLifetimeMs))
        return early->facts;
    say(QObject::tr("Inspecting the server (read-only)…"));
    auto r = m_runner->runPrivileged(QObject::tr("Inspect the server (read-only)"), script);
    if (!r)
        return r.error();
    if (r->exitStatus != 0)
        return scriptFailed(QObject::tr("Inspecting the server"), r.value());
    return parseProbeOutput(r->stdOut);
}

StepResult SetupRunner::checkPublicKey() const
{
    StepResult r;
    const QString text = m_request.choices.publicKey;
    auto key = keys::parsePublicKey(text);
    if (!key) {
        r.findings << failingFinding(key.error());
    } else {
        r.findings << makeFinding(
            Severity::Pass, "key.valid",
            QObject::tr("Stitch public key: %1, %2 bits, %3%4.")
                .arg(key->type)
                .arg(key->bits)
                .arg(key->fingerprint, key->comment.isEmpty()
                                           ? QString()
                                           : QObject::tr(", comment \"%1\"").arg(key->comment)));
    }
    r.status = statusFromFindings(r.findings);
    return r;
}

void SetupRunner::recordChecks(const SetupPlan &plan, const ServerFacts &facts,
                               bool changed[kStepCount])
{
    const auto store = [&](StepId id, StepResult result, const QStringList &commands) {
        result.commands = commands;
        if (changed && changed[static_cast<int>(id)] && result.status != StepStatus::Fail)
            result.status = StepStatus::Changed;
        m_steps[static_cast<std::size_t>(id)] = result;
    };
    const QString keyType = keys::parsePublicKey(m_request.choices.publicKey).ok()
                                ? keys::parsePublicKey(m_request.choices.publicKey)->type
                                : QString();
    m_applyPlan = makeApplyPlan(plan, facts, m_request.options);
    store(StepId::Firewall, checkFirewall(facts, plan), {m_applyPlan.firewallScript});
    say(QObject::tr("Reaching the database at %1 through the SSH server…")
            .arg(plan.permitOpenTarget()));
    store(StepId::Database,
          checkDatabase(m_connection, plan, facts, m_request.choices.databaseType), {});
    store(StepId::PublicKey, checkPublicKey(), {});
    QStringList userCommands{m_applyPlan.tunnelUserScript};
    if (!m_applyPlan.sshdFixScript.isEmpty())
        userCommands << m_applyPlan.sshdFixScript;
    StepResult user = checkTunnelUser(facts, plan, keyType);
    // What apply refuses (doApply stops on these); an account the admin can confirm is not
    // among them: ticking that changes the plan, and apply then goes ahead.
    for (const Finding &f : tunnelUserRefusals(facts, plan)) {
        if (f.remedy.kind != RemedyKind::AdoptExistingUser)
            user.refusals << f.code;
    }
    store(StepId::TunnelUser, user, userCommands);
}

Result<SetupPlan> SetupRunner::planAndProbe(bool requireKey)
{
    auto p = plan();
    if (!p)
        return p.error();
    if (requireKey && p->keyLine.isEmpty())
        return noPublicKeyError();
    auto facts = probe(p.value());
    if (!facts)
        return facts.error();
    m_facts = facts.value();
    m_reachedServer = true;
    return planWithServerFacts(p.value());
}

Result<SetupRunner::ApplyBasis> SetupRunner::applyBasis(bool requireKey)
{
    const std::optional<CheckedFacts> checked = std::exchange(m_checked, std::nullopt);
    auto p = plan();
    if (!p)
        return p.error();
    if (requireKey && p->keyLine.isEmpty())
        return noPublicKeyError();
    const bool reuse = m_runner && checked && !checked->age.hasExpired(kCheckedFactsLifetimeMs) &&
                       probeScript(checked->probed).build() == probeScript(p.value()).build();
    if (!reuse) {
        auto full = planAndProbe(requireKey);
        if (!full)
            return full.error();
        return ApplyBasis{full.value(), std::nullopt};
    }
    m_earlyProbe.reset();
    m_facts = checked->facts;
    m_reachedServer = true;
    return ApplyBasis{planWithServerFacts(p.value()),
                      factsGuardScript(checked->probed, checked->facts.factsSha)};
}

void SetupRunner::beginOperation()
{
    m_steps = {};
    m_reachedServer = false;
    std::lock_guard<std::mutex> lock(m_stopMutex);
    m_changesStarted = false;
    m_stopRequested = false;
}

bool SetupRunner::startChanges()
{
    std::lock_guard<std::mutex> lock(m_stopMutex);
    if (m_stopRequested)
        return false;
    m_changesStarted = true;
    return true;
}

void SetupRunner::stopSoon()
{
    {
        std::lock_guard<std::mutex> lock(m_stopMutex);
        m_stopRequested = true;
        if (!m_changesStarted) {
            cancel(); // nothing to finish yet
            return;
        }
    }
    std::lock_guard<std::mutex> lock(m_selfTestMutex);
    if (m_selfTestLogin)
        m_selfTestLogin->cancel(); // the admin's connection stays, to remove the key
}

OperationReport SetupRunner::check()
{
    beginOperation();
    return finished(Operation::Check, doCheck());
}

OperationReport SetupRunner::apply()
{
    beginOperation();
    return finished(Operation::Apply, doApply());
}

OperationReport SetupRunner::remove()
{
    m_checked.reset();
    beginOperation();
    return finished(Operation::Remove, doRemove());
}

void SetupRunner::say(const QString &message) const
{
    if (m_progress)
        m_progress(message);
}

OperationReport SetupRunner::run(Operation operation, const ProgressFn &progress)
{
    m_progress = progress;
    const auto forget = qScopeGuard([this] { m_progress = nullptr; });
    if (!isConnected()) {
        say(connectingText(m_request.connection.host));
        beginOperation();
        if (Status s = connect(); !s)
            return finished(operation, s);
    }
    if (operation != Operation::Connect)
        say(operationBusyText(operation));
    switch (operation) {
    case Operation::Connect:
        endPrivilegedShell(); // the user reads on: no root shell waits
        return finished(operation, {});
    case Operation::Check:
        return check();
    case Operation::Apply:
        return apply();
    case Operation::Remove:
        return remove();
    }
    return finished(operation, {});
}

OperationReport SetupRunner::reportNow(Operation operation, Status outcome)
{
    return finished(operation, std::move(outcome));
}

OperationReport SetupRunner::finished(Operation operation, Status outcome)
{
    OperationReport r;
    r.operation = operation;
    r.outcome = std::move(outcome);
    r.reachedServer = m_reachedServer;
    r.changesStarted = changesStarted();
    r.connection = connectionReport();
    r.steps = std::exchange(m_steps, {});
    r.facts = m_facts;
    r.cloudRules = cloudRules();
    r.applyPlan = std::exchange(m_applyPlan, {});
    r.formValues = stitchFormValues(m_request.choices, m_request.connection);
    r.transcript = m_transcript.take();
    r.remoteCommands = remoteCommands();
    return r;
}

ConnectionReport SetupRunner::connectionReport() const
{
    ConnectionReport c;
    c.host = m_request.connection.host;
    c.port = m_request.connection.port;
    c.login = m_request.connection.user;
    c.hostKey = m_connection.hostKey();
    c.connected = isConnected();
    if (c.connected) {
        c.serverBanner = m_connection.serverBanner();
        c.authMethod = m_connection.authMethodUsed();
        c.privilege = m_privilege ? m_privilege->describe() : QString();
    }
    return c;
}

Status SetupRunner::doCheck()
{
    const auto endShell = endPrivilegedShellOnReturn();
    m_checked.reset();
    auto planned = planAndProbe(false);
    if (!planned)
        return planned.error();
    recordChecks(planned.value(), m_facts, nullptr);
    if (!m_facts.factsSha.isEmpty())
        m_checked = CheckedFacts{plan().value(), m_facts, {}};
    if (m_checked)
        m_checked->age.start();
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

Status SetupRunner::doApply()
{
    const auto endShell = endPrivilegedShellOnReturn();
    const bool userPart = m_request.options.applyTunnelUser;
    const bool firewallPart = m_request.options.applyFirewall || !userPart;
    auto basis = applyBasis(userPart);
    if (!basis)
        return basis.error();
    const SetupPlan &full = basis->plan;

    // An account that must not carry Stitch's key, or links and foreign files under its home:
    // stop before anything changes (the scripts check again on the server).
    if (const QVector<Finding> refusals = tunnelUserRefusals(m_facts, full);
        userPart && !refusals.isEmpty()) {
        const Finding &first = refusals.first();
        // The finding's remedy comes along (--adopt-existing-user, in the CLI's words).
        Error refused =
            makeError(ErrorCode::InvalidInput,
                      QStringLiteral("%1 Nothing was changed.").arg(first.message), first.fix);
        refused.remedy = first.remedy;
        return refused;
    }

    // A re-run must not break a tunnel that works: when Stitch's key is in place with other
    // options (say, another database target) and this run's target fails step 2, nothing is
    // changed.
    if (userPart && m_facts.authorizedKeysHasKey && !m_facts.authorizedKeysExactLine) {
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
            return {};
        }
    }

    // Self-test key prepared up front so adding it rides along in the one apply script.
    std::optional<ssh::ThrowawayKey> selfTestKey;
    QString selfTestTag;
    // The sshd fix needs the tunnel user's own login to prove it: it always runs the self-test.
    if (userPart && (m_request.options.selfTest || m_request.options.fixSshd)) {
        auto k = ssh::generateThrowawayKey();
        if (!k)
            return k.error();
        selfTestKey = std::move(k.value());
        selfTestTag = QStringLiteral("stitch-tunnel-selftest-%1")
                          .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    }

    // Exactly what was confirmed, or nothing.
    const ScriptBuilder firewall = firewallScript(full, m_facts);
    const ScriptBuilder tunnelUser = tunnelUserScript(full, m_facts);
    if (!m_request.options.confirmedPlan.isEmpty() &&
        applyPlanDigest(firewallPart ? firewall.build() : QString(),
                        userPart ? tunnelUser.build() : QString()) !=
            m_request.options.confirmedPlan)
        return notWhatWasConfirmed();

    ScriptSequence sequence;
    sequence.locked();
    if (basis->factsGuard) // planned on the check's facts: they must still hold
        sequence.then(*basis->factsGuard);
    if (firewallPart && userPart) // an account that cannot be set up takes the rules back
        sequence.then(firewall).thenElseUndo(tunnelUser, firewallUndoScript());
    else
        sequence.then(userPart ? tunnelUser : firewall);
    if (!userPart) {
        // Step 1 alone: nothing of the tunnel user's, no self-test.
    } else if (selfTestKey) {
        // A tunnel to the database only, from the admin's address; the script adds a
        // ten-minute expiry on the server's clock.
        QString options = full.tunnelOnlyKeyOptions();
        if (!full.adminAddress.isEmpty())
            options += QStringLiteral(",from=\"%1\"").arg(full.adminAddress);
        sequence.then(addSelfTestKeyScript(full, options, selfTestKey->publicLine, selfTestTag));
    } else {
        sequence.then(removeSelfTestKeysScript(full, QString()));
    }
    sequence.thenVerify(probeScript(full));
    const QString script = sequence.build();

    // The self-test's connection is opened while the apply script runs (declared after the key
    // it uses; the guard that unregisters it from cancel() is destroyed before it). With the
    // sshd fix it waits for sshd's reload: a connection accepted before it keeps the old
    // settings.
    std::unique_ptr<SelfTestLogin> login;
    if (selfTestKey && !m_request.options.fixSshd)
        login = startSelfTest(full, selfTestKey->privateKey.get());
    const auto unregister = qScopeGuard([this] {
        std::lock_guard<std::mutex> lock(m_selfTestMutex);
        m_selfTestLogin = nullptr;
    });

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
    if (login)
        login->keyInPlace(true); // it logs in while the database check below runs

    // Exit 0 means the sequence reached its check: the marker came.
    const auto verified = sequence.splitVerified(result->stdOut)
                              .value_or(ScriptSequence::VerifiedOutput{result->stdOut, {}});
    const QByteArray applyOut = verified.steps;
    m_facts = parseProbeOutput(verified.verify);
    if (selfTestKey)
        m_facts.selfTestLines = 0; // the line we just added for the self-test is not a leftover
    ssh::ExecResult applied = result.value();
    applied.stdOut = applyOut;
    QVector<ScriptOutput> outputs{parseScriptOutput(applied)};

    // sshd's settings for the tunnel user, judged on the verify probe (the user exists now).
    QVector<Finding> sshdFindings;
    bool sshdChanged = false;
    if (userPart && m_request.options.fixSshd && !stopRequested()) {
        say(QObject::tr("Adjusting sshd's settings for %1…").arg(full.tunnelUser));
        auto fixed = fixSshd(full);
        if (!fixed) {
            if (selfTestKey)
                removeSelfTestKey(full, selfTestTag);
            return fixed.error();
        }
        outputs << fixed.value();
        sshdChanged = fixed->sshdChanged();
        if (sshdChanged) {
            if (const Status admin = freshAdminLogin(); !admin) {
                sshdFindings << rollBackSshdFix(
                    full, QObject::tr("a fresh login as %1 failed (%2)")
                              .arg(m_request.connection.user, admin.error().message));
                sshdChanged = false;
            }
        }
        if (sshdChanged && selfTestKey) {
            login = startSelfTest(full, selfTestKey->privateKey.get());
            login->keyInPlace(true);
        }
    }
    recordApplied(full, outputs, sshdFindings);
    if (!userPart) { // step 1 alone: verified above; the self-test needs step 4
        if (stopRequested())
            return makeError(ErrorCode::Cancelled,
                             QObject::tr("Stopped after step 1 was applied and verified (see "
                                         "above)."),
                             QString());
        return {};
    }

    if (stopRequested()) {
        // The script has run to its end, so the server is in its new state, verified. Only
        // the self-test's key must not stay behind.
        bool removed = true;
        if (selfTestKey) {
            if (login)
                login->cancel();
            removed = removeSelfTestKey(full, selfTestTag);
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
    if (m_request.options.fixSshd && !sshdChanged && selfTestKey && !login) {
        // No reload happened: the self-test logs in now.
        login = startSelfTest(full, selfTestKey->privateKey.get());
        login->keyInPlace(true);
    }
    if (login) {
        StepResult finish = finishSelfTest(full, *login, selfTestTag);
        const bool loginFailed =
            std::any_of(finish.findings.cbegin(), finish.findings.cend(), [](const Finding &f) {
                return f.code == QLatin1String("selftest.login") && f.severity == Severity::Fail;
            });
        if (sshdChanged && loginFailed && !m_connection.isCancelled()) {
            sshdFindings << rollBackSshdFix(
                full, QObject::tr("the tunnel user %1 could not log in").arg(full.tunnelUser));
            recordApplied(full, outputs, sshdFindings);
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
    } else {
        StepResult finish;
        finish.status = StepStatus::Skipped;
        finish.findings << withRemedy(
            makeFinding(Severity::Warn, "selftest.skipped",
                        QObject::tr("The end-to-end self-test was skipped."),
                        QObject::tr("Apply again with the self-test to prove the tunnel works.")),
            RemedyKind::RunSelfTest);
        m_steps[static_cast<std::size_t>(StepId::Finish)] = finish;
    }
    return {};
}

void SetupRunner::cancel()
{
    m_connection.cancel();
    std::lock_guard<std::mutex> lock(m_selfTestMutex);
    if (m_selfTestLogin)
        m_selfTestLogin->cancel();
}

Status SetupRunner::doRemove()
{
    const auto endShell = endPrivilegedShellOnReturn();
    auto planned = planAndProbe(false);
    if (!planned)
        return planned.error();
    const SetupPlan &full = planned.value();
    if (m_request.options.turnOffUfw && !m_facts.recordSaysUfwEnabled)
        return ufwNotOurs();
    // Each part is tried whatever happened to the one before: a tunnel account that breaks the
    // key removal (a link in its home) must not keep its own deletion, or the firewall rule,
    // from going.
    ScriptSequence sequence;
    sequence.locked()
        .thenEvenAfterFailure(keyRemovalScript(full, m_request.options.removeUser))
        .thenEvenAfterFailure(sshdFixRemovalScript(full));
    if (m_request.options.removeFirewallRules)
        sequence.thenEvenAfterFailure(firewallRemovalScript(full, m_request.options.turnOffUfw));
    // After the rules: ufw is on until Stitch's rules are gone.
    if (m_request.options.turnOffUfw)
        sequence.thenEvenAfterFailure(ufwTurnOffScript());
    if (!startChanges())
        return stoppedBeforeChanges(QStringLiteral("remove"));
    auto r = m_runner->runPrivileged(QObject::tr("Remove Stitch access"), sequence.build());
    if (!r)
        return r.error();
    const ScriptOutput output = parseScriptOutput(r.value());
    if (r->exitStatus != 0 && output.errors.isEmpty())
        return scriptFailed(QObject::tr("Removing Stitch access"), r.value());
    // What each part did or could not do, under its step: the firewall's under step 1, the
    // account's, its key's and sshd's under step 4.
    StepResult results[2];
    const auto resultFor = [&](bool firewall) -> StepResult & {
        return results[firewall ? 0 : 1];
    };
    for (const ScriptChange &c : output.changes)
        resultFor(c.step == StepId::Firewall).findings
            << makeFinding(Severity::Pass, "remove.changed", c.what);
    for (const Finding &f : output.findings + output.errors)
        resultFor(f.code.startsWith(QLatin1String("firewall."))).findings << f;
    // Not asked to take the firewall rules out: say which stay, so nobody reads "removed" as
    // "closed".
    if (!m_request.options.removeFirewallRules && !m_facts.recordedFirewallRules.isEmpty()) {
        results[0].findings << withRemedy(
            makeFinding(Severity::Pass, "firewall.rules_kept",
                        QObject::tr("The firewall rules this tool added stay (by its record: "
                                    "%1): Stitch's addresses can still reach the SSH port.")
                            .arg(m_facts.recordedFirewallRulesText()),
                        QObject::tr("Remove Stitch access again with its firewall rules to take "
                                    "them out.")),
            RemedyKind::RemoveFirewallRules);
    }
    for (const StepId step : {StepId::Firewall, StepId::TunnelUser}) {
        const bool firewall = step == StepId::Firewall;
        StepResult &result = resultFor(firewall);
        if (result.findings.isEmpty())
            continue;
        const bool changed = std::any_of(
            output.changes.cbegin(), output.changes.cend(),
            [firewall](const ScriptChange &c) { return (c.step == StepId::Firewall) == firewall; });
        const StepStatus judged = statusFromFindings(result.findings);
        result.status = judged == StepStatus::Fail || !changed ? judged : StepStatus::Changed;
        m_steps[static_cast<std::size_t>(step)] = result;
    }
    return {};
}

} // namespace stitch::setup
