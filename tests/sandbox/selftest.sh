#!/bin/bash
# selftest.sh -- checks that the sandbox provides what README.md promises.
# Usage (as root, on the host):  tests/sandbox/selftest.sh
# It re-invokes itself through run-in-sandbox.sh. Prints one line per check and
# a final "sandbox-selftest: N passed, M failed" line.
set -uo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
if [[ ${STITCH_SANDBOX:-0} != 1 ]]; then
    exec "$HERE/run-in-sandbox.sh" "$HERE/selftest.sh" "$@"
fi

D=$STITCH_SANDBOX_DIR
H=$STITCH_SANDBOX_HOST
P=$STITCH_SANDBOX_SSH_PORT
pass=0 fail=0
ok()  { printf 'ok   %s\n' "$1"; pass=$((pass + 1)); }
bad() { printf 'FAIL %s\n' "$1"; [[ -n ${2:-} ]] && printf '     %s\n' "$2"; fail=$((fail + 1)); }
check() { # name expected-substring actual
    if [[ $3 == *"$2"* ]]; then ok "$1"; else bad "$1" "expected '$2', got: $(head -c 400 <<<"$3")"; fi
}

KH=(-o UserKnownHostsFile="$D/known_hosts" -o StrictHostKeyChecking=yes -o BatchMode=yes -o ConnectTimeout=5)

# Askpass helper: prints the file named by $ASKPASS_FILE (never on argv).
ASKPASS=$(mktemp /tmp/askpass.XXXXXX)
printf '#!/bin/sh\nexec cat "$ASKPASS_FILE"\n' >"$ASKPASS"
chmod 700 "$ASKPASS"
pwssh() { # user method cmd...
    local user=$1 method=$2; shift 2
    ASKPASS_FILE="$D/$user.password" SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
        ssh -o UserKnownHostsFile="$D/known_hosts" -o StrictHostKeyChecking=yes -o ConnectTimeout=5 \
            -o PreferredAuthentications="$method" -o PubkeyAuthentication=no -o IdentityAgent=none \
            -o NumberOfPasswordPrompts=1 -p "$P" "$user@$H" "$@" </dev/null 2>&1
}

# --- files ---------------------------------------------------------------------
for f in stitchadmin.password nopwadmin.password nosudo.password ttyadmin.password \
         postgres.password mysql.password keys/admin_ed25519_pass.passphrase keys/admin_ed25519; do
    m=$(stat -c %a "$D/$f" 2>/dev/null)
    [[ $m == 600 ]] && ok "file $f mode 600" || bad "file $f mode 600" "mode=$m"
done
fp=$(ssh-keyscan -t ed25519 -p "$P" "$H" 2>/dev/null | ssh-keygen -lf - | awk '{print $2}')
check "host_key.sha256 matches served key" "$(cat "$D/host_key.sha256")" "$fp"
[[ $(cat "$D/host_key.sha256") == SHA256:* ]] && ok "host_key.sha256 format" || bad "host_key.sha256 format"

# --- ssh: keys ---------------------------------------------------------------
out=$(ssh "${KH[@]}" -o IdentityAgent=none -o IdentitiesOnly=yes -i "$D/keys/admin_ed25519" -p "$P" \
      "stitchadmin@$H" 'id -un; echo "$SSH_CONNECTION"' 2>&1)
check "pubkey login stitchadmin (127.0.0.1)" $'stitchadmin\n127.0.0.1' "$out"
out=$(ssh "${KH[@]}" -o IdentityAgent=none -o IdentitiesOnly=yes -i "$D/keys/admin_ed25519" -p "$P" \
      "stitchadmin@::1" 'echo "$SSH_CONNECTION"' 2>&1)
check "pubkey login over ::1" "::1" "$out"
out=$(ssh "${KH[@]}" -o IdentitiesOnly=no -p "$P" "stitchadmin@$H" 'id -un' 2>&1)
check "agent login stitchadmin" "stitchadmin" "$out"
out=$(ASKPASS_FILE="$D/keys/admin_ed25519_pass.passphrase" SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
      ssh -o UserKnownHostsFile="$D/known_hosts" -o IdentityAgent=none -o IdentitiesOnly=yes \
      -o PreferredAuthentications=publickey -i "$D/keys/admin_ed25519_pass" -p "$P" \
      "stitchadmin@$H" 'id -un' </dev/null 2>&1)
check "passphrase key login stitchadmin" "stitchadmin" "$out"
out=$(ssh "${KH[@]}" -o IdentityAgent=none -o IdentitiesOnly=yes -i "$D/keys/admin_ed25519" -p "$P" \
      "root@$H" 'id -un' 2>&1)
check "pubkey login root" "root" "$out"
out=$(ssh "${KH[@]}" -o IdentityAgent=none -o IdentitiesOnly=yes -i "$D/keys/admin_ed25519" -p "$P" \
      "nosudo@$H" true 2>&1)
check "nosudo has no key access" "Permission denied" "$out"

# --- ssh: passwords ------------------------------------------------------------
for u in stitchadmin nopwadmin nosudo ttyadmin; do
    check "password login $u" "$u" "$(pwssh "$u" password id -un)"
done
check "keyboard-interactive login stitchadmin" "stitchadmin" "$(pwssh stitchadmin keyboard-interactive id -un)"
out=$(ASKPASS_FILE="$D/nosudo.password" SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
      ssh -o UserKnownHostsFile="$D/known_hosts" -o PreferredAuthentications=password \
      -o PubkeyAuthentication=no -o IdentityAgent=none -o NumberOfPasswordPrompts=1 \
      -p "$P" "stitchadmin@$H" true </dev/null 2>&1)
