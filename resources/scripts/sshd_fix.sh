# shellcheck shell=sh
# Lets sshd admit the tunnel user and its tunnel, and nothing more: a "Match User U" block that
# only sets what blocked U (lib_sshd.sh says where it goes). Checked with `sshd -t` and with
# `sshd -T -C user=U,…` before sshd is reloaded; a change that fails either check is taken out
# again at once and sshd is not reloaded. Idempotent. MODE=remove takes our block out again.
# Values: U, MODE (apply, remove), BODY (the block's setting lines), EXPECT (lines `sshd -T`
# must print for U afterwards), ADDR (a Stitch address for sshd -T).
SSHD=$(sshd_bin)
[ ! -L "$SSHD_CONF" ] || fail sshd.link "$SSHD_CONF is a symbolic link; it is not changed through it"
[ -f "$SSHD_CONF" ] || fail sshd.no_config "$SSHD_CONF does not exist"
[ ! -L "$SSHD_DROPIN" ] || fail sshd.link "$SSHD_DROPIN is a symbolic link; it is not changed through it"

# Our block out of the main configuration, into NEW (a temp file next to it); 0 when there was one.
without_ours() {
  grep -qxF -e "$SSHD_BEGIN" -e "$SSHD_BEGIN_NL" "$SSHD_CONF" || return 1
  sshd_without_block "$SSHD_CONF" >"$NEW"
}

if [ "$MODE" = remove ]; then
  _dropin_removed='' _block_removed=''
  BACKUP=$(mktemp /etc/ssh/.stitch-tunnel.XXXXXX) || fail sshd.tmp "cannot create a temp file in /etc/ssh"
  NEW=$(mktemp /etc/ssh/.stitch-tunnel.XXXXXX) || { rm -f "$BACKUP"; fail sshd.tmp "cannot create a temp file in /etc/ssh"; }
  trap 'rm -f "$BACKUP" "$NEW" "$NEW.dropin"' EXIT
  cat "$SSHD_CONF" >"$BACKUP"
  if sshd_dropin_is_ours; then
    cat "$SSHD_DROPIN" >"$NEW.dropin" 2>/dev/null
    rm -f "$SSHD_DROPIN" || fail sshd.write "cannot remove $SSHD_DROPIN"
    _dropin_removed=1
  fi
  if without_ours; then
    sshd_replace_file "$SSHD_CONF" "$NEW" || fail sshd.write "cannot write $SSHD_CONF"
    _block_removed=1
  fi
  [ -n "$_dropin_removed$_block_removed" ] || exit 0
  if ! _err=$("$SSHD" -t 2>&1); then
    # Without our block sshd would not start: put it back and say so.
    cat "$BACKUP" >"$SSHD_CONF"
    if [ -f "$NEW.dropin" ]; then mv -f "$NEW.dropin" "$SSHD_DROPIN" && chmod 644 "$SSHD_DROPIN"; fi
    fail sshd.invalid "sshd -t fails without the tunnel user's block, so it was left in place: $(printf '%s' "$_err" | head -n 3 | tr '\n' ' ')"
  fi
  rm -f "$NEW.dropin"
  record_drop_all "sshd $U "
  # Said as it happened: a reload that failed leaves the running sshd on the old settings.
  [ -z "$_dropin_removed" ] || changed sshd "removed $SSHD_DROPIN"
  [ -z "$_block_removed" ] || changed sshd "removed the tunnel user's block from $SSHD_CONF"
  if sshd_reload; then
    changed sshd "reloaded sshd"
  else
    finding warn sshd.not_reloaded "sshd could not be reloaded, so the sshd that runs now keeps the tunnel user's settings until it restarts; reload sshd on the server"
  fi
  exit 0
fi

# apply: the block as it must stand.
BLOCK=$(mktemp /etc/ssh/.stitch-tunnel.XXXXXX) || fail sshd.tmp "cannot create a temp file in /etc/ssh"
NEW=$(mktemp /etc/ssh/.stitch-tunnel.XXXXXX) || { rm -f "$BLOCK"; fail sshd.tmp "cannot create a temp file in /etc/ssh"; }
BACKUP=$(mktemp /etc/ssh/.stitch-tunnel.XXXXXX) || { rm -f "$BLOCK" "$NEW"; fail sshd.tmp "cannot create a temp file in /etc/ssh"; }
trap 'rm -f "$BLOCK" "$NEW" "$NEW.old" "$BACKUP"' EXIT
{
  printf '%s\n' "$SSHD_BEGIN"
  printf 'Match User %s\n' "$U"
  printf '%s\n' "$BODY" | sed 's/^/    /'
  printf '%s\n' "$SSHD_END"
} >"$BLOCK"

