#pragma once

#include "common/result.h"
#include "session/setup_choices.h"
#include "setup/setup_runner.h"
#include "ssh/connection_settings.h"

#include <QString>
#include <QStringList>

namespace stitch::cli {

// Exit codes of stitch-tunnel (documented in --help and the README).
enum ExitCode : int
{
    ExitOk = 0,
    ExitCheckFailed = 1,
    ExitUsage = 2,
    ExitConnection = 3,    // connection, authentication or host-key problem
    ExitInterrupted = 130, // Ctrl-C or SIGTERM: stopped at a safe point, what was done printed
};

struct CliOptions
{
    enum class Action
    {
        Help,
        Version,
        Connect,
        Check,
        Apply,
        Remove,
        Script
    };
    Action action = Action::Help;
    ssh::ConnectionSettings connection;
    SetupChoices choices;
    setup::RunOptions run;
    QString passwordFile;
    QString passphraseFile;
    QString sudoPasswordFile;
    bool json = false;
    bool showCommands = false;
    QString reportFile; // .md or .json
    QString helpText;
};

// Parses argv (without reading any secret yet). Usage errors carry ErrorCode::InvalidInput.
Result<CliOptions> parseCommandLine(const QStringList &arguments);

} // namespace stitch::cli
