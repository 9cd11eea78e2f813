#!/usr/bin/env bash
# The whole test suite, as CI runs it (the README's test command). Debian 12, as root.
#   1. installs what is missing (Debian's archive only)
#   2. the Windows portability gate (mingw -fsyntax-only over the product sources)
#   3. configures, builds (warnings are errors) and runs every CTest test: unit tests, and the
#      integration tests inside the throwaway sandbox server (real sshd, PostgreSQL, MariaDB)
#   4. sanitizers, fuzzers, the Linux packages
#   5. the Windows build (cross-built in the background meanwhile) tested under Wine
set -euo pipefail
cd "$(dirname "$0")/.."
installers/debian/install-deps.sh
# The Windows build (qtbase, OpenSSL, libssh, googletest and QtKeychain from source, then the
# project and its NSIS installer) runs in the background at the lowest priority from here on: the
# Linux tests below mostly wait on the sandbox's servers, and it takes their idle CPU. Its own
# session, so that a failing Linux step stops it too. See docs/PLATFORMS.md for what it costs.
mkdir -p build
setsid nice -n 19 installers/windows/cross-build.sh >build/windows-cross-build.log 2>&1 &
windows_build=$!
trap 'kill -- "-$windows_build" 2>/dev/null || true' EXIT
# The portability gate first (a couple of minutes): every product file compiled for Windows
# with -fsyntax-only, so a POSIX-only call fails here before the long builds.
cmake --preset ci >/dev/null
tests/portability/windows-syntax-gate.sh build/ci
cmake --workflow --preset ci
# The unit tests again under ASan + UBSan (build/asan), then every libFuzzer harness for
# FUZZ_SECONDS (default 20) each (build/fuzz); see docs/RELIABILITY.md.
tests/run-sanitized-unit-tests.sh
tests/fuzz/run-fuzzers.sh
# The packages from the build just tested (build/ci): .deb and .tar.gz, lintian, desktop and
# AppStream validation, install into a clean debootstrap'd Debian root; see docs/PLATFORMS.md.
STITCH_PKG_BUILD_DIR=build/ci installers/debian/test-deb.sh
# The Windows programs under Wine: the unit and GUI tests, the CLI against the sandbox's sshd
# (then the stock ssh client tunnels as the tunnel user), and the silent install.
if ! wait "$windows_build"; then
    tail -n 60 build/windows-cross-build.log >&2
    echo "run-all: the Windows cross-build failed (build/windows-cross-build.log)" >&2
    exit 1
fi
trap - EXIT
tail -n 3 build/windows-cross-build.log
tests/windows/run-wine-tests.sh build/windows
