# shellcheck shell=sh
# Takes out every firewall rule firewall_apply.sh added, on every firewall found here, whatever
# addresses and ports added it: the Stitch addresses may have changed since (another region, a
# custom list), and the firewall may not be the one that is active now. Ours are the rules
# tagged "stitch-tunnel" (the tag is the firewall's own record of them), and each is named in
# the server's record too (lib_record.sh); firewalld's rich rules take no tag, so there it is
# only the rules the record names. A server set up before the record existed has none: there
# our exact rich rule for CIDRS on PORTS is taken (what those versions added). An admin's own
# rule for the same address stays, and so does the rule that admits the admin (ufw comment
# 'stitch-tunnel admin'): taking it away could lock the admin out.
# Values: CIDRS, PORTS (space-separated), UFW_OFF (1: ufw is turned off next).
HAD_RECORD=0; [ -f "$RECORD" ] && HAD_RECORD=1
record_take_legacy_firewalld
[ -f "$RECORD" ] && HAD_RECORD=1
REMOVED=0
removed() { # $1 firewall, $2 address, $3 port
  REMOVED=$((REMOVED + 1))
  changed firewall "$1 no longer allows $2 on port $3"
}
# The word after option $1 in the words that follow it ("-" when there is none).
word_after() {
  _o=$1; shift
  while [ $# -gt 1 ]; do
    if [ "$1" = "$_o" ]; then printf '%s\n' "$2"; return; fi
    shift
  done
  printf '%s\n' -
}

# Each backend's record lines go once its rules are gone (a failure keeps them, so that removing
# again tries again).
FAILED_BACKENDS=
not_removed() { # $1 firewall, $2 the rule
  FAILED_BACKENDS="$FAILED_BACKENDS $1 "
  finding warn firewall.remove_failed "$1 could not remove $(shown "$2"); remove it by hand"
}
forget_removed() { # $@ backends
  for _b in "$@"; do
    case $FAILED_BACKENDS in *" $_b "*) ;; *) record_drop_all "rule $_b " ;; esac
  done
}

# ufw: `ufw show added` lists each rule as the command that adds it, active or not; deleting by
# that command (the comment left off) works whether ufw is on or off. Commands in these loops
# read </dev/null: their standard input is the listing being read.
if command -v ufw >/dev/null 2>&1; then
  added=$(ufw show added 2>/dev/null)
  while IFS= read -r r; do
    case "$r" in
      "ufw "*" comment 'stitch-tunnel'")
        spec=${r#ufw }; spec=${spec% comment *}
        set -f
        # shellcheck disable=SC2086 # the rule's words as ufw printed them, never globbed
        set -- $spec
        set +f
        # ufw says "Could not delete non-existent rule" with exit status 0.
        out=$(ufw --force delete "$@" 2>&1 </dev/null) || out="failed: $out"
        case "$out" in
          failed:* | *non-existent*) not_removed ufw "$r" ;;
          *) removed ufw "$(word_after from "$@")" "$(word_after port "$@")" ;;
        esac ;;
      "ufw "*" comment 'stitch-tunnel admin'")
        # Turned off next (UFW_OFF), ufw loses this rule too, and that step says so.
        [ "$UFW_OFF" = 1 ] && continue
        set -f
        # shellcheck disable=SC2086 # the rule's words as ufw printed them, never globbed
        set -- $r
        set +f
        finding info firewall.admin_rule_kept "ufw still allows your address $(word_after from "$@") on port $(word_after port "$@") (comment 'stitch-tunnel admin', added when ufw was turned on), so you keep SSH access; delete it with ufw once you no longer need it" ;;
    esac
  done <<EOF
$added
EOF
  forget_removed ufw
fi

# firewalld: runtime and permanent rules each (no --reload, which would also drop the admin's
# runtime-only changes), all in one call each. Only while the daemon runs: firewall-cmd needs it.
if command -v firewall-cmd >/dev/null 2>&1 && firewalld_running; then
  runtime=$(firewall-cmd --list-rich-rules 2>/dev/null)
  permanent=$(firewall-cmd --permanent --list-rich-rules 2>/dev/null)
  wanted=$(
    record_rules firewalld
    if [ "$HAD_RECORD" = 0 ]; then
      for ip in $CIDRS; do for p in $PORTS; do printf '%s %s\n' "$ip" "$p"; done; done
    fi
  )
  NL='
