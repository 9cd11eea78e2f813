#pragma once

#include "session/setup_choices.h"
#include "ssh/connection_settings.h"
#include "stitch_source.h"

namespace stitch::stitch_api {

// The values of step 5 (setup::stitchFormValues: what the Finish page and check/apply show) for
// a source of `sourceType`, with the database user and name when the admin gave them. A MySQL
// source names its database "database", every other "dbname".
SourceSshValues sourceValues(const SetupChoices &choices, const ssh::ConnectionSettings &connection,
                             const QString &sourceType);

} // namespace stitch::stitch_api
