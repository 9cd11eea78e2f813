# shellcheck shell=sh
# shellcheck disable=SC2034 # STITCH_LOCKED_AT: read by tunnel_user.sh (stale temp files)
# Two runs against one server never interleave: every script that changes something holds this
# lock. It lives in /run, which only root can write to, so no other account can plant a link
# at its name. `command exec` keeps a failed redirection from ending the shell silently.
if command -v flock >/dev/null 2>&1; then
  if [ ! -d /run ] || [ -L /run ]; then fail lock.no_run "/run is missing, so the server lock cannot be taken"; fi
  command exec 9>/run/stitch-tunnel.lock ||
    fail lock.open "the lock file /run/stitch-tunnel.lock cannot be opened"
  if ! flock -w 60 9; then
    printf 'error lock.busy another setup is running on this server; try again in a minute\n' >&2
    exit 75
  fi
  STITCH_LOCKED_AT=$(date +%s)
  # The tool may have gone while this script waited (a dropped connection, a killed client):
  # then nobody can see what it does, so it changes nothing. The line below cannot be written
  # to a connection that is closed, and the script stops before its first change. From here
  # on, a change that has started runs to its end and records itself even if the connection
  # drops: what cannot be printed any more is lost, never half of a change.
  trap '' PIPE HUP
  printf 'lock taken\n' || exit 75
fi
