#pragma once

#include "common/result.h"
#include "setup/run_options.h"

#include <QString>

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// Stitch's form values from the session: the SSH server as the admin reached it, the tunnel
// user, and the database as the SSH server sees it.
setup::StitchFormValues stitchFormValues(const SetupSession &session);

// Writes the setup report; the format follows the file's suffix: .html, .pdf (A4), .md or
// .json. Built only from the session's non-secret parts. Fails with InvalidInput for another
// suffix and LocalIoError when the file cannot be written.
Status exportReport(const SetupSession &session, const QString &path);

} // namespace stitch::wizard
