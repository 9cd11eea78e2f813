#!/bin/sh
# Fails if a translation (translations/*.ts) is incomplete: an entry that is unfinished, vanished
# or obsolete, an empty translation, or a source string lupdate would add that is not there yet.
# Usage: check-ts.sh <lupdate> <translations-dir> <lst-file: sources and -I paths, one a line>
# To fix: cmake --build <build-dir> --target update_translations, then translate in Qt Linguist.
set -eu

lupdate=$1 tsdir=$2 sources=$3
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

count_messages() { grep -c '<message' "$1" || true; }

check_entries() { # <ts file> <label>
    bad=$(grep -nE 'type="(unfinished|vanished|obsolete)"|<translation( [^>]*)?/>|<translation( [^>]*)?></translation>|<numerusform></numerusform>|<numerusform/>' "$1" || true)
    if [ -n "$bad" ]; then
        echo "FAIL: $2 has untranslated, unfinished or obsolete entries:" >&2
        echo "$bad" | head -20 >&2
        return 1
    fi
}

found=0
for ts in "$tsdir"/*.ts; do
    [ -e "$ts" ] || continue
    found=1
    name=$(basename "$ts")
    check_entries "$ts" "$name" || status=1

    # lupdate into a copy: it must find no new source text and drop nothing.
    cp "$ts" "$tmp/$name"
    if ! "$lupdate" -silent -no-obsolete -locations none "@$sources" -ts "$tmp/$name" >"$tmp/log" 2>&1; then
        echo "FAIL: lupdate failed on $name:" >&2
        cat "$tmp/log" >&2
        status=1
        continue
    fi
    before=$(count_messages "$ts") after=$(count_messages "$tmp/$name")
    if [ "$before" != "$after" ]; then
        echo "FAIL: $name has $before entries, the sources have $after: run update_translations" >&2
        status=1
    fi
    check_entries "$tmp/$name" "$name after lupdate (new source strings)" || status=1
    [ "$status" = 0 ] && echo "$name: $before entries, all translated"
done

if [ "$found" = 0 ]; then
    echo "FAIL: no .ts files in $tsdir" >&2
    exit 1
fi
exit "$status"
