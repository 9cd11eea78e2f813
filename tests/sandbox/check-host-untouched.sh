#!/bin/bash
# check-host-untouched.sh -- proves run-in-sandbox.sh leaves no trace on the host.
#
# Run as root on the host (not inside the sandbox). It snapshots host state,
# runs run-in-sandbox.sh with a deliberately invasive command (useradd,
# sudoers drop-in, ufw enable + rule, nft table, iptables rule, files in /home,
# /root, /var, /tmp, /dev/shm, hostname, sysctl in the netns), snapshots again
# and diffs. Exit 0 only if nothing changed and no sandbox process survived.
# Last line of output: "host-untouched: N passed, M failed".
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
# Override only to test this checker itself with a deliberately leaky runner.
RUNNER=${STITCH_SANDBOX_RUNNER:-$HERE/run-in-sandbox.sh}
pass=0 fail=0
ok()  { printf 'ok   %s\n' "$1"; pass=$((pass + 1)); }
bad() { printf 'FAIL %s\n' "$1"; fail=$((fail + 1)); }
finish() {
    printf 'host-untouched: %d passed, %d failed\n' "$pass" "$fail"
    [[ $fail -eq 0 ]]
    exit $?
}

if [[ $(id -u) -ne 0 ]]; then
    echo "check-host-untouched: must be run as root" >&2
    bad "running as root"; finish
fi
if [[ ${STITCH_SANDBOX:-0} == 1 ]]; then
    echo "check-host-untouched: run this on the host, not inside the sandbox" >&2
    bad "running on the host"; finish
fi

WORK=$(mktemp -d /tmp/check-host-untouched.XXXXXX)
trap 'rm -rf -- "$WORK"' EXIT

# Directories whose contents are not ours and change on their own (tool
# caches, the agent machinery); only the directory entry itself is recorded.
PRUNE=(/root/.cache /root/.pyenv /root/.rustup /root/.cargo /root/.npm /root/.claude)

# Volatile sysctls that change by themselves.
SYSCTL_VOLATILE='^(fs\.(dentry-state|inode-nr|inode-state|file-nr|aio-nr|quota\.)|kernel\.(ns_last_pid|random\.|pty\.nr)|net\.netfilter\.nf_conntrack_count)'

snapshot() { # outdir
    local out=$1 p
    mkdir -p "$out"
    local prune_expr=() prune_quiet=()
    for p in "${PRUNE[@]}"; do
        prune_expr+=(-path "$p" -prune -printf '%p pruned %m %U:%G\n' -o)
        prune_quiet+=(-path "$p" -prune -o)
    done
    # paths + type + mode + owner + size (files) + link target; sockets skipped
    find /etc /home /root /var/lib/sudo /var/mail /var/spool -xdev \
        "${prune_expr[@]}" \
        \( -type s -o -type p \) -prune -o \
        \( -type f -printf '%p f %m %U:%G %s\n' \) -o \
        \( -type l -printf '%p l %m %U:%G -> %l\n' \) -o \
        -printf '%p %y %m %U:%G\n' 2>/dev/null | LC_ALL=C sort >"$out/files"
    find /etc /home /root /var/lib/sudo /var/mail /var/spool -xdev \
        "${prune_quiet[@]}" -type f -print0 2>/dev/null \
        | LC_ALL=C sort -z | xargs -0r sha256sum >"$out/sha256"
    nft list ruleset >"$out/nft" 2>&1 || true
    if command -v iptables-save >/dev/null; then
        { iptables-save 2>&1; ip6tables-save 2>&1; } | grep -v '^#' >"$out/iptables" || true
    fi
    ip -o addr >"$out/ip-addr" 2>&1
    ip -o link | sed -E 's/ (qlen|link\/)/\n&/' | grep -v '^ link/' >"$out/ip-link" 2>&1 || true
    ip route show table all >"$out/ip-route" 2>&1 || true
    ss -ltnH >"$out/ss-tcp" 2>&1
    ss -lunH >"$out/ss-udp" 2>&1
    ss -lxH | grep -E 'stitch|postgres|mysqld|sshd|agent' >"$out/ss-unix" 2>&1 || true
    getent passwd | cut -d: -f1 | LC_ALL=C sort >"$out/users"
    getent group | cut -d: -f1 | LC_ALL=C sort >"$out/groups"
    findmnt -rn -o TARGET,FSTYPE,SOURCE | LC_ALL=C sort >"$out/mounts"
    hostname >"$out/hostname"
    sysctl -a 2>/dev/null | grep -Ev "$SYSCTL_VOLATILE" | LC_ALL=C sort >"$out/sysctl" || true
    ls -A /dev/shm >"$out/dev-shm" 2>&1 || true
    find /run -maxdepth 1 -printf '%p %y %m %U:%G\n' | LC_ALL=C sort >"$out/run-top"
    find /run/postgresql /run/mysqld /run/sshd /run/stitch-sandbox -printf '%p %y %m %U:%G\n' 2>/dev/null \
        | LC_ALL=C sort >"$out/run-dirs" || true
}

