# shellcheck shell=sh
# Where the tool keeps its sshd settings for the tunnel user, and how it finds them again. Only
# what lies between our two marker lines (or a drop-in file that starts with the first one) is
# ever ours: nothing else in sshd's configuration is changed or removed.
#   SSHD_CONF     the main configuration
#   SSHD_DROPIN   our drop-in; named to come before the distribution's own drop-ins, since sshd
#                 keeps the first value it reads
SSHD_CONF=/etc/ssh/sshd_config
SSHD_DIR=/etc/ssh/sshd_config.d
SSHD_DROPIN=$SSHD_DIR/00-stitch-tunnel.conf
SSHD_BEGIN='# >>> stitch-tunnel: sshd settings for the Stitch tunnel user ("stitch-tunnel remove" takes them out)'
# The begin marker of a block appended to a file that did not end with a line break: that
# line break was ours too, and goes with the block.
SSHD_BEGIN_NL="$SSHD_BEGIN [+nl]"
SSHD_END='# <<< stitch-tunnel'

sshd_bin() { command -v sshd 2>/dev/null || echo /usr/sbin/sshd; }

# Does the main configuration include sshd_config.d/*.conf before its first Match line (so
# that a Match block there is read before any of the main file's)? Prints 1 or 0.
sshd_includes_dropins() {
  if [ -d "$SSHD_DIR" ] && [ ! -L "$SSHD_DIR" ] && [ -f "$SSHD_CONF" ] && [ ! -L "$SSHD_CONF" ]; then
    awk 'tolower($1) == "match" { exit }
         tolower($1) == "include" && $2 ~ /sshd_config\.d\/\*(\.conf)?$/ { found = 1; exit }
         END { print found ? 1 : 0 }' "$SSHD_CONF"
  else
    echo 0
  fi
}

# Is our drop-in there (a plain file starting with our marker)?
sshd_dropin_is_ours() {
  [ -f "$SSHD_DROPIN" ] && [ ! -L "$SSHD_DROPIN" ] && [ "$(head -n 1 "$SSHD_DROPIN")" = "$SSHD_BEGIN" ]
}

# Prints our block's lines between the markers (without them) from FILE.
sshd_block_body() {
  awk -v b="$SSHD_BEGIN" -v e="$SSHD_END" '
    $0 == b || $0 == b " [+nl]" { inside = 1; next }
    inside && $0 == e { exit }
    inside { print }' "$1"
}

# Prints FILE without our block, byte for byte as it was before we added it (the line break we
# added in front of an appended block goes too; a missing final line break stays missing).
sshd_without_block() {
  _endnl=1
  [ ! -s "$1" ] || [ -z "$(tail -c 1 "$1")" ] || _endnl=0
  awk -v b="$SSHD_BEGIN" -v e="$SSHD_END" -v endnl="$_endnl" '
    $0 == b || $0 == b " [+nl]" { skip = 1; if ($0 != b) { nl = 1; nlpos = n }; next }
    skip && $0 == e { skip = 0; next }
    skip { next }
    { line[n++] = $0 }
    END {
      if (nl && nlpos == n) endnl = 0
      for (i = 0; i < n; i++)
        printf "%s%s", line[i], (i < n - 1 || endnl) ? "\n" : ""
    }' "$1"
}

# Prints FILE (without a block of ours) with BLOCK_FILE inserted: before the first Match line
# (sshd keeps the first value, and Match blocks override the global settings, so ours must be
# the first Match block), or at the end when there is none.
sshd_with_block() {
  _first=$(awk 'tolower($1) == "match" { print NR; exit }' "$1")
  if [ -n "$_first" ]; then
    head -n "$((_first - 1))" "$1"
    cat "$2"
    tail -n "+$_first" "$1"
  else
    cat "$1"
    if [ -s "$1" ] && [ -n "$(tail -c 1 "$1")" ]; then
      printf '\n%s\n' "$SSHD_BEGIN_NL"
    else
      printf '%s\n' "$SSHD_BEGIN"
    fi
    tail -n +2 "$2"
  fi
}

# Replaces FILE by the content of NEW (a temp file next to it), keeping FILE's owner and mode;
# one rename, so sshd never reads half a file.
sshd_replace_file() {
  chmod "$(stat -c %a "$1")" "$2" && chown "$(stat -c %u:%g "$1")" "$2" && mv -f "$2" "$1"
}

# sshd's PidFile, from its effective configuration.
sshd_pidfile() {
  "$(sshd_bin)" -T 2>/dev/null | awk '$1 == "pidfile" { print $2; exit }'
}

# Makes the running sshd read its configuration again: systemd's reload when systemd runs it,
# else SIGHUP to the pid in its PidFile. Sessions stay open (sshd re-executes only its
# listener). Waits until the listener has started again (it writes its PidFile anew), at most
# five seconds. Fails when no running sshd was found.
sshd_reload() {
  _pf=$(sshd_pidfile)
  _mark=$(mktemp) || return 1
  _done=0
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    for _unit in ssh sshd; do
      if systemctl is-active --quiet "$_unit" 2>/dev/null; then
        systemctl reload "$_unit" && _done=1
        break
      fi
    done
  fi
  if [ "$_done" = 0 ] && [ -n "$_pf" ] && [ -f "$_pf" ] && [ ! -L "$_pf" ]; then
    _pid=$(head -n 1 "$_pf")
    case $_pid in
      '' | *[!0-9]*) ;;
      *)
        if [ "$(cat "/proc/$_pid/comm" 2>/dev/null)" = sshd ]; then
          kill -HUP "$_pid" && _done=1
        fi
        ;;
    esac
  fi
  if [ "$_done" = 1 ] && [ -n "$_pf" ]; then
    _i=0
    while [ "$_i" -lt 50 ]; do
      if [ -f "$_pf" ] && [ -n "$(find "$_pf" -newer "$_mark" 2>/dev/null)" ]; then break; fi
      sleep 0.1
      _i=$((_i + 1))
    done
  fi
  rm -f "$_mark"
  [ "$_done" = 1 ]
}
