#pragma once

#include "cli_options.h"

#include <QTextStream>

namespace stitch::cli {

// `stitch-tunnel watch`: reads sshd's log on the server while Stitch connects, says each attempt
// as it comes and, at the end, whether Stitch got in or why not (setup/sshd_log.h). Exit 0 when
// Stitch got in, 1 when it did not (or nothing arrived in time), 3 on connection problems.
int runWatchCommand(const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace stitch::cli
