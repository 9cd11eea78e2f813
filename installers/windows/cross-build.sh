#!/bin/sh
# Cross-builds the Windows programs on Debian 12 with mingw-w64, against a prefix of Windows
# dependencies (qtbase, OpenSSL, libssh, googletest, QtKeychain): the project (programs, unit and
# GUI tests) and the NSIS installer.
#
#   installers/windows/cross-build.sh [--prefix-tarball FILE] [--no-installer] [--build-dir DIR]
#                                     [--cache-dir DIR]
#       The prefix comes prebuilt: FILE (default: the newest windows-prefix-*.tar.xz in
#       ../shared/deps, or $STITCH_DEPS_DIR, whose sha256 is listed in the SHA256SUMS beside it)
#       is checked, unpacked into the cache once and used as it is. Its versions are the ones in
#       its MANIFEST, whatever the archive serves today. This is what CI runs.
#
#   installers/windows/cross-build.sh --deps-from-source [--pack FILE] [--qtkeychain-tarball FILE]
#       Builds the prefix from Debian's source packages instead (about 35 minutes on 2 cores),
#       with the recipe below, and with --pack makes FILE.tar.xz and its sha256 line from it.
#       Only for when the recipe or the versions change: a new prefix then goes to shared/deps.
#
# Nothing is downloaded from anywhere but the Debian archive the machine already uses, and the
# machine's apt configuration is not changed: the deb-src list, package lists and downloads live in
# a private state folder under the cache, passed to apt-get with -o options.
# Needs what installers/debian/install-deps.sh installs (mingw-w64, nsis, wine64, dpkg-dev).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

build_dir="$repo/build/windows"
cache_dir="${STITCH_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stitch-tunnel-windows}"
qtkeychain_tarball="$here/third-party/qtkeychain-0.13.2.tar.gz"
qtkeychain_sha256=a281d1663dc7d85039a63e130daed30162128213719dd11e7817cf7b69be14f3
deps_dir="${STITCH_DEPS_DIR:-$repo/../shared/deps}"
prefix_tarball=""
from_source=0
pack=""
installer=1
jobs=$(nproc 2>/dev/null || echo 2)

say() { printf 'cross-build: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix-tarball) prefix_tarball=$2; shift ;;
        --deps-from-source | --deps-only) from_source=1 ;;
        --pack) pack=$2; shift ;;
        --no-installer) installer=0 ;;
        --build-dir) build_dir=$2; shift ;;
        --cache-dir) cache_dir=$2; shift ;;
        --qtkeychain-tarball) qtkeychain_tarball=$2; shift ;;
        -h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$1' (see --help)" ;;
    esac
    shift
done

triple=x86_64-w64-mingw32
need_tools() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 ||
            die "'$tool' is missing: run installers/debian/install-deps.sh first"
    done
}
need_tools "$triple-g++-posix" "$triple-gcc-posix" "$triple-windres" cmake ninja sha256sum xz tar
[ "$installer" = 0 ] || need_tools makensis

toolchain="$here/mingw-w64-x86_64.cmake"
# -O0, not CMake's and OpenSSL's -O3, for the dependencies and the project: this build exists to
# be tested under Wine, and Qt's heaviest files compile in three quarters of the time (qwidget.cpp:
# 22 s instead of 30; -O1 saves nothing). The released Windows installers come from the native
# workflow, .github/workflows/desktop-packages.yml.
opt_flags="-O0 -DNDEBUG"

# --- the prebuilt prefix (the default) -----------------------------------------------------------
newest_listed_tarball() { # the newest windows-prefix-*.tar.xz in $deps_dir listed in its SHA256SUMS
    [ -f "$deps_dir/SHA256SUMS" ] || return 0
    sed -n 's/^[0-9a-f]\{64\}  \(windows-prefix-.*\.tar\.xz\)$/\1/p' "$deps_dir/SHA256SUMS" |
        while read -r name; do [ -f "$deps_dir/$name" ] && printf '%s\n' "$name"; done |
        sort -V | tail -n 1
}

