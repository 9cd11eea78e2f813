# shellcheck shell=sh
# First in a locked apply planned on an earlier probe's facts: probes again (probe_facts,
# lib_probe.sh) and stops before any change when the server is no longer as that probe saw it.
# Values: FACTS_SHA (that probe's facts_sha), and the probe's own.
_facts=$(probe_facts)
_now=$(printf '%s\n' "$_facts" | facts_digest)
if [ -z "$_now" ] || [ "$_now" != "$FACTS_SHA" ]; then
  fail server.changed_since_check "the server changed since the check (what apply was planned on no longer holds); nothing was changed"
fi
