# shellcheck shell=sh
# Step 1 of Stitch's guide: allow each Stitch address on each SSH port in the active host
# firewall, every rule tagged "stitch-tunnel"; adding is idempotent.
# Values: CIDRS, PORTS (space-separated), ADMIN (the admin's address), ENABLE (1: turn on ufw
# when no firewall is active, the admin's address allowed first). FW, FW_ACTIVE and PRESENT
# (ip@port pairs already allowed) when the probe has just listed the firewall; otherwise
# it is detected here.
if [ -z "${FW:-}" ]; then PRESENT=; detect_firewall; fi
if [ "$FW_ACTIVE" = 0 ]; then
  if [ "$ENABLE" = 1 ] && [ "$FW" = ufw ]; then
    [ -n "$ADMIN" ] || fail firewall.admin_unknown "your own address is unknown, so the firewall is not turned on (it could lock you out)"
    for p in $PORTS; do
      ufw allow proto tcp from "$ADMIN" to any port "$p" comment 'stitch-tunnel admin' >/dev/null ||
        fail firewall.ufw "ufw could not allow $ADMIN"
      changed firewall "allowed your address $ADMIN on port $p"
    done
  else
    finding info firewall.none_active "no host firewall is active; nothing changed"
    exit 0
  fi
fi
TODO=
for ip in $CIDRS; do
  for p in $PORTS; do
    case " $PRESENT " in *" $ip@$p "*) continue;; esac
    case "$FW" in
      ufw) TODO="$TODO $ip@$p" ;; # added all at once below
      firewalld)
        fam=ipv4; case "$ip" in *:*) fam=ipv6;; esac
        rule="rule family=$fam source address=$ip port port=$p protocol=tcp accept"
        if ! firewall-cmd --permanent --query-rich-rule="$rule" >/dev/null 2>&1; then
          firewall-cmd --permanent --add-rich-rule="$rule" >/dev/null ||
            fail firewall.firewalld "firewall-cmd could not add $rule"
          changed firewall "firewalld allows $ip on port $p"; RELOAD=1
        fi ;;
      iptables)
        ipt=iptables; case "$ip" in *:*) ipt=ip6tables;; esac
        if ! $ipt -C INPUT -s "$ip" -p tcp --dport "$p" -m comment --comment stitch-tunnel -j ACCEPT 2>/dev/null; then
          $ipt -I INPUT -s "$ip" -p tcp --dport "$p" -m comment --comment stitch-tunnel -j ACCEPT ||
            fail firewall.iptables "$ipt could not add a rule"
          changed firewall "iptables allows $ip on port $p"; SAVE=1
        fi ;;
      nftables)
        # shellcheck disable=SC2046 # three words: family, table, chain
        set -- $(nft_input_chain)
        [ $# = 3 ] || fail firewall.nft_chain "no nftables input chain found"
        fam=ip; case "$ip" in *:*) fam=ip6;; esac
        if ! nft list chain "$1" "$2" "$3" 2>/dev/null | grep -q "$fam saddr $ip tcp dport $p .*stitch-tunnel"; then
          nft insert rule "$1" "$2" "$3" $fam saddr "$ip" tcp dport "$p" accept comment '"stitch-tunnel"' ||
            fail firewall.nft "nft could not add a rule"
          changed firewall "nftables allows $ip on port $p"
        fi ;;
    esac
  done
done
# shellcheck disable=SC2086 # one word per ip@port pair
if [ -n "$TODO" ]; then ufw_allow_all $TODO; fi
if [ "${RELOAD:-0}" = 1 ]; then
  firewall-cmd --reload >/dev/null || fail firewall.firewalld "firewall-cmd --reload failed"
fi
if [ "${SAVE:-0}" = 1 ]; then
  if command -v netfilter-persistent >/dev/null 2>&1; then netfilter-persistent save >/dev/null 2>&1
  elif [ -d /etc/iptables ]; then iptables-save >/etc/iptables/rules.v4; ip6tables-save >/etc/iptables/rules.v6
  elif [ -d /etc/sysconfig ]; then iptables-save >/etc/sysconfig/iptables
  else finding warn firewall.iptables_not_saved "the iptables rules are active but will not survive a reboot (install iptables-persistent)"; fi
fi
if [ "$FW" = nftables ]; then
  finding warn firewall.nft_not_persistent "nftables rules are active now; add them to /etc/nftables.conf to keep them after a reboot"
fi
if [ "$FW_ACTIVE" = 0 ] && [ "$ENABLE" = 1 ]; then
  ufw --force enable >/dev/null || fail firewall.ufw "ufw could not be enabled"
  changed firewall "ufw turned on"
fi
exit 0
