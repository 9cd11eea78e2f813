#pragma once

namespace stitch::wizard {

// The whole stitch-tunnel-wizard program; app/gui/main.cpp only calls this.
int runWizard(int argc, char **argv);

} // namespace stitch::wizard
