# shellcheck shell=sh
# The server's own record of what this tool did, so that a later apply can replace what it
# wrote and remove can undo it, whatever the admin passes on the command line. Root's, outside
# every account's home (no account can plant a link there), and changed only by scripts that
# hold the server lock. One line per thing, fields separated by one space:
#   account USER                    an account this tool created
#   key USER BLOB FINGERPRINT       a Stitch key line this tool wrote into USER's authorized_keys
# A server set up before the record existed has none: apply starts it, and the account marker
# (GECOS) and the key given on the command line still count as before.
RECORD=/var/lib/stitch-tunnel/record

record_has() { # LINE
  [ -f "$RECORD" ] && grep -qxF -- "$1" "$RECORD"
}

record_add() { # LINE
  record_has "$1" && return 0
  if ! { mkdir -p "${RECORD%/*}" && chmod 700 "${RECORD%/*}" && printf '%s\n' "$1" >>"$RECORD"; }; then
    finding warn record.write "could not write $RECORD; a later remove will need the key given again"
  fi
}

record_drop() { # LINE: every line equal to it goes; the rest stays byte for byte
  record_has "$1" || return 0
  # grep exits 1 when no line is left, which is fine here; 2 is an error.
  grep -vxF -- "$1" "$RECORD" >"$RECORD.new"
  if [ $? -gt 1 ] || ! mv -f "$RECORD.new" "$RECORD"; then
    finding warn record.write "could not update $RECORD"
  fi
}

# "BLOB FINGERPRINT", one a line, for every Stitch key recorded for user $1.
record_keys() {
  [ -f "$RECORD" ] || return 0
  awk -v u="$1" '$1 == "key" && $2 == u && NF == 4 { print $3, $4 }' "$RECORD"
}
