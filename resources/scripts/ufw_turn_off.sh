# shellcheck shell=sh
# Turns ufw off again when removing Stitch access (the admin asked for it), and only when the
# server's record says this tool turned it on: a firewall the admin turned on is the admin's.
# Once ufw is off, the rules that admitted the admin's address when it was turned on
# (comment 'stitch-tunnel admin') have no use any more: they go too, after ufw is off, so SSH
# is never closed in between. Each record line goes once its part is done, so that removing
# again tries again what failed.
if ! record_has ufw-enabled; then
  finding warn firewall.ufw_not_ours "ufw was not turned on by stitch-tunnel, so it was left as it is"
  exit 0
fi
if ! command -v ufw >/dev/null 2>&1; then
  record_drop ufw-enabled
  finding info firewall.ufw_missing "ufw is no longer installed, so there was nothing to turn off"
  exit 0
fi
if ufw status 2>/dev/null | grep -q '^Status: active'; then
  must firewall.ufw_disable "ufw could not be turned off" ufw --force disable >/dev/null
  changed firewall "ufw turned off"
else
  finding info firewall.ufw_already_off "ufw was already off"
fi
record_drop ufw-enabled
admin_rules=$([ -f "$RECORD" ] && awk '$1 == "admin-rule" && $2 == "ufw" && NF == 4 { print $3, $4 }' "$RECORD")
while read -r a p; do
  [ -n "$p" ] || continue
  # ufw says "Could not delete non-existent rule" with exit status 0: gone already.
  if ufw --force delete allow proto tcp from "$a" to any port "$p" >/dev/null 2>&1 </dev/null; then
    record_drop "admin-rule ufw $a $p"
    changed firewall "ufw no longer allows your address $(shown "$a") on port $(shown "$p") (the rule added when ufw was turned on)"
  else
    finding warn firewall.admin_rule_left "the ufw rule for your address $(shown "$a") on port $(shown "$p") could not be deleted; delete it with ufw"
  fi
done <<LIST
$admin_rules
LIST
exit 0
