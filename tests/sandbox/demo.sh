#!/usr/bin/env bash
# The README's "run" command: the CLI against the built-in demo server (a throwaway sandbox with
# a real sshd and PostgreSQL). Plays Stitch too: makes a key pair, lets the tool set everything
# up, then opens the tunnel with the stock OpenSSH client and runs SELECT 1 through it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../build/release/app/stitch-tunnel}
[ -x "$bin" ] || { echo "demo: build first (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
export STITCH_DEMO_BIN=$(readlink -f "$bin")

exec "$here/run-in-sandbox.sh" bash -c '
set -euo pipefail
D=$STITCH_SANDBOX_DIR
step() { printf "\n\033[1m== %s\033[0m\n" "$*"; }
stitch_key=$D/stitch_demo_key
ssh-keygen -q -t ed25519 -N "" -C "stitch-demo-account" -f "$stitch_key"
common=(--host 127.0.0.1 --port 2222 --login stitchadmin --password-file "$D/stitchadmin.password")

step "stitch-tunnel connect (first contact: the host key is shown and saved)"
"$STITCH_DEMO_BIN" connect "${common[@]}" --host-key-fingerprint "$(cat "$D/host_key.sha256")"

step "stitch-tunnel check (read-only)"
"$STITCH_DEMO_BIN" check "${common[@]}" --public-key-file "$stitch_key.pub" --db-host 127.0.0.1 || true

step "stitch-tunnel apply"
"$STITCH_DEMO_BIN" apply "${common[@]}" --public-key-file "$stitch_key.pub" --db-host 127.0.0.1

step "Stitch'"'"'s side: ssh -N -L as the stitch user, then psql SELECT 1 through the tunnel"
ssh -N -f -o ExitOnForwardFailure=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$D/known_hosts" \
    -i "$stitch_key" -p 2222 -L 127.0.0.1:15432:127.0.0.1:5432 stitch@127.0.0.1
PGPASSWORD=$(cat "$D/postgres.password") psql -h 127.0.0.1 -p 15432 -U stitch_demo -d stitch_demo -tAc "SELECT 1"
'
