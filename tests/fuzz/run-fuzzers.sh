#!/usr/bin/env bash
# Builds the libFuzzer harnesses (preset "fuzz": clang, ASan + UBSan, build/fuzz) and runs each
# one for a bounded time over its checked-in corpus and regression inputs. Fails when any
# fuzzer crashes, hangs or breaks one of its invariants. CI runs it from tests/run-all.sh.
#
#   tests/fuzz/run-fuzzers.sh [FUZZER...]      # all fuzzers, or only the ones named
#
# Environment:
#   FUZZ_SECONDS  run time per fuzzer (default 20)
#   FUZZ_JOBS     fuzzers run at the same time (default: the number of CPUs)
#
# New interesting inputs go to build/fuzz/fuzz-work/<fuzzer>/corpus (never into the checked-in
# corpus); a crashing input is saved in build/fuzz/fuzz-work/<fuzzer>/artifacts/. To reproduce:
#   build/fuzz/tests/fuzz/<fuzzer> <crash file>
# Once fixed, copy the input to tests/fuzz/regressions/<fuzzer>/ so that every run retries it.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-$(nproc)}
build=build/fuzz
work=$build/fuzz-work

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

if [ $# -gt 0 ]; then
    fuzzers=("$@")
else
    mapfile -t fuzzers <"$build/tests/fuzz/fuzzers.txt"
fi

run_one() {
    local name=$1
    local dir=$work/$name
    rm -rf "$dir/artifacts" "$dir/log" "$dir/rc"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    local inputs=("$dir/corpus" "tests/fuzz/corpus/$name")
    [ -d "tests/fuzz/regressions/$name" ] && inputs+=("tests/fuzz/regressions/$name")
    local rc=0
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/$name" "${inputs[@]}" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
        >"$dir/log" 2>&1 || rc=$?
    echo "$rc" >"$dir/rc"
}

echo "fuzz: ${#fuzzers[@]} fuzzers, ${seconds} s each, $jobs at a time"
running=0
for name in "${fuzzers[@]}"; do
    if [ ! -x "$build/tests/fuzz/$name" ]; then
        echo "fuzz: no fuzzer named $name (see $build/tests/fuzz/fuzzers.txt)" >&2
        exit 2
    fi
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    run_one "$name" &
    running=$((running + 1))
done
wait

passed=0
failed=0
for name in "${fuzzers[@]}"; do
    dir=$work/$name
    rc=$(cat "$dir/rc" 2>/dev/null || echo 1)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -n 1)
    units=$(sed -n 's/^#[0-9]*[[:space:]]*DONE .* corp: \([0-9]*\)\/.*/\1/p' "$dir/log" | tail -n 1)
    if [ "$rc" = 0 ]; then
        passed=$((passed + 1))
        printf '%-22s ok      %10s executions, corpus %s inputs\n' "$name" "${runs:-?}" "${units:-?}"
    else
        failed=$((failed + 1))
        printf '%-22s FAILED  %10s executions (exit %s); log: %s\n' "$name" "${runs:-?}" "$rc" \
            "$dir/log"
        grep -E 'invariant violated|ERROR: |runtime error|SUMMARY|Test unit written' "$dir/log" |
            head -n 12 | sed 's/^/    /' || true
        for crash in "$dir"/artifacts/*; do
            [ -e "$crash" ] && echo "    reproduce: $build/tests/fuzz/$name $crash"
        done
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