'
  pairs=; from_runtime=; from_permanent=
  while read -r ip p; do
    [ -n "$p" ] || continue
    case "$NL$pairs" in *"$NL$ip $p$NL"*) continue ;; esac # recorded and given both
    rule=$(firewalld_rule "$ip" "$p"); found=0
    if printf '%s\n' "$runtime" | grep -qxF -- "$rule"; then from_runtime="$from_runtime$rule$NL"; found=1; fi
    if printf '%s\n' "$permanent" | grep -qxF -- "$rule"; then from_permanent="$from_permanent$rule$NL"; found=1; fi
    if [ "$found" = 1 ]; then pairs="$pairs$ip $p$NL"; fi
  done <<EOF
$wanted
EOF
  if firewalld_each --remove-rich-rule "" "$from_runtime" &&
     firewalld_each --remove-rich-rule --permanent "$from_permanent"; then
    while read -r ip p; do
      if [ -n "$p" ]; then removed firewalld "$ip" "$p"; fi
    done <<EOF
$pairs
EOF
    record_drop_all "rule firewalld "
  else
    # The record stays, so that removing again tries again.
    not_removed firewalld "the rules for $(printf '%s' "$pairs" | tr '\n' ',')"
  fi
elif [ -n "$(record_rules firewalld)" ]; then
  finding warn firewall.firewalld_not_running "firewalld is not running, so the rules recorded in $RECORD were not removed; start firewalld and remove again"
fi

# iptables and ip6tables: each tagged rule as `-S` prints it, deleted with -D by that same spec.
# Before nftables below: with iptables-nft these rules are nftables rules too, and removed here
# the saved rules are updated.
for ipt in iptables ip6tables; do
  command -v "$ipt" >/dev/null 2>&1 || continue
  rules=$("$ipt" -S 2>/dev/null)
  while IFS= read -r r; do
    case "$r" in
      "-A "*" --comment stitch-tunnel "* | "-A "*" --comment stitch-tunnel")
        set -f
        # shellcheck disable=SC2086 # the rule's words as iptables printed them, never globbed
        set -- ${r#-A }
        set +f
        if "$ipt" -D "$@" 2>/dev/null </dev/null; then
          removed "$ipt" "$(word_after -s "$@")" "$(word_after --dport "$@")"
        else not_removed "$ipt" "$r"; fi ;;
    esac
  done <<EOF
$rules
EOF
done
# The saved rules file loses our lines too (only ours), even where the live ones were gone
# already (flushed, or never restored at boot).
if command -v iptables-save >/dev/null 2>&1 && ! iptables_persist; then
  finding warn firewall.iptables_saved_left "rules tagged stitch-tunnel are still in the saved iptables rules; remove them from /etc/iptables/rules.v4 by hand"
fi
forget_removed iptables ip6tables

# nftables: found by the comment, deleted by handle.
if command -v nft >/dev/null 2>&1; then
  rules=$(nft_tagged_rules)
  while read -r fam tbl chain h addr p; do
    [ -n "$h" ] || continue
    if nft delete rule "$fam" "$tbl" "$chain" handle "$h" 2>/dev/null </dev/null; then removed nftables "$addr" "$p"
    else not_removed nftables "$fam $tbl $chain handle $h"; fi
  done <<EOF
$rules
EOF
  forget_removed nftables
fi

# Turned on by this tool, ufw stays on unless the admin asked to turn it off (UFW_OFF: that
# happens right after this): turning it off opens every port of the server.
if record_has ufw-enabled && [ "$UFW_OFF" != 1 ]; then
  finding info firewall.ufw_stays_on "ufw was turned on by stitch-tunnel and stays on (turning it off would open every port of this server); remove again with ufw turned off, or run ufw disable yourself, if it should be off"
fi
if [ "$REMOVED" = 0 ]; then
  finding info firewall.nothing_tagged "no firewall rule tagged stitch-tunnel was found; nothing changed"
fi
exit 0
