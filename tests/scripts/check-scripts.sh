#!/bin/sh
# Every remote script is shell reviewed as shell: shellcheck (all severities, no check disabled
# without a reason comment on the same line) and `dash -n` (parses as plain POSIX sh) over
# resources/scripts/*.sh; the Python helper must parse. Usage: check-scripts.sh SCRIPT_DIR
set -eu
dir=${1:?usage: check-scripts.sh SCRIPT_DIR}
command -v shellcheck >/dev/null 2>&1 || { echo "check-scripts: shellcheck is not installed" >&2; exit 1; }
command -v dash >/dev/null 2>&1 || { echo "check-scripts: dash is not installed" >&2; exit 1; }
failed=0 checked=0
for f in "$dir"/*.sh; do
  checked=$((checked + 1))
  if ! shellcheck -S style -s sh "$f"; then failed=$((failed + 1)); continue; fi
  if ! dash -n "$f"; then echo "dash -n failed: $f" >&2; failed=$((failed + 1)); continue; fi
  # A disabled check must say why: "# shellcheck disable=SCxxxx # reason".
  if grep -n 'shellcheck disable=' "$f" | grep -v 'disable=SC[0-9,]* # ..*' >&2; then
    echo "a shellcheck check is disabled without a reason: $f" >&2; failed=$((failed + 1))
  fi
done
for f in "$dir"/*.py; do
  [ -e "$f" ] || continue
  checked=$((checked + 1))
  python3 -I -c 'import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])' "$f" ||
    { echo "python does not parse: $f" >&2; failed=$((failed + 1)); }
done
[ "$checked" -gt 0 ] || { echo "check-scripts: no scripts in $dir" >&2; exit 1; }
echo "$((checked - failed)) passed, $failed failed"
[ "$failed" = 0 ]
