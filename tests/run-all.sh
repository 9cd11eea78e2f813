#!/usr/bin/env bash
# The whole test suite, as CI runs it (the README's test command). Debian 12, as root.
#   1. installs what is missing (Debian's archive only)
#   2. the Windows portability gate (mingw -fsyntax-only over the product sources)
#   3. configures, builds (warnings are errors) and runs every CTest test: unit tests, and the
#      integration tests inside the throwaway sandbox server (real sshd, PostgreSQL, MariaDB)
#   4. sanitizers, fuzzers, the Linux packages
# Not here: the Windows cross-build and its tests under Wine (installers/windows/cross-build.sh,
# tests/windows/run-wine-tests.sh). Built fresh, they make a CI run on 2 cores last about 85
# minutes instead of 39 (docs/PLATFORMS.md, "What it costs"), so they run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
installers/debian/install-deps.sh
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
