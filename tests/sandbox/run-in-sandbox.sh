#!/bin/bash
# run-in-sandbox.sh [COMMAND ARGS...]
#
# Throwaway SSH/PostgreSQL/MariaDB test server sandbox for Stitch.
# Runs COMMAND inside fresh mount/net/pid/ipc/uts namespaces where /etc, /home,
# /root and /var are copy-on-write overlays, /run, /tmp and /dev/shm are tmpfs,
# and the only network is a private loopback. Everything (users, sudoers,
# firewall rules, daemons) vanishes when COMMAND exits.
#
# Must be run as root. See README.md next to this script.
# Exit status: COMMAND's status, or 125 if the sandbox could not be set up.
set -euo pipefail
# shellcheck disable=SC2317  # signal handlers are invoked via trap

readonly SETUP_FAIL=125
readonly SSH_PORT=2222 PG_PORT=5432 MYSQL_PORT=3306
readonly INNER_DIR=/run/stitch-sandbox
readonly PG_BIN=/usr/lib/postgresql/15/bin

T0=${_STITCH_SANDBOX_T0:-${EPOCHREALTIME/./}}
export _STITCH_SANDBOX_T0=$T0

log() {
    [[ ${STITCH_SANDBOX_QUIET:-0} == 1 ]] && return 0
    local now=${EPOCHREALTIME/./}
    printf '[sandbox %5.2fs] %s\n' "$(( (now - T0) / 10000 ))e-2" "$*" >&2
}
die() {
    printf 'run-in-sandbox: ERROR: %s\n' "$*" >&2
    exit "$SETUP_FAIL"
}

# ---------------------------------------------------------------------------
# Outer part: runs on the host.
# ---------------------------------------------------------------------------
outer() {
    [[ $(id -u) -eq 0 ]] || die "must be run as root (uid 0), got uid $(id -u)"
    local tool
    for tool in unshare mount ip useradd chpasswd ssh-keygen ssh-agent ssh-add \
                runuser mariadb-install-db mariadbd mariadb-admin mariadb psql \
                /usr/sbin/sshd "$PG_BIN/initdb" "$PG_BIN/pg_ctl"; do
        command -v "$tool" >/dev/null 2>&1 || die "required tool not found: $tool"
    done
    grep -qw overlay /proc/filesystems || modprobe overlay 2>/dev/null \
        || die "overlayfs is not available"

    local state
    state=$(mktemp -d /tmp/stitch-sandbox.XXXXXXXX) || die "mktemp failed"
    # shellcheck disable=SC2064
    trap "rm -rf -- '$state'" EXIT
    # Daemons running as postgres/mysql need to traverse into the state dir.
    chmod 0711 "$state"
    mkdir -m 0700 "$state/ovl"
    mkdir -m 0711 "$state/sandbox"

    log "state dir $state (inside: $INNER_DIR)"
    # unshare ignores SIGINT/SIGTERM while it waits, so run it in the
    # background (keeping our stdin) and forward signals to the namespace's
    # init ourselves. LIBMOUNT_UTAB: mount(8) would otherwise create
    # /run/mount/ on the host before our tmpfs covers /run.
    _STITCH_SANDBOX_INNER="$state" LIBMOUNT_UTAB="$state/utab" \
        unshare --mount --net --pid --ipc --uts --fork --mount-proc \
                --propagation private --kill-child=SIGTERM \
                -- /bin/bash "$SCRIPT_PATH" "$@" 0<&0 &
    UNSHARE_PID=$!
    SIGNALS_SEEN=0
    trap 'forward_signal TERM' TERM
    trap 'forward_signal INT' INT
    trap 'forward_signal HUP' HUP
    local rc
    while :; do
        rc=0
        wait "$UNSHARE_PID" || rc=$?
        kill -0 "$UNSHARE_PID" 2>/dev/null || break
    done
    trap - TERM INT HUP
    # unshare reports its child's SIGKILL oddly (exit 1); normalise.
    [[ $SIGNALS_SEEN -gt 1 ]] && rc=137
    if [[ $rc -eq $SETUP_FAIL ]]; then
        printf 'run-in-sandbox: sandbox setup failed (exit %d); see messages above\n' "$rc" >&2
        # Keep logs around for debugging if asked to.
        if [[ ${STITCH_SANDBOX_KEEP_ON_FAIL:-0} == 1 ]]; then
            trap - EXIT
            printf 'run-in-sandbox: state kept in %s\n' "$state" >&2
        fi
    fi
    log "done (exit $rc)"
    exit "$rc"
}

