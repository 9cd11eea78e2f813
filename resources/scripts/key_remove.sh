# shellcheck shell=sh
# Takes the Stitch key (and any self-test line) out of the tunnel user's authorized_keys; with
# DELETE_USER=1 also deletes the account, but only one this tool created (GECOS = MARKER), and
# its group only when no other account uses it. Values: U, BLOB, DELETE_USER, MARKER.
if ! getent passwd "$U" >/dev/null 2>&1; then
  finding info user.absent "$U does not exist; nothing to remove"
  exit 0
fi
account_paths
refuse_foreign_paths
if [ "$(path_kind "$F")" = file ]; then
  _tags=$(ak_edit selftest-owners "$F" | awk '$1 ~ /^stitch-tunnel-selftest-[0-9a-f]+$/ { printf "%s ", $1 }')
  _out=$(ak_edit rewrite "$F" "$BLOB" "$_tags" "") || exit 1
  ak_counts "$_out"
  if [ "$AK_DROPPED" -gt 0 ]; then changed user "removed the Stitch key from $F"; fi
fi
if [ "$DELETE_USER" = 1 ]; then
  if ! account_marked; then
    finding warn user.kept "$U was not created by this tool, so the account stays; only the Stitch key was taken out"
    exit 0
  fi
  _group=$(id -gn "$U" 2>/dev/null)
  pkill -u "$U" >/dev/null 2>&1
  if command -v userdel >/dev/null 2>&1; then userdel -r "$U" 2>/dev/null || userdel "$U" || fail user.userdel "userdel $U failed"
  else deluser --remove-home "$U" 2>/dev/null || deluser "$U" || fail user.userdel "deluser $U failed"; fi
  changed user "deleted user $U"
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
exit 0
