#pragma once

#include "common/result.h"
#include "session/setup_choices.h"
#include "setup/run_options.h"
#include "ssh/connection_settings.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace stitch::cli {

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
        Script,
        Playbook,
        Watch,
        StitchSource
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
    QString reportFile;                            // .md or .json
    QString playbookHosts = QStringLiteral("all"); // the playbook's Ansible host pattern
    QString outputFile;                            // playbook: write here, not to stdout
    qint64 watchMs = 10 * 60 * 1000;               // watch: how long (--minutes)
    // stitch-source: Stitch's Connect API (off unless a token file is given).
    struct StitchApi
    {
        QString tokenFile;
        qint64 sourceId = 0;
        bool list = false;
        QString baseUrl; // empty: https://api.stitchdata.com
        QString caFile;  // extra CA certificates (a TLS-inspecting proxy)
    } stitchApi;
    QString helpText;
};

// What the command line asks for, or why it cannot be run. `json` is known either way, so that
// a usage error is printed as JSON too when --json was given.
struct ParsedCommandLine
{
    Result<CliOptions> options;
    bool json = false;
};

// Parses argv (without reading any secret yet). Usage errors carry ErrorCode::InvalidInput; an
// unreadable or empty --public-key-file LocalIoError or KeyEmpty.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

// Every option parseCommandLine() knows, in the order --help lists them (descriptions in the
// installed translation's language). The man page and the bash completion are checked against
// it.
QList<QCommandLineOption> cliOptions();

} // namespace stitch::cli
