#pragma once

#include "session/step_result.h"
#include "ssh/exec_result.h"

#include <QString>
#include <QVector>

// What a remote script reports, read from its structured lines (resources/scripts/prelude.sh):
//   changed STEP WHAT  /  finding SEVERITY CODE TEXT  on stdout,  error CODE TEXT  on stderr.
// Nothing else a script prints is interpreted. Findings and errors are in the user's language
// (script_texts.h).
namespace stitch::setup {

struct ScriptChange
{
    StepId step = StepId::TunnelUser; // "firewall" → Firewall, "user" and "sshd" → TunnelUser
    bool sshd = false;                // "sshd": sshd's configuration changed (and was reloaded)
    QString what;
};

struct ScriptOutput
{
    QVector<ScriptChange> changes;
    QVector<Finding> findings; // fail → Fail; warn → Warn; info → Pass
    QString errorCode;         // the first error line's code (empty: none)
    QString errorMessage;
    QVector<Finding> errors; // every error line, as a failing finding (several scripts may fail)

    QStringList changesFor(StepId step) const;
    bool sshdChanged() const;
};

ScriptOutput parseScriptOutput(const ssh::ExecResult &result);

} // namespace stitch::setup
