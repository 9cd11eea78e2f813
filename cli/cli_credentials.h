#pragma once

#include "cli_options.h"
#include "common/result.h"
#include "ssh/connection_settings.h"

namespace stitch::cli {

// Reads the secrets for `settings` from the files or STITCH_TUNNEL_* variables named by
// `options`; may switch a password login without a password to ssh-agent, as ssh does.
Result<ssh::Credentials> loadCredentials(const CliOptions &options,
                                         ssh::ConnectionSettings &settings);

// Exit code for an error (see ExitCode).
int exitCodeFor(ErrorCode code);

} // namespace stitch::cli
