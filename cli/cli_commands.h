#pragma once

#include "cli_options.h"

#include <QCommandLineParser>

#include <optional>

namespace stitch::cli {

// The commands of stitch-tunnel, in the order --help lists them.
QStringList commandNames();
std::optional<CliOptions::Action> commandNamed(const QString &name);

// Refuses an option that `action` would ignore (--region with connect, --report with script,
// --remove-user with apply, …) and options that cancel each other out, so that nothing the
// user typed is silently dropped. `parser` has parsed the command line.
Status checkOptionsFit(const QCommandLineParser &parser, CliOptions::Action action);

} // namespace stitch::cli
