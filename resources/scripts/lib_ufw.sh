# shellcheck shell=sh
# Adding ufw rules. Needs: UFW_BATCH_PY (ufw_batch.py, put in by the script builder).

ufw_allow_each() { # $@: ip@port pairs, one `ufw allow` each
  for pair in "$@"; do
    ip=${pair%@*}; p=${pair##*@}
    out=$(ufw allow proto tcp from "$ip" to any port "$p" comment 'stitch-tunnel' 2>&1) ||
      fail firewall.ufw "ufw: $(shown "$out")"
    case "$out" in *Skipping*) ;; *) fw_added ufw "$ip" "$p" ;; esac
  done
}

ufw_allow_all() { # $@: ip@port pairs
  # One ufw process for every rule (its start-up costs 0.1-0.2 s a call), through the Python API
  # /usr/sbin/ufw itself uses. Where that API is missing it changes nothing and exits 3, and
  # each rule gets its own `ufw allow`.
  ufw_bin=$(command -v ufw) || fail firewall.ufw_missing "ufw is not installed"
  py=$(sed -n '1s/^#![[:space:]]*//p' "$ufw_bin")
  if [ -z "$py" ]; then
    finding info firewall.ufw_one_call_per_rule "ufw has no Python API here: one ufw call per rule"
    ufw_allow_each "$@"; return
  fi
  # -I: isolated, so no module is imported from the working directory or PYTHON* variables.
  # shellcheck disable=SC2086 # $py may be "/usr/bin/env python3": two words on purpose
  out=$(printf '%s\n' "$UFW_BATCH_PY" | $py -I - "$ufw_bin" "$(ufw_listing_file)" "$@" 2>&1)
  rc=$?
  if [ "$rc" = 3 ]; then
    finding info firewall.ufw_one_call_per_rule "ufw's Python API is not usable here: one ufw call per rule"
    ufw_allow_each "$@"; return
  fi
  finding info firewall.ufw_batch "$# rules in one ufw call"
  printf '%s\n' "$out" | while read -r tag pair what; do
    if [ "$tag" = stitch-ufw: ] && [ "$what" = added ]; then
      fw_added ufw "${pair%@*}" "${pair##*@}"
    fi
  done
  [ "$rc" = 0 ] || fail firewall.ufw "ufw: $(shown "$out")"
}
