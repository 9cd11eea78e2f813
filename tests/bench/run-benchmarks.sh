#!/usr/bin/env bash
# The one command behind docs/PERFORMANCE.md: stitch-tunnel vs the guide's commands over one
# stock `ssh` (the floor) vs an Ansible playbook, on the sandbox server, side by side in one run;
# round trips through a 50 ms proxy; the wizard's start-up, memory and event-loop stalls; large
# authorized_keys and firewall rule sets. Debian 12, as root.
#
#   tests/bench/run-benchmarks.sh [--update-doc | --doc-only] [--build-dir DIR] [--no-build]
#                                 [stitch_bench options: --runs N --proxy-runs N
#                                  --ansible-runs N --skip-ansible --skip-gui --skip-scale]
#
# 1. installs Ansible and Xvfb from Debian's archive if missing (only here: the normal test run
#    never installs or needs Ansible);
# 2. builds build/bench (Release, warnings are errors) unless --no-build;
# 3. runs build/bench/tests/bench/stitch_bench inside tests/sandbox/run-in-sandbox.sh, with a
#    private Xvfb inside the sandbox;
# 4. prints the tables and writes them to DIR/bench-results.md (+ .json with every sample);
#    --update-doc also puts them into docs/PERFORMANCE.md between the bench:begin/end markers
#    (--doc-only does just that, with the results of the last run).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

# --- inside the sandbox: start Xvfb, run the benchmark --------------------------------------
if [[ ${1:-} == --inside ]]; then
    shift
    bench=$1 out=$2
    shift 2
    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
    rc=0
    DISPLAY=$display "$bench" --json "$out.json" --markdown "$out.md" "$@" || rc=$?
    kill "$xvfb" 2>/dev/null || true
    exit "$rc"
fi

build="$root/build/bench"
do_build=1
update_doc=0
doc_only=0
args=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --build-dir) build=$2; shift 2 ;;
        --no-build) do_build=0; shift ;;
        --update-doc) update_doc=1; shift ;;
        --doc-only) update_doc=1; doc_only=1; shift ;;
        *) args+=("$1"); shift ;;
    esac
done

out="$build/bench-results"
rc=0
run_benchmark() {
    [[ $(id -u) -eq 0 ]] || { echo "run-benchmarks: run as root (the sandbox needs it)" >&2; exit 2; }

    missing=()
    command -v ansible-playbook >/dev/null 2>&1 || missing+=(ansible)
    command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
    if [[ ${#missing[@]} -gt 0 ]]; then
        echo "run-benchmarks: installing ${missing[*]} (Debian archive)" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2 \
            || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive \
                 apt-get install -y --no-install-recommends "${missing[@]}" >&2; }
    fi

    if [[ $do_build == 1 ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTITCH_WERROR=ON \
            -DSTITCH_BENCH=ON >&2
        cmake --build "$build" --target stitch_bench >&2
    fi
    bench="$build/tests/bench/stitch_bench"
    [[ -x $bench ]] || { echo "run-benchmarks: $bench not built" >&2; exit 2; }

    rm -f "$out.md" "$out.json"
    STITCH_SANDBOX_QUIET=1 "$root/tests/sandbox/run-in-sandbox.sh" \
        "$here/run-benchmarks.sh" --inside "$bench" "$out" "${args[@]}" || rc=$?
}
[[ $doc_only == 1 ]] || run_benchmark

if [[ ! -s $out.md ]]; then
    echo "run-benchmarks: no results (exit $rc)" >&2
    [[ $rc -ne 0 ]] || rc=1
    exit "$rc"
fi

if [[ $update_doc == 1 ]]; then
    doc="$root/docs/PERFORMANCE.md"
    tmp=$(mktemp)
    awk -v results="$out.md" '
        /<!-- bench:begin -->/ { print; while ((getline line < results) > 0) print line; skip = 1; next }
        /<!-- bench:end -->/ { skip = 0 }
        !skip { print }' "$doc" >"$tmp"
    cat "$tmp" >"$doc" && rm -f "$tmp"
    echo "run-benchmarks: updated $doc" >&2
fi
echo "run-benchmarks: results in $out.md and $out.json (exit $rc)" >&2
exit "$rc"
