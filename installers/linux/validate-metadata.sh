#!/bin/sh
# Validates the generated desktop entry and AppStream metainfo (CTest `desktop_metadata`,
# installers/debian/test-deb.sh). Usage: validate-metadata.sh FILE.desktop FILE.metainfo.xml
# [MIME.xml]: with the shared-mime-info file, also that it compiles and gives the setup file
# type its glob, and that the desktop entry opens that type.
# Fails on any remark at all: errors, warnings, infos and AppStream's pedantic hints.
set -eu
desktop=$1
metainfo=$2
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "validate-metadata: $tool is missing (installers/debian/install-deps.sh installs it)" >&2
        exit 1
    }
done
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out" >&2; exit 1; }
if [ -n "$out" ]; then
    # desktop-file-validate prints hints without failing: treat any remark as a failure.
    echo "$out" >&2
    exit 1
fi
echo "desktop-file-validate: $(basename "$desktop") ok"
# --strict fails on infos too; pedantic hints never fail appstreamcli, so count them here.
out=$(appstreamcli validate --no-net --pedantic --strict --explain "$metainfo" 2>&1) || {
    echo "$out" >&2
    exit 1
}
if echo "$out" | grep -q '^P: '; then
    echo "$out" >&2
    exit 1
fi
echo "appstreamcli validate --pedantic: $(basename "$metainfo") ok"
[ $# -ge 3 ] || exit 0
mime=$3
command -v update-mime-database >/dev/null 2>&1 || {
    echo "validate-metadata: update-mime-database is missing (package shared-mime-info)" >&2
    exit 1
}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/packages"
cp "$mime" "$dir/packages/stitch-tunnel.xml"
out=$(update-mime-database "$dir" 2>&1 | grep -v -e "is not in the search path" -e XDG_ \
    -e "applications may not" -e "be able to find it" -e "directories currently searched" \
    -e '^- ' -e '^$' || true)
if [ -n "$out" ]; then
    echo "$out" >&2
    exit 1
fi
grep -qx 'application/x-stitch-tunnel-setup:\*\.stitch-tunnel' "$dir/globs" || {
    echo "validate-metadata: $(basename "$mime") gives no *.stitch-tunnel glob" >&2
    exit 1
}
grep -q '^MimeType=application/x-stitch-tunnel-setup;$' "$desktop" || {
    echo "validate-metadata: $(basename "$desktop") does not open application/x-stitch-tunnel-setup" >&2
    exit 1
}
echo "update-mime-database: $(basename "$mime") ok"
