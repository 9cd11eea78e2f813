#pragma once

#include "common/error.h"

namespace stitch::cli {

// Exit codes of stitch-tunnel. The rule (documented in --help, the README and the man page):
// what the user can fix on this computer (the command line, a local file) is 2; what happened
// between here and the server or on it while logging in (reaching it, its host key, logging in,
// sudo) is 3; a check that ran and failed is 1; Ctrl-C is 130.
enum ExitCode : int
{
    ExitOk = 0,
    ExitCheckFailed = 1,
    ExitUsage = 2,         // usage error, bad input, or a local file (secret, key, report)
    ExitConnection = 3,    // connection, authentication (sudo included) or host-key problem
    ExitInterrupted = 130, // Ctrl-C or SIGTERM: stopped at a safe point, what was done printed
};

// The one place that maps an error to an exit code.
int exitCodeFor(ErrorCode code);

} // namespace stitch::cli
