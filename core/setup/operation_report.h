#pragma once

#include "apply_plan.h"
#include "common/result.h"
#include "remote/transcript.h"
#include "run_options.h"
#include "server_facts.h"
#include "session/step_result.h"
#include "ssh/host_key.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <array>

namespace stitch::setup {

// What the user asked for; one at a time.
enum class Operation
{
    Connect,
    Check,
    Apply,
    Remove
};

// What an operation's busy row says while it runs (one wording for the CLI's progress, the
// worker's progress and every page).
QString operationBusyText(Operation operation);
QString connectingText(const QString &host);

// How the admin's connection went, as far as it got.
struct ConnectionReport
{
    QString host; // the server as the admin reached it
    quint16 port = 22;
    QString login;
    ssh::HostKeyInfo hostKey; // set as soon as the server showed its key
    QString serverBanner;
    QString authMethod; // how the login succeeded: "password", "key file", "agent"
    QString privilege;  // "root via sudo (password)", …
    bool connected = false;
};

// Everything one operation (connect, check, apply, remove) found out and did, as one plain
// value: core returns it, the CLI prints it, the wizard applies it to its session. Never a
// secret in any field.
struct OperationReport
{
    Operation operation = Operation::Check;
    Status outcome; // ok, or why the operation stopped (the steps say what was done before)
    // Whether the steps below come from the server (false: a failed connect or a bad input
    // before anything was asked, and the steps say nothing).
    bool reachedServer = false;
    bool changesStarted = false; // a script that changes the server was started
    ConnectionReport connection;
    std::array<StepResult, kStepCount> steps; // NotChecked: this operation says nothing on it
    ServerFacts facts;
    QString cloudRules; // rules to paste into a cloud firewall when no host firewall is active
    StitchFormValues formValues;
    // After a check: what an apply right after it would change and run (for its confirmation).
    ApplyPlan applyPlan;
    QVector<remote::TranscriptEntry> transcript; // the remote commands of this operation
    int remoteCommands = 0;                      // SSH channels opened (round trips)

    bool ok() const { return outcome.ok(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return outcome.error(); }
    const StepResult &step(StepId id) const { return steps[static_cast<std::size_t>(id)]; }
    StepResult &step(StepId id) { return steps[static_cast<std::size_t>(id)]; }
    // No step failed (a stopped or failed operation also has outcome set).
    bool stepsOk() const;
};

} // namespace stitch::setup

Q_DECLARE_METATYPE(stitch::setup::Operation)
Q_DECLARE_METATYPE(stitch::setup::OperationReport)