if [ "$(sshd_includes_dropins)" = 1 ]; then
  WHERE=$SSHD_DROPIN
  if [ -e "$SSHD_DROPIN" ]; then
    sshd_dropin_is_ours || fail sshd.foreign "$SSHD_DROPIN exists and was not written by this tool; nothing was changed"
    if cmp -s "$BLOCK" "$SSHD_DROPIN"; then
      finding info sshd.in_place "sshd's settings for $U are already in $SSHD_DROPIN"
      record_add "sshd $U $SSHD_DROPIN"
      exit 0
    fi
  fi
  # An earlier block of ours in the main file (written when it had no Include) goes.
  cat "$SSHD_CONF" >"$BACKUP"
  if without_ours; then sshd_replace_file "$SSHD_CONF" "$NEW" || fail sshd.write "cannot write $SSHD_CONF"; fi
  HAD_DROPIN=0
  if [ -f "$SSHD_DROPIN" ]; then HAD_DROPIN=1; cat "$SSHD_DROPIN" >"$NEW.old"; fi
  { chmod 644 "$BLOCK" && mv -f "$BLOCK" "$SSHD_DROPIN"; } || fail sshd.write "cannot write $SSHD_DROPIN"
  undo() {
    cat "$BACKUP" >"$SSHD_CONF"
    if [ "$HAD_DROPIN" = 1 ]; then chmod 644 "$NEW.old" && mv -f "$NEW.old" "$SSHD_DROPIN"; else rm -f "$SSHD_DROPIN"; fi
  }
else
  WHERE=$SSHD_CONF
  # Our block as it stands (its Match line and settings) against the wanted one.
  _have=$(sshd_block_body "$SSHD_CONF")
  _want=$(tail -n +2 "$BLOCK" | sed '$d')
  if [ -n "$_have" ] && [ "$_have" = "$_want" ]; then
    finding info sshd.in_place "sshd's settings for $U are already in $SSHD_CONF"
    record_add "sshd $U $SSHD_CONF"
    exit 0
  fi
  cat "$SSHD_CONF" >"$BACKUP"
  BASE=$(mktemp /etc/ssh/.stitch-tunnel.XXXXXX) || fail sshd.tmp "cannot create a temp file in /etc/ssh"
  sshd_without_block "$SSHD_CONF" >"$BASE"
  sshd_with_block "$BASE" "$BLOCK" >"$NEW"
  rm -f "$BASE"
  sshd_replace_file "$SSHD_CONF" "$NEW" || fail sshd.write "cannot write $SSHD_CONF"
  undo() { cat "$BACKUP" >"$SSHD_CONF"; }
fi

if ! _err=$("$SSHD" -t 2>&1); then
  undo
  finding fail sshd.fix_invalid "the change to sshd's configuration for $U was taken out again because sshd -t rejected it: $(printf '%s' "$_err" | head -n 3 | tr '\n' ' ')"
  exit 0
fi
_out=$("$SSHD" -T -C "user=$U,host=stitch-tunnel-check,addr=$ADDR" 2>&1)
_missing=$(printf '%s\n' "$EXPECT" | while IFS= read -r _line; do
  [ -z "$_line" ] || printf '%s\n' "$_out" | grep -qixF "$_line" || printf '%s; ' "$_line"
done)
if [ -n "$_missing" ]; then
  undo
  finding fail sshd.fix_ineffective "the change to sshd's configuration for $U was taken out again because sshd -T still does not show: $_missing(another setting overrides it)"
  exit 0
fi
if ! sshd_reload; then
  undo
  finding fail sshd.not_reloaded "the change to sshd's configuration for $U was taken out again: no running sshd was found to reload"
  exit 0
fi
record_drop_all "sshd $U "
record_add "sshd $U $WHERE"
changed sshd "wrote sshd settings that admit $U and its tunnel (only for $U) to $WHERE, checked them with sshd -t and sshd -T, and reloaded sshd"
exit 0
