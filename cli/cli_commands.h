#pragma once

#include "cli_options.h"

#include <QCommandLineParser>

#include <optional>

namespace stitch::cli {

// The commands of stitch-tunnel, in the order --help lists them.
QStringList commandNames();
std::optional<CliOptions::Action> commandNamed(const QString &name);

// Whether `action` reads the option named `option` (its long name, without dashes).
bool commandTakes(CliOptions::Action action, const QString &option);
// The options the table behind commandTakes() names: every option but --help and --version
// (tests/unit/cli_option_docs_test.cpp checks that against cliOptions()).
QStringList commandOptionNames();

// What `help COMMAND` and `COMMAND --help` print around that command's options: one line on
// what it does, and a few command lines to start from.
QString commandSummary(CliOptions::Action action);
QString commandExamples(CliOptions::Action action);

// Refuses an option that `action` would ignore (--region with connect, --report with script,
// --remove-user with apply, …) and options that cancel each other out, so that nothing the
// user typed is silently dropped. `parser` has parsed the command line.
Status checkOptionsFit(const QCommandLineParser &parser, CliOptions::Action action);

} // namespace stitch::cli
