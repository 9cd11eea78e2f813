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
// A finding's icon: hints (codes ending in ".hint") are information, not a verdict.
QIcon findingIcon(const Finding &finding);

} // namespace stitch::wizard
