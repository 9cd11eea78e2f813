#include "cli_main.h"

#include "cli_exit_codes.h"
#include "cli_options.h"
#include "cli_output.h"
#include "common/app_identity.h"
#include "common/translations.h"
#include "connect_command.h"
#include "playbook_command.h"
#include "setup_commands.h"
#include "stitch_source_command.h"
#include "version.h"
#include "watch_command.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace stitch::cli {

int runCli(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(app);
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);

    ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options)
        return printFailure(out, err, parsed.json, {}, parsed.options.error());
    const Result<CliOptions> &options = parsed.options;
    switch (options->action) {
    case CliOptions::Action::Help:
        out << options->helpText;
        return ExitOk;
    case CliOptions::Action::Version:
        if (options->json)
            printJson(out,
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("stitch-tunnel")},
                                  {QStringLiteral("version"), QStringLiteral(STITCH_VERSION)}});
        else
            out << QStringLiteral("stitch-tunnel %1\n").arg(QStringLiteral(STITCH_VERSION));
        return ExitOk;
    case CliOptions::Action::Connect:
        return runConnect(options.value(), out, err);
    case CliOptions::Action::Check:
    case CliOptions::Action::Apply:
    case CliOptions::Action::Remove:
    case CliOptions::Action::Script:
        return runSetupCommand(options.value(), out, err);
    case CliOptions::Action::Playbook:
        return runPlaybookCommand(options.value(), out, err);
    case CliOptions::Action::Watch:
        return runWatchCommand(options.value(), out, err);
    case CliOptions::Action::StitchSource:
        return runStitchSourceCommand(options.value(), out, err);
    }
    return ExitUsage;
}

} // namespace stitch::cli