forward_signal() { # SIG (informational)
    # First INT/TERM/HUP: ask the namespace init for an orderly teardown
    # (it passes SIGTERM on to COMMAND). Any further one: SIGKILL it, which
    # makes the kernel kill everything in the namespace.
    # (We send TERM even for INT: the init inherits SIGINT as ignored.)
    SIGNALS_SEEN=$((SIGNALS_SEEN + 1))
    local sig=TERM c
    [[ $SIGNALS_SEEN -gt 1 ]] && sig=KILL
    for c in $(cat "/proc/$UNSHARE_PID/task/$UNSHARE_PID/children" 2>/dev/null); do
        kill "-$sig" "$c" 2>/dev/null || true
    done
}

# ---------------------------------------------------------------------------
# Inner part: PID 1 of the new PID namespace.
# ---------------------------------------------------------------------------
randpw() {
    # 20 random alphanumerics; no SIGPIPE games under pipefail.
    local s
    s=$(head -c 600 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')
    [[ ${#s} -ge 20 ]] || s=$(head -c 2000 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')
    printf '%s' "${s:0:20}"
}

write_secret() { # file value
    ( umask 077; printf '%s\n' "$2" >"$1" )
}

SSHD_PID='' AGENT_PID='' MARIADB_PID='' PG_STARTED=0 SHUTTING_DOWN=0

shutdown_services() {
    [[ $SHUTTING_DOWN == 1 ]] && return 0
    SHUTTING_DOWN=1
    set +e
    log "stopping services"
    if [[ $PG_STARTED == 1 ]]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$D/pgdata" -m fast -w -t 10 stop >/dev/null 2>&1 \
            || runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$D/pgdata" -m immediate -w -t 5 stop >/dev/null 2>&1
    fi
    if [[ -n $MARIADB_PID ]] && kill -0 "$MARIADB_PID" 2>/dev/null; then
        kill -TERM "$MARIADB_PID"
        local i
        for ((i = 0; i < 100; i++)); do kill -0 "$MARIADB_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$MARIADB_PID" 2>/dev/null
    fi
    [[ -n $SSHD_PID ]] && kill -TERM "$SSHD_PID" 2>/dev/null
    [[ -n $AGENT_PID ]] && kill -TERM "$AGENT_PID" 2>/dev/null
    # Anything else left in the namespace is SIGKILLed by the kernel when we
    # (PID 1) exit.
    set -e
}

CMD_PID='' READY=0
inner_signal() { # SIG exit-code
    if [[ -n $CMD_PID ]]; then
        # COMMAND is running: pass the signal on, teardown follows its exit.
        kill "-$1" "$CMD_PID" 2>/dev/null || true
        return 0
    fi
    # COMMAND already finished: teardown is under way anyway.
    [[ $READY == 1 ]] && return 0
    log "got SIG$1 during setup, tearing down"
    shutdown_services
    exit "$2"
}

run_child() { # run "$@" in the background but with our stdin; wait for it.
    env --default-signal=INT,QUIT -- "$@" 0<&0 &
    CMD_PID=$!
    local rc
    while :; do
        rc=0
        wait "$CMD_PID" || rc=$?
        kill -0 "$CMD_PID" 2>/dev/null || break
    done
    CMD_PID=
    return "$rc"
}

inner() {
    local state=$_STITCH_SANDBOX_INNER
    unset _STITCH_SANDBOX_INNER _STITCH_SANDBOX_T0
    [[ $$ -eq 1 ]] || die "inner mode must run as PID 1 of a fresh PID namespace"
    D=$INNER_DIR

    trap 'shutdown_services' EXIT
    trap 'inner_signal INT 130' INT
    trap 'inner_signal TERM 143' TERM
    trap 'inner_signal HUP 129' HUP

    # --- filesystem -------------------------------------------------------
    ip link set lo up || die "cannot bring up lo in the new network namespace"
    mount -t tmpfs -o mode=0755,nosuid,nodev stitch-run /run || die "tmpfs on /run failed"
    unset LIBMOUNT_UTAB   # default /run/mount/utab is on our tmpfs now
    mkdir -m 0711 "$D"
    mount --bind "$state/sandbox" "$D" || die "bind mount of state dir failed"
    # /run first (libmount may write /run/mount/utab), then the overlays; their
    # upper/work dirs live in the host /tmp, which we only cover afterwards.
    local d
    for d in etc home root var; do
        mkdir -p "$state/ovl/$d.upper" "$state/ovl/$d.work"
        mount -t overlay "stitch-$d" \
            -o "lowerdir=/$d,upperdir=$state/ovl/$d.upper,workdir=$state/ovl/$d.work" "/$d" \
            || die "overlay mount on /$d failed"
    done
    mkdir -m 0755 /run/sshd /run/user
    mkdir -m 1777 /run/lock
    install -m 0664 -g utmp /dev/null /run/utmp 2>/dev/null || true
    install -d -m 2775 -o postgres -g postgres /run/postgresql
    install -d -m 0755 -o mysql -g root /run/mysqld
    if [[ ${STITCH_SANDBOX_HOST_TMP:-0} != 1 ]]; then
        # The project and the command may live under /tmp (a CI checkout, say): keep exactly
        # those visible through the private /tmp, everything else of the host's /tmp is hidden.
        local keep=() p
        for p in "$(dirname "$(dirname "$(dirname "$SCRIPT_PATH")")")" "$PWD" \
                 "$(dirname "$(readlink -f -- "$(command -v -- "${1:-true}" || echo /)")")"; do
            [[ $p == /tmp/* ]] && keep+=("$p")
        done
        mkdir -m 0700 "$D/.host-tmp"
        mount --rbind /tmp "$D/.host-tmp" || die "cannot keep a view of the host /tmp"
        mount -t tmpfs -o mode=1777,nosuid,nodev stitch-tmp /tmp || die "tmpfs on /tmp failed"
        for p in "${keep[@]}"; do
            mkdir -p "$p" && mount --rbind "$D/.host-tmp/${p#/tmp/}" "$p" \
                || die "cannot make $p visible inside the sandbox"
        done
        umount -l "$D/.host-tmp" && rmdir "$D/.host-tmp"
    fi
    mount -t tmpfs -o mode=1777,nosuid,nodev stitch-shm /dev/shm || die "tmpfs on /dev/shm failed"
    # sysfs matching our network namespace (so /sys/class/net shows only lo).
    mount -t sysfs -o ro,nosuid,nodev,noexec stitch-sys /sys 2>/dev/null || true
    hostname stitch-sandbox 2>/dev/null || true
    # Re-resolve the working directory so it points into the new mounts
    # (otherwise a cwd of /tmp or /home/... would still be the host's).
    cd -- "$PWD" 2>/dev/null || cd /
    grep -q 'stitch-sandbox' /etc/hosts || printf '127.0.1.1 stitch-sandbox\n' >>/etc/hosts
    log "namespaces + overlays ready"

    # --- users ------------------------------------------------------------
    mkdir -m 0700 "$D/keys"
    local u pw
    for u in stitchadmin nopwadmin nosudo ttyadmin; do
        useradd -m -s /bin/bash "$u" || die "useradd $u failed"
        pw=$(randpw)
        printf '%s:%s\n' "$u" "$pw" | chpasswd || die "chpasswd $u failed"
        write_secret "$D/$u.password" "$pw"
    done
    unset pw
    {
        printf 'stitchadmin ALL=(ALL:ALL) ALL\n'
        printf 'nopwadmin ALL=(ALL:ALL) NOPASSWD: ALL\n'
        printf 'Defaults:ttyadmin requiretty\n'
        printf 'ttyadmin ALL=(ALL:ALL) ALL\n'
    } >/etc/sudoers.d/stitch-sandbox
    chmod 0440 /etc/sudoers.d/stitch-sandbox
    visudo -c -q -f /etc/sudoers.d/stitch-sandbox >/dev/null || die "sudoers drop-in invalid"

    # --- keys ---------------------------------------------------------------
    local kp
    ssh-keygen -q -t ed25519 -N '' -C stitch-sandbox-host -f "$D/ssh_host_ed25519_key" \
        || die "host key generation failed"
    ssh-keygen -q -t ed25519 -N '' -C stitchadmin@sandbox -f "$D/keys/admin_ed25519" \
        || die "client key generation failed"
    kp=$(randpw)
    write_secret "$D/keys/admin_ed25519_pass.passphrase" "$kp"
    # Short-lived process; the passphrase is throwaway.
    ssh-keygen -q -t ed25519 -N "$kp" -C stitchadmin-pass@sandbox -f "$D/keys/admin_ed25519_pass" \
        || die "passphrase client key generation failed"
    unset kp
    ssh-keygen -lf "$D/ssh_host_ed25519_key.pub" | awk '{print $2}' >"$D/host_key.sha256"
    {
        printf '[127.0.0.1]:%s %s\n' "$SSH_PORT" "$(cut -d' ' -f1,2 "$D/ssh_host_ed25519_key.pub")"
        printf '[::1]:%s %s\n' "$SSH_PORT" "$(cut -d' ' -f1,2 "$D/ssh_host_ed25519_key.pub")"
    } >"$D/known_hosts"
    install -d -m 0700 -o stitchadmin -g stitchadmin /home/stitchadmin/.ssh
    cat "$D/keys/admin_ed25519.pub" "$D/keys/admin_ed25519_pass.pub" >/home/stitchadmin/.ssh/authorized_keys
    chown stitchadmin:stitchadmin /home/stitchadmin/.ssh/authorized_keys
    chmod 0600 /home/stitchadmin/.ssh/authorized_keys
    install -d -m 0700 /root/.ssh
    cat "$D/keys/admin_ed25519.pub" >>/root/.ssh/authorized_keys
    chmod 0600 /root/.ssh/authorized_keys

    # --- PAM: no systemd/logind in here -----------------------------------
    # pam_loginuid works as real root, but pam_systemd can't reach logind;
    # it's "optional" so harmless, drop it anyway to avoid delays.
    sed -i '/pam_systemd\.so/d' /etc/pam.d/common-session /etc/pam.d/common-session-noninteractive 2>/dev/null || true

    # --- sshd ---------------------------------------------------------------
    cat >"$D/sshd_config" <<EOF
# Stitch sandbox sshd (throwaway)
Port $SSH_PORT
ListenAddress 127.0.0.1
ListenAddress ::1
HostKey $D/ssh_host_ed25519_key
PidFile $D/sshd.pid
PasswordAuthentication yes
KbdInteractiveAuthentication yes
PubkeyAuthentication yes
UsePAM yes
PermitRootLogin prohibit-password
AllowTcpForwarding yes
AllowAgentForwarding yes
AllowStreamLocalForwarding yes
GatewayPorts no
PermitTunnel no
X11Forwarding no
PrintMotd no
UseDNS no
LogLevel VERBOSE
Subsystem sftp /usr/lib/openssh/sftp-server
AcceptEnv LANG LC_*
EOF
    # Installed where a real server keeps it (inside the overlay), so that `sshd -T` run by the
    # tool under test sees the configuration that is really in force.
    cp "$D/sshd_config" /etc/ssh/sshd_config
    /usr/sbin/sshd -t -f /etc/ssh/sshd_config 2>"$D/sshd.log" || die "sshd -t failed: $(cat "$D/sshd.log")"
    /usr/sbin/sshd -D -f /etc/ssh/sshd_config -E "$D/sshd.log" </dev/null &
    SSHD_PID=$!

    # --- PostgreSQL + MariaDB init in parallel ------------------------------
    local pg_init_pid my_init_pid
    install -d -m 0700 -o postgres -g postgres "$D/pgdata"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$D/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=peer --auth-host=md5 --no-sync --no-instructions \
        >"$D/initdb.log" 2>&1 </dev/null &
    pg_init_pid=$!
    install -d -m 0700 -o mysql -g mysql "$D/mysql"
    mariadb-install-db --no-defaults --user=mysql --datadir="$D/mysql" \
        --auth-root-authentication-method=socket --skip-test-db \
        --skip-name-resolve --innodb-buffer-pool-size=16M --innodb-log-file-size=8M \
        >"$D/mariadb-install.log" 2>&1 </dev/null &
    my_init_pid=$!

    wait_ssh || die "sshd did not accept connections on 127.0.0.1:$SSH_PORT; log: $(tail -n 20 "$D/sshd.log")"
    log "sshd up on 127.0.0.1/::1 port $SSH_PORT ($(cat "$D/host_key.sha256"))"

    # --- ssh-agent ------------------------------------------------------------
    local agent_out
    agent_out=$(ssh-agent -s -a "$D/agent.sock") || die "ssh-agent failed"
    AGENT_PID=$(sed -n 's/^SSH_AGENT_PID=\([0-9]*\);.*/\1/p' <<<"$agent_out")
    export SSH_AUTH_SOCK="$D/agent.sock" SSH_AGENT_PID="$AGENT_PID"
    ssh-add -q "$D/keys/admin_ed25519" 2>/dev/null || die "ssh-add failed"

    # --- PostgreSQL -------------------------------------------------------------
    wait "$pg_init_pid" || die "initdb failed: $(tail -n 20 "$D/initdb.log")"
    cat >>"$D/pgdata/postgresql.conf" <<EOF

# --- Stitch sandbox ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '/run/postgresql'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
logging_collector = off
EOF
    install -m 0640 -o postgres -g postgres /dev/null "$D/postgres.log"
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$D/pgdata" -l "$D/postgres.log" -w -t 30 -s start </dev/null \
        || die "postgres did not start: $(tail -n 20 "$D/postgres.log")"
    PG_STARTED=1
    pw=$(randpw)
    write_secret "$D/postgres.password" "$pw"
    # Password goes via stdin, never argv.
    runuser -u postgres -- psql -X -q -h /run/postgresql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 >/dev/null <<EOF \
        || die "creating postgres role/db failed"
CREATE ROLE stitch_demo LOGIN PASSWORD '$pw';
CREATE DATABASE stitch_demo OWNER stitch_demo;
EOF
    unset pw
    log "postgres up on 127.0.0.1:$PG_PORT"

    # --- MariaDB ----------------------------------------------------------------
    wait "$my_init_pid" || die "mariadb-install-db failed: $(tail -n 20 "$D/mariadb-install.log")"
    mariadbd --no-defaults --user=mysql --datadir="$D/mysql" \
        --port="$MYSQL_PORT" --bind-address=127.0.0.1 --socket=/run/mysqld/mysqld.sock \
        --pid-file=/run/mysqld/mysqld.pid --log-error="$D/mariadb.log" \
        --skip-name-resolve --skip-log-bin --innodb-buffer-pool-size=16M \
        --innodb-log-file-size=8M --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
        </dev/null >/dev/null 2>&1 &
    MARIADB_PID=$!
    local i ok=0
    for ((i = 0; i < 300; i++)); do
        if mariadb-admin --no-defaults --socket=/run/mysqld/mysqld.sock ping >/dev/null 2>&1; then ok=1; break; fi
        kill -0 "$MARIADB_PID" 2>/dev/null || break
        sleep 0.05
    done
    [[ $ok == 1 ]] || die "mariadbd did not answer ping: $(tail -n 20 "$D/mariadb.log")"
    pw=$(randpw)
    write_secret "$D/mysql.password" "$pw"
    mariadb --no-defaults --socket=/run/mysqld/mysqld.sock -u root <<EOF || die "creating mariadb user/db failed"
CREATE DATABASE stitch_demo;
CREATE USER 'stitch_demo'@'127.0.0.1' IDENTIFIED BY '$pw';
CREATE USER 'stitch_demo'@'localhost' IDENTIFIED BY '$pw';
GRANT ALL ON stitch_demo.* TO 'stitch_demo'@'127.0.0.1';
GRANT ALL ON stitch_demo.* TO 'stitch_demo'@'localhost';
EOF
    unset pw
    log "mariadb up on 127.0.0.1:$MYSQL_PORT"

    # --- environment for COMMAND ----------------------------------------------
    install -d -m 0700 "$D/xdg" "$D/xdg/config" "$D/xdg/data" "$D/xdg/cache" "$D/xdg/state" "$D/xdg/runtime"
    export STITCH_SANDBOX=1 STITCH_SANDBOX_DIR="$D" STITCH_SANDBOX_HOST=127.0.0.1 \
           STITCH_SANDBOX_SSH_PORT=$SSH_PORT STITCH_SANDBOX_PG_PORT=$PG_PORT \
           STITCH_SANDBOX_MYSQL_PORT=$MYSQL_PORT \
           HOME=/root XDG_CONFIG_HOME="$D/xdg/config" XDG_DATA_HOME="$D/xdg/data" \
           XDG_CACHE_HOME="$D/xdg/cache" XDG_STATE_HOME="$D/xdg/state" \
           XDG_RUNTIME_DIR="$D/xdg/runtime"
    unset DBUS_SESSION_BUS_ADDRESS SSH_CONNECTION SSH_CLIENT SSH_TTY
    # firewalld is off unless asked for: most tests expect ufw, iptables or plain nftables. A
    # test starts and stops it itself with this helper; STITCH_SANDBOX_FIREWALLD=1 starts it
    # for the whole run (a demo, an interactive shell).
    export STITCH_SANDBOX_FIREWALLD_CTL="${SCRIPT_PATH%/*}/firewalld.sh"
    # The database on another host of a private network, started by the tests that need it.
    export STITCH_SANDBOX_REMOTE_DB_CTL="${SCRIPT_PATH%/*}/remote-db.sh"
    # Stitch at one of its own addresses, with sshd logging through rsyslog (the watch tests).
    export STITCH_SANDBOX_STITCH_SIDE_CTL="${SCRIPT_PATH%/*}/stitch-side.sh"
    if [[ ${STITCH_SANDBOX_FIREWALLD:-0} == 1 ]]; then
        "$STITCH_SANDBOX_FIREWALLD_CTL" start || die "firewalld did not start"
        log "firewalld up"
    fi
    log "ready"
    READY=1

    local rc=0
    if [[ $# -gt 0 ]]; then
        # Run COMMAND as a child (not exec) so we stay PID 1 and can stop the
        # services cleanly afterwards.
        run_child "$@" || rc=$?
    elif [[ -t 0 ]]; then
        log "no COMMAND given: starting an interactive shell (exit to tear down)"
        PS1='[stitch-sandbox] \u@\h:\w\$ ' run_child bash --norc -i || rc=$?
    else
        local v
        for v in STITCH_SANDBOX STITCH_SANDBOX_DIR STITCH_SANDBOX_HOST STITCH_SANDBOX_SSH_PORT \
                 STITCH_SANDBOX_PG_PORT STITCH_SANDBOX_MYSQL_PORT SSH_AUTH_SOCK; do
            printf '%s=%s\n' "$v" "${!v}"
        done
        printf 'STITCH_SANDBOX_HOST_KEY_SHA256=%s\n' "$(cat "$D/host_key.sha256")"
        printf 'status=ok (no COMMAND given; tearing down)\n'
    fi
    shutdown_services
    exit "$rc"
}

wait_ssh() {
    local i banner
    for ((i = 0; i < 200; i++)); do
        banner=
        { read -r -t 2 banner <&3 || true; } 2>/dev/null 3<>"/dev/tcp/127.0.0.1/$SSH_PORT" || true
        [[ $banner == SSH-2.0-* ]] && return 0
        kill -0 "$SSHD_PID" 2>/dev/null || return 1
        sleep 0.05
    done
    return 1
}

SCRIPT_PATH=$(readlink -f -- "${BASH_SOURCE[0]}")
if [[ -n ${_STITCH_SANDBOX_INNER:-} ]]; then
    inner "$@"
else
    outer "$@"
fi
