#pragma once

#include "cli_options.h"

#include <QTextStream>

namespace stitch::cli {

// `stitch-tunnel playbook`: the Ansible playbook doing what apply does, on stdout or into
// --output FILE. Connects to nothing.
int runPlaybookCommand(const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace stitch::cli
