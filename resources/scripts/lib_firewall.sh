# shellcheck shell=sh
# shellcheck disable=SC2034 # FW, FW_ACTIVE, FW_LIST: results for the scripts that include this
# Host firewall helpers: which firewall filters incoming traffic, and its nftables input chain.

# Sets FW (ufw|firewalld|iptables|nftables|none) and FW_ACTIVE (1/0) for the firewall that
# actually filters incoming traffic; FW_LIST holds its listing.
detect_firewall() {
  FW=none; FW_ACTIVE=0; FW_LIST=
  if command -v ufw >/dev/null 2>&1; then
    if [ -n "${UFW_LISTING_PID:-}" ]; then
      wait "$UFW_LISTING_PID"; UFW_LISTING_PID=
      FW_LIST=$(cat "$RUN_DIR/ufw-status.now")
    elif [ -n "$(ufw_listing_file)" ] && [ -f "$(ufw_listing_file)" ]; then
      FW_LIST=$(cat "$(ufw_listing_file)")
    else
      FW_LIST=$(ufw status verbose 2>&1)
    fi
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
    l=$(nft -s list ruleset 2>/dev/null) # -s: no counters, which change by themselves
    if printf '%s\n' "$l" | grep -q 'hook input' && printf '%s\n' "$l" | grep -q -e 'policy drop' -e ' drop' -e ' reject'; then
      FW=nftables; FW_ACTIVE=1; FW_LIST=$l; return
    fi
  fi
  if command -v ufw >/dev/null 2>&1; then FW=ufw; fi
}

# Where this run's ufw batch (ufw_allow_all) leaves what `ufw status verbose` prints after it, in
# the run's private folder (RUN_DIR, lib_tunnel_account.sh), so that the verify at the end of the
# run lists the firewall without another start of ufw's interpreter; empty without that folder.
# A later change to ufw in the same run makes it stale: ufw_listing_forget.
ufw_listing_file() {
  if [ -n "${RUN_DIR:-}" ]; then printf '%s/ufw-status' "$RUN_DIR"; fi
}
# Starts `ufw status verbose` in the background (into RUN_DIR) when there is no listing of this
# run's batch to read; detect_firewall, in the same shell, waits for it and takes it.
ufw_listing_begin() {
  UFW_LISTING_PID=
  if [ -z "${RUN_DIR:-}" ] || [ -f "$RUN_DIR/ufw-status" ] || ! command -v ufw >/dev/null 2>&1; then return 0; fi
  ufw status verbose >"$RUN_DIR/ufw-status.now" 2>&1 </dev/null &
  UFW_LISTING_PID=$!
}
ufw_listing_forget() {
  if [ -n "${RUN_DIR:-}" ] && [ -f "$RUN_DIR/ufw-status" ]; then rm -f "$RUN_DIR/ufw-status"; fi
}

firewalld_running() {
  # The shell's own read, not cat: no process started per process looked at.
  for _c in /proc/[0-9]*/comm; do
    _n=; { IFS= read -r _n <"$_c"; } 2>/dev/null
    [ "$_n" = firewalld ] && return 0
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
# Rich rules carry no comment, so the ones we add are known from the server's record
# (lib_record.sh): removal takes out what is recorded there, never a rule of the same form an
# admin added.
firewalld_rule() {
  _fam=ipv4; case "$1" in *:*) _fam=ipv6 ;; esac
  printf 'rule family="%s" source address="%s" port port="%s" protocol="tcp" accept\n' "$_fam" "$1" "$2"
}
# Whether listing $1 holds a rich rule admitting address $2 on port $3, written either way: with
# or without /32 (/128). firewalld keeps the address as it was given, so an admin's
# 52.1.2.3 and our 52.1.2.3/32 are the same rule.
firewalld_listing_has() {
  _h=$(host_address "$2")
  _full=$_h/32; case "$_h" in *:*) _full=$_h/128 ;; esac
  printf '%s\n' "$1" | grep -qxF -e "$(firewalld_rule "$_h" "$3")" -e "$(firewalld_rule "$_full" "$3")"
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

# The rules this run added, one "BACKEND ADDRESS PORT" line each, so that a later part of the
# same apply that fails can take them back (firewall_undo.sh): a failed apply leaves no rule
# without its account. In /run, which only root can write to; the server lock keeps runs apart.
RUN_ADDED=/run/stitch-tunnel.added
run_added_start() {
  { : >"$RUN_ADDED"; } 2>/dev/null || true
}
# A rule this run added: into the server's record (remove takes it out), the run's own list,
# and the output.
fw_added() { # BACKEND ADDRESS PORT
  record_add "rule $1 $2 $3"
  { printf '%s %s %s\n' "$1" "$2" "$3" >>"$RUN_ADDED"; } 2>/dev/null || true
  changed firewall "$1 allows $2 on port $3"
}

