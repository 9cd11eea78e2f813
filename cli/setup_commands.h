#pragma once

#include "cli_options.h"

#include <QTextStream>

namespace stitch::cli {

// `stitch-tunnel check|apply|remove|script`.
int runSetupCommand(const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace stitch::cli
