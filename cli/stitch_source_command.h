#pragma once

#include "cli_options.h"

#include <QTextStream>

namespace stitch::cli {

// `stitch-tunnel stitch-source`: with a Stitch Connect API token, lists the account's sources
// (--list), or writes the SSH values this setup produces into one source and waits for the
// connection check Stitch then runs, saying its verdict in plain words. Exit 0 when Stitch's
// check succeeded (or the list was printed), 1 when it failed or did not finish in time, 2 for
// a bad token file, option or source ID, 3 when the API could not be reached or refused the
// token.
int runStitchSourceCommand(const CliOptions &options, QTextStream &out, QTextStream &err);

// The token from `path`: refused when the file is readable by group or others (as ssh refuses
// such a private key), empty, or not shaped like a Connect API token.
Result<Secret> readTokenFile(const QString &path);

} // namespace stitch::cli
