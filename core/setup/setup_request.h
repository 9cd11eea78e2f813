#pragma once

#include "run_options.h"
#include "session/setup_choices.h"
#include "ssh/connection_settings.h"

namespace stitch::setup {

// Everything one operation reads, as one plain value: how to reach the server, the secrets,
// what the admin chose and the opt-ins. The front ends build it (the CLI from its options, the
// wizard from its session); core keeps its own copy and never reads a front end's model.
struct SetupRequest
{
    ssh::ConnectionSettings connection;
    ssh::Credentials credentials;
    SetupChoices choices;
    RunOptions options;

    SetupRequest clone() const; // secrets are move-only: an explicit copy
};

// The values to type into Stitch's form for these choices and this connection.
StitchFormValues stitchFormValues(const SetupChoices &choices,
                                  const ssh::ConnectionSettings &connection);

} // namespace stitch::setup
