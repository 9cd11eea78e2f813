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
