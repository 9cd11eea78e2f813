#include "setup_commands.h"

#include <QObject>

#include "interrupt.h"

#include "cli_credentials.h"
#include "cli_exit_codes.h"
#include "cli_output.h"
#include "cli_remedies.h"
#include "setup/remote_scripts.h"
#include "setup/report.h"
#include "setup/setup_runner.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace stitch::cli {

namespace {

QString indented(const QString &text, int spaces)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("(?m)^")),
                                 QString(spaces, QLatin1Char(' ')));
}

// A step's status in the text output (the JSON keeps stepStatusName()).
QString stepStatusText(StepStatus status)
{
    switch (status) {
    case StepStatus::Pass:
        return QObject::tr("pass", "step");
    case StepStatus::Warn:
        return QObject::tr("warn", "step");
    case StepStatus::Fail:
        return QObject::tr("fail", "step");
    case StepStatus::Changed:
        return QObject::tr("changed", "step");
    case StepStatus::Skipped:
        return QObject::tr("skipped", "step");
    case StepStatus::NotChecked:
        break;
    }
    return stepStatusName(status);
}

void printText(QTextStream &out, const setup::OperationReport &report, bool withValues,
               bool withCommands)
{
    // What belongs to a finding goes under its message (printFinding).
    const QString under(findingIndent(), QLatin1Char(' '));
    for (int i = 0; i < kStepCount; ++i) {
        const StepId id = static_cast<StepId>(i);
        const StepResult &r = report.step(id);
        if (r.status == StepStatus::NotChecked)
            continue;
        out << setup::stepTitle(id) << QStringLiteral(" — ") << stepStatusText(r.status) << '\n';
        for (const Finding &f : r.findings)
            printFinding(out, f);
        if (withCommands && !r.commands.isEmpty()) {
            out << under << QObject::tr("commands (as root):") << '\n';
            for (const QString &command : r.commands)
                out << indented(command, int(under.size()) + 2) << '\n';
        }
        if (id == StepId::Firewall && !report.facts.firewallActive)
            out << under << QObject::tr("cloud firewall rules to paste:") << '\n'
                << indented(report.cloudRules, int(under.size()) + 2) << '\n';
    }
    if (withValues) {
        // Stitch's own field names, in English as Stitch shows them.
        const setup::StitchFormValues &v = report.formValues;
        out << '\n'
            << QObject::tr("Enter in Stitch (Encryption Type: SSH Tunnel):") << '\n'
            << QStringLiteral("  SSH Host         %1\n").arg(v.sshHost)
            << QStringLiteral("  SSH Port         %1\n").arg(v.sshPort)
            << QStringLiteral("  SSH User         %1\n").arg(v.sshUser)
            << QStringLiteral("  Host (Endpoint)  %1\n").arg(v.databaseHost)
            << QStringLiteral("  Port             %1\n").arg(v.databasePort);
    }
    out.flush();
}

// Reports from the CLI word every fix for the CLI.
QString cliFix(const Finding &finding)
{
    return fixText(finding);
}

QJsonObject jsonOf(const setup::OperationReport &report)
{
    return setup::reportJson(report, cliFix);
}

setup::Operation operationOf(CliOptions::Action action)
{
    switch (action) {
    case CliOptions::Action::Apply:
        return setup::Operation::Apply;
    case CliOptions::Action::Remove:
        return setup::Operation::Remove;
    default:
        return setup::Operation::Check;
    }
}

// --report is checked before anything is sent to the server: a run that changes the server and
// then cannot say so in the file the admin asked for is worse than one that never starts.
Status checkReportPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const auto refuse = [&](const QString &why) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("Cannot write the report to %1: %2").arg(path, why),
                         QObject::tr("Choose a report file in a folder that exists and that you "
                                     "can write to. Nothing was sent to the server."));
    };
    if (!folder.isDir())
        return refuse(QObject::tr("the folder %1 does not exist.").arg(folder.filePath()));
    if (file.isDir())
        return refuse(QObject::tr("it is a folder."));
    if (file.exists() ? !file.isWritable() : !folder.isWritable())
        return refuse(QObject::tr("it is not writable."));
    return {};
}

