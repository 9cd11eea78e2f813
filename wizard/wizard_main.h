#pragma once

namespace stitch::wizard {

// The whole stitch-tunnel-wizard program; app/gui/main.cpp only calls this.
int runWizard(int argc, char **argv);

// Whether a window can be shown: on Linux and the BSDs, DISPLAY or WAYLAND_DISPLAY is set, or a
// platform is given (-platform NAME, QT_QPA_PLATFORM). Checked before QApplication, which
// otherwise aborts.
bool displayAvailable(int argc, char **argv);

} // namespace stitch::wizard
