#pragma once

#include "common/result.h"
#include "run_options.h"
#include "session/setup_choices.h"
#include "setup_plan.h"

#include <QString>

namespace stitch::setup {

// The plan behind what the admin takes away to run elsewhere (this script, the Ansible
// playbook), built without any connection: the choices validated exactly as
// SetupRunner::plan() validates them, and the Stitch public key required (KeyEmpty with
// `keyMissing` as the message without it).
Result<SetupPlan> takeAwayPlanFor(const SetupChoices &choices, quint16 sshPort,
                                  const RunOptions &options, const QString &keyMissing);

// The stand-alone POSIX sh script ("do it myself") for steps 1 and 4, built from the admin's
// choices without any connection. Validates the choices exactly as SetupRunner::plan() does;
// needs the Stitch public key (KeyEmpty without it). `sshPort` is the port Stitch connects to.
Result<QString> standaloneScriptFor(const SetupChoices &choices, quint16 sshPort,
                                    const RunOptions &options = {});

} // namespace stitch::setup
