#pragma once

#include "report.h"
#include "session/setup_file.h"

#include <QString>

namespace stitch::setup {

// Everything support asks for on a call, as one text (the wizard's Help → Copy diagnostics and
// the support bundle): which version on which system and when, the choices and opt-ins (as a
// setup file, which opens again), how the last operation ended, each step's status and
// findings, and the transcript of remote commands. Built only from non-secret parts (a report
// and a setup file's contents carry no credentials).
QString diagnosticsText(const OperationReport &record, const SetupFileContents &setup,
                        const FixWording &wording = {});

} // namespace stitch::setup
