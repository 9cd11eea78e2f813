# shellcheck shell=sh
# Takes Stitch's key out of the tunnel user's authorized_keys: every key line the record says
# this tool wrote for U, and BLOB (the key given now; may be empty), and any self-test line.
# Then checks that none of them is left. With DELETE_USER=1 also deletes the account, but only
# one this tool created (GECOS = MARKER), and its group only when no other account uses it.
# Values: U, BLOB, DELETE_USER, MARKER.
if ! getent passwd "$U" >/dev/null 2>&1; then
  finding info user.absent "$U does not exist; nothing to remove"
  for _l in $(record_keys "$U" | awk '{ print $1 "@" $2 }'); do record_drop "key $U ${_l%@*} ${_l#*@}"; done
  record_drop "account $U"
  exit 0
fi
account_paths
refuse_foreign_paths
_recorded=$(record_keys "$U")
_blobs=$(printf '%s\n' "$_recorded" | awk 'NF == 2 { printf "%s ", $1 }')
if [ -z "$BLOB" ] && [ -z "$_blobs" ]; then
  finding info user.no_key "no Stitch key of this tool is recorded for $U, and none was given; no key was removed (give Stitch's key with --public-key-file to remove it)"
fi
if [ "$(path_kind "$F")" = file ]; then
  _tags=$(ak_edit selftest-owners "$F" | awk '$1 ~ /^stitch-tunnel-selftest-[0-9a-f]+$/ { printf "%s ", $1 }')
  _out=$(ak_edit rewrite "$F" "$BLOB" "$_blobs$_tags" "") || exit 1
  ak_counts "$_out"
  if [ "$AK_DROPPED" -gt 0 ]; then changed user "removed the Stitch key from $F"; fi
  # Nothing of ours may still open a tunnel: the file as it is now, for every key we took out.
  for _b in $BLOB $_blobs; do
    if ak_edit inspect "$F" "$_b" "" | grep -qx 'ak_has_key=1'; then
      fail user.key_left "a Stitch key is still in $F after the removal"
    fi
  done
fi
while read -r _b _fp; do
  if [ -n "$_b" ]; then record_drop "key $U $_b $_fp"; fi
done <<EOF
$_recorded
EOF
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
  record_drop "account $U"
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
