# shellcheck shell=sh
# Adds the end-to-end self-test's throwaway key to the tunnel user's authorized_keys, limited to
# a tunnel to the database, from the admin's address, for ten minutes. Drops self-test lines
# that interrupted runs left behind. Values: U, OPTIONS, KEY ("type base64"), TAG (this run's),
# ADDR (a Stitch address, for sshd's Match Address).
account_paths
require_key_file
refuse_foreign_paths
[ "$(path_kind "$D")" = directory ] || fail user.ssh_dir "$D is missing"
# expiry-time is read in the server's local time: so is `date`. Without GNU date the line
# has no expiry, and the cleanup after the test still removes it.
_expiry=$(date -d "@$(($(date +%s) + 600))" +%Y%m%d%H%M 2>/dev/null) || _expiry=
_options=$OPTIONS
if [ -n "$_expiry" ]; then _options="$_options,expiry-time=\"$_expiry\""; fi
ak_edit selftest-rewrite "$F" "" "$(sshd_sessions)" "$_options $KEY $TAG owner=$(ak_session_owner)" >/dev/null ||
  exit 1
exit 0
