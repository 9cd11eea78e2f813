# shellcheck shell=sh
# The read-only probe (probe_facts, lib_probe.sh): KEY=VALUE lines the tool reads, then the
# digest of them (facts_sha) that a later apply checks before it changes anything.
_facts=$(probe_facts)
printf '%s\n' "$_facts"
echo "facts_sha=$(printf '%s\n' "$_facts" | facts_digest)"
exit 0
