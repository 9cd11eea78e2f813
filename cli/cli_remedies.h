#pragma once

#include "common/error.h"
#include "session/step_result.h"

#include <QString>

namespace stitch::cli {

// The fix as the CLI words it: a remedy that is an action names the flag to use; everything else
// is core's own neutral text.
QString fixText(const Finding &finding);
QString fixText(const Error &error);

} // namespace stitch::cli
