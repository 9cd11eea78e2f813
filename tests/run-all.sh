#!/usr/bin/env bash
# The whole test suite, as CI runs it (the README's test command). Debian 12, as root.
#   1. installs what is missing (Debian's archive only)
#   2. configures and builds the ci preset (warnings are errors)
#   3. runs every CTest test, 3 at a time: unit tests, and the integration suites, each in a
#      throwaway sandbox server of its own (real sshd, PostgreSQL, MariaDB). Meanwhile, at idle
#      CPU and I/O priority (the tests mostly wait on sshd, sudo and timeouts), a background lane
#      builds the Windows programs against the prebuilt dependency prefix in ../shared/deps
#      (installers/windows/cross-build.sh), then the clang build with ASan + UBSan that both the
#      fuzzers and the sanitized unit tests use
#   4. the Windows programs under Wine: unit tests, GUI tests, the CLI against the sandbox's
#      sshd, the silent NSIS install (tests/windows/run-wine-tests.sh)
#   5. the unit tests under ASan + UBSan, the fuzzers, the Linux packages
# Every phase's time is printed at the end, passed or not (and each CTest entry's). A failing
# phase stops the run; the background lane is stopped with it.
set -euo pipefail
cd "$(dirname "$0")/.."

timings=$(mktemp)
lane_pid=""
lane_log=build/ci-background-lane.log
print_timings() {
    local rc=$?
    if [[ -n $lane_pid ]] && kill -0 "$lane_pid" 2>/dev/null; then
        kill -- -"$lane_pid" 2>/dev/null || kill "$lane_pid" 2>/dev/null || true
    fi
    echo
    echo "== CI time by phase (seconds; wall clock, phases marked & ran beside the tests)"
    column -t -s $'\t' "$timings" || cat "$timings"
    if [[ -f build/ci/ctest-junit.xml ]]; then
        echo "== CTest entries (seconds, 3 at a time)"
        python3 - build/ci/ctest-junit.xml <<'EOF' || true
import sys, xml.etree.ElementTree as ET
for case in sorted(ET.parse(sys.argv[1]).getroot().iter("testcase"),
                   key=lambda c: -float(c.get("time", 0))):
    print(f"  {case.get('name'):34} {float(case.get('time', 0)):7.0f}  {case.get('status', '')}")
EOF
    fi
    echo "== total $SECONDS s, exit $rc"
    rm -f "$timings"
}
trap print_timings EXIT

# phase NAME COMMAND...: runs COMMAND and records its time under NAME (also when it fails).
phase() {
    local name=$1 start=$SECONDS rc=0
    shift
    echo "== $name" >&2
    "$@" || rc=$?
    printf '%s\t%d s\t%s\n' "$name" $((SECONDS - start)) "$([[ $rc == 0 ]] && echo ok || echo "FAILED ($rc)")" >>"$timings"
    return "$rc"
}

linux_build() {
    cmake --preset ci >/dev/null
    cmake --build --preset ci
}

# The builds that the tests leave room for. SCHED_IDLE and idle I/O class in this session (the
# kernel's autogroups put another session on an equal footing with the tests, whatever its nice
# value), so the tests' processes always come first.
background_lane() {
    phase "& windows build (prefix + project + installer)" installers/windows/cross-build.sh
    phase "& sanitizer build (clang ASan+UBSan: fuzzers, unit tests)" \
        bash -c 'cmake --preset fuzz >/dev/null && cmake --build --preset fuzz'
}

phase "install dependencies" installers/debian/install-deps.sh
phase "linux build (ci preset)" linux_build

# The cross-build's cache exists before the tests start, so that sandbox_leaves_host_untouched
# (which snapshots /root) sees no folder appear under it while it runs.
mkdir -p build "${XDG_CACHE_HOME:-$HOME/.cache}/stitch-tunnel-windows"
# Its own process group, so that a failing test phase can stop the whole lane.
set -m
chrt --idle 0 ionice -c 3 bash -c "$(declare -f phase background_lane); timings=$timings; background_lane" \
    >"$lane_log" 2>&1 &
lane_pid=$!
set +m

phase "ctest (ci preset, 3 jobs)" ctest --preset ci

echo "== waiting for the background lane (Windows build, sanitizer build)" >&2
lane_rc=0
wait "$lane_pid" || lane_rc=$?
lane_pid=""
if [[ $lane_rc != 0 ]]; then
    tail -n 60 "$lane_log" >&2
    echo "run-all: the background lane failed (full log: $lane_log)" >&2
    exit "$lane_rc"
fi

for part in unit gui cli installer; do
    phase "wine: $part" tests/windows/run-wine-tests.sh build/windows "$part"
done
phase "sanitized unit tests (ASan+UBSan)" tests/run-sanitized-unit-tests.sh
phase "fuzzers" tests/fuzz/run-fuzzers.sh
# The packages from the build just tested (build/ci): .deb and .tar.gz, lintian, desktop and
# AppStream validation, install into a clean debootstrap'd Debian root; see docs/PLATFORMS.md.
phase "linux packages" env STITCH_PKG_BUILD_DIR=build/ci installers/debian/test-deb.sh
echo "run-all: every phase passed in $SECONDS s" >&2
