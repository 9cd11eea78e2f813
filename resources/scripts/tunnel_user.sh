# shellcheck shell=sh
# Step 4 of Stitch's guide: the tunnel user, and the authorized_keys file sshd reads for it
# holding the Stitch key line exactly once; every other byte of that file is kept. Idempotent.
# The file is the first of sshd's AuthorizedKeysFile that is safe to write (key_file_choice):
# under the home, with ~/.ssh 700 and the file 600, written as the user; or in a folder only
# root can change (/etc/ssh/authorized_keys/%u), written by root, the file readable by the user.
# Values: U, KEYLINE (options and key, as it must stand), BLOB (the key's base64), FP (its
# SHA256 fingerprint), USEPAM (sshd's UsePAM; empty: asked here), ADDR (a Stitch address, for
# sshd's Match Address), MARKER, LOGIN (the admin's
# login; empty: the sudo caller), ADOPT (1: an existing account without MARKER may be used),
# KEEPOLD (1: Stitch key lines this tool wrote earlier for U stay beside the new one).
LOGIN=${LOGIN:-${SUDO_USER:-}}
# Where the key will go is settled before anything changes: with no file sshd reads that is
# safe to write, nothing is created.
if getent passwd "$U" >/dev/null 2>&1; then account_paths; else H=$(predicted_home); key_file_choice; fi
require_key_file
if ! getent passwd "$U" >/dev/null 2>&1; then
  _new_group=0
  if ! getent group "$U" >/dev/null 2>&1; then
    if command -v groupadd >/dev/null 2>&1; then
      _o=$(groupadd "$U" 2>&1) || fail user.groupadd "groupadd $U failed: $(reason "$_o")"
    elif command -v addgroup >/dev/null 2>&1; then
      _o=$(addgroup "$U" 2>&1) || fail user.groupadd "addgroup $U failed: $(reason "$_o")"
    else fail user.no_useradd "neither groupadd nor addgroup is installed"; fi
    _new_group=1
    changed user "created group $U"
  fi
  # A failed useradd takes the group made for it along, so nothing of this run stays.
  account_failed() { # WHAT OUTPUT
    if [ "$_new_group" = 1 ]; then
      groupdel "$U" >/dev/null 2>&1 || delgroup "$U" >/dev/null 2>&1 || true
    fi
    fail user.useradd "$1 $U failed: $(reason "$2")"
  }
  # Stitch only holds a tunnel: an account that cannot run commands.
  _shell=$(nologin_shell) || fail user.no_nologin "the server has neither nologin nor false to give $U as its shell"
  if command -v useradd >/dev/null 2>&1; then
    _o=$(useradd -m -g "$U" -s "$_shell" -c "$MARKER" "$U" 2>&1) || account_failed useradd "$_o"
  elif command -v adduser >/dev/null 2>&1; then
    _o=$(adduser -D -G "$U" -s "$_shell" -g "$MARKER" "$U" 2>&1) || account_failed adduser "$_o"
  else
    fail user.no_useradd "neither useradd nor adduser is installed"
  fi
  changed user "created user $U with the shell $_shell (it can hold a tunnel, not run commands)"
  record_add "account $U"
fi
account_paths
require_key_file
_why=$(account_refusal)
[ -z "$_why" ] || fail user.refused "$U must not carry Stitch's key ($_why); nothing was changed. Choose another tunnel user name"
account_marked || [ "$ADOPT" = 1 ] ||
  fail user.not_ours "$U already exists and was not created by this tool; nothing was changed. Confirm that this account is meant for Stitch (--adopt-existing-user), or choose another name"