use_prefix_tarball() {
    if [ -z "$prefix_tarball" ]; then
        name=$(newest_listed_tarball)
        [ -n "$name" ] || die "no prebuilt Windows dependency prefix in $deps_dir (a windows-prefix-*.tar.xz listed in its SHA256SUMS): give one with --prefix-tarball FILE, or build one with --deps-from-source --pack FILE (about 35 minutes)"
        prefix_tarball="$deps_dir/$name"
    fi
    [ -f "$prefix_tarball" ] || die "the prefix tarball $prefix_tarball does not exist"
    sums="$(dirname "$prefix_tarball")/SHA256SUMS"
    name=$(basename "$prefix_tarball")
    # The archive is trusted only as the SHA256SUMS beside it lists it: a truncated copy or
    # another file under the same name is refused before anything is unpacked.
    line=$(grep "  $name\$" "$sums" 2>/dev/null | head -n 1) ||
        die "$name is not listed in $sums: add its sha256 line there (sha256sum $name >>SHA256SUMS)"
    sha=${line%% *}
    prefix="$cache_dir/${name%.tar.xz}-$(printf '%s' "$sha" | cut -c1-12)"
    if [ ! -f "$prefix/.complete" ]; then
        say "checking and unpacking $name into $prefix"
        (cd "$(dirname "$prefix_tarball")" && printf '%s\n' "$line" | sha256sum -c --status) ||
            die "$prefix_tarball does not have the sha256 that $sums lists ($sha)"
        rm -rf "$prefix.partial"
        mkdir -p "$prefix.partial"
        tar -xJf "$prefix_tarball" -C "$prefix.partial" || die "could not unpack $prefix_tarball"
        [ -f "$prefix.partial/MANIFEST" ] || die "$name has no MANIFEST: not a prefix this script made"
        rm -rf "$prefix"
        mv "$prefix.partial" "$prefix"
        touch "$prefix/.complete"
    fi
    export STITCH_WINDOWS_PREFIX="$prefix"
    # The versions are the prefix's own, from its MANIFEST.
    say "dependencies from $name: $(sed -n 's/^\(qtbase\|openssl\|libssh\|googletest\|qtkeychain\): \([^ ]*\).*/\1 \2/p' "$prefix/MANIFEST" | paste -sd, - | sed 's/,/, /g')"
}

