# shellcheck shell=sh
# Runs only when a later part of the same apply failed (the tunnel account or its key): takes
# back the firewall rules this run added (RUN_ADDED, written by firewall_apply.sh), so a failed
# apply leaves no rule open without the account it was for. Rules that were there before the
# run stay, and so does the rule that admits the admin when ufw was turned on (taking it away
# could lock the admin out).
[ -f "$RUN_ADDED" ] || exit 0
while read -r fw ip p; do
  [ -n "$p" ] || continue
  if firewall_delete_rule "$fw" "$ip" "$p" </dev/null; then
    record_drop "rule $fw $ip $p"
    finding info firewall.taken_back "$fw rule for $ip on port $p"
  else
    finding warn firewall.not_taken_back "the $fw rule this run added for $ip on port $p could not be taken back; remove Stitch access with its firewall rules to take it out"
  fi
done <"$RUN_ADDED"
rm -f "$RUN_ADDED"
exit 0
