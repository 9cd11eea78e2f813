#!/usr/bin/env bash
# Package test (Debian 12, as root): builds the .deb and .tar.gz with CPack, checks them, and
# installs the .deb into a clean Debian root where both programs must run.
#   1. builds (build/pkg, Release, no tests; or STITCH_PKG_BUILD_DIR, e.g. an existing build)
#   2. cpack -G DEB and -G TGZ; the control fields (computed Depends plus libsecret-1-0)
#   3. lintian: fails on any error or warning not listed, with its reason, in
#      installers/debian/lintian-overrides
#   4. desktop-file-validate, appstreamcli validate --pedantic and validate-tree on the files as
#      packaged; icon sizes; the .ico and .icns for Windows and macOS are well formed
#   5. a clean root: a minimal Debian 12 (debootstrap, cached in build/pkg-root) used read-only as
#      the lower layer of an overlay on a tmpfs, in a private mount namespace (unshare -m), so
#      neither the host nor the cache is changed. There: apt-get install ./the.deb (dependencies
#      from Debian's archive), both --version commands (the wizard on QT_QPA_PLATFORM=offscreen),
#      every library resolved, `dpkg -L` only under the expected paths, bash completion loads,
#      and purge leaves nothing behind
#   6. the host is unchanged: its dpkg state and log of the package, mount table, nothing new in
#      /usr/bin, /usr/share/applications, /usr/share/metainfo
# Prints `package: N passed, M failed` last and exits non-zero if anything failed.
#
# Environment: STITCH_PKG_BUILD_DIR (default build/pkg), STITCH_PKG_ROOTFS_DIR (default
# build/pkg-root: the debootstrap cache and apt's downloaded packages), STITCH_DEBIAN_MIRROR
# (default http://deb.debian.org/debian).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
src=$(pwd)

