# shellcheck shell=sh
# shellcheck disable=SC2034 # FW, FW_ACTIVE, FW_LIST: results for the scripts that include this
# Host firewall helpers. Needs: UFW_BATCH_PY (ufw_batch.py, put in by the script builder).

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

ufw_allow_each() { # $@: ip@port pairs, one `ufw allow` each
  for pair in "$@"; do
    ip=${pair%@*}; p=${pair##*@}
    out=$(ufw allow proto tcp from "$ip" to any port "$p" comment 'stitch-tunnel' 2>&1) ||
      fail firewall.ufw "ufw: $(shown "$out")"
    case "$out" in *Skipping*) ;; *) changed firewall "ufw allows $ip on port $p";; esac
  done
}

ufw_allow_all() { # $@: ip@port pairs
  # One ufw process for every rule (its start-up costs 0.1-0.2 s a call), through the Python API
  # /usr/sbin/ufw itself uses. Where that API is missing it changes nothing and exits 3, and
  # each rule gets its own `ufw allow`.
  ufw_bin=$(command -v ufw) || fail firewall.ufw_missing "ufw is not installed"
  py=$(sed -n '1s/^#![[:space:]]*//p' "$ufw_bin")
  if [ -z "$py" ]; then ufw_allow_each "$@"; return; fi
  # -I: isolated, so no module is imported from the working directory or PYTHON* variables.
  # shellcheck disable=SC2086 # $py may be "/usr/bin/env python3": two words on purpose
  out=$(printf '%s\n' "$UFW_BATCH_PY" | $py -I - "$ufw_bin" "$@" 2>&1)
  rc=$?
  if [ "$rc" = 3 ]; then ufw_allow_each "$@"; return; fi
  printf '%s\n' "$out" | while read -r tag pair what; do
    if [ "$tag" = stitch-ufw: ] && [ "$what" = added ]; then
      changed firewall "ufw allows ${pair%@*} on port ${pair##*@}"
    fi
  done
  [ "$rc" = 0 ] || fail firewall.ufw "ufw: $(shown "$out")"
}

nft_input_chain() {
  nft list ruleset 2>/dev/null | awk '/^table /{f=$2; t=$3} /^[ \t]*chain /{c=$2} /hook input/{print f, t, c; exit}'
}
