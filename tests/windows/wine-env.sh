# Sourced by the Wine test scripts: running the cross-built programs under Debian's Wine.
# shellcheck shell=sh

WINE=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver

# "Z:\path\to\x" for a Unix path (Wine's Z: drive is /).
winpath() { printf 'Z:%s' "$1" | sed 's|/|\\|g'; }

# wine_prefix DIR DEPS_PREFIX: a Wine prefix of our own in DIR (made on first use), and the DLL
# search path: the mingw runtime, then the dependencies (Qt, libssh, OpenSSL, QtKeychain).
wine_prefix() {
    export WINEPREFIX="$1" WINEARCH=win64 WINEDEBUG=-all
    # No Mono or Gecko installer prompts: nothing here needs .NET or a web view.
    export WINEDLLOVERRIDES='mscoree,mshtml='
    _runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")
    _pthread=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libwinpthread-1.dll)")
    WINEPATH="$(winpath "$_runtime");$(winpath "$_pthread");$(winpath "$2/bin")"
    QT_PLUGIN_PATH=$(winpath "$2/plugins")
    export WINEPATH QT_PLUGIN_PATH
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        mkdir -p "$WINEPREFIX"
        "$WINE" wineboot --init >/dev/null 2>&1 || return 1
        # Wine's dialog fonts (Tahoma, MS Shell Dlg) are not among the families Qt lists here,
        # so Qt would fall back to a serif face; a sans face stands in, as Segoe UI does on
        # Windows, so the screenshots and the fit tests measure a realistic font.
        for _face in 'MS Shell Dlg' 'MS Shell Dlg 2' 'Tahoma' 'Segoe UI'; do
            "$WINE" reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontSubstitutes' \
                /v "$_face" /d 'DejaVu Sans' /f >/dev/null 2>&1 || return 1
        done
        "$WINESERVER" -w
    fi
}

# Waits for the prefix's programs to end and stops its wineserver.
wine_done() { "$WINESERVER" -w 2>/dev/null || true; }
