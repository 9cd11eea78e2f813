#!/bin/bash
# stitch-side.sh start ADDR|stop|run COMMAND...|drop|undrop|cut|uncut
#
# Stitch acting from its own address, inside the sandbox of run-in-sandbox.sh, against an sshd
# that logs as on a stock Debian server: through syslog (rsyslogd writing /var/log/auth.log).
#
#   SSH server (the sandbox)                   "Stitch" (network namespace "stitchside")
#   sshd: 127.0.0.1, ::1 and 198.19.0.1:2222   lo
#   stsd0: 198.19.0.1/32  <──── veth ────>     stsd1: ADDR/32 (one of Stitch's addresses)
#   route ADDR/32 dev stsd0                    default route via 198.19.0.1
#   rsyslogd: /dev/log → /var/log/auth.log
#
#   start ADDR   sets all of that up; the sandbox's sshd is restarted without its -E file, so
#                it logs through syslog (its PidFile stays, so reloads keep working)
#   stop         puts the sandbox back as it was: sshd logging to its -E file again, on
#                127.0.0.1 and ::1 only, no rsyslogd, no /dev/log, no namespace, no drop rule
#   run CMD...   runs CMD in Stitch's namespace (the stock ssh client, psql, …)
#   drop         drops everything from ADDR on the SSH server (an nftables rule, as a cloud
#                firewall would), so nothing arrives; undrop takes the rule out again
#   cut          answers whatever sshd sends to ADDR with a TCP reset (a NAT gateway or firewall
#                that forgot an idle connection): sshd logs "Connection reset by peer" at its
#                next write; uncut takes the rule out again
# /dev is the host's devtmpfs (shared with the host even inside the sandbox's mount namespace),
# so /dev/log goes into an overlay over /dev in this mount namespace only.
# Exit status 0 on success; 1 with the reason on stderr.
set -euo pipefail

die() {
    printf 'stitch-side.sh: %s\n' "$*" >&2
    exit 1
}
[[ ${STITCH_SANDBOX:-} == 1 && -n ${STITCH_SANDBOX_DIR:-} ]] \
    || die "run this inside tests/sandbox/run-in-sandbox.sh only"
readonly NS=stitchside SSH_SIDE=198.19.0.1 D=$STITCH_SANDBOX_DIR
readonly S=$STITCH_SANDBOX_DIR/stitch-side CONF=/etc/ssh/sshd_config
in_ns() { ip netns exec "$NS" "$@"; }

