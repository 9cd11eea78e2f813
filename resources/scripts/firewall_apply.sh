# shellcheck shell=sh
# Step 1 of Stitch's guide: allow each Stitch address on each SSH port in the active host
# firewall, every rule tagged "stitch-tunnel" where the firewall takes a comment, and each rule
# added named in the server's record (lib_record.sh); adding is idempotent on every firewall.
# Values: CIDRS, PORTS (space-separated), ADMIN (the admin's address), ENABLE (1: turn on ufw
# when no firewall is active, the admin's address allowed first), KEEP (with ENABLE: more
# addresses or ranges that keep reaching SSH, space-separated). FW, FW_ACTIVE and PRESENT
# (ip@port pairs already allowed) when the probe has just listed the firewall; otherwise
# it is detected here.
if [ -z "${FW:-}" ]; then PRESENT=; detect_firewall; fi
record_take_legacy_firewalld
run_added_start
if [ "$FW_ACTIVE" = 0 ]; then
  if [ "$ENABLE" = 1 ] && [ "$FW" = ufw ]; then
    [ -n "$ADMIN" ] || fail firewall.admin_unknown "your own address is unknown, so the firewall is not turned on (it could lock you out)"
    for p in $PORTS; do
      for a in $ADMIN ${KEEP:-}; do
        must firewall.ufw "ufw could not allow $a" ufw allow proto tcp from "$a" to any port "$p" comment 'stitch-tunnel admin' >/dev/null
        record_add "admin-rule ufw $a $p"
        if [ "$a" = "$ADMIN" ]; then changed firewall "allowed your address $ADMIN on port $p"
        else changed firewall "allowed $a on port $p (kept open to SSH as asked)"; fi
      done
    done
  else
    finding info firewall.none_active "no host firewall is active; nothing changed"
    exit 0
  fi
fi
TODO=; NL='
'
for ip in $CIDRS; do
  for p in $PORTS; do
    case " $PRESENT " in *" $ip@$p "*) continue;; esac
    case "$FW" in
      ufw) TODO="$TODO $ip@$p" ;; # added all at once below
      firewalld)
        # Runtime and permanent each, so nothing needs a --reload (which would also drop the
        # admin's runtime-only changes). Listed once, added all at once below.
        if [ -z "${FWD_LISTED:-}" ]; then
          FWD_RUNTIME=$(firewall-cmd --list-rich-rules 2>/dev/null)
          FWD_PERMANENT=$(firewall-cmd --permanent --list-rich-rules 2>/dev/null); FWD_LISTED=1
        fi
        # The same rule written with or without /32 counts as there (an admin's rule).
        rule=$(firewalld_rule "$ip" "$p"); added=0
        if ! firewalld_listing_has "$FWD_RUNTIME" "$ip" "$p"; then
          FWD_ADD_RUNTIME="${FWD_ADD_RUNTIME:-}$rule$NL"; added=1
        fi
        if ! firewalld_listing_has "$FWD_PERMANENT" "$ip" "$p"; then
          FWD_ADD_PERMANENT="${FWD_ADD_PERMANENT:-}$rule$NL"; added=1
        fi
        if [ "$added" = 1 ]; then FWD_CHANGED="${FWD_CHANGED:-}$ip $p$NL"; fi ;;
      iptables)
        ipt=iptables; case "$ip" in *:*) ipt=ip6tables;; esac
        if ! $ipt -C INPUT -s "$ip" -p tcp --dport "$p" -m comment --comment stitch-tunnel -j ACCEPT 2>/dev/null; then
          must firewall.iptables "$ipt could not add a rule" $ipt -I INPUT -s "$ip" -p tcp --dport "$p" -m comment --comment stitch-tunnel -j ACCEPT
          fw_added "$ipt" "$ip" "$p"; SAVE=1
        fi ;;
      nftables)
        # shellcheck disable=SC2046 # three words: family, table, chain
        set -- $(nft_input_chain)
        [ $# = 3 ] || fail firewall.nft_chain "no nftables input chain found"
        fam=ip; case "$ip" in *:*) fam=ip6;; esac
        # Already there: a rule of ours in that chain for this address and port, compared as
        # nft prints them (no /32), so running again adds nothing.
        if ! nft_tagged_rules | awk -v f="$1" -v t="$2" -v c="$3" -v a="$(host_address "$ip")" -v p="$p" \
             '$1 == f && $2 == t && $3 == c && $5 == a && $6 == p { found = 1 } END { exit !found }'; then
          must firewall.nft "nft could not add a rule" nft insert rule "$1" "$2" "$3" $fam saddr "$ip" tcp dport "$p" accept comment '"stitch-tunnel"'
          fw_added nftables "$ip" "$p"
        fi ;;
    esac
  done
done
# shellcheck disable=SC2086 # one word per ip@port pair
if [ -n "$TODO" ]; then ufw_allow_all $TODO; fi
if [ -n "${FWD_CHANGED:-}" ]; then
  firewalld_each --add-rich-rule "" "${FWD_ADD_RUNTIME:-}" ||
    fail firewall.firewalld "firewall-cmd could not add the rules"
  firewalld_each --add-rich-rule --permanent "${FWD_ADD_PERMANENT:-}" ||
    fail firewall.firewalld "firewall-cmd could not add the rules permanently"
  while read -r ip p; do
    if [ -n "$p" ]; then fw_added firewalld "$ip" "$p"; fi
  done <<EOF
$FWD_CHANGED
EOF
fi
if [ "${SAVE:-0}" = 1 ] && ! iptables_persist; then
  finding warn firewall.iptables_not_saved "the iptables rules are active but will not survive a reboot: there is no saved rules file (/etc/iptables/rules.v4 from iptables-persistent, or /etc/sysconfig/iptables) to add them to, and saving the whole live ruleset would also make your rules for this boot only permanent"
fi
if [ "$FW" = nftables ]; then
  finding warn firewall.nft_not_persistent "nftables rules are active now; add them to /etc/nftables.conf to keep them after a reboot"
fi
if [ "$FW_ACTIVE" = 0 ] && [ "$ENABLE" = 1 ]; then
  ufw_listing_forget # the batch's listing says inactive
  must firewall.ufw "ufw could not be enabled" ufw --force enable >/dev/null
  record_add ufw-enabled
  changed firewall "ufw turned on"
fi
exit 0