check "wrong password rejected" "Permission denied" "$out"

# --- sudo ----------------------------------------------------------------------
sshk() { ssh "${KH[@]}" -o IdentityAgent=none -o IdentitiesOnly=yes -i "$D/keys/admin_ed25519" -p "$P" "stitchadmin@$H" "$@" 2>&1; }
out=$(sshk 'sudo -S -p "" id -un' <"$D/stitchadmin.password")
check "stitchadmin sudo -S right password" "root" "$out"
out=$(printf 'wrong-password\n' | sshk 'sudo -S -p "" id -un; echo rc=$?')
check "stitchadmin sudo -S wrong password" "rc=1" "$out"
out=$(sshk 'sudo -n true; echo rc=$?')
check "stitchadmin sudo -n needs password" "password is required" "$out"
check "nopwadmin sudo -n" "root" "$(pwssh nopwadmin password sudo -n id -un)"
out=$(ASKPASS_FILE="$D/nosudo.password" SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
      ssh -o UserKnownHostsFile="$D/known_hosts" -o PreferredAuthentications=password \
      -o PubkeyAuthentication=no -o IdentityAgent=none -p "$P" "nosudo@$H" \
      'sudo -S -p "" id -un <<<"$(cat)"; echo rc=$?' <"$D/nosudo.password" 2>&1)
check "nosudo not in sudoers" "not in the sudoers file" "$out"
out=$(ASKPASS_FILE="$D/ttyadmin.password" SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
      ssh -o UserKnownHostsFile="$D/known_hosts" -o PreferredAuthentications=password \
      -o PubkeyAuthentication=no -o IdentityAgent=none -p "$P" "ttyadmin@$H" \
      'sudo -S -p "" id -un; echo rc=$?' <"$D/ttyadmin.password" 2>&1)
check "ttyadmin sudo without tty refused" "must have a tty" "$out"
out=$(ASKPASS_FILE="$D/ttyadmin.password" SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
      ssh -tt -o UserKnownHostsFile="$D/known_hosts" -o PreferredAuthentications=password \
      -o PubkeyAuthentication=no -o IdentityAgent=none -p "$P" "ttyadmin@$H" \
      'sudo -S -p "" id -un' <"$D/ttyadmin.password" 2>&1 | tr -d '\r')
out=${out//"$(cat "$D/ttyadmin.password")"/<password echoed by pty>}
check "ttyadmin sudo with tty works" $'\nroot' "$out"

# --- forwarding through sshd --------------------------------------------------------
ssh "${KH[@]}" -i "$D/keys/admin_ed25519" -p "$P" -N -o ExitOnForwardFailure=yes \
    -L 127.0.0.1:15432:127.0.0.1:"$STITCH_SANDBOX_PG_PORT" "stitchadmin@$H" 2>/dev/null &
tunnel_pid=$!
for _ in $(seq 100); do (: <>/dev/tcp/127.0.0.1/15432) 2>/dev/null && break; sleep 0.05; done
out=$(PGPASSWORD=$(cat "$D/postgres.password") PGCONNECT_TIMEOUT=5 \
      psql -X -At -h 127.0.0.1 -p 15432 -U stitch_demo -d stitch_demo -c 'select current_user' 2>&1)
check "psql through ssh -L tunnel" "stitch_demo" "$out"
kill "$tunnel_pid" 2>/dev/null; wait "$tunnel_pid" 2>/dev/null

# --- databases -----------------------------------------------------------------
out=$(PGPASSWORD=$(cat "$D/postgres.password") psql -X -At -h "$H" -p "$STITCH_SANDBOX_PG_PORT" \
      -U stitch_demo -d stitch_demo -c 'select current_user || $$ $$ || version()' 2>&1)
check "psql 127.0.0.1:5432 as stitch_demo" "stitch_demo PostgreSQL 15" "$out"
out=$(PGPASSWORD=wrong psql -X -At -h "$H" -p "$STITCH_SANDBOX_PG_PORT" -U stitch_demo -d stitch_demo -c 'select 1' 2>&1)
check "psql wrong password rejected" "password authentication failed" "$out"
out=$(mariadb-admin ping 2>&1)
check "mariadb-admin ping (socket)" "mysqld is alive" "$out"
out=$(MYSQL_PWD=$(cat "$D/mysql.password") mariadb --no-defaults -h "$H" -P "$STITCH_SANDBOX_MYSQL_PORT" \
      -u stitch_demo -D stitch_demo -N -e 'select current_user()' 2>&1)
check "mariadb TCP 127.0.0.1:3306 as stitch_demo" "stitch_demo@127.0.0.1" "$out"

# --- isolation -------------------------------------------------------------------
out=$(ip -o link | awk -F': ' '{print $2}' | tr '\n' ' ')
check "only lo in netns" "lo " "$out"
[[ $(ip -o link | wc -l) -eq 1 ]] && ok "exactly one interface" || bad "exactly one interface" "$out"
[[ $HOME == /root && $XDG_CONFIG_HOME == "$D"/* && $XDG_DATA_HOME == "$D"/* ]] \
    && ok "HOME/XDG dirs" || bad "HOME/XDG dirs" "HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME"

rm -f "$ASKPASS"
printf 'sandbox-selftest: %d passed, %d failed\n' "$pass" "$fail"
[[ $fail -eq 0 ]]
