#pragma once

#include <QString>
#include <QStringList>

namespace stitch::wizard {

// The whole stitch-tunnel-wizard program; app/gui/main.cpp only calls this.
int runWizard(int argc, char **argv);

// Whether a window can be shown: on Linux and the BSDs, DISPLAY or WAYLAND_DISPLAY is set, or a
// platform is given (-platform NAME, QT_QPA_PLATFORM). Checked before QApplication, which
// otherwise aborts.
bool displayAvailable(int argc, char **argv);

// The setup file given on the command line (`stitch-tunnel-wizard FILE`, as the desktop's file
// association starts it), or empty: the first argument that is neither an option nor the value
// of one of Qt's own options (-platform NAME, -style NAME, …).
QString setupFileArgument(const QStringList &arguments);

} // namespace stitch::wizard