build=${STITCH_PKG_BUILD_DIR:-build/pkg}
cache=${STITCH_PKG_ROOTFS_DIR:-build/pkg-root}
mirror=${STITCH_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${STITCH_DEBIAN_SECURITY_MIRROR:-${mirror%/debian}/debian-security}
suite=bookworm
package=stitch-tunnel-wizard
app_id=io.github.stitch_tunnel_wizard.stitch_tunnel_wizard
started=$(date +%s)

mkdir -p "$build" "$cache"
build=$(cd "$build" && pwd)
cache=$(cd "$cache" && pwd)
logs=$build/package-test
rm -rf "$logs"
mkdir -p "$logs"

passed=0
failed=0
pass() {
    passed=$((passed + 1))
    echo "ok   $1"
}
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    if [ -n "${2:-}" ] && [ -s "$2" ]; then
        tail -n 40 "$2" | sed 's/^/     | /'
    fi
}
# check NAME COMMAND...: runs COMMAND, its output in $logs/NAME.log.
check() {
    local name=$1
    shift
    local log
    log="$logs/$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_').log"
    if "$@" >"$log" 2>&1; then
        pass "$name"
        return 0
    fi
    fail "$name" "$log"
    return 1
}
finish() {
    echo "package test: $(($(date +%s) - started)) s; logs in ${logs#"$src"/}"
    echo "package: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

if [ "$(id -u)" != 0 ]; then
    fail "runs as root (unshare, mount and chroot need it)"
    finish
fi
for tool in cmake cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli \
    debootstrap unshare chroot icotool icns2png; do
    command -v "$tool" >/dev/null 2>&1 || {
        fail "$tool is installed (installers/debian/install-deps.sh)"
        finish
    }
done

# --- the host as it is before, to compare at the end ------------------------------------------
# (Not a hash of the whole dpkg database: other work on the machine may install packages
# meanwhile. What the clean root's dpkg would touch, were it the host's, is checked instead.)
host_state() {
    echo "dpkg: $(dpkg-query -W -f='${db:Status-Abbrev} ${Version}' "$package" 2>&1)"
    echo "dpkg.log lines naming $package: $(grep -c "$package" /var/log/dpkg.log 2>/dev/null)"
    findmnt -rn -o TARGET,FSTYPE | sort
    find /usr/bin /usr/share/applications /usr/share/metainfo -maxdepth 1 -iname '*stitch*' | sort
}
host_state >"$logs/host-before.txt"

# --- 1. build ---------------------------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
    check "configure ${build#"$src"/}" cmake -S "$src" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DSTITCH_BUILD_TESTS=OFF || finish
else
    # An existing build (CI passes the one it has just tested): bring the packaging in.
    check "reconfigure ${build#"$src"/}" cmake "$build" || finish
fi
check "build" cmake --build "$build" || finish
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
project_version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$src/CMakeLists.txt" | head -n 1)
check "package version $version is project(VERSION $project_version)" \
    test -n "$version" -a "$version" = "$project_version"

# --- 2. packages --------------------------------------------------------------------------------
rm -f "$build/${package}"_*.deb "$build/${package}"-*.tar.gz
check "cpack -G DEB" sh -c "cd '$build' && cpack -G DEB" || finish
arch=$(dpkg --print-architecture)
deb=$build/${package}_${version}-1_${arch}.deb
check "the .deb is ${deb#"$src"/}" test -f "$deb" || finish
check "cpack -G TGZ" sh -c "cd '$build' && cpack -G TGZ"
tgz_contents() {
    tar -tzf "$build/${package}-${version}-Linux.tar.gz" >"$logs/tgz-list.txt" || return 1
    local f
    for f in bin/stitch-tunnel bin/stitch-tunnel-wizard share/applications/$app_id.desktop \
        share/metainfo/$app_id.metainfo.xml share/mime/packages/$app_id.xml \
        share/man/man1/stitch-tunnel.1.gz; do
        grep -q "/$f\$" "$logs/tgz-list.txt" || { echo "missing $f"; return 1; }
    done
}
check ".tar.gz holds both executables, desktop files and manual pages" tgz_contents

dpkg-deb -f "$deb" >"$logs/control.txt" 2>&1
depends_ok() {
    local depends p
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    for p in libqt6core6 libqt6widgets6 libqt6network6 libssh-4 libqt6keychain1 libc6 libsecret-1-0; do
        echo "$depends" | tr ',' '\n' | grep -Eq "^ *$p( |\$)" || { echo "missing $p"; return 1; }
    done
}
check "Depends computed by dpkg-shlibdeps (Qt, libssh, QtKeychain) plus libsecret-1-0" depends_ok
check "Version is $version-1" test "$(dpkg-deb -f "$deb" Version)" = "$version-1"

# --- 3. lintian ---------------------------------------------------------------------------------
check "lintian: no errors or warnings (accepted: installers/debian/lintian-overrides)" \
    lintian --fail-on error,warning --suppress-tags-from-file "$src/installers/debian/lintian-overrides" \
    --display-info --color never "$deb"

# --- 4. the files as packaged -------------------------------------------------------------------
tree=$logs/deb-contents
mkdir -p "$tree"
dpkg-deb -x "$deb" "$tree"
check "desktop-file-validate, appstreamcli validate --pedantic, the setup file's MIME type" \
    "$src/installers/linux/validate-metadata.sh" \
    "$tree/usr/share/applications/$app_id.desktop" "$tree/usr/share/metainfo/$app_id.metainfo.xml" \
    "$tree/usr/share/mime/packages/$app_id.xml"
check "appstreamcli validate-tree (desktop file, metainfo and icons agree)" \
    appstreamcli validate-tree --no-net --pedantic --strict --explain "$tree"
metainfo_content() {
    local m=$tree/usr/share/metainfo/$app_id.metainfo.xml shot
    grep -q "<release version=\"$version\" date=\"[0-9-]*\">" "$m" || { echo "no release $version"; return 1; }
    for shot in welcome connect finish; do
        grep -q "docs/screenshots/$shot.png</image>" "$m" || { echo "no $shot.png"; return 1; }
    done
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$m"
}
check "metainfo: release $version with notes, 3 screenshots, launchable" metainfo_content
png_size() { # WIDTHxHEIGHT from the PNG header
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $3 * 256 + $4, $7 * 256 + $8 }'
}
hicolor_icons() {
    local size f
    for size in 16 22 24 32 48 64 128 256; do
        f=$tree/usr/share/icons/hicolor/${size}x${size}/apps/$package.png
        [ "$(png_size "$f")" = "${size}x${size}" ] || { echo "bad or missing $f"; return 1; }
    done
    grep -q '<svg' "$tree/usr/share/icons/hicolor/scalable/apps/$package.svg"
}
check "hicolor icons: PNGs 16..256 px of the size their folder says, and the SVG" hicolor_icons
gzipped_docs() {
    local f
    for f in "$tree"/usr/share/man/man1/stitch-tunnel.1.gz "$tree"/usr/share/man/man1/stitch-tunnel-wizard.1.gz \
        "$tree/usr/share/doc/$package/changelog.gz" "$tree/usr/share/doc/$package/changelog.Debian.gz"; do
        gzip -t "$f" || return 1
    done
    zcat "$tree/usr/share/man/man1/stitch-tunnel.1.gz" | grep "^\.TH " |
        grep -q "\"stitch-tunnel $version\""
}
check "manual pages (version $version) and changelogs are gzipped" gzipped_docs
platform_icons() {
    cmake --build "$build" --target stitch_platform_icons || return 1
    icotool -l "$build/app/icons/$package.ico"
    [ "$(icotool -l "$build/app/icons/$package.ico" | wc -l)" = 7 ] || return 1
    icns2png -l "$build/app/icons/$package.icns" 2>&1 | grep '11 elements total'
}
check "Windows .ico (7 sizes) and macOS .icns (11 elements) build and parse" platform_icons

