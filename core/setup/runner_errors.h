#pragma once

#include "common/error.h"
#include "ssh/exec_result.h"

#include <QString>

// The errors more than one of SetupRunner's operations (apply, remove, the sshd fix, the probe)
// end with: one wording each.
namespace stitch::setup {

// `what` ("Applying the changes") failed on the server: the script's own reason, else the end of
// its stderr, and what a failed run took back of its own changes.
Error scriptFailed(const QString &what, const ssh::ExecResult &r);
// A stop asked for before the first change of `operation` ("apply", "remove").
Error stoppedBeforeChanges(const QString &operation);

} // namespace stitch::setup
