#include "report.h"

#include "setup_request.h"

#include "step_checks.h"

#include "version.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSysInfo>

namespace stitch::setup {

namespace {

QString fixOf(const Finding &f, const FixWording &wording)
{
    return wording ? wording(f) : f.fix;
}

} // namespace

QString stepTitle(StepId id)
{
    switch (id) {
    case StepId::Firewall:
        return QObject::tr("1. Allow Stitch's IP addresses on the SSH port");
    case StepId::Database:
        return QObject::tr("2. Let the SSH server reach the database");
    case StepId::PublicKey:
        return QObject::tr("3. The Stitch public key");
    case StepId::TunnelUser:
        return QObject::tr("4. The Stitch user and authorized_keys");
    case StepId::Finish:
        return QObject::tr("5. Finish in Stitch (end-to-end self-test)");
    }
    return {};
}

QJsonObject reportJson(const OperationReport &report, const FixWording &wording)
{
    QJsonArray steps;
    for (int i = 0; i < kStepCount; ++i) {
        const StepId id = static_cast<StepId>(i);
        const StepResult &r = report.step(id);
        QJsonArray findings;
        for (const Finding &f : r.findings) {
            QJsonObject finding{{QStringLiteral("severity"), severityName(f.severity)},
                                {QStringLiteral("code"), f.code},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("fix"), fixOf(f, wording)}};
            if (!f.remedy.isNone())
                finding.insert(QStringLiteral("remedy"), remedyKindName(f.remedy.kind));
            findings.append(finding);
        }
        steps.append(
            QJsonObject{{QStringLiteral("id"), stepIdName(id)},
                        {QStringLiteral("status"), r.status == StepStatus::NotChecked
                                                       ? QStringLiteral("skipped")
                                                       : stepStatusName(r.status)},
                        {QStringLiteral("findings"), findings},
                        {QStringLiteral("commands"), QJsonArray::fromStringList(r.commands)}});
    }
    const StitchFormValues &values = report.formValues;
    return QJsonObject{{QStringLiteral("ok"), report.stepsOk()},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("stitch"),
                        QJsonObject{{QStringLiteral("ssh_host"), values.sshHost},
                                    {QStringLiteral("ssh_host_source"),
                                     values.sshHostGiven ? QStringLiteral("public_host")
                                                         : QStringLiteral("connected_address")},
                                    {QStringLiteral("ssh_port"), values.sshPort},
                                    {QStringLiteral("ssh_user"), values.sshUser},
                                    {QStringLiteral("db_host"), values.databaseHost},
                                    {QStringLiteral("db_port"), values.databasePort}}}};
}

QString reportOrigin()
{
    return QObject::tr("Stitch SSH Tunnel Wizard %1 on %2 (%3), %4 UTC")
        .arg(QStringLiteral(STITCH_VERSION), QSysInfo::prettyProductName(),
             QSysInfo::currentCpuArchitecture(),
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString reportMarkdown(const OperationReport &report, const FixWording &wording,
                       MarkdownFlavour flavour)
{
    // The results first; the scripts, which make most of its size, in an appendix.
    QString md = QObject::tr("# Stitch SSH tunnel report\n\n");
    md += QObject::tr("Made by %1.\n\n").arg(reportOrigin());
    md += QObject::tr("Server: %1 port %2, login %3\n\n")
              .arg(report.connection.host)
              .arg(report.connection.port)
              .arg(report.connection.login);
    if (!report.ok()) {
        const Error &error = report.error();
        md += QObject::tr("## Last error\n\n%1\n\n").arg(error.message);
        if (!error.fix.isEmpty())
            md += QObject::tr("*Fix:* %1\n\n").arg(error.fix);
        md += QStringLiteral("`%1`\n\n").arg(errorCodeName(error.code));
    }
    QString appendix;
    for (int i = 0; i < kStepCount; ++i) {
        const StepId id = static_cast<StepId>(i);
        const StepResult &r = report.step(id);
        md += QStringLiteral("## %1 — %2\n\n").arg(stepTitle(id), stepStatusName(r.status));
        for (const Finding &f : r.findings) {
            md += QStringLiteral("- **%1** %2").arg(severityName(f.severity), f.message);
            if (const QString fix = fixOf(f, wording); !fix.isEmpty())
                md += QObject::tr(" *Fix:* %1").arg(fix);
            md += QStringLiteral(" `%1`\n").arg(f.code);
        }
        md += QLatin1Char('\n');
        if (r.commands.isEmpty())
            continue;
        const QString commands = r.commands.join(QStringLiteral("\n")).trimmed();
        appendix +=
            flavour == MarkdownFlavour::Folded
                ? QStringLiteral("<details><summary>%1</summary>\n\n```sh\n%2\n```\n"
                                 "</details>\n\n")
                      .arg(stepTitle(id), commands)
                : QStringLiteral("### %1\n\n```sh\n%2\n```\n\n").arg(stepTitle(id), commands);
    }
    const StitchFormValues &values = report.formValues;
    md += QObject::tr("## Values for Stitch's connection form\n\n"
                      "| Stitch field | Value |\n|---|---|\n"
                      "| SSH Host | %1 |\n| SSH Port | %2 |\n| SSH User | %3 |\n"
                      "| Host (Endpoint) | %4 |\n| Port | %5 |\n")
              .arg(values.sshHost)
              .arg(values.sshPort)
              .arg(values.sshUser, values.databaseHost)
              .arg(values.databasePort);
    if (!appendix.isEmpty())
        md += QObject::tr("\n## Appendix: the commands of each step\n\n") + appendix;
    return md;
}

} // namespace stitch::setup
