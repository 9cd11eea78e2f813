#!/bin/sh
# The Windows build (installers/windows/cross-build.sh) tested under Debian's Wine:
#   unit        the unit tests (those that need a POSIX shell are not built for Windows)
#   gui         the GUI tests that need no server, under Wine + Xvfb; their page screenshots
#               become docs/screenshots/windows-*.png
#   cli         stitch-tunnel.exe connect, check, apply and remove against the sandbox's real
#               sshd (Wine inside the sandbox, with a prefix of its own), known_hosts under
#               %APPDATA%, files in a folder whose name has a space and non-ASCII letters; then
#               the stock OpenSSH client, as the tunnel user, tunnels to PostgreSQL
#   installer   the NSIS installer installs silently (/S) and the installed programs start
#
#   tests/windows/run-wine-tests.sh [BUILD_DIR] [PART...]   (default build/windows, all parts)
#
# Every part fails loudly when it cannot run (no Wine, no build, no sandbox); nothing is skipped.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$repo/build/windows
if [ $# -gt 0 ] && [ -d "$1" ]; then
    build=$(cd "$1" && pwd)
    shift
fi
parts=${*:-unit gui cli installer}

say() { printf 'wine-tests: %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }
# A test program that does not end (Wine has been seen, rarely, to hang at a program's exit
# after every test passed) fails its part within a bound instead of holding CI until its limit.
bounded() { # SECONDS COMMAND...
    _limit=$1
    shift
    timeout -k 10 "$_limit" "$@" && return 0
    _rc=$?
    if [ "$_rc" = 124 ] || [ "$_rc" = 137 ]; then
        say "did not end within $_limit s: $*"
        "$WINESERVER" -k 2>/dev/null || true
    fi
    return "$_rc"
}

# shellcheck source=tests/windows/wine-env.sh
. "$here/wine-env.sh"
[ -x "$WINE" ] || die "Wine is missing ($WINE): run installers/debian/install-deps.sh"
[ -f "$build/CMakeCache.txt" ] || die "no Windows build in $build: run installers/windows/cross-build.sh"
prefix=$(sed -n 's/^STITCH_WINDOWS_PREFIX:[A-Z]*=//p' "$build/CMakeCache.txt")
[ -d "$prefix/bin" ] || die "the dependency prefix '$prefix' named by $build is gone"

part_unit() {
    say "unit tests under Wine"
    wine_prefix "$build/wine/unit" "$prefix" || die "wineboot failed"
    bounded 600 "$WINE" "$build/tests/stitch_unit_tests.exe" --gtest_brief=1 || die "unit tests under Wine"
    wine_done
}

part_gui() {
    say "GUI tests under Wine + Xvfb"
    wine_prefix "$build/wine/gui" "$prefix" || die "wineboot failed"
    rm -rf "$build/screenshots"
    bounded 600 xvfb-run -a -s "-screen 0 1280x800x24" "$WINE" "$build/tests/stitch_gui_tests.exe" --gtest_brief=1 || die "GUI tests under Wine"
    wine_done
    for page in welcome connect firewall; do
        shot="$build/screenshots/look-light-$page.png"
        [ -s "$shot" ] || die "the GUI tests left no screenshot $shot"
        cp "$shot" "$repo/docs/screenshots/windows-$page.png"
    done
}

part_cli() {
    say "stitch-tunnel.exe against the sandbox's sshd (Wine inside the sandbox)"
    STITCH_SANDBOX_QUIET=1 "$repo/tests/sandbox/run-in-sandbox.sh" \
        "$here/wine-cli-in-sandbox.sh" "$build" "$prefix" || die "the CLI under Wine"
}

part_installer() {
    say "the NSIS installer, silently, under Wine"
    installer=$(find "$build" -maxdepth 1 -name 'stitch-tunnel-wizard-*-win64.exe' | head -n 1)
    [ -n "$installer" ] || die "no NSIS installer in $build (cross-build.sh makes it)"
    wine_prefix "$build/wine/installer" "$prefix" || die "wineboot failed"
    # Installed programs find their DLLs next to them, not through WINEPATH.
    unset WINEPATH QT_PLUGIN_PATH
    "$WINE" "$installer" /S || die "the installer failed"
    "$WINESERVER" -w
    installed="$WINEPREFIX/drive_c/Program Files/Stitch SSH Tunnel Wizard/bin"
    for exe in stitch-tunnel stitch-tunnel-wizard; do
        [ -f "$installed/$exe.exe" ] || die "$exe.exe is not in $installed"
        out=$("$WINE" "$installed/$exe.exe" --version 2>&1) || die "$exe.exe --version: $out"
        case "$out" in
            *[0-9].[0-9]*) say "installed $exe.exe: $out" ;;
            *) die "$exe.exe --version printed no version: $out" ;;
        esac
    done
    # The setup file type (installers/Packaging.cmake): .stitch-tunnel opens in the wizard.
    command=$("$WINE" reg query 'HKCR\StitchTunnelWizard.Setup\shell\open\command' /ve 2>&1) ||
        die "no open command for StitchTunnelWizard.Setup in the registry: $command"
    command=$(printf '%s\n' "$command" | tr -d '\r' | grep REG_SZ || true)
    case "$command" in
        *'stitch-tunnel-wizard.exe" "%1"'*) say "a .stitch-tunnel file opens with:${command##*REG_SZ}" ;;
        *) die "the open command does not start the wizard with the file: $command" ;;
    esac
    type=$("$WINE" reg query 'HKCR\.stitch-tunnel' /ve 2>&1) || die "no HKCR\\.stitch-tunnel: $type"
    case "$type" in
        *StitchTunnelWizard.Setup*) ;;
        *) die ".stitch-tunnel is not StitchTunnelWizard.Setup: $type" ;;
    esac
    # The uninstaller takes the association out again, and the programs with it.
    "$WINE" "$installed/../Uninstall.exe" /S || die "the uninstaller failed"
    "$WINESERVER" -w
    for _ in 1 2 3 4 5 6 7 8 9 10; do # NSIS's uninstaller runs on from a copy of itself
        [ -f "$installed/stitch-tunnel-wizard.exe" ] || break
        sleep 1
    done
    [ ! -f "$installed/stitch-tunnel-wizard.exe" ] || die "the uninstaller left the wizard"
    if "$WINE" reg query 'HKCR\.stitch-tunnel' /ve >/dev/null 2>&1; then
        die "the uninstaller left the .stitch-tunnel file type in the registry"
    fi
    say "uninstalled: the programs and the file type are gone"
    wine_done
}

for part in $parts; do
    case "$part" in
        unit | gui | cli | installer) "part_$part" ;;
        *) die "unknown part '$part' (unit, gui, cli, installer)" ;;
    esac
done
say "all passed: $parts"
