#pragma once

namespace stitch::cli {

// The whole `stitch-tunnel` program; app/cli/main.cpp only calls this.
int runCli(int argc, char **argv);

} // namespace stitch::cli