# An adopted account holds Stitch's tunnel only (that is what adopting it confirms): it gets a
# shell that runs nothing, as the accounts this tool creates have, so no other key or password
# of it runs commands either. Its old shell is recorded first, and remove gives it back.
if ! account_marked; then
  _shell_now=$(passwd_field 7 "$(getent passwd "$U")")
  case $_shell_now in
    */nologin | */false) ;;
    *)
      _nologin=$(nologin_shell) || fail user.no_nologin "the server has neither nologin nor false to give $U as its shell"
      [ -n "$(record_shell "$U")" ] || record_add "shell $U $_shell_now"
      must user.shell "usermod could not give $U the shell $_nologin" usermod -s "$_nologin" "$U"
      changed user "gave $U the shell $_nologin instead of $(shown "$_shell_now"): it holds Stitch's tunnel only (remove gives $(shown "$_shell_now") back)" ;;
  esac
fi
if [ -z "$H" ] || [ "$H" = / ]; then fail user.no_home "user $U has no usable home directory"; fi
if [ "$(path_kind "$H")" = missing ]; then
  # The home's parent belongs to root (useradd's base folder), so no other account races this.
  must user.home "cannot create $H" mkdir -m 750 "$H"
  must user.home "cannot give $H to $U" chown -h "$U:$G" "$H"
  changed user "created $H"
fi
refuse_foreign_paths
_home_owner=$(stat -c %U "$H")
if [ "$KEYS_AS" = user ] && [ -n "$(find "$H" -maxdepth 0 \( -perm -020 -o -perm -002 \))" ]; then
  if [ "$_home_owner" = "$U" ]; then _as=as_user; else _as=; fi
  must user.home "cannot make $H unwritable by others" $_as chmod go-w "$H"
  changed user "$H is no longer writable by others (sshd StrictModes)"
fi
for _kf in $KEY_FILES_SKIPPED; do
  finding info user.key_file_skipped "sshd also reads $(shown "$_kf"), which is not under $U's home, and its folder is missing or other accounts can change it: the tool does not write there"
done
if [ "$(path_kind "$D")" = missing ]; then
  if [ "$KEYS_AS" = root ]; then
    # key_file_choice found its parent root's alone: nobody else can put anything there.
    _e=$(mkdir -m 755 "$D" 2>&1) || fail user.ssh_dir "cannot create $D: $(reason "$_e")"
  elif [ "$_home_owner" = "$U" ]; then
    # Made as U, in the one start as U below that also writes the key (and checked after it).
    _mkdir_as_user=1
  elif [ "$_home_owner" = root ] && [ "${D%/*}" = "$H" ]; then
    # Only root can write to this home: nobody can put a link where the folder goes.
    must user.ssh_dir "cannot create $D" mkdir -m 700 "$D"
    must user.ssh_dir "cannot give $D to $U" chown -h "$U:$G" "$D"
  else
    fail user.home_owner "$H belongs to $(shown "$_home_owner"), not $U or root, so $D is not created in it"
  fi
  if [ "${_mkdir_as_user:-}" != 1 ]; then
    changed user "created $D"
    refuse_foreign_paths
  fi
fi
d_mode_700() { # sshd's StrictModes
  if [ "$KEYS_AS" = user ] && [ "$(stat -c %a "$D")" != 700 ]; then
    must user.ssh_dir "cannot set the mode of $D" as_user chmod 700 "$D"
    changed user "$D is now 700"
  fi
}
# A folder still to be made holds no file: nothing to measure, nothing left behind.
if [ "${_mkdir_as_user:-}" != 1 ]; then
  d_mode_700
  # Bounded: sshd reads the whole file at every login, and so would each rewrite here.
  if [ "$(path_kind "$F")" = file ] && [ "$(stat -c %s "$F")" -gt 1048576 ]; then
    fail user.authorized_keys_too_big "$F is $(stat -c %s "$F") bytes, over 1 MiB; nothing was changed. Remove the lines that are not needed (it should hold a few keys), then apply again"
  fi
