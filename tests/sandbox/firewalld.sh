#!/bin/bash
# firewalld.sh start|stop
#
# Starts or stops firewalld inside the sandbox of run-in-sandbox.sh (no systemd there: a
# system D-Bus and firewalld itself, started by hand). Off by default, because the other tests
# expect ufw, iptables and plain nftables behaviour: a test that needs firewalld starts it and
# stops it again. `stop` leaves the sandbox as it was before `start`: no firewalld, no D-Bus
# (unless it ran before), no firewalld nftables table, /etc/firewalld (its permanent
# configuration) as it was.
# Exit status 0 on success; 1 with the reason on stderr.
set -euo pipefail

die() {
    printf 'firewalld.sh: %s\n' "$*" >&2
    exit 1
}
[[ ${STITCH_SANDBOX:-} == 1 && -n ${STITCH_SANDBOX_DIR:-} ]] \
    || die "run this inside tests/sandbox/run-in-sandbox.sh only"
D=$STITCH_SANDBOX_DIR
PID_FILE=$D/firewalld.pid
DBUS_STARTED=$D/firewalld.dbus-started
ETC_COPY=$D/firewalld-etc

running() { [[ $(firewall-cmd --state 2>/dev/null) == running ]]; }

start() {
    command -v firewalld >/dev/null 2>&1 || die "firewalld is not installed (installers/debian/install-deps.sh)"
    if [[ -s $PID_FILE ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
        die "firewalld runs already (pid $(cat "$PID_FILE"))"
    fi
    # Its permanent configuration, put back by stop.
    rm -rf -- "$ETC_COPY"
    cp -a /etc/firewalld "$ETC_COPY"
    if [[ ! -S /run/dbus/system_bus_socket ]]; then
        mkdir -p /run/dbus
        dbus-daemon --system --fork </dev/null >/dev/null 2>&1 || die "dbus-daemon did not start"
        touch "$DBUS_STARTED"
    fi
    # Its output to a file, not to our caller's pipe, which would otherwise stay open.
    firewalld --nofork --nopid </dev/null >>"$D/firewalld.log" 2>&1 &
    echo $! >"$PID_FILE"
    local i
    for ((i = 0; i < 300; i++)); do
        running && return 0
        kill -0 "$(cat "$PID_FILE")" 2>/dev/null || break
        sleep 0.1
    done
    local log
    log=$(tail -n 20 "$D/firewalld.log" 2>/dev/null || true)
    stop
    die "firewalld did not start: $log"
}

stop() {
    local pid i
    if [[ -s $PID_FILE ]]; then
        pid=$(cat "$PID_FILE")
        # On SIGTERM firewalld removes its own nftables table (CleanupOnExit=yes).
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
        rm -f -- "$PID_FILE"
    fi
    # Whatever it left behind, so that the next test sees the nftables it expects.
    nft delete table inet firewalld 2>/dev/null || true
    if [[ -e $DBUS_STARTED ]]; then
        if [[ -s /run/dbus/pid ]]; then
            pid=$(cat /run/dbus/pid)
            kill -TERM "$pid" 2>/dev/null || true
            for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        fi
        rm -f -- "$DBUS_STARTED" /run/dbus/pid /run/dbus/system_bus_socket
    fi
    if [[ -d $ETC_COPY ]]; then
        rm -rf -- /etc/firewalld
        cp -a "$ETC_COPY" /etc/firewalld
        rm -rf -- "$ETC_COPY"
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) die "usage: firewalld.sh start|stop" ;;
esac
