#!/bin/sh
# What the server does during one `stitch-tunnel apply` (docs/PERFORMANCE.md, "Apply's
# server-side work"): the processes sshd's children start in each privileged script (sshd -T,
# starts as the tunnel user, Python, ufw's iptables calls), and wall times of apply against the
# guide's commands over one `ssh` (the floor), interleaved. Two stitch-tunnel binaries can be
# compared in the same run (say one built from main and one from a branch). Debian 12, as root;
# it runs itself inside the sandbox of tests/sandbox and needs strace.
#
#   tests/bench/profile-apply.sh OUTDIR RUNS CLI [CLI_B]
#
# OUTDIR gets samples.txt (one line per round: floor, CLI, CLI_B in ms) and trace-A.txt
# (trace-B.txt): an execve trace of sshd and its children during one more apply, counted per
# privileged script on stdout. The server is put back to its fresh state (no tunnel user, ufw
# active and allowing only the SSH port) before every run. Timings under strace are not used.
set -u
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${STITCH_SANDBOX:-}" ]; then
  exec "$here/../sandbox/run-in-sandbox.sh" sh "$here/profile-apply.sh" "$@"
fi
[ $# -ge 3 ] || { echo "usage: profile-apply.sh OUTDIR RUNS CLI [CLI_B]" >&2; exit 2; }
out=$1 runs=$2 cli_a=$3 cli_b=${4:-}
command -v strace >/dev/null 2>&1 || { echo "profile-apply: strace is not installed" >&2; exit 2; }
D=$STITCH_SANDBOX_DIR
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
ssh-keygen -q -t ed25519 -N '' -C stitch-account -f "$scratch/stitch"

fresh() {
  pkill -u stitch 2>/dev/null
  userdel -r stitch 2>/dev/null
  groupdel stitch 2>/dev/null
  ufw --force reset >/dev/null 2>&1
  nft flush ruleset
  rm -f /etc/ufw/*.rules.*_*
  ufw allow 2222/tcp >/dev/null && ufw --force enable >/dev/null
}
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

# The floor, as tests/bench does it: the guide's commands in one `ssh` call, password login.
printf '#!/bin/sh\nexec cat %s/stitchadmin.password\n' "$D" >"$scratch/askpass"
chmod 700 "$scratch/askpass"
sed -e "s|@KEY@|$(cat "$scratch/stitch.pub")|" -e "s|@PORT@|2222|" "$here/floor-guide-steps.sh" >"$scratch/floor.sh"
floor_cmd="sudo -S -p '' sh -c '$(sed "s/'/'\\\\''/g" "$scratch/floor.sh")'"
floor() {
  t0=$(date +%s%N)
  SSH_ASKPASS="$scratch/askpass" SSH_ASKPASS_REQUIRE=force setsid -w ssh \
    -o UserKnownHostsFile="$D/known_hosts" -o PreferredAuthentications=password \
    -o PubkeyAuthentication=no -p 2222 stitchadmin@127.0.0.1 "$floor_cmd" \
    <"$D/stitchadmin.password" >/dev/null 2>"$scratch/floor.err" ||
    { echo "profile-apply: the floor failed: $(cat "$scratch/floor.err")" >&2; echo failed; return; }
  ms_since "$t0"
}
apply() { # CLI
  t0=$(date +%s%N)
  "$1" apply --host 127.0.0.1 --port 2222 --login stitchadmin \
    --password-file "$D/stitchadmin.password" --known-hosts "$D/known_hosts" \
    --public-key-file "$scratch/stitch.pub" --db-host 127.0.0.1 --json \
    >"$scratch/apply.json" 2>"$scratch/apply.err" ||
    { echo "profile-apply: $1 apply failed: $(cat "$scratch/apply.err")" >&2; echo failed; return; }
  ms_since "$t0"
}

# One warm-up run each (page cache, sshd's first fork), not counted.
fresh; apply "$cli_a" >/dev/null
if [ -n "$cli_b" ]; then fresh; apply "$cli_b" >/dev/null; fi
echo "round floor_ms a_ms b_ms" >"$out/samples.txt"
i=1
while [ "$i" -le "$runs" ]; do
  fresh; f=$(floor)
  fresh; a=$(apply "$cli_a")
  b=-
  if [ -n "$cli_b" ]; then fresh; b=$(apply "$cli_b"); fi
  echo "$i $f $a $b" | tee -a "$out/samples.txt"
  i=$((i + 1))
done

# Per privileged script (each starts with `timeout -k 2`): processes started (successful execve),
# sshd -T, setpriv (one start as the tunnel user), Python (ufw and its batch), iptables (ufw's own).
count() {
  awk '/execve\(/ && / = 0$/ {
      if ($0 ~ /"timeout", "-k", "2"/) sec++
      if (sec == 0) next
      n[sec]++
      if ($0 ~ /"-T", "-C"/) t[sec]++
      if ($0 ~ /execve\("[^"]*\/setpriv"/) u[sec]++
      if ($0 ~ /execve\("[^"]*\/(python3|ufw)"/) p[sec]++
      if ($0 ~ /execve\("[^"]*\/ip6?tables"/) f[sec]++
    }
    END {
      print "script processes sshd-T setpriv python iptables"
      for (s = 1; s <= sec; s++) print s, n[s] + 0, t[s] + 0, u[s] + 0, p[s] + 0, f[s] + 0
    }' "$1"
}
sshd_pid=$(cat "$D/sshd.pid")
for which in A B; do
  if [ "$which" = A ]; then cli=$cli_a; else cli=$cli_b; fi
  [ -n "$cli" ] || continue
  fresh
  strace -f --seccomp-bpf -ttt -e trace=execve -s 120 -o "$out/trace-$which.txt" -p "$sshd_pid" \
    2>"$scratch/strace.err" &
  tracer=$!
  # Traced from the first connection on: wait until strace says it has attached.
  until grep -q "Process $sshd_pid attached" "$scratch/strace.err" 2>/dev/null; do
    kill -0 "$tracer" 2>/dev/null || { echo "profile-apply: strace failed: $(cat "$scratch/strace.err")" >&2; exit 1; }
    sleep 0.05
  done
  apply "$cli" >/dev/null
  kill "$tracer"
  wait "$tracer" 2>/dev/null
  echo "== $which: $cli"
  count "$out/trace-$which.txt"
done
fresh
