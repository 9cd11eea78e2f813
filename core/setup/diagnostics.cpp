#include "diagnostics.h"

#include "step_checks.h"

#include <QJsonDocument>
#include <QObject>

namespace stitch::setup {

namespace {

QString section(const QString &title)
{
    return QStringLiteral("\n== %1 ==\n\n").arg(title);
}

QString stepsText(const OperationReport &record, const FixWording &wording)
{
    QString text;
    for (int i = 0; i < kStepCount; ++i) {
        const StepId id = static_cast<StepId>(i);
        const StepResult &r = record.step(id);
        text += QStringLiteral("%1: %2\n").arg(stepTitle(id), stepStatusName(r.status));
        for (const Finding &f : r.findings) {
            const QString fix = wording ? wording(f) : f.fix;
            text += QStringLiteral("  [%1] %2%3 (%4)\n")
                        .arg(severityName(f.severity), f.message,
                             fix.isEmpty() ? QString() : QObject::tr(" Fix: %1").arg(fix), f.code);
        }
    }
    return text;
}

} // namespace

QString diagnosticsText(const OperationReport &record, const SetupFileContents &setup,
                        const FixWording &wording)
{
    QString text = QObject::tr("Stitch SSH tunnel diagnostics\n");
    text += QObject::tr("Made by %1.\n").arg(reportOrigin());
    const ssh::ConnectionSettings &c = setup.connection;
    text += QObject::tr("Server: %1 port %2, login %3\n").arg(c.host).arg(c.port).arg(c.user);

    text += section(QObject::tr("Last error"));
    const Status &outcome = record.outcome;
    if (outcome.ok()) {
        text += QObject::tr("None.\n");
    } else {
        text += QStringLiteral("%1 (%2)\n")
                    .arg(outcome.error().oneLine(), errorCodeName(outcome.error().code));
    }

    text += section(QObject::tr("Steps"));
    text += stepsText(record, wording);

    text += section(
        QObject::tr("Choices (a setup file: save this part as a .stitch-tunnel file to open it)"));
    text += QString::fromUtf8(
        QJsonDocument(setupToJson(c, setup.choices, setup.optIns)).toJson(QJsonDocument::Indented));

    text += section(QObject::tr("Transcript of remote commands"));
    const QString transcript = remote::transcriptText(record.transcript);
    text += transcript.isEmpty() ? QObject::tr("No remote command ran yet.\n") : transcript;
    return text;
}

} // namespace stitch::setup
