#pragma once

#include "stitch_source.h"

namespace stitch {
class SetupSession;
}

namespace stitch::stitch_api {

// The values of step 5 (setup::stitchFormValues: what the Finish page and check/apply show) for
// a source of `sourceType`, with the database user and name when the admin gave them. A MySQL
// source names its database "database", every other "dbname".
SourceSshValues sourceValues(const SetupSession &session, const QString &sourceType);

} // namespace stitch::stitch_api