sandbox_procs() { # pid-ns net-ns of our sandbox
    # Any process still living in our sandbox's PID or network namespace.
    # (Other sandboxes running concurrently are deliberately not counted.)
    local pid ns nns args
    for pid in /proc/[0-9]*; do
        pid=${pid#/proc/}
        ns=$(readlink "/proc/$pid/ns/pid" 2>/dev/null) || continue
        nns=$(readlink "/proc/$pid/ns/net" 2>/dev/null) || continue
        if [[ $ns == "$1" || $nns == "$2" ]]; then
            args=$(tr "\0" " " 2>/dev/null <"/proc/$pid/cmdline") || true
            printf '%s %s %s\n' "$pid" "$ns" "$args"
        fi
    done
}

echo "== snapshot before"
snapshot "$WORK/before"

INVASIVE=$(cat <<'EOF'
set -eu
[ "$STITCH_SANDBOX" = 1 ]
useradd -m -s /bin/bash stitchcheck
printf 'stitchcheck:throwaway-%s\n' "$$" | chpasswd
printf 'stitchcheck ALL=(ALL) NOPASSWD: ALL\n' >/etc/sudoers.d/stitchcheck
chmod 0440 /etc/sudoers.d/stitchcheck
visudo -c -q
ufw --force enable >/dev/null
ufw allow from 198.18.0.1 to any port 22 >/dev/null
ufw status | grep -q 'Status: active'
ufw status | grep -q '198.18.0.1'
nft add table inet stitchcheck
nft add chain inet stitchcheck input '{ type filter hook input priority 0; policy accept; }'
nft list tables | grep -q stitchcheck
iptables -A INPUT -s 198.18.0.2 -j DROP
ip addr add 198.18.0.1/32 dev lo
sysctl -qw net.ipv4.ip_forward=1
hostname stitchcheck-host
touch /home/x /etc/stitchcheck /var/lib/stitchcheck /tmp/stitchcheck /dev/shm/stitchcheck
mkdir -p /root/.ssh/foo
echo '# stitchcheck' >>/etc/hosts
echo 'ssh-ed25519 AAAA stitchcheck' >>/root/.ssh/authorized_keys
sudo -n -u stitchcheck sudo -n true
id stitchcheck >/dev/null
ss -ltnH | grep -q ':2222 '
ss -ltnH | grep -q ':5432 '
ss -ltnH | grep -q ':3306 '
echo "pidns=$(readlink /proc/self/ns/pid)"
echo "netns=$(readlink /proc/self/ns/net)"
echo invasive-ok
EOF
)

n=$(wc -l <"$WORK/before/files"); h=$(wc -l <"$WORK/before/sha256")
if [[ $n -gt 100 && $h -gt 100 ]] && grep -q '^/etc/passwd ' "$WORK/before/files"; then
    ok "snapshot sane ($n paths, $h hashed files)"
else
    bad "snapshot sane ($n paths, $h hashed files)"
fi

echo "== running sandbox with invasive command"
rc=0
out=$(STITCH_SANDBOX_QUIET=0 "$RUNNER" bash -c "$INVASIVE" 2>"$WORK/sandbox.stderr") || rc=$?
if [[ $rc -eq 0 && $out == *invasive-ok* ]]; then
    ok "sandbox ran the invasive command"
else
    bad "sandbox ran the invasive command (exit $rc)"
    sed 's/^/     /' "$WORK/sandbox.stderr"
fi

# Give the kernel a moment to tear down the namespaces.
sleep 0.5

echo "== snapshot after"
snapshot "$WORK/after"

for f in "$WORK/before"/*; do
    name=$(basename "$f")
    if d=$(diff -u --label "before/$name" --label "after/$name" "$f" "$WORK/after/$name"); then
        ok "unchanged: $name"
    else
        bad "unchanged: $name"
        printf '%s\n' "$d" | head -n 60 | sed 's/^/     /'
    fi
done

pidns=$(sed -n 's/^pidns=//p' <<<"$out")
netns=$(sed -n 's/^netns=//p' <<<"$out")
if [[ $pidns == pid:* && $netns == net:* ]]; then
    if [[ $pidns == "$(readlink /proc/self/ns/pid)" || $netns == "$(readlink /proc/self/ns/net)" ]]; then
        bad "sandbox used its own PID and network namespaces ($pidns, $netns)"
    else
        ok "sandbox used its own PID and network namespaces"
    fi
    leftover=$(sandbox_procs "$pidns" "$netns")
    if [[ -z $leftover ]]; then
        ok "no sandbox process survived"
    else
        bad "no sandbox process survived"
        printf '%s\n' "$leftover" | sed 's/^/     /'
    fi
else
    bad "no sandbox process survived (could not learn the sandbox namespaces)"
fi

statedir=$(sed -n 's/^\[sandbox [ 0-9.]*s\] state dir \(\/tmp\/stitch-sandbox\.[A-Za-z0-9]*\) .*/\1/p' "$WORK/sandbox.stderr")
if [[ -z $statedir ]]; then
    bad "state dir removed (could not find its name in the sandbox output)"
elif [[ -e $statedir ]]; then
    bad "state dir removed ($statedir still exists)"
else
    ok "state dir removed ($statedir)"
fi

finish
