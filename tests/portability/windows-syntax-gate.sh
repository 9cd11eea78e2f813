#!/bin/sh
# The portability gate: every product source file (core/, cli/, wizard/, app/) compiled for
# Windows with mingw-w64 and -fsyntax-only, with the project's own warning flags and Windows'
# UNICODE defines. A POSIX-only call or header, or an API that differs on Windows, fails here in
# a couple of minutes, before the long Windows build starts.
#
#   tests/portability/windows-syntax-gate.sh [BUILD_DIR]   (default build/ci)
#
# It takes each file's flags from BUILD_DIR/compile_commands.json (configuring the ci preset when
# that is missing) and the headers of the machine's Qt, libssh, OpenSSL and QtKeychain. Those are
# reached through a folder of links, never through /usr/include as a whole, so the Linux system
# headers (unistd.h, sys/socket.h, ...) stay out of reach as they are on Windows.
set -eu
cd "$(dirname "$0")/../.."
repo=$(pwd)
build=${1:-build/ci}
cxx=x86_64-w64-mingw32-g++-posix
command -v "$cxx" >/dev/null 2>&1 ||
    { echo "windows-syntax-gate: $cxx is missing: run installers/debian/install-deps.sh" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || cmake --preset ci >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/include"
multiarch=/usr/include/x86_64-linux-gnu
for dir in /usr/include/libssh /usr/include/openssl /usr/include/qt6keychain; do
    ln -s "$dir" "$work/include/"
done
# OpenSSL's configuration.h lives in the multiarch folder; it is only the feature list.
mkdir -p "$work/arch"
ln -s "$multiarch/openssl" "$work/arch/openssl"

python3 - "$repo" "$build/compile_commands.json" "$work" "$cxx" <<'EOF' >"$work/commands"
import json, shlex, sys
repo, db, work, cxx = sys.argv[1:5]
wanted = tuple(f"{repo}/{d}/" for d in ("core", "cli", "wizard", "app"))
for entry in json.load(open(db)):
    path = entry["file"]
    if not path.startswith(wanted):
        continue
    args = shlex.split(entry["command"])[1:]
    out = [cxx, "-fsyntax-only", "-DUNICODE", "-D_UNICODE", "-DWIN32", "-D_WIN64",
           "-DMINGW_HAS_SECURE_API=1"]
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-c"):
            skip = True
            continue
        if a in ("-fPIC", path) or a.startswith("-ffile-prefix-map"):
            continue
        if a.endswith("/mkspecs/linux-g++"):
            a = a.replace("/mkspecs/linux-g++", "/mkspecs/win32-g++")
        out.append(a)
    out += ["-isystem", f"{work}/include", "-isystem", f"{work}/arch", path]
    print(shlex.join(out))
EOF

count=$(wc -l <"$work/commands")
[ "$count" -gt 50 ] || { echo "windows-syntax-gate: only $count files found in $build" >&2; exit 1; }
started=$(date +%s)
# One file per shell; every failing file prints its errors, and the gate fails if any did.
# shellcheck disable=SC2016 # $1 is expanded by the inner shell, one command line each
if ! tr '\n' '\0' <"$work/commands" |
    xargs -0 -P "$(nproc)" -n 1 sh -c 'eval "$1" || { echo "FAILED: ${1##* }" >&2; exit 1; }' gate; then
    echo "windows-syntax-gate: a product file does not compile for Windows (see above)" >&2
    exit 1
fi
echo "windows-syntax-gate: $count files compile for Windows ($(($(date +%s) - started)) s)"
