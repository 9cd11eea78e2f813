#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session bus (dbus-run-session) and
# gnome-keyring-daemon with a fresh "login" keyring in a throwaway folder, unlocked with a
# throwaway password. The credential store tests (SecretService.*) need it and fail without it.
#   tests/scripts/with-secret-service.sh build/ci/tests/stitch_unit_tests --gtest_filter=SecretService.*
set -eu
if [ -z "${STITCH_SECRET_SERVICE_DIR:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null 2>&1 || {
            echo "with-secret-service: $tool is missing (installers/debian/install-deps.sh)" >&2
            exit 1
        }
    done
    STITCH_SECRET_SERVICE_DIR=$(mktemp -d)
    export STITCH_SECRET_SERVICE_DIR
    trap 'rm -rf "$STITCH_SECRET_SERVICE_DIR"' EXIT
    # Not exec: the trap removes the throwaway keyring afterwards.
    dbus-run-session -- "$0" "$@"
    exit $?
fi
# Inside the private bus. Only the daemon sees the throwaway folders.
mkdir -m 700 "$STITCH_SECRET_SERVICE_DIR/data" "$STITCH_SECRET_SERVICE_DIR/run"
printf '%s' "throwaway-$$" |
    XDG_DATA_HOME="$STITCH_SECRET_SERVICE_DIR/data" XDG_RUNTIME_DIR="$STITCH_SECRET_SERVICE_DIR/run" \
        gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
unset STITCH_SECRET_SERVICE_DIR
exec "$@"
