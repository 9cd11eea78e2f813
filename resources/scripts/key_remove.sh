# shellcheck shell=sh
# Takes Stitch's access away from the tunnel user: every key line the record says this tool
# wrote for U, BLOB (the key given now; may be empty) and any self-test line go from the
# authorized_keys sshd reads, and none may be left. With DELETE_USER=1 the account goes too,
# but only one this tool created (GECOS = MARKER); its processes are ended first, and its group
# goes only when no other account uses it. Values: U, BLOB, DELETE_USER, MARKER, ADDR (a Stitch
# address, for sshd's Match Address). The keys go from the file sshd reads now and from every
# file the record says the tool wrote them into (sshd's AuthorizedKeysFile may have changed).
#
# The account cannot stop this: a link it put in its home is followed only as the account
# itself, a failed key removal does not keep the account from being deleted, and a process that
# ignores SIGTERM is killed. The script fails (exit 1) only when access is left.
if ! getent passwd "$U" >/dev/null 2>&1; then
  finding info user.absent "$U does not exist; nothing to remove"
  record_keys "$U" | while read -r _b _fp; do record_drop "key $U $_b $_fp"; done
  record_keyfiles "$U" | while read -r _kf; do record_drop "keyfile $U $_kf"; done
  record_drop "account $U"
  exit 0
fi
account_paths
_recorded=$(record_keys "$U")
_blobs=$(printf '%s\n' "$_recorded" | awk 'NF == 2 { printf "%s ", $1 }')
if [ -z "$BLOB" ] && [ -z "$_blobs" ]; then
  finding info user.no_key "no Stitch key of this tool is recorded for $U, and none was given; no key was removed (give Stitch's key with --public-key-file to remove it)"
fi
for _p in "$H" "$D" "$F"; do
  if [ -L "$_p" ]; then
    finding warn user.link_followed "$_p is a symbolic link to $(shown "$(readlink "$_p")"), set by $U; Stitch's key was taken out through it as $U, never as root"
  fi
done

# 1. The keys, written as key_file_kind says (as the account under its home): what is left is
# counted after the rewrite.
_key_error=
_files=$(printf '%s\n' "$F" "$(record_keyfiles "$U")" | awk 'NF && !seen[$0]++')
_chosen=$F; _chosen_as=$KEYS_AS
for F in $_files; do
  KEYS_AS=$(key_file_kind "$F"); D=${F%/*}
  if [ -z "$KEYS_AS" ]; then
    _key_error="${_key_error:+$_key_error; }$(shown "$F") is in a folder other accounts can change now, so the tool does not write there"
    continue
  fi
  _tags=$(ak_edit selftest-owners "$F" 2>/dev/null | awk '$1 ~ /^stitch-tunnel-selftest-[0-9a-f]+$/ { printf "%s ", $1 }')
  if _out=$(ak_edit remove "$F" "$BLOB $_blobs$_tags" 2>&1); then
    ak_counts "$_out"
    _left=$(printf '%s\n' "$_out" | sed -n 's/^ak-left //p')
    if [ "$AK_DROPPED" -gt 0 ]; then changed user "removed the Stitch key from $F"; fi
    if [ "${_left:-1}" != 0 ]; then _key_error="${_key_error:+$_key_error; }a Stitch key is still in $F after the removal"; fi
  else
    _as=$U; if [ "$KEYS_AS" = root ]; then _as=root; fi
    _key_error="${_key_error:+$_key_error; }cannot take the Stitch key out of $F as $_as: $(printf '%s\n' "$_out" | sed -n 's/^error [^ ]* //p' | head -n 1)"
  fi
done
F=$_chosen; KEYS_AS=$_chosen_as; D=${F%/*}
if [ -z "$_key_error" ]; then
  printf '%s\n' "$_recorded" | while read -r _b _fp; do
    if [ -n "$_b" ]; then record_drop "key $U $_b $_fp"; fi
  done
  record_keyfiles "$U" | while read -r _kf; do record_drop "keyfile $U $_kf"; done
fi

# 2. The account, when asked for and ours. It goes even when step 1 failed: then nothing of
# the account is left to log in with.
_deleted=0
if [ "$DELETE_USER" = 1 ]; then
  if ! account_marked; then
    finding warn user.kept "$U was not created by this tool, so the account stays; only the Stitch key was taken out"
  else
    _group=$(id -gn "$U" 2>/dev/null)
    # Its processes end first (userdel refuses while any runs): TERM, up to 3 s, then KILL.
    pkill -TERM -u "$U" >/dev/null 2>&1
    _i=0
    while pgrep -u "$U" >/dev/null 2>&1 && [ "$_i" -lt 30 ]; do sleep 0.1; _i=$((_i + 1)); done
    if pgrep -u "$U" >/dev/null 2>&1; then
      pkill -KILL -u "$U" >/dev/null 2>&1
      _i=0
      while pgrep -u "$U" >/dev/null 2>&1 && [ "$_i" -lt 30 ]; do sleep 0.1; _i=$((_i + 1)); done
      finding info user.processes_killed "processes of $U that ignored SIGTERM were killed"
    fi
    if command -v userdel >/dev/null 2>&1; then
      userdel -r "$U" 2>/dev/null || userdel "$U" 2>/dev/null
    else
      deluser --remove-home "$U" 2>/dev/null || deluser "$U" 2>/dev/null
    fi
    if getent passwd "$U" >/dev/null 2>&1; then
      [ -z "$_key_error" ] || fail user.userdel "$U could not be deleted, and $_key_error"
      fail user.userdel "$U could not be deleted"
    fi
    _deleted=1
    changed user "deleted user $U"
    record_drop "account $U"
    record_keys "$U" | while read -r _b _fp; do record_drop "key $U $_b $_fp"; done
    record_keyfiles "$U" | while read -r _kf; do record_drop "keyfile $U $_kf"; done
    # The group goes only when it is U's own and nobody else is in it or has it as primary group.
    if [ "$_group" = "$U" ] && _line=$(getent group "$U"); then
      _gid=$(printf '%s' "$_line" | cut -d: -f3)
      if [ -z "$(printf '%s' "$_line" | cut -d: -f4)" ] && ! getent passwd | awk -F: -v g="$_gid" '$4 == g { found = 1 } END { exit !found }'; then
        if command -v groupdel >/dev/null 2>&1; then groupdel "$U"; else delgroup "$U"; fi && changed user "deleted group $U"
      else
        finding info user.group_kept "group $U stays: other accounts use it"
      fi
    fi
  fi
fi
# An adopted account that stays gets back the login shell it had before apply.
_old_shell=$(record_shell "$U")
if [ "$_deleted" = 0 ] && [ -n "$_old_shell" ] && getent passwd "$U" >/dev/null 2>&1; then
  if usermod -s "$_old_shell" "$U"; then
    record_drop "shell $U $_old_shell"
    changed user "gave $U its shell $(shown "$_old_shell") back"
  else
    finding warn user.shell_not_restored "$U keeps the shell this tool gave it; give it back with usermod -s $(shown "$_old_shell") $U"
  fi
elif [ "$_deleted" = 1 ] && [ -n "$_old_shell" ]; then
  record_drop "shell $U $_old_shell"
fi
if [ -n "$_key_error" ] && [ "$_deleted" = 0 ]; then
  fail user.key_left "$_key_error. Remove it by hand, or delete the account (--remove-user) if this tool created it"
fi
exit 0
