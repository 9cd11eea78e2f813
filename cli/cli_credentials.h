#pragma once

#include "cli_options.h"
#include "common/result.h"
#include "setup/setup_request.h"
#include "ssh/connection_settings.h"

namespace stitch::cli {

// Reads the secrets for `settings` from the files or STITCH_TUNNEL_* variables named by
// `options`; may switch a password login without any password given to ssh-agent, as ssh does.
// A secret file that is missing, empty or longer than one line is a LocalIoError or
// InvalidInput naming the file and its option.
Result<ssh::Credentials> loadCredentials(const CliOptions &options,
                                         ssh::ConnectionSettings &settings);

// The request of an online command: the connection of `options` with its secrets
// (loadCredentials), its choices and opt-ins.
Result<setup::SetupRequest> prepareRequest(const CliOptions &options);

} // namespace stitch::cli