# Waits up to 5 s for COMMAND to succeed.
poll() {
    local i
    for ((i = 0; i < 50; i++)); do
        "$@" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# Stops the sandbox's sshd (its PidFile) and starts it again with ARGS; waits until it listens.
restart_sshd() {
    local pid
    pid=$(cat "$D/sshd.pid" 2>/dev/null) || die "the sandbox's sshd has no pid file $D/sshd.pid"
    kill "$pid" 2>/dev/null || true
    poll test ! -e "/proc/$pid" || die "the sandbox's sshd (pid $pid) did not stop"
    rm -f "$D/sshd.pid"
    /usr/sbin/sshd -f "$CONF" "$@" </dev/null >/dev/null 2>"$S/sshd.err" \
        || die "sshd did not start: $(head -n 5 "$S/sshd.err")"
    poll test -s "$D/sshd.pid" || die "sshd wrote no pid file: $(head -n 5 "$S/sshd.err")"
}

start_syslog() {
    mkdir -p "$S/dev/upper" "$S/dev/work" "$S/dev/pts" "$S/dev/shm"
    # The sandbox's own /dev/pts and /dev/shm are mounted on the host's /dev: keep them on top.
    mount --rbind /dev/pts "$S/dev/pts"
    mount --rbind /dev/shm "$S/dev/shm"
    mount -t overlay overlay -o "lowerdir=/dev,upperdir=$S/dev/upper,workdir=$S/dev/work" /dev \
        || die "cannot put an overlay over /dev (for /dev/log)"
    mount --move "$S/dev/pts" /dev/pts
    mount --move "$S/dev/shm" /dev/shm
    cat >"$S/rsyslog.conf" <<EOF
module(load="imuxsock")
\$FileCreateMode 0640
auth,authpriv.*  /var/log/auth.log
EOF
    mkdir -p /var/log
    rsyslogd -f "$S/rsyslog.conf" -i "$S/rsyslogd.pid" 2>"$S/rsyslogd.err" \
        || die "rsyslogd did not start: $(head -n 5 "$S/rsyslogd.err")"
    poll test -S /dev/log || die "rsyslogd made no /dev/log: $(head -n 5 "$S/rsyslogd.err")"
    logger -p auth.info -t stitch-side "syslog is up"
    poll grep -q 'stitch-side.*syslog is up' /var/log/auth.log \
        || die "rsyslogd does not write /var/log/auth.log: $(head -n 5 "$S/rsyslogd.err")"
}

start() {
    local addr=${1:-}
    [[ $addr =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "start needs Stitch's IPv4 address"
    [[ -e /run/netns/$NS ]] && die "Stitch's side runs already (stop it first)"
    command -v rsyslogd >/dev/null || die "rsyslogd is not installed (installers/debian/install-deps.sh installs it)"
    rm -rf -- "$S"
    mkdir -m 0700 "$S"
    echo "$addr" >"$S/address"

    ip netns add "$NS"
    ip link add stsd0 type veth peer name stsd1 netns "$NS"
    ip addr add "$SSH_SIDE/32" dev stsd0
    ip link set stsd0 up
    ip route add "$addr/32" dev stsd0
    in_ns ip link set lo up
    in_ns ip addr add "$addr/32" dev stsd1
    in_ns ip link set stsd1 up
    in_ns ip route add "$SSH_SIDE/32" dev stsd1
    in_ns ip route add default via "$SSH_SIDE" dev stsd1

    start_syslog
    restart_sshd -o "ListenAddress=$SSH_SIDE"
    poll in_ns bash -c "exec 3<>/dev/tcp/$SSH_SIDE/$STITCH_SANDBOX_SSH_PORT" \
        || die "sshd on $SSH_SIDE:$STITCH_SANDBOX_SSH_PORT cannot be reached from $addr"
}

stop() {
    local pid
    nft delete table inet stitchside 2>/dev/null || true
    nft delete table inet stitchsidecut 2>/dev/null || true
    if [[ -e /run/netns/$NS ]]; then
        ip netns pids "$NS" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
        ip netns delete "$NS"
    fi
    ip link delete stsd0 2>/dev/null || true
    if [[ -d $S ]]; then
        # sshd as run-in-sandbox.sh started it: its -E file, its own listen addresses.
        restart_sshd -E "$D/sshd.log"
        pid=$(cat "$S/rsyslogd.pid" 2>/dev/null || true)
        if [[ -n $pid ]]; then
            kill "$pid" 2>/dev/null || true
            poll test ! -e "/proc/$pid" || kill -9 "$pid" 2>/dev/null || true
        fi
        if findmnt -n -t overlay /dev >/dev/null; then umount -l /dev; fi
        rm -f /var/log/auth.log
        rm -rf -- "$S"
    fi
}

drop() {
    local addr
    addr=$(cat "$S/address" 2>/dev/null) || die "Stitch's side is not started"
    nft -f - <<EOF || die "nftables: cannot add the drop rule for $addr"
table inet stitchside {
    chain input {
        type filter hook input priority -10; policy accept;
        ip saddr $addr drop
    }
}
EOF
}

cut() {
    local addr
    addr=$(cat "$S/address" 2>/dev/null) || die "Stitch's side is not started"
    nft -f - <<EOF || die "nftables: cannot add the reset rule for $addr"
table inet stitchsidecut {
    chain output {
        type filter hook output priority 0; policy accept;
        ip daddr $addr tcp sport $STITCH_SANDBOX_SSH_PORT reject with tcp reset
    }
}
EOF
}

case ${1:-} in
    start) start "${2:-}" ;;
    stop) stop ;;
    run)
        shift
        [[ -e /run/netns/$NS ]] || die "Stitch's side is not started"
        exec ip netns exec "$NS" "$@"
        ;;
    drop) drop ;;
    undrop) nft delete table inet stitchside 2>/dev/null || true ;;
    cut) cut ;;
    uncut) nft delete table inet stitchsidecut 2>/dev/null || true ;;
    *) die "usage: stitch-side.sh start ADDR|stop|run COMMAND...|drop|undrop|cut|uncut" ;;
esac
