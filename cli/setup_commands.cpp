#include "setup_commands.h"

#include "interrupt.h"

#include "cli_credentials.h"
#include "cli_exit_codes.h"
#include "cli_output.h"
#include "cli_remedies.h"
#include "session/setup_session.h"
#include "setup/remote_scripts.h"
#include "setup/report.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace stitch::cli {

namespace {

QString marker(Severity s)
{
    switch (s) {
    case Severity::Pass:
        return QStringLiteral("  ok    ");
    case Severity::Warn:
        return QStringLiteral("  WARN  ");
    case Severity::Fail:
        return QStringLiteral("  FAIL  ");
    }
    return {};
}

void printText(QTextStream &out, const SetupSession &session, const setup::SetupRunner &runner,
               bool withValues, bool withCommands)
{
    static const char *const titles[kStepCount] = {
        "1. Allow Stitch's IP addresses on the SSH port", "2. SSH server reaches the database",
        "3. Stitch public key", "4. Stitch user and authorized_keys", "5. End-to-end self-test"};
    for (int i = 0; i < kStepCount; ++i) {
        const StepResult &r = session.stepResult(static_cast<StepId>(i));
        if (r.status == StepStatus::NotChecked)
            continue;
        out << QString::fromLatin1(titles[i]) << QStringLiteral(" — ") << stepStatusName(r.status)
            << '\n';
        for (const Finding &f : r.findings) {
            out << marker(f.severity) << f.message << '\n';
            if (const QString fix = fixText(f); !fix.isEmpty())
                out << QStringLiteral("        fix: ") << fix << '\n';
        }
        if (withCommands && !r.commands.isEmpty()) {
            out << QStringLiteral("        commands (as root):\n");
            for (const QString &command : r.commands)
                out << QString(command).replace(QRegularExpression(QStringLiteral("(?m)^")),
                                                QStringLiteral("          "))
                    << '\n';
        }
        if (i == static_cast<int>(StepId::Firewall) && !runner.facts().firewallActive)
            out << QStringLiteral("        cloud firewall rules to paste:\n")
                << runner.cloudRules().replace(QRegularExpression(QStringLiteral("(?m)^")),
                                               QStringLiteral("          "))
                << '\n';
    }
    if (withValues) {
        const setup::StitchFormValues v = runner.formValues();
        out << QStringLiteral("\nEnter in Stitch (Encryption Type: SSH Tunnel):\n")
            << QStringLiteral("  SSH Host         %1\n").arg(v.sshHost)
            << QStringLiteral("  SSH Port         %1\n").arg(v.sshPort)
            << QStringLiteral("  SSH User         %1\n").arg(v.sshUser)
            << QStringLiteral("  Host (Endpoint)  %1\n").arg(v.databaseHost)
            << QStringLiteral("  Port             %1\n").arg(v.databasePort);
    }
    out.flush();
}

} // namespace

int runSetupCommand(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    SetupSession session;
    ssh::ConnectionSettings settings = options.connection;
    session.setChoices(options.choices);
    setup::SetupRunner runner(session, options.run);
    const auto fail = [&](const Error &error) {
        return printFailure(out, err, options.json, setup::reportJson(session, runner.formValues()),
                            error);
    };

    auto plan = runner.plan();
    if (!plan)
        return fail(plan.error());
    if (options.action == CliOptions::Action::Script) {
        if (plan->keyLine.isEmpty())
            return fail(makeError(ErrorCode::KeyEmpty,
                                  QStringLiteral("The script needs the Stitch public key."),
                                  QStringLiteral("Add --public-key-file FILE (the key from "
                                                 "Stitch's SSH Tunnel settings).")));
        setup::SetupPlan p = plan.value();
        p.sshPorts = {QString::number(settings.port)};
        p.loginUser.clear(); // whoever runs the script with sudo: it reads $SUDO_USER
        out << setup::standaloneScript(p);
        out.flush();
        return ExitOk;
    }

    auto credentials = loadCredentials(options, settings);
    if (!credentials)
        return fail(credentials.error());
    session.setConnection(settings);
    session.credentials() = std::move(credentials.value());

    // Ctrl-C from here on: at once while nothing is changed yet, else at the next safe point;
    // either way the CLI says what was done and exits 130.
    const InterruptGuard interrupts;
    const InterruptWatcher watcher([&runner] { runner.stopSoon(); });
    const auto interrupted = [&](const Error &error) {
        if (!runner.changesStarted())
            return fail(makeError(ErrorCode::Cancelled,
                                  QStringLiteral("Stopped; nothing was changed on the server."),
                                  QString()));
        if (!options.json)
            printText(out, session, runner, options.action != CliOptions::Action::Remove,
                      options.showCommands);
        out.flush();
        return fail(error); // Cancelled: exit 130
    };
    const auto wasInterrupted = [](const Error &error) {
        return error.code == ErrorCode::Cancelled && InterruptGuard::requested().load();
    };
    if (Status s = runner.connect(); !s)
        return wasInterrupted(s.error()) ? interrupted(s.error()) : fail(s.error());
    Status result;
    switch (options.action) {
    case CliOptions::Action::Check:
        result = runner.check();
        break;
    case CliOptions::Action::Apply:
        result = runner.apply();
        break;
    case CliOptions::Action::Remove:
        result = runner.remove();
        break;
    default:
        break;
    }
    if (!result && wasInterrupted(result.error()))
        return interrupted(result.error());
    if (!result)
        return fail(result.error());

    const bool ok = setup::reportOk(session);
    if (!options.reportFile.isEmpty()) {
        QSaveFile file(options.reportFile);
        const QByteArray text =
            options.reportFile.endsWith(QLatin1String(".json"))
                ? QJsonDocument(setup::reportJson(session, runner.formValues())).toJson()
                : setup::reportMarkdown(session, runner.formValues()).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return fail(
                makeError(ErrorCode::LocalIoError,
                          QStringLiteral("Cannot write the report to %1.").arg(options.reportFile),
                          QStringLiteral("Check the folder exists and is writable.")));
    }
    if (options.json) {
        printJson(out, setup::reportJson(session, runner.formValues()));
    } else {
        printText(out, session, runner, options.action != CliOptions::Action::Remove,
                  options.showCommands);
        if (!ok)
            err << QStringLiteral("stitch-tunnel: some checks failed; see FAIL above.\n");
    }
    return ok ? ExitOk : ExitCheckFailed;
}

} // namespace stitch::cli
