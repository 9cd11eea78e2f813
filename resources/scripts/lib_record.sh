# shellcheck shell=sh
# The server's own record of what this tool did, so that a later apply can replace what it
# wrote and remove can undo it, whatever the admin passes on the command line. Root's, outside
# every account's home (no account can plant a link there), and changed only by scripts that
# hold the server lock. One line per thing, fields separated by one space:
#   account USER                    an account this tool created
#   key USER BLOB FINGERPRINT       a Stitch key line this tool wrote into USER's authorized_keys
#   keyfile USER FILE               the authorized_keys file it wrote them into (sshd's
#                                   AuthorizedKeysFile: ~/.ssh/authorized_keys, or elsewhere)
#   rule BACKEND ADDRESS PORT       a firewall rule this tool added (BACKEND: ufw, firewalld,
#                                   iptables, ip6tables, nftables), the address as it was given
#   admin-rule ufw ADDRESS PORT     the rule that admits the admin, added when ufw was turned on
#   ufw-enabled                     this tool turned ufw on
#   sshd USER FILE                  the file holding the sshd settings block written for USER
#   shell USER SHELL                the login shell an adopted USER had before this tool gave it
#                                   a non-login one (remove gives it back)
# A server set up before the record existed has none: apply starts it, and the account marker
# (GECOS) and the key given on the command line still count as before.
RECORD=/var/lib/stitch-tunnel/record

record_has() { # LINE
  [ -f "$RECORD" ] && grep -qxF -- "$1" "$RECORD"
}

record_add() { # LINE
  record_has "$1" && return 0
  # The folder is made once (root's, 700); a run adds several lines.
  if ! { { [ -d "${RECORD%/*}" ] || { mkdir -p "${RECORD%/*}" && chmod 700 "${RECORD%/*}"; }; } &&
         printf '%s\n' "$1" >>"$RECORD"; }; then
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

# Every line that starts with PREFIX goes (e.g. "rule ufw "); the rest stays byte for byte.
record_drop_all() { # PREFIX
  [ -f "$RECORD" ] || return 0
  if ! awk -v p="$1" 'index($0, p) != 1' "$RECORD" >"$RECORD.new" || ! mv -f "$RECORD.new" "$RECORD"; then
    finding warn record.write "could not update $RECORD"
  fi
}

# "ADDRESS PORT", one a line, for every rule recorded for firewall backend $1.
record_rules() {
  [ -f "$RECORD" ] || return 0
  awk -v b="$1" '$1 == "rule" && $2 == b && NF == 4 { print $3, $4 }' "$RECORD"
}

# Versions before this record kept firewalld's rules in a file of their own ("ADDRESS PORT"
# lines): they move into the record, once.
LEGACY_FIREWALLD_RECORD=/var/lib/stitch-tunnel/firewalld-rules
record_take_legacy_firewalld() {
  [ -f "$LEGACY_FIREWALLD_RECORD" ] || return 0
  while read -r _a _p; do
    if [ -n "$_p" ]; then record_add "rule firewalld $_a $_p"; fi
  done <"$LEGACY_FIREWALLD_RECORD"
  rm -f "$LEGACY_FIREWALLD_RECORD"
}

# The login shell recorded for an adopted user $1 (empty: none recorded).
record_shell() {
  [ -f "$RECORD" ] || return 0
  awk -v u="$1" '$1 == "shell" && $2 == u && NF >= 3 { sub(/^shell [^ ]+ /, ""); print; exit }' "$RECORD"
}

# "BLOB FINGERPRINT", one a line, for every Stitch key recorded for user $1.
record_keys() {
  [ -f "$RECORD" ] || return 0
  awk -v u="$1" '$1 == "key" && $2 == u && NF == 4 { print $3, $4 }' "$RECORD"
}

# The authorized_keys files recorded for user $1, one a line.
record_keyfiles() {
  [ -f "$RECORD" ] || return 0
  awk -v u="$1" '$1 == "keyfile" && $2 == u && NF == 3 { print $3 }' "$RECORD"
}
