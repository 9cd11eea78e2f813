# shellcheck shell=sh
# Takes out the firewall rules firewall_apply.sh added. Values: CIDRS, PORTS.
detect_firewall
RELOAD=0
for ip in $CIDRS; do
  for p in $PORTS; do
    case "$FW" in
      ufw)
        out=$(ufw delete allow proto tcp from "$ip" to any port "$p" 2>&1)
        case "$out" in *"non-existent"*) ;; *) changed firewall "ufw no longer allows $ip on port $p";; esac ;;
      firewalld)
        fam=ipv4; case "$ip" in *:*) fam=ipv6;; esac
        rule="rule family=$fam source address=$ip port port=$p protocol=tcp accept"
        if firewall-cmd --permanent --query-rich-rule="$rule" >/dev/null 2>&1; then
          firewall-cmd --permanent --remove-rich-rule="$rule" >/dev/null; RELOAD=1
          changed firewall "firewalld no longer allows $ip on port $p"
        fi ;;
      iptables)
        ipt=iptables; case "$ip" in *:*) ipt=ip6tables;; esac
        while $ipt -D INPUT -s "$ip" -p tcp --dport "$p" -m comment --comment stitch-tunnel -j ACCEPT 2>/dev/null; do
          changed firewall "iptables no longer allows $ip on port $p"
        done ;;
      nftables)
        # shellcheck disable=SC2046 # three words: family, table, chain
        set -- $(nft_input_chain)
        if [ $# = 3 ]; then
          for h in $(nft -a list chain "$1" "$2" "$3" | grep "saddr $ip tcp dport $p .*stitch-tunnel" | awk '{print $NF}'); do
            nft delete rule "$1" "$2" "$3" handle "$h" && changed firewall "nftables no longer allows $ip on port $p"
          done
        fi ;;
    esac
  done
done
if [ "$RELOAD" = 1 ]; then firewall-cmd --reload >/dev/null; fi
exit 0
