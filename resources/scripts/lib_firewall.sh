# shellcheck shell=sh
# shellcheck disable=SC2034 # FW, FW_ACTIVE, FW_LIST: results for the scripts that include this
# Host firewall helpers: which firewall filters incoming traffic, and its nftables input chain.

# Sets FW (ufw|firewalld|iptables|nftables|none) and FW_ACTIVE (1/0) for the firewall that
# actually filters incoming traffic; FW_LIST holds its listing.
detect_firewall() {
  FW=none; FW_ACTIVE=0; FW_LIST=
  if command -v ufw >/dev/null 2>&1; then
    FW_LIST=$(ufw status verbose 2>&1)
    case "$FW_LIST" in *"Status: active"*) FW=ufw; FW_ACTIVE=1; return;; esac
  fi
  # firewall-cmd is a Python program that takes ~0.1 s to start: ask it only when the daemon
  # runs at all.
  if command -v firewall-cmd >/dev/null 2>&1 && firewalld_running &&
     [ "$(firewall-cmd --state 2>/dev/null)" = running ]; then
    FW=firewalld; FW_ACTIVE=1; FW_LIST=$(firewall-cmd --list-all 2>&1); return
  fi
  if command -v iptables >/dev/null 2>&1; then
    l=$(iptables -S INPUT 2>/dev/null)
    if printf '%s\n' "$l" | grep -q -e '^-P INPUT DROP' -e '^-P INPUT REJECT' -e ' -j DROP' -e ' -j REJECT'; then
      FW=iptables; FW_ACTIVE=1; FW_LIST=$l; return
    fi
  fi
  if command -v nft >/dev/null 2>&1; then
    l=$(nft list ruleset 2>/dev/null)
    if printf '%s\n' "$l" | grep -q 'hook input' && printf '%s\n' "$l" | grep -q -e 'policy drop' -e ' drop' -e ' reject'; then
      FW=nftables; FW_ACTIVE=1; FW_LIST=$l; return
    fi
  fi
  if command -v ufw >/dev/null 2>&1; then FW=ufw; fi
}

firewalld_running() {
  for _c in /proc/[0-9]*/comm; do
    [ "$(cat "$_c" 2>/dev/null)" = firewalld ] && return 0
  done
  return 1
}

nft_input_chain() {
  nft list ruleset 2>/dev/null | awk '/^table /{f=$2; t=$3} /^[ \t]*chain /{c=$2} /hook input/{print f, t, c; exit}'
}

# The address as nft and ufw print it: a single host without its /32 or /128.
host_address() {
  case "$1" in */32|*/128) printf '%s\n' "${1%/*}" ;; *) printf '%s\n' "$1" ;; esac
}

# Every nftables rule tagged "stitch-tunnel" (the comment exactly, not "stitch-tunnel admin"),
# one line each: FAMILY TABLE CHAIN HANDLE ADDRESS PORT, the address as nft prints it ("-" when
# the rule has none). Found by the comment and deleted by handle, never by the rule's text:
# nft prints 52.1.2.3/32 as 52.1.2.3.
nft_tagged_rules() {
  nft -a list ruleset 2>/dev/null | awk '
    $1 == "table" { fam = $2; tbl = $3; chain = ""; next }
    $1 == "chain" { chain = $2; next }
    $1 == "set" || $1 == "map" || $1 == "flowtable" { chain = ""; next }
    chain != "" && index($0, "comment \"stitch-tunnel\"") && $(NF - 1) == "handle" {
      addr = "-"; port = "-"
      for (i = 1; i < NF; i++) {
        if ($i == "saddr") addr = $(i + 1)
        if ($i == "dport") port = $(i + 1)
      }
      print fam, tbl, chain, $NF, addr, port
    }'
}

# Our rich rule for address $1 on port $2, character for character as firewall-cmd lists it.
# Rich rules carry no comment, so the rules we add are also recorded in FIREWALLD_RECORD (one
# "ADDRESS PORT" line each): removal takes out what is recorded there, and never a rule of the
# same form an admin added for another address.
FIREWALLD_RECORD=/var/lib/stitch-tunnel/firewalld-rules
firewalld_rule() {
  _fam=ipv4; case "$1" in *:*) _fam=ipv6 ;; esac
  printf 'rule family="%s" source address="%s" port port="%s" protocol="tcp" accept\n' "$_fam" "$1" "$2"
}
# One firewall-cmd call for many rich rules (each call takes 0.3-0.7 s): $1 the option
# (--add-rich-rule or --remove-rich-rule), $2 "" or --permanent, $3 the rules, one a line.
firewalld_each() {
  _opt=$1; _perm=$2; _rules=$3
  set --
  while IFS= read -r _r; do
    if [ -n "$_r" ]; then set -- "$@" "$_opt=$_r"; fi
  done <<EOF
$_rules
EOF
  [ $# = 0 ] && return 0
  firewall-cmd ${_perm:+"$_perm"} "$@" >/dev/null 2>&1 </dev/null
}
firewalld_record() { # $1 address, $2 port
  grep -qxF -- "$1 $2" "$FIREWALLD_RECORD" 2>/dev/null && return 0
  if ! { mkdir -p "${FIREWALLD_RECORD%/*}" && printf '%s %s\n' "$1" "$2" >>"$FIREWALLD_RECORD"; }; then
    finding warn firewall.firewalld_record "could not record the rule for $1 in $FIREWALLD_RECORD; removing Stitch access will not find it"
  fi
}

# Saves the iptables and ip6tables rules where this system restores them from at boot;
# returns 1 when there is no such place. The listing is taken before the file is opened, so a
# failing iptables-save cannot leave an empty file behind.
iptables_save() {
  if command -v netfilter-persistent >/dev/null 2>&1; then
    netfilter-persistent save >/dev/null 2>&1; return 0
  fi
  if [ -d /etc/iptables ]; then _v4=/etc/iptables/rules.v4; _v6=/etc/iptables/rules.v6
  elif [ -d /etc/sysconfig ]; then _v4=/etc/sysconfig/iptables; _v6=/etc/sysconfig/ip6tables
  else return 1; fi
  _r=$(iptables-save) && printf '%s\n' "$_r" >"$_v4"
  if command -v ip6tables-save >/dev/null 2>&1; then
    _r=$(ip6tables-save) && printf '%s\n' "$_r" >"$_v6"
  fi
  return 0
}
