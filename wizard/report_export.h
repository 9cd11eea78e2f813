#pragma once

#include "common/result.h"

#include <QString>

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// Writes the setup report; the format follows the file's suffix: .html, .pdf (A4), .md or
// .json. Built only from the session's non-secret parts. Fails with InvalidInput for another
// suffix and LocalIoError when the file cannot be written.
Status exportReport(const SetupSession &session, const QString &path);

} // namespace stitch::wizard
