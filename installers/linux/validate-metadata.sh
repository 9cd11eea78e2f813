#!/bin/sh
# Validates the generated desktop entry and AppStream metainfo (CTest `desktop_metadata`,
# installers/debian/test-deb.sh). Usage: validate-metadata.sh FILE.desktop FILE.metainfo.xml
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
