#pragma once

#include "common/result.h"
#include "ssh/connection_settings.h"

#include <QString>
#include <QStringList>

namespace stitch::cli {

// Exit codes of stitch-tunnel (documented in --help and the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitCheckFailed = 1,
    ExitUsage = 2,
    ExitConnection = 3, // connection, authentication or host-key problem
};

struct CliOptions
{
    enum class Action { Help, Version, Connect };
    Action action = Action::Help;
    ssh::ConnectionSettings connection;
    QString passwordFile;
    QString passphraseFile;
    QString sudoPasswordFile;
    bool json = false;
    QString helpText;
};

// Parses argv (without reading any secret yet). Usage errors carry ErrorCode::InvalidInput.
Result<CliOptions> parseCommandLine(const QStringList &arguments);

} // namespace stitch::cli
