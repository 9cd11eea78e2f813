#pragma once

#include "session/step_result.h"

#include <QIcon>

namespace stitch::wizard {

enum class IconKind
{
    Pass,
    Warn,
    Fail,
    Info
};

constexpr int kStatusIconSize = 16;

// Registers the wizard's resources (icons) once; safe to call any number of times.
void loadWizardResources();

// The pass/warn/fail/info icon: the SVG, or a drawn one when Qt's SVG plugin is missing.
// Loaded once per application.
QIcon statusIcon(IconKind kind);
QIcon severityIcon(Severity severity);
// A note rather than a verdict: a hint (a code ending in ".hint"), or a finding that passes but
// still advises something (a fix), such as an idle tunnel sshd never checks. A green check
// beside advice would read as "nothing to do".
bool isNote(const Finding &finding);
// A finding's icon: information for a note, else its severity's.
QIcon findingIcon(const Finding &finding);

} // namespace stitch::wizard