# --- 5. a clean Debian root ---------------------------------------------------------------------
base=$cache/$suite-minbase
exec 9>"$cache/.lock"
flock 9
if [ -f "$base/.stitch-complete" ] && [ -n "$(find "$base/.stitch-complete" -mtime +30)" ]; then
    rm -rf "$base" # a month old: start again from the archive
fi
if [ ! -f "$base/.stitch-complete" ]; then
    rm -rf "$base" "$base.tmp"
    bootstrap() {
        local _
        for _ in 1 2; do
            rm -rf "$base.tmp"
            # In a private mount namespace: the /proc and /sys debootstrap mounts vanish with it.
            unshare -m debootstrap --variant=minbase "$suite" "$base.tmp" "$mirror" && return 0
            sleep 10
        done
        return 1
    }
    check "debootstrap --variant=minbase $suite (cached in ${base#"$src"/})" bootstrap || finish
    touch "$base.tmp/.stitch-complete"
    mv "$base.tmp" "$base"
fi
base_before=$(sha256sum "$base/var/lib/dpkg/status")

results=$logs/clean-root
mkdir -p "$results" "$cache/apt-archives/partial" "$logs/mnt"
cp "$deb" "$results/$package.deb"
cat >"$results/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
EOF

# Runs inside the clean root (chroot), as root. Results go to /results/status.
cat >"$results/in-root.sh" <<'EOF'
#!/bin/bash
set -u
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin
version=$1 package=$2 app_id=$3
cd /results
check() {
    local name=$1
    shift
    if "$@" >"/results/$name.log" 2>&1; then
        echo "pass $name" >>/results/status
    else
        echo "fail $name" >>/results/status
    fi
}
check root-is-clean sh -c '! dpkg -s stitch-tunnel-wizard && ! test -e /usr/bin/stitch-tunnel && ! ls /usr/lib/*/libQt6Core.so.6'
check apt-update apt-get update
check apt-install apt-get install -y --no-install-recommends "/results/$package.deb"
check cli-version sh -c 'out=$(stitch-tunnel --version); echo "$out"; [ "$out" = "stitch-tunnel '"$version"'" ]'
check wizard-version sh -c 'out=$(QT_QPA_PLATFORM=offscreen stitch-tunnel-wizard --version); echo "$out"; [ "$out" = "stitch-tunnel-wizard '"$version"'" ]'
check cli-help sh -c 'stitch-tunnel --help | grep -q "^Commands:"'
check libraries-resolved sh -c 'ldd /usr/bin/stitch-tunnel /usr/bin/stitch-tunnel-wizard; ! ldd /usr/bin/stitch-tunnel /usr/bin/stitch-tunnel-wizard | grep -q "not found"'
check libsecret-installed sh -c 'dpkg-query -W -f="\${Status}\n" libsecret-1-0 | grep -qx "install ok installed"'
check dpkg-L-paths sh -c '
    dpkg -L stitch-tunnel-wizard >/results/dpkg-L.txt || exit 1
    wrong=$(grep -Ev "^(/\.|/usr|/usr/share|/usr/bin|/usr/bin/stitch-tunnel|/usr/bin/stitch-tunnel-wizard|/usr/share/(applications|icons/hicolor|metainfo|man|bash-completion|doc|mime/packages)(/.*)?|/usr/share/icons|/usr/share/mime)$" /results/dpkg-L.txt)
    [ -z "$wrong" ] || { echo "outside the expected paths:"; echo "$wrong"; exit 1; }
    for f in /usr/bin/stitch-tunnel /usr/bin/stitch-tunnel-wizard \
             /usr/share/applications/'"$app_id"'.desktop /usr/share/metainfo/'"$app_id"'.metainfo.xml \
             /usr/share/icons/hicolor/scalable/apps/stitch-tunnel-wizard.svg \
             /usr/share/icons/hicolor/48x48/apps/stitch-tunnel-wizard.png \
             /usr/share/mime/packages/'"$app_id"'.xml \
             /usr/share/man/man1/stitch-tunnel.1.gz /usr/share/bash-completion/completions/stitch-tunnel \
             /usr/share/doc/stitch-tunnel-wizard/copyright; do
        grep -qx "$f" /results/dpkg-L.txt || { echo "missing $f"; exit 1; }
    done
    wc -l </results/dpkg-L.txt'
