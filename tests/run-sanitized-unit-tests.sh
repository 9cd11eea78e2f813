#!/usr/bin/env bash
# The unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (and LeakSanitizer), from
# the same clang build as the fuzzers (the "fuzz" preset, build/fuzz: one sanitizer build, not
# two). Any sanitizer report fails the run (-fno-sanitize-recover=all, halt_on_error). CI runs
# it from tests/run-all.sh. Arguments go to the test binary (e.g. --gtest_filter=PublicKey.*).
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

suppressions=$PWD/tests/fuzz/lsan-suppressions.txt
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$suppressions:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
if [ $# -gt 0 ]; then
    exec build/fuzz/tests/stitch_unit_tests "$@"
fi
# SecretService.* apart, under a real Secret Service (see tests/CMakeLists.txt).
build/fuzz/tests/stitch_unit_tests --gtest_filter=-SecretService.*
exec tests/scripts/with-secret-service.sh build/fuzz/tests/stitch_unit_tests \
    --gtest_filter=SecretService.*
