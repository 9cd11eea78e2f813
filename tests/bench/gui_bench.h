#pragma once

namespace bench {

// `stitch_bench --gui-stall DELAY_MS KEYFILE`: the real wizard window (MainWindow, SetupWorker,
// SetupSession) connects through a TcpProxy adding DELAY_MS each way, then runs check and apply
// (with the self-test) while a 5 ms timer measures every gap of the GUI event loop. Prints one
// JSON line. Needs the sandbox and a display (QT_QPA_PLATFORM=xcb under Xvfb, or offscreen).
int runGuiStall(int argc, char **argv);

} // namespace bench
