#include "report.h"

#include "session/setup_session.h"

#include <QJsonArray>

namespace stitch::setup {

namespace {

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

} // namespace

bool reportOk(const SetupSession &session)
{
    for (int i = 0; i < kStepCount; ++i) {
        if (session.stepResult(static_cast<StepId>(i)).status == StepStatus::Fail)
            return false;
    }
    return true;
}

StitchFormValues stitchFormValues(const SetupSession &session)
{
    StitchFormValues v;
    v.sshHost = session.connection().host;
    v.sshPort = session.connection().port;
    v.sshUser = session.choices().tunnelUser;
    v.databaseHost = session.choices().databaseHost;
    v.databasePort = session.choices().databasePort;
    return v;
}

QJsonObject reportJson(const SetupSession &session, const StitchFormValues &values)
{
    QJsonArray steps;
    for (int i = 0; i < kStepCount; ++i) {
        const StepId id = static_cast<StepId>(i);
        const StepResult &r = session.stepResult(id);
        QJsonArray findings;
        for (const Finding &f : r.findings) {
            QJsonObject finding{{QStringLiteral("severity"), severityName(f.severity)},
                                {QStringLiteral("code"), f.code},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("fix"), f.fix}};
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
    return QJsonObject{
        {QStringLiteral("ok"), reportOk(session)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("stitch"), QJsonObject{{QStringLiteral("ssh_host"), values.sshHost},
                                               {QStringLiteral("ssh_port"), values.sshPort},
                                               {QStringLiteral("ssh_user"), values.sshUser},
                                               {QStringLiteral("db_host"), values.databaseHost},
                                               {QStringLiteral("db_port"), values.databasePort}}}};
}

QString reportMarkdown(const SetupSession &session, const StitchFormValues &values)
{
    QString md = QObject::tr("# Stitch SSH tunnel report\n\n");
    md += QObject::tr("Server: %1 port %2, login %3\n\n")
              .arg(session.connection().host)
              .arg(session.connection().port)
              .arg(session.connection().user);
    for (int i = 0; i < kStepCount; ++i) {
        const StepId id = static_cast<StepId>(i);
        const StepResult &r = session.stepResult(id);
        md += QStringLiteral("## %1 — %2\n\n").arg(stepTitle(id), stepStatusName(r.status));
        for (const Finding &f : r.findings) {
            md += QStringLiteral("- **%1** %2").arg(severityName(f.severity), f.message);
            if (!f.fix.isEmpty())
                md += QObject::tr(" *Fix:* %1").arg(f.fix);
            md += QStringLiteral(" `%1`\n").arg(f.code);
        }
        if (!r.commands.isEmpty()) {
            md += QObject::tr(
                      "\n<details><summary>Commands</summary>\n\n```sh\n%1\n```\n</details>\n")
                      .arg(r.commands.join(QStringLiteral("\n")).trimmed());
        }
        md += QLatin1Char('\n');
    }
    md += QObject::tr("## Values for Stitch's connection form\n\n"
                      "| Stitch field | Value |\n|---|---|\n"
                      "| SSH Host | %1 |\n| SSH Port | %2 |\n| SSH User | %3 |\n"
                      "| Host (Endpoint) | %4 |\n| Port | %5 |\n")
              .arg(values.sshHost)
              .arg(values.sshPort)
              .arg(values.sshUser, values.databaseHost)
              .arg(values.databasePort);
    return md;
}

} // namespace stitch::setup
