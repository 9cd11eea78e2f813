#!/bin/sh
# Inside the sandbox (tests/windows/run-wine-tests.sh cli): stitch-tunnel.exe under Wine does
# connect, check, apply and remove against the sandbox's real sshd, as an admin on Windows would:
# the host key approved once and kept in known_hosts under %APPDATA%, the password and key files
# in a folder whose name has a space and non-ASCII letters. After apply, the stock OpenSSH client
# logs in as the tunnel user with Stitch's key and tunnels to PostgreSQL; after remove it cannot.
#   wine-cli-in-sandbox.sh BUILD_DIR DEPS_PREFIX
set -eu
build=$1
deps=$2
# shellcheck source=tests/windows/wine-env.sh
. "$(dirname "$0")/wine-env.sh"
fail() { printf 'wine-cli: FAILED: %s\n' "$*" >&2; exit 1; }
[ "${STITCH_SANDBOX:-}" = 1 ] || fail "run me through tests/sandbox/run-in-sandbox.sh"
sb=$STITCH_SANDBOX_DIR

wine_prefix "$sb/wine" "$deps" || fail "wineboot could not make a Wine prefix"
files="$sb/Prüfung für Windows"
mkdir -p "$files"
cp "$sb/stitchadmin.password" "$files/Kennwort des Admins.txt"
ssh-keygen -q -t ed25519 -N '' -C stitch-under-wine -f "$files/stitch key"
tunnel_user=stitchwine

cli() { # stitch-tunnel.exe COMMAND ARGS..., as stitchadmin with the password file
    command=$1; shift
    "$WINE" "$build/app/stitch-tunnel.exe" "$command" --host "$STITCH_SANDBOX_HOST" \
        --port "$STITCH_SANDBOX_SSH_PORT" --login stitchadmin \
        --password-file "$(winpath "$files/Kennwort des Admins.txt")" "$@"
}
setup_args() { # the choices check and apply share
    printf '%s\n' --tunnel-user "$tunnel_user" --public-key "$(cat "$files/stitch key.pub")" \
        --db-host 127.0.0.1 --db-port "$STITCH_SANDBOX_PG_PORT" --db-user stitch_demo
}

echo "wine-cli: connect, approving the host key by its fingerprint" >&2
cli connect --host-key-fingerprint "$(cat "$sb/host_key.sha256")" >"$files/connect.txt" ||
    fail "connect: $(cat "$files/connect.txt")"
known=$(find "$WINEPREFIX/drive_c/users" -path '*AppData/Roaming*' -name known_hosts | head -n 1)
[ -n "$known" ] || fail "no known_hosts under %APPDATA% after connect"
grep -q "^\[$STITCH_SANDBOX_HOST\]:$STITCH_SANDBOX_SSH_PORT " "$known" ||
    fail "known_hosts under %APPDATA% lacks the server: $(cat "$known")"
echo "wine-cli: known_hosts is $known" >&2

# From here on the host key comes from that file alone.
IFS='
'
# shellcheck disable=SC2046 # one argument per line from setup_args
set -- $(setup_args)
unset IFS
echo "wine-cli: check before apply (must find the tunnel user missing)" >&2
if cli check "$@" --report "$(winpath "$files/Bericht vorher.md")" >"$files/check1.txt"; then
    fail "check passed before apply: $(cat "$files/check1.txt")"
fi
[ -s "$files/Bericht vorher.md" ] || fail "check wrote no report into '$files'"

echo "wine-cli: apply" >&2
cli apply "$@" >"$files/apply.txt" 2>&1 || fail "apply: $(cat "$files/apply.txt")"
echo "wine-cli: check after apply" >&2
cli check "$@" >"$files/check2.txt" 2>&1 || fail "check after apply: $(cat "$files/check2.txt")"

echo "wine-cli: the stock OpenSSH client tunnels as $tunnel_user" >&2
ssh_tunnel() {
    ssh -i "$files/stitch key" -o BatchMode=yes -o IdentitiesOnly=yes \
        -o UserKnownHostsFile="$sb/known_hosts" -o StrictHostKeyChecking=yes \
        -o ExitOnForwardFailure=yes -p "$STITCH_SANDBOX_SSH_PORT" -N \
        -L "15439:127.0.0.1:$STITCH_SANDBOX_PG_PORT" "$tunnel_user@$STITCH_SANDBOX_HOST" &
    tunnel=$!
    up=1
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
        if PGPASSWORD=$(cat "$sb/postgres.password") PGCONNECT_TIMEOUT=3 psql -h 127.0.0.1 \
            -p 15439 -U stitch_demo -d stitch_demo -Atc 'select 42' 2>/dev/null | grep -qx 42; then
            up=0
            break
        fi
        kill -0 "$tunnel" 2>/dev/null || break
        sleep 0.5
    done
    kill "$tunnel" 2>/dev/null || true
    wait "$tunnel" 2>/dev/null || true
    return "$up"
}
ssh_tunnel || fail "PostgreSQL did not answer through the tunnel as $tunnel_user"

echo "wine-cli: remove" >&2
cli remove --tunnel-user "$tunnel_user" --public-key "$(cat "$files/stitch key.pub")" \
    >"$files/remove.txt" 2>&1 || fail "remove: $(cat "$files/remove.txt")"
if ssh_tunnel; then
    fail "the tunnel still works after remove"
fi
wine_done
echo "wine-cli: connect, check, apply and remove under Wine: all as expected" >&2