# --- building the prefix from Debian's sources (--deps-from-source) ------------------------------
build_prefix_from_source() {
need_tools dpkg-source apt-get perl
[ -f "$qtkeychain_tarball" ] ||
    die "QtKeychain's source tarball is not at $qtkeychain_tarball: give it with --qtkeychain-tarball"
echo "$qtkeychain_sha256  $qtkeychain_tarball" | sha256sum -c --status ||
    die "$qtkeychain_tarball does not have the expected sha256 $qtkeychain_sha256"

# --- Debian's source packages, through a private apt state --------------------------------------
apt_dir="$cache_dir/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/parts"
# The same archive the machine installs from (its deb lines), as deb-src for bookworm main.
# shellcheck disable=SC2016 # $(REPO_URI) is apt's placeholder, not a shell expansion
archive=$(apt-get indextargets --format '$(REPO_URI)' 'Created-By: Packages' 2>/dev/null |
    grep -v security | head -n 1)
[ -n "$archive" ] || archive=http://deb.debian.org/debian/
printf 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s bookworm main\n' \
    "$archive" >"$apt_dir/sources.list"
apt_private() { # $1 apt-get or apt-cache, then its arguments
    tool=$1; shift
    # The private folders belong to whoever runs this, so apt's _apt sandbox user cannot write them.
    "$tool" -q -o Dir::Etc::SourceList="$apt_dir/sources.list" -o Dir::Etc::SourceParts="$apt_dir/parts" \
        -o Dir::State::Lists="$apt_dir/lists" -o Dir::Cache="$apt_dir/cache" \
        -o APT::Sandbox::User="$(id -un)" "$@"
}
say "reading Debian's source index ($archive)"
apt_private apt-get update >/dev/null || die "apt-get update of the private deb-src list failed"

source_version() { # $1 source package -> its version in the archive
    apt_private apt-cache showsrc "$1" 2>/dev/null | sed -n 's/^Version: //p' | sort -V | tail -n 1
}
qt_v=$(source_version qt6-base)
ssl_v=$(source_version openssl)
ssh_v=$(source_version libssh)
gtest_v=$(source_version googletest)
if [ -z "$qt_v" ] || [ -z "$ssl_v" ] || [ -z "$ssh_v" ] || [ -z "$gtest_v" ]; then
    die "the archive does not list qt6-base, openssl, libssh and googletest sources"
fi
gcc_v=$("$triple-g++-posix" -dumpversion)
# The recipe below is part of the key: change a flag and the prefix is rebuilt.
recipe=$(sed -n '/^# --- recipe start/,/^# --- recipe end/p' "$0" | sha256sum | cut -c1-12)
key="qt$qt_v-ssl$ssl_v-ssh$ssh_v-gtest$gtest_v-keychain0.13.2-gcc$gcc_v-$recipe"
key=$(printf '%s' "$key" | tr -c 'A-Za-z0-9.\n-' '_')
prefix="$cache_dir/prefix-$key"
export STITCH_WINDOWS_PREFIX="$prefix"

# --- recipe start ---------------------------------------------------------------------------------
# What the static OpenSSL needs from Windows (its Configure's ex_libs for mingw64), in libssh's
# feature checks too: without it they fail to link and silently turn off Ed25519, ChaCha20 and
# the EVP signing paths.
openssl_system_libs="-lws2_32 -lgdi32 -lcrypt32 -ladvapi32 -luser32 -lkernel32"

fetch_source() { # $1 package, $2 version -> prints the unpacked folder
    src="$cache_dir/src"
    mkdir -p "$src"
    dsc="$src/$1_$(printf '%s' "$2" | sed 's/^[0-9]*://').dsc"
    if [ ! -f "$dsc" ]; then
        (cd "$src" && apt_private apt-get source --download-only "$1=$2" >/dev/null) ||
            die "apt-get source $1=$2 failed"
    fi
    out="$src/$1-$2"
    rm -rf "$out"
    dpkg-source --no-check -x "$dsc" "$out" >/dev/null 2>&1 || die "could not unpack $dsc"
    printf '%s\n' "$out"
}

cmake_dep() { # $1 source folder, $2 build folder, then extra configure arguments
    dep_src=$1; dep_build=$2; shift 2
    if ! { cmake -S "$dep_src" -B "$dep_build" -G Ninja -Wno-dev -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS_RELEASE="$opt_flags" \
        -DCMAKE_CXX_FLAGS_RELEASE="$opt_flags" -DCMAKE_INSTALL_PREFIX="$work_prefix" \
        -DCMAKE_PREFIX_PATH="$work_prefix" "$@" >"$dep_build.log" 2>&1 &&
        cmake --build "$dep_build" -j "$jobs" >>"$dep_build.log" 2>&1 &&
        cmake --install "$dep_build" >>"$dep_build.log" 2>&1; }; then
        tail -n 40 "$dep_build.log" >&2
        die "building $dep_src failed"
    fi
}

build_dependencies() {
    work_prefix="$prefix.partial"
    # A build that was stopped, or one for other versions, leaves nothing worth keeping.
    rm -rf "$cache_dir"/prefix-*.partial
    export STITCH_WINDOWS_PREFIX="$work_prefix"
    rm -rf "$work_prefix" "$cache_dir/build"
    mkdir -p "$work_prefix" "$cache_dir/build"
    b="$cache_dir/build"

    say "OpenSSL $ssl_v"
    s=$(fetch_source openssl "$ssl_v")
    # The posix-threaded compiler, like everything else (Configure's --cross-compile-prefix would
    # pick whichever thread model the machine's alternatives point to). Static libraries only,
    # linked into libssh's DLL and our programs: a shared build compiles libcrypto twice on
    # Windows (once for the .a, once for the DLL), and the command-line tool, engines and legacy
    # provider are not needed.
    (cd "$s" && CC="$triple-gcc-posix" AR="$triple-ar" RANLIB="$triple-ranlib" RC="$triple-windres" \
        ./Configure mingw64 --prefix="$work_prefix" --libdir=lib no-tests no-shared -O0 \
        >"$b/openssl.log" 2>&1 &&
        make -j "$jobs" build_libs >>"$b/openssl.log" 2>&1 &&
        make install_dev >>"$b/openssl.log" 2>&1) ||
        { tail -n 40 "$b/openssl.log" >&2; die "building OpenSSL failed"; }
    rm -rf "$s"

    say "libssh $ssh_v"
    s=$(fetch_source libssh "$ssh_v")
    cmake_dep "$s" "$b/libssh" -DWITH_EXAMPLES=OFF -DUNIT_TESTING=OFF -DCLIENT_TESTING=OFF \
        -DWITH_SERVER=OFF -DWITH_GSSAPI=OFF -DWITH_NACL=OFF -DWITH_PCAP=OFF -DWITH_ZLIB=OFF \
        -DOPENSSL_ROOT_DIR="$work_prefix" -DOPENSSL_USE_STATIC_LIBS=TRUE \
        "-DCMAKE_C_STANDARD_LIBRARIES=$openssl_system_libs" \
        -DCMAKE_TRY_COMPILE_PLATFORM_VARIABLES=CMAKE_C_STANDARD_LIBRARIES
    rm -rf "$s"

    say "googletest $gtest_v"
    s=$(fetch_source googletest "$gtest_v")
    cmake_dep "$s" "$b/googletest" -Dgtest_disable_pthreads=OFF -DBUILD_GMOCK=ON
    rm -rf "$s"

    say "qtbase $qt_v (the long one: about half an hour on 2 idle cores)"
    s=$(fetch_source qt6-base "$qt_v")
    # Debian's +dfsg source drops src/3rdparty/wintab, which tablet events need; OpenGL stays on
    # because 6.4.2's Windows platform plugin does not build without it. Only what the programs
    # use is built (Core, Gui, Widgets, Network with Schannel TLS and HTTP for the Connect API,
    # Test; the windows platform and the vista style): no JPEG or GIF. Three features must stay
    # on for 6.4.2 to build at all: TLS/HTTP (off, the Schannel plugin meets an incomplete
    # QSslKey), Direct2D (off, qwindows.dll misses QWindowsDirectWriteFontDatabase) and the
    # bundled FreeType. QT_USE_DEFAULT_CMAKE_OPTIMIZATION_FLAGS keeps our -O0 (Qt would put back
    # -O2, and -O3 for Core, Gui and Widgets).
    cmake_dep "$s" "$b/qtbase" -DQT_HOST_PATH=/usr \
        -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DQT_BUILD_EXAMPLES=OFF \
        -DQT_BUILD_TESTS=OFF -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_openssl=OFF \
        -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF -DFEATURE_tabletevent=OFF \
        -DFEATURE_printsupport=OFF -DFEATURE_direct2d=ON -DFEATURE_freetype=ON \
        -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_ssl=ON -DFEATURE_http=ON \
        -DFEATURE_tuiotouch=OFF -DFEATURE_networklistmanager=OFF -DFEATURE_vulkan=OFF \
        -DFEATURE_sessionmanager=OFF -DQT_USE_DEFAULT_CMAKE_OPTIMIZATION_FLAGS=ON
    rm -rf "$s"

    say "QtKeychain 0.13.2"
    s="$cache_dir/src/qtkeychain-0.13.2"
    rm -rf "$s"
    mkdir -p "$s"
    tar -xzf "$qtkeychain_tarball" -C "$s" --strip-components=1
    cmake_dep "$s" "$b/qtkeychain" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
        -DBUILD_TEST_APPLICATION=OFF -DQT_HOST_PATH=/usr
    rm -rf "$s"

    # What is inside, for whoever uses the prefix later (use_prefix_tarball reads it).
    cat >"$work_prefix/MANIFEST" <<MANIFEST
Windows (x86_64, mingw-w64) dependency prefix for stitch-tunnel's cross-build.
Built $(date -u +%F) on Debian 12 with installers/windows/cross-build.sh --deps-from-source (recipe $recipe).
compiler: $triple-g++-posix (GCC) $gcc_v
qtbase: $qt_v (Debian source)
openssl: $ssl_v (Debian source; static, no-shared)
libssh: $ssh_v (Debian source)
googletest: $gtest_v (Debian source)
qtkeychain: 0.13.2 (sha256 $qtkeychain_sha256)
flags: $opt_flags (built to be tested under Wine)
host Qt tools: QT_HOST_PATH=/usr (Debian's qt6-base-dev-tools 6.4.2)
MANIFEST
    rm -rf "$b"
    mv "$work_prefix" "$prefix"
    export STITCH_WINDOWS_PREFIX="$prefix"
    touch "$prefix/.complete"
}
# --- recipe end -----------------------------------------------------------------------------------

if [ -f "$prefix/.complete" ]; then
    say "dependencies: reusing $prefix"
else
    started=$(date +%s)
    build_dependencies
    say "dependencies built in $(($(date +%s) - started)) s into $prefix"
fi
if [ -n "$pack" ]; then
    pack=${pack%.tar.xz}.tar.xz
    say "packing the prefix into $pack"
    tar -C "$prefix" --exclude=./.complete -cJf "$pack" . || die "could not pack $prefix"
    (cd "$(dirname "$pack")" && sha256sum "$(basename "$pack")") |
        sed 's/^/cross-build: add to shared\/deps\/SHA256SUMS: /' >&2
fi
}
# --- the build ------------------------------------------------------------------------------------

if [ "$from_source" = 1 ]; then
    build_prefix_from_source
    exit 0
fi
use_prefix_tarball

say "the project, into $build_dir"
started=$(date +%s)
cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="$opt_flags" \
    -DCMAKE_PREFIX_PATH="$prefix" -DQT_HOST_PATH=/usr \
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DOPENSSL_ROOT_DIR="$prefix" \
    -DOPENSSL_USE_STATIC_LIBS=TRUE -DSTITCH_WINDOWS_PREFIX="$prefix" -DSTITCH_WERROR=ON >/dev/null
cmake --build "$build_dir" -j "$jobs"
say "the project built in $(($(date +%s) - started)) s"
if [ "$installer" = 1 ]; then
    say "the NSIS installer"
    (cd "$build_dir" && cpack -G NSIS >/dev/null) || die "cpack -G NSIS failed"
    ls "$build_dir"/stitch-tunnel-*.exe >&2
fi
