#pragma once

#include "common/error.h"
#include "session/step_result.h"

#include <QString>

namespace stitch::wizard {

// The fix as the wizard words it: a remedy that is an action in the wizard names its control;
// everything else is core's own neutral text.
QString fixText(const Finding &finding);
QString fixText(const Error &error);

} // namespace stitch::wizard
