# shellcheck shell=sh
# Keeps our iptables rules over a reboot (lib_firewall.sh's iptables_persist: only our tagged
# lines in the saved rules file change), for the Ansible playbook after it added rules. Prints
# "saved", or "not-saved" where the system has no saved rules file to add them to.
if iptables_persist; then echo saved; else echo not-saved; fi
