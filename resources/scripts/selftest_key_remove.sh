# shellcheck shell=sh
# Removes this run's self-test line (TAG; may be empty) and those that interrupted runs left
# behind; a concurrent run's line stays. Values: U, TAG, ADDR (for sshd's Match Address).
getent passwd "$U" >/dev/null 2>&1 || exit 0
account_paths
[ -n "$F" ] || exit 0
refuse_foreign_paths
[ "$(path_kind "$F")" = file ] || exit 0
_out=$(ak_edit selftest-rewrite "$F" "$TAG" "$(sshd_sessions)" "") || exit 1
ak_counts "$_out"
if [ "$AK_DROPPED" -gt 0 ]; then changed selftest "removed $AK_DROPPED self-test key line(s) from $F"; fi
exit 0
