#pragma once

#include "session/setup_choices.h"
#include "ssh/connection_settings.h"

namespace stitch::wizard {

// A page whose fields reach the session only when the user moves on (Next): it can still give
// what it shows now, so that Save setup and Do it myself use what is on screen, not what was
// last confirmed.
class OnScreenValues
{
public:
    virtual ~OnScreenValues() = default;
    // Puts the page's current values into these copies, as typed (checked when they are saved
    // or used); the session is not touched.
    virtual void addOnScreenValues(ssh::ConnectionSettings &connection,
                                   SetupChoices &choices) const = 0;
};

} // namespace stitch::wizard
