#pragma once

#include "common/result.h"
#include "run_options.h"
#include "session/setup_choices.h"

#include <QString>

namespace stitch::setup {

// The stand-alone POSIX sh script ("do it myself") for steps 1 and 4, built from the admin's
// choices without any connection. Validates the choices exactly as SetupRunner::plan() does;
// needs the Stitch public key (KeyEmpty without it). `sshPort` is the port Stitch connects to.
Result<QString> standaloneScriptFor(const SetupChoices &choices, quint16 sshPort,
                                    const RunOptions &options = {});

} // namespace stitch::setup
