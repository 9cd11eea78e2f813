#pragma once

#include "cli_options.h"

#include <QCommandLineParser>

namespace stitch::cli {

// The options of stitch-source from `parser` (which has parsed the command line) into
// `options`: the token file (read later, by the command), --list or --source-id, --api-url,
// --ca-file, and the SSH Host Stitch is to use (--host, or --public-host). The other values of
// step 5 (--port, --tunnel-user, --db-*) are parsed with every command's.
Result<CliOptions> stitchSourceOptions(const QCommandLineParser &parser, CliOptions options);

} // namespace stitch::cli