Status writeReport(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        return {};
    return makeError(ErrorCode::LocalIoError,
                     QObject::tr("Cannot write the report to %1.").arg(path),
                     QObject::tr("Check the folder exists and is writable."), file.errorString());
}

// `stitch-tunnel script`: the script an admin runs with sudo on the server, for this plan.
Result<QString> standaloneScriptFor(const CliOptions &options, setup::SetupPlan p)
{
    if (p.keyLine.isEmpty()) {
        Error e = makeError(ErrorCode::KeyEmpty,
                            QObject::tr("The script needs the Stitch public key."), {});
        e.remedy = Remedy{RemedyKind::GivePublicKey, {}};
        return e;
    }
    p.sshPorts = {QString::number(options.connection.port)};
    p.loginUser.clear(); // whoever runs the script with sudo: it reads $SUDO_USER
    return setup::standaloneScript(p);
}

} // namespace

int runSetupCommand(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    setup::SetupRequest request{options.connection, {}, options.choices, options.run};
    setup::SetupRunner runner(request.clone()); // the secrets come below, when needed
    // The report of what was done so far, for an error's JSON (empty before the run).
    setup::OperationReport done;
    done.formValues = setup::stitchFormValues(options.choices, options.connection);
    const auto fail = [&](const Error &error) {
        return printFailure(out, err, options.json, jsonOf(done), error);
    };

    auto plan = runner.plan();
    if (!plan)
        return fail(plan.error());
    if (options.action == CliOptions::Action::Script) {
        const Result<QString> script = standaloneScriptFor(options, plan.value());
        if (!script)
            return fail(script.error());
        out << script.value();
        out.flush();
        return ExitOk;
    }
    if (Status report = checkReportPath(options.reportFile); !report)
        return fail(report.error());
    // Said before logging in, not after login and sudo: the key is needed on this side.
    if (options.action == CliOptions::Action::Apply && plan->keyLine.isEmpty())
        return fail(setup::noPublicKeyError());

    auto credentials = loadCredentials(options, request.connection);
    if (!credentials)
        return fail(credentials.error());
    request.credentials = std::move(credentials.value());
    runner.setRequest(std::move(request));

    // Ctrl-C from here on: at once while nothing is changed yet, else at the next safe point;
    // either way the CLI says what was done and exits 130.
    const InterruptGuard interrupts;
    const InterruptWatcher watcher([&runner] { runner.stopSoon(); });
    const bool withValues = options.action != CliOptions::Action::Remove;
    done = runner.run(operationOf(options.action));
    if (!done.ok()) {
        const Error &error = done.error();
        if (error.code != ErrorCode::Cancelled || !InterruptGuard::requested().load())
            return fail(error);
        if (!done.changesStarted)
            return fail(makeError(ErrorCode::Cancelled,
                                  QObject::tr("Stopped; nothing was changed on the server."),
                                  QObject::tr("Run the command again when you are ready.")));
        if (!options.json)
            printText(out, done, withValues, options.showCommands);
        out.flush();
        return fail(error); // Cancelled: exit 130
    }

    const bool ok = done.stepsOk();
    Status reportWritten;
    if (!options.reportFile.isEmpty()) {
        reportWritten =
            writeReport(options.reportFile, options.reportFile.endsWith(QLatin1String(".json"))
                                                ? QJsonDocument(jsonOf(done)).toJson()
                                                : setup::reportMarkdown(done, cliFix).toUtf8());
    }
    // The results first, whatever happens to the report file: the server has been changed and
    // the admin must see how.
    if (!reportWritten) {
        if (!options.json)
            printText(out, done, withValues, options.showCommands);
        return fail(reportWritten.error());
    }
    if (options.json) {
        printJson(out, jsonOf(done));
    } else {
        printText(out, done, withValues, options.showCommands);
        if (!ok)
            err << QStringLiteral("stitch-tunnel: ")
                << QObject::tr("some checks failed; see %1 above.")
                       .arg(severityWord(Severity::Fail))
                << '\n';
    }
    return ok ? ExitOk : ExitCheckFailed;
}

} // namespace stitch::cli
