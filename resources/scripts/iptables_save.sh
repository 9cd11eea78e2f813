# shellcheck shell=sh
# Keeps the iptables rules over a reboot where this system restores them from
# (lib_firewall.sh's iptables_save), for the Ansible playbook after it added rules. Prints
# "saved", or "not-saved" where the system has no such place.
if iptables_save; then echo saved; else echo not-saved; fi
