#include "setup_runner.h"

#include <QObject>

#include "common/server_text.h"
#include "database_check.h"
#include "remote_scripts.h"
#include "report.h"
#include "runner_errors.h"
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
QScopeGuard<std::function<void()>> SetupRunner::endPrivilegedShellOnReturn()
{
    return QScopeGuard<std::function<void()>>([this] { endPrivilegedShell(); });
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

} // namespace stitch::setup
