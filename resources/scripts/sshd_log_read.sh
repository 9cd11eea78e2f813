# shellcheck shell=sh
# Read-only, for `stitch-tunnel watch`: what sshd logged since CURSOR about the tunnel user U or
# one of Stitch's addresses ADDRS (space-separated), so the tool can say whether Stitch got in
# and, if not, why. Where sshd logs: the file of its own -E option, else journald (when systemd
# runs), else /var/log/auth.log or /var/log/secure. Prints:
#   log_source=journald | file PATH | none
#   log_level=LEVEL                 sshd's LogLevel (below INFO it logs too little)
#   cursor=CURSOR                   where the next read starts
#   line_b64=…                      each matching line (at most MAXLINES; then lines_skipped=N)
# An empty CURSOR starts at the log's end (nothing from before the watch is read). Lines that
# name neither U nor an address are kept when they come from the same sshd process as one that
# does (its refusals before login name no user). Bounded: at most 4 MiB of log per read.
# Values: U, ADDRS, CURSOR, MAXLINES.
b64() { base64 | tr -d '\n'; }
echo "log_level=$(sshd -T -C "user=$U,host=stitch-tunnel-check,addr=127.0.0.1" 2>/dev/null |
  awk '$1 == "loglevel" { print $2; exit }')"

# The -E file of the listening sshd, from its command line: NUL-separated arguments, or the
# title sshd gives itself ("sshd: /usr/sbin/sshd -D -E FILE [listener] …").
log_file_of_sshd() {
  _pf=$(sshd -T 2>/dev/null | awk '$1 == "pidfile" { print $2; exit }')
  _pid=$(cat "${_pf:-/run/sshd.pid}" 2>/dev/null) || return 1
  case $_pid in '' | *[!0-9]*) return 1 ;; esac
  tr '\0' ' ' <"/proc/$_pid/cmdline" 2>/dev/null | tr -s ' ' '\n' | awk '
    take { print; exit }
    $0 == "-E" { take = 1; next }
    /^-E./ { print substr($0, 3); exit }'
}

# Keeps the lines about U or ADDRS, and those of the same sshd process ("sshd[PID]:"); without
# process ids (an -E file), the refusals sshd logs before it knows the user.
matching() {
  LR_USER=$U LR_ADDRS=$ADDRS awk '
    BEGIN { n = split(ENVIRON["LR_ADDRS"], a, " "); u = " " ENVIRON["LR_USER"] " " }
    { line[NR] = $0; pid[NR] = ""
      if (match($0, /sshd(-session)?\[[0-9]+\]/)) pid[NR] = substr($0, RSTART, RLENGTH)
      hit = index($0 " ", u) > 0
      for (i = 1; i <= n && !hit; i++) hit = index($0 " ", " " a[i] " ") > 0
      if (hit) { keep[NR] = 1; if (pid[NR] != "") mine[pid[NR]] = 1 }
      else if (pid[NR] == "" && $0 ~ /PubkeyAcceptedAlgorithms|bad ownership or modes|request was denied|refused local port forward/) keep[NR] = 1 }
    END { for (i = 1; i <= NR; i++) if (keep[i] || (pid[i] != "" && mine[pid[i]])) print line[i] }'
}

emit() { # the matching lines of stdin, bounded
  matching | tr -d '\r' | awk -v max="$MAXLINES" '
    NR <= max { print } END { if (NR > max) print "@@skipped " NR - max }' |
    while IFS= read -r _l; do
      case $_l in
        "@@skipped "*) echo "lines_skipped=${_l#@@skipped }" ;;
        *) echo "line_b64=$(printf '%s' "$_l" | b64)" ;;
      esac
    done
}

FILE=$(log_file_of_sshd)
if [ -z "$FILE" ] && [ -d /run/systemd/system ] && command -v journalctl >/dev/null 2>&1; then
  echo log_source=journald
  if [ -z "$CURSOR" ]; then
    journalctl -q -n 0 --show-cursor 2>/dev/null | sed -n 's/^-- cursor: /cursor=/p'
    exit 0
  fi
  _out=$(journalctl -q --no-pager -o short-iso --show-cursor --after-cursor="$CURSOR" \
    SYSLOG_IDENTIFIER=sshd SYSLOG_IDENTIFIER=sshd-session 2>/dev/null | head -c 4194304)
  _next=$(printf '%s\n' "$_out" | sed -n 's/^-- cursor: //p' | tail -n 1)
  echo "cursor=${_next:-$CURSOR}"
  printf '%s\n' "$_out" | sed '/^-- cursor: /d' | emit
  exit 0
fi
if [ -z "$FILE" ]; then
  for _f in /var/log/auth.log /var/log/secure; do
    if [ -f "$_f" ]; then FILE=$_f; break; fi
  done
fi
if [ -z "$FILE" ] || [ ! -f "$FILE" ]; then
  echo log_source=none
  exit 0
fi
echo "log_source=file $FILE"
# CURSOR "INODE:OFFSET": a file rotated since (another inode, or shorter) is read from its start.
_inode=$(stat -Lc %i "$FILE"); _size=$(stat -Lc %s "$FILE")
_at=0
case $CURSOR in
  "$_inode":*) _at=${CURSOR#*:}; case $_at in '' | *[!0-9]*) _at=0 ;; esac ;;
  '') _at=$_size ;;
esac
if [ "$_at" -gt "$_size" ]; then _at=0; fi
_end=$_size
if [ $((_end - _at)) -gt 4194304 ]; then _at=$((_end - 4194304)); fi
echo "cursor=$_inode:$_end"
if [ "$_end" -gt "$_at" ]; then
  tail -c "+$((_at + 1))" "$FILE" | head -c "$((_end - _at))" | emit
fi
exit 0
