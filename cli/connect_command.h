#pragma once

#include "cli_options.h"

#include <QTextStream>

namespace stitch::cli {

// `stitch-tunnel connect`: connect, verify the host key, log in, check privilege, report.
int runConnect(const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace stitch::cli
