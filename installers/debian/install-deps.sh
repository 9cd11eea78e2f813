#!/bin/sh
# Installs what building, running and testing need on Debian 12, from Debian's archive only;
# also the Windows cross-build's tools (mingw-w64, Wine, NSIS: installers/windows/cross-build.sh).
# Safe to run again: it installs only what is missing.
set -eu

PACKAGES="cmake ninja-build g++ pkg-config
qt6-base-dev qt6-base-dev-tools libssh-dev libssl-dev openssl qtkeychain-qt6-dev libgtest-dev
qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
openssh-server openssh-client sudo postgresql postgresql-client mariadb-server mariadb-client
nftables iptables ufw firewalld rsyslog dbus gnome-keyring libsecret-1-0 iproute2 util-linux procps xvfb xauth zsh fish dash shellcheck locales
clang libclang-rt-14-dev
ansible
dpkg-dev lintian desktop-file-utils shared-mime-info appstream librsvg2-bin icoutils icnsutils debootstrap
g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev
wine64 fonts-wine nsis"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: everything is installed already" >&2
    exit 0
fi

as_root=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: run this as root" >&2; exit 1; }
    as_root="sudo"
fi
echo "install-deps: installing$missing" >&2
$as_root apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null
