# shellcheck shell=sh
# Which host firewall filters incoming traffic, detected exactly as probe.sh and
# firewall_apply.sh detect it (lib_firewall.sh), for the Ansible playbook: one line
# "FW FW_ACTIVE" (e.g. "ufw 1", "none 0"). Read-only.
detect_firewall
printf '%s %s\n' "$FW" "$FW_ACTIVE"