fi
# Stitch's key rotated (or another Stitch account): the key lines this tool wrote earlier for
# $U go in the same rewrite that puts the new one in, unless KEEPOLD=1 keeps them.
_old=; _replaced=; _recorded=
if [ "$KEEPOLD" != 1 ]; then
  _recorded=$(record_keys "$U")
  while read -r _b _fp; do
    if [ -z "$_b" ] || [ "$_b" = "$BLOB" ]; then continue; fi
    _old="$_old $_b"
    if [ "${_mkdir_as_user:-}" != 1 ] && ak_edit inspect "$F" "$_b" "" | grep -qx 'ak_has_key=1'; then
      _replaced="$_replaced $_fp"
    fi
  done <<EOF
$_recorded
EOF
fi
# One start of ak_edit (as U: one process of the tunnel user's) for the folder or what an
# interrupted earlier run left in it, and the key line.
if [ "${_mkdir_as_user:-}" = 1 ]; then
  set -- mkdir "$D"
else
  set -- clean-stale "$D" "${STITCH_LOCKED_AT:-}"
fi
if [ -n "$_old" ]; then
  set -- "$@" -- rewrite "$F" "$BLOB" "$_old" "$KEYLINE"
else
  set -- "$@" -- ensure "$F" "$BLOB" "$KEYLINE"
fi
if ! _out=$(ak_edit "$@"); then
  if [ "${_mkdir_as_user:-}" = 1 ] && [ "$(path_kind "$D")" = directory ]; then changed user "created $D"; fi
  exit 1
fi
if [ "${_mkdir_as_user:-}" = 1 ]; then
  changed user "created $D"
  refuse_foreign_paths
  d_mode_700
fi
for _t in $(printf '%s\n' "$_out" | sed -n 's/^ak-removed-temp //p'); do
  changed user "removed $(shown "$_t"), left behind by an interrupted earlier run"
done
ak_counts "$_out"
for _fp in $_replaced; do
  changed user "replaced Stitch key $_fp by $FP in $F"
done
if [ -n "$_replaced" ]; then :
elif [ "$AK_ADDED" = 1 ] && [ "$AK_DROPPED" -gt 0 ]; then
  changed user "rewrote the Stitch key line in $F with the wanted options"
elif [ "$AK_ADDED" = 1 ]; then
  changed user "added the Stitch public key to $F"
fi
while read -r _b _fp; do
  [ -n "$_b" ] || continue # the one empty line of an empty list
  case " $_old " in *" $_b "*) record_drop "key $U $_b $_fp" ;; esac
done <<EOF
$_recorded
EOF
record_add "key $U $BLOB $FP"
record_add "keyfile $U $F"
# sshd reads the file as the user: in root's folder a root-owned file must be readable by all.
_want=600
if [ "$KEYS_AS" = root ] && [ "$(stat -c %U "$F")" = root ]; then _want=644; fi
if [ "$(stat -c %a "$F")" != "$_want" ]; then
  if [ "$KEYS_AS" = root ]; then _as=; else _as=as_user; fi
  must user.authorized_keys "cannot set the mode of $F" $_as chmod "$_want" "$F"
  changed user "$F is now $_want"
fi
# SELinux (RHEL and its kin): what the tool wrote gets the label sshd may read.
if command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled && command -v restorecon >/dev/null 2>&1; then
  if [ "$KEYS_AS" = root ]; then set -- "$D" "$F"; else set -- -R "$D"; fi
  _e=$(restorecon -F "$@" 2>&1) || fail user.selinux "restorecon failed on $D: $(reason "$_e")"
fi
# UsePAM cannot be set in a Match block: the answer for U (asked once a run) is sshd's own.
if [ -z "$USEPAM" ]; then sshd_t_for_user; USEPAM=$(printf '%s\n' "$SSHD_T_TEXT" | awk '$1 == "usepam" { print $2 }'); fi
if [ "$USEPAM" = no ] && getent shadow "$U" | cut -d: -f2 | grep -q '^!'; then
  must user.unlock "cannot unlock $U for key login" usermod -p '*' "$U"
  changed user "$U may now log in with a key (the account was locked and UsePAM is off)"
fi
exit 0
