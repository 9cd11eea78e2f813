#include "runner_errors.h"

#include "common/server_text.h"
#include "script_output.h"

#include <QObject>

namespace stitch::setup {

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

} // namespace stitch::setup