# Deletes the one rule of ours for address $2 on port $3 from backend $1 (as fw_added recorded
# it); 0 when it is gone afterwards.
firewall_delete_rule() {
  case $1 in
    ufw)
      ufw_listing_forget
      # ufw says "Could not delete non-existent rule" with exit status 0.
      _o=$(ufw --force delete allow proto tcp from "$2" to any port "$3" 2>&1 </dev/null) || return 1
      case $_o in *non-existent*) return 1 ;; esac ;;
    firewalld)
      _r=$(firewalld_rule "$2" "$3")
      firewall-cmd --remove-rich-rule="$_r" >/dev/null 2>&1 </dev/null
      firewall-cmd --permanent --remove-rich-rule="$_r" >/dev/null 2>&1 </dev/null ;;
    iptables | ip6tables)
      "$1" -D INPUT -s "$2" -p tcp --dport "$3" -m comment --comment stitch-tunnel -j ACCEPT 2>/dev/null </dev/null || return 1
      iptables_persist >/dev/null 2>&1 || true ;;
    nftables)
      _found=$(nft_tagged_rules | awk -v a="$(host_address "$2")" -v p="$3" '$5 == a && $6 == p { print $1, $2, $3, $4; exit }')
      [ -n "$_found" ] || return 1
      # shellcheck disable=SC2086 # four words: family, table, chain, handle
      set -- $_found
      nft delete rule "$1" "$2" "$3" handle "$4" 2>/dev/null </dev/null ;;
    *) return 1 ;;
  esac
}

# iptables rules over a reboot, without touching the admin's: in the rules file this system
# restores at boot, the lines tagged stitch-tunnel are replaced by the live ones, and every
# other line stays byte for byte. Nothing else of the live ruleset is saved: a rule the admin
# added for this boot only stays so (iptables-save or netfilter-persistent save would make it
# permanent). Returns 1 when a live rule of ours has no rules file to go into.
iptables_persist() {
  _rc=0
  for _ipt in iptables ip6tables; do
    command -v "$_ipt-save" >/dev/null 2>&1 || continue
    iptables_persist_one "$_ipt" || _rc=1
  done
  return $_rc
}
iptables_saved_file() { # iptables|ip6tables: the file restored at boot (iptables-persistent, RHEL)
  case $1 in
    iptables) set -- /etc/iptables/rules.v4 /etc/sysconfig/iptables ;;
    *) set -- /etc/iptables/rules.v6 /etc/sysconfig/ip6tables ;;
  esac
  for _f in "$@"; do
    if [ -f "$_f" ] && [ ! -L "$_f" ]; then printf '%s\n' "$_f"; return 0; fi
  done
  return 1
}
# Our lines in iptables-save's format: the comment exactly "stitch-tunnel" ("stitch-tunnel
# admin" is printed quoted, so it never matches).
# shellcheck disable=SC2016 # an awk program: $0 is awk's
IPT_TAGGED_AWK='function tagged() { return index($0, " --comment stitch-tunnel ") || $0 ~ / --comment stitch-tunnel$/ }'
iptables_persist_one() {
  _ours=$("$1-save" -t filter 2>/dev/null | awk "$IPT_TAGGED_AWK"' tagged()') || return 1
  if ! _file=$(iptables_saved_file "$1"); then
    [ -z "$_ours" ]; return
  fi
  _tmp=$(mktemp "$_file.XXXXXX") || return 1
  # Ours go first in the filter table (apply inserts them at the top of INPUT), right after
  # its chain lines; old lines of ours are dropped wherever they are. cp -p: the file keeps
  # its mode and owner.
  cp -p "$_file" "$_tmp" && awk -v ours="$_ours" "$IPT_TAGGED_AWK"'
    state == 1 && substr($0, 1, 1) != ":" { if (ours != "") print ours; state = 2 }
    tagged() { next }
    { print }
    $0 == "*filter" { state = 1 }
    END { if (state == 0 && ours != "") exit 3 }' "$_file" >"$_tmp"
  _st=$?
  if [ "$_st" != 0 ]; then rm -f "$_tmp"; return 1; fi
  if cmp -s "$_file" "$_tmp"; then rm -f "$_tmp"; return 0; fi
  mv -f "$_tmp" "$_file"
}
