#pragma once

#include "run_options.h"

#include <QJsonObject>
#include <QString>

namespace stitch {
class SetupSession;
}

// The setup report: every step's findings, the commands, and Stitch's form values. Built only
// from SetupSession's non-secret parts, so no password can end up in it.
namespace stitch::setup {

// The values for Stitch's connection form, from the session's connection and choices (the one
// place they are put together: CLI, wizard and reports all show these).
StitchFormValues stitchFormValues(const SetupSession &session);

QJsonObject reportJson(const SetupSession &session, const StitchFormValues &values);
QString reportMarkdown(const SetupSession &session, const StitchFormValues &values);
bool reportOk(const SetupSession &session);

} // namespace stitch::setup