check bash-completion bash -c 'source /usr/share/bash-completion/completions/stitch-tunnel && complete -p stitch-tunnel'
check purge-leaves-nothing sh -c 'apt-get purge -y stitch-tunnel-wizard &&
    ! test -e /usr/bin/stitch-tunnel && ! test -e /usr/bin/stitch-tunnel-wizard &&
    ! test -e /usr/share/applications/'"$app_id"'.desktop && ! test -e /usr/share/doc/stitch-tunnel-wizard'
EOF

# Runs in the private mount namespace: overlay (cache read-only below, tmpfs above), chroot.
cat >"$results/namespace.sh" <<'EOF'
#!/bin/bash
set -eu
base=$1 mnt=$2 results=$3 archives=$4 version=$5 package=$6 app_id=$7
mount -t tmpfs -o size=6g,mode=0755 stitch-package-test "$mnt"
mkdir "$mnt/upper" "$mnt/work" "$mnt/root"
mount -t overlay overlay -o "lowerdir=$base,upperdir=$mnt/upper,workdir=$mnt/work" "$mnt/root"
root=$mnt/root
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mkdir -p "$root/results"
mount --bind "$results" "$root/results"
mount --bind "$archives" "$root/var/cache/apt/archives"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
cp "$results/sources.list" "$root/etc/apt/sources.list"
rm -f "$results/status"
chroot "$root" /bin/bash /results/in-root.sh "$version" "$package" "$app_id"
EOF

if check "clean root: overlay on the cached $suite in a private mount namespace" \
    unshare -m --propagation private bash "$results/namespace.sh" "$base" "$logs/mnt" "$results" \
    "$cache/apt-archives" "$version" "$package" "$app_id"; then
    :
fi
declare -A label=(
    [root-is-clean]="clean root: the package and Qt are not there before"
    [apt-update]="clean root: apt-get update"
    [apt-install]="clean root: apt-get install ./$(basename "$deb") pulls its dependencies"
    [cli-version]="clean root: stitch-tunnel --version prints $version"
    [wizard-version]="clean root: stitch-tunnel-wizard --version prints $version (offscreen)"
    [cli-help]="clean root: stitch-tunnel --help"
    [libraries-resolved]="clean root: ldd finds every library of both executables"
    [libsecret-installed]="clean root: libsecret-1-0 (dlopened by QtKeychain) is installed"
    [dpkg-L-paths]="clean root: dpkg -L $package only under /usr/bin and /usr/share/{applications,icons/hicolor,metainfo,man,bash-completion,doc,mime/packages}"
    [bash-completion]="clean root: the bash completion loads"
    [purge-leaves-nothing]="clean root: apt-get purge leaves no file behind"
)
for name in root-is-clean apt-update apt-install cli-version wizard-version cli-help \
    libraries-resolved libsecret-installed dpkg-L-paths bash-completion purge-leaves-nothing; do
    if grep -qx "pass $name" "$results/status" 2>/dev/null; then
        pass "${label[$name]}"
    else
        fail "${label[$name]}" "$results/$name.log"
    fi
done

# --- 6. nothing changed outside -----------------------------------------------------------------
check "the cached root is unchanged (dpkg status)" \
    test "$(sha256sum "$base/var/lib/dpkg/status")" = "$base_before"
host_state >"$logs/host-after.txt"
check "the host is unchanged (its dpkg knows nothing new of $package, mounts, /usr/bin, /usr/share)" \
    diff -u "$logs/host-before.txt" "$logs/host-after.txt"
rmdir "$logs/mnt" 2>/dev/null || true

finish
