# shellcheck shell=sh
# Reads and rewrites one authorized_keys file. Under the tunnel user's home it runs as that user
# (lib_tunnel_account.sh starts it through setpriv or runuser), never as root: whatever that user
# has put there (a link, a swapped temp file, a FIFO) reaches only what the user could reach
# anyway. As root it runs only on a file in a folder no other account can change (a key
# directory such as /etc/ssh/authorized_keys).
#
#   inspect FILE BLOB LINE          ak_lines, ak_has_key (an uncommented line carries the key
#                                   BLOB), ak_exact (LINE is the one line that carries it),
#                                   ak_final_newline, ak_cr, ak_selftest (self-test lines)
#   ensure FILE BLOB LINE           make LINE the one uncommented line that carries BLOB
#   rewrite FILE BLOB TAGS LINE     drop the uncommented lines that carry BLOB or one of TAGS
#                                   (space-separated), then append LINE; each may be empty
#   selftest-rewrite FILE TAGS LIVE LINE
#                                   as rewrite (no BLOB), and drop the self-test lines whose
#                                   owner= is not one of LIVE (the live sshd sessions' PID:START)
#   remove FILE FIELDS              drop the uncommented lines that carry one of FIELDS, also
#                                   through links the user set (sshd follows them too), and
#                                   print "ak-left N": the lines that still carry one
#   selftest-owners FILE            "TAG OWNER" for each self-test line
#   clean-stale DIR LOCKED_AT       remove temp files an interrupted rewrite left behind
#   mkdir DIR                       create DIR (mode 700) and the folders above it
# Operations chained with "--" run in this one process, in order.
# A rewrite prints "ak-dropped N" and "ak-added 0|1". Lines that start with '#' never count as
# a key, and every line that is not dropped is kept byte for byte.
LC_ALL=C; export LC_ALL
PATH=/usr/bin:/bin; export PATH
umask 077

err() {
  _code=$1; shift
  printf 'error %s %s\n' "$_code" "$*" >&2
  exit 1
}
# The last line a failed tool printed, on one line ("No space left on device"): the OS's own
# reason goes into the error.
last_words() {
  printf '%s\n' "$1" | sed '/^[[:space:]]*$/d' | tail -n 1 | tr -c '[:print:]\n' '?'
}

# Counts (or, with "print", copies) the lines of $1 that are kept: comments always; other lines
# unless a whitespace-separated field is AK_BLOB or one of AK_TAGS. Values come through the
# environment: awk -v would interpret backslashes in them.
ak_filter() { # MODE FILE
  awk -v mode="$1" '
    BEGIN { blob = ENVIRON["AK_BLOB"]; n = split(ENVIRON["AK_TAGS"], t, " ")
            for (i = 1; i <= n; i++) drop[t[i]] = 1 }
    /^[ \t]*#/ { if (mode == "print") print; next }
    { line = $0; sub(/\r$/, "") # a CRLF line carries its key all the same
      for (i = 1; i <= NF; i++) if ((blob != "" && $i == blob) || ($i in drop)) { gone++; next }
      if (mode == "print") print line }
    END { if (mode == "count") print gone + 0 }' "$2"
}

regular_file() { [ -f "$1" ] && [ ! -L "$1" ]; }

# The new file's owner and mode. As the tunnel user: 600 (sshd's StrictModes). As root in root's
# key folder (AK_ROOT_FOLDER=1): those of the file it replaces; a new one is root's with mode 644,
# since sshd reads it as the tunnel user, who must not be able to change it.
new_file_mode() { # TEMP FILE
  if [ "${AK_ROOT_FOLDER:-}" != 1 ]; then
    chmod 600 "$1"
  elif regular_file "$2"; then
    chown "$(stat -c %u:%g "$2")" "$1" && chmod "$(stat -c %a "$2")" "$1"
  else
    chmod 644 "$1"
  fi
}

rewrite() { # FILE BLOB TAGS LINE
  F=$1; D=${F%/*}
  if [ -L "$D" ] || [ ! -d "$D" ]; then err user.ssh_dir_link "$D is not a folder of its own"; fi
  if [ -L "$F" ]; then err user.authorized_keys_link "$F is a symbolic link"; fi
  dropped=0
  if [ -e "$F" ]; then
    regular_file "$F" || err user.authorized_keys_kind "$F is not a regular file"
    dropped=$(AK_BLOB=$2 AK_TAGS=$3 ak_filter count "$F") || err user.ak_read "cannot read $F"
  fi
  if [ "$dropped" = 0 ] && [ -z "$4" ]; then
    echo "ak-dropped 0"; echo "ak-added 0"; return 0
  fi
  # The temp file sits next to the file, so the rename is atomic: a cut connection leaves the
  # old file or the new one, never half of one.
  T=$(mktemp "$D/.authorized_keys.XXXXXX" 2>&1) ||
    err user.ak_temp "cannot create a temporary file in $D: $(last_words "$T")"
  trap 'rm -f "$T"' EXIT
  # Copied first, then the new line added; what fails says the OS's reason (a full disk), and
  # the file sshd reads stays as it was.
  if [ -e "$F" ]; then
    _e=$(AK_BLOB=$2 AK_TAGS=$3 ak_filter print "$F" 2>&1 >"$T") ||
      err user.ak_write "cannot copy $F to a temporary file: $(last_words "$_e")"
  fi
  if [ -n "$4" ]; then
    _e=$({ printf '%s\n' "$4" >>"$T"; } 2>&1) || err user.ak_write "cannot write $T: $(last_words "$_e")"
  fi
  new_file_mode "$T" "$F" || err user.ak_write "cannot set the mode of $T"
  mv -f "$T" "$F" || err user.ak_replace "cannot replace $F"
  trap - EXIT
  echo "ak-dropped $dropped"
  if [ -n "$4" ]; then echo "ak-added 1"; else echo "ak-added 0"; fi
}

# Removal must reach the file sshd reads, wherever the account pointed it: this runs as that
# account, so a link leads only where the account could write anyway. The rename replaces a
# linked authorized_keys with a plain file (sshd then reads that one); the link's target stays.
remove_keys() { # FILE FIELDS
  F=$1; D=${F%/*}
  if [ ! -e "$F" ]; then echo "ak-dropped 0"; echo "ak-left 0"; return 0; fi
  [ -f "$F" ] || err user.authorized_keys_kind "$F is not a regular file"
  dropped=$(AK_BLOB='' AK_TAGS=$2 ak_filter count "$F") || err user.ak_read "cannot read $F"
  if [ "$dropped" -gt 0 ]; then
    T=$(mktemp "$D/.authorized_keys.XXXXXX" 2>&1) ||
      err user.ak_temp "cannot create a temporary file in $D: $(last_words "$T")"
    trap 'rm -f "$T"' EXIT
    _e=$(AK_BLOB='' AK_TAGS=$2 ak_filter print "$F" 2>&1 >"$T") ||
      err user.ak_write "cannot copy $F to a temporary file: $(last_words "$_e")"
    new_file_mode "$T" "$F" || err user.ak_write "cannot set the mode of $T"
    mv -f "$T" "$F" || err user.ak_replace "cannot replace $F"
    trap - EXIT
  fi
  left=$(AK_BLOB='' AK_TAGS=$2 ak_filter count "$F") || err user.ak_read "cannot read $F"
  echo "ak-dropped $dropped"; echo "ak-left $left"
}

inspect() { # FILE BLOB LINE
  regular_file "$1" || return 0
  AK_BLOB=$2 AK_LINE=$3 awk '
    BEGIN { blob = ENVIRON["AK_BLOB"]; want = ENVIRON["AK_LINE"] }
    { lines++ }
    /\r/ { cr = 1 }
    /^[ \t]*#/ { next }
    { line = $0; sub(/\r$/, "")
      for (i = 1; i <= NF; i++) if (blob != "" && $i == blob) { has++; if (line == want) exact++; break }
      for (i = 1; i <= NF; i++) if ($i ~ /^stitch-tunnel-selftest-/) { st++; break } }
    END { printf "ak_lines=%d\nak_has_key=%d\nak_exact=%d\nak_cr=%d\nak_selftest=%d\n",
                 lines, (has > 0), (has == 1 && exact == 1), cr, st }' "$1" || err user.ak_read "cannot read $1"
  if [ -s "$1" ] && [ "$(tail -c1 "$1" | wc -l)" -eq 0 ]; then
    echo ak_final_newline=0
  else
    echo ak_final_newline=1
  fi
}

# Several operations in one process, so that one start as the tunnel user does a run's reads and
# writes: "OP ARGS... -- OP ARGS...", done in order; the first that fails ends the process.
one() {
  case $1 in
    inspect) inspect "$2" "$3" "$4" ;;
    ensure)
      if [ "$(inspect "$2" "$3" "$4" | grep -c '^ak_exact=1$')" = 1 ]; then
        echo "ak-dropped 0"; echo "ak-added 0"
      else
        rewrite "$2" "$3" "" "$4"
      fi ;;
    rewrite) rewrite "$2" "$3" "$4" "$5" ;;
    selftest-rewrite)
      # The self-test lines whose owner is not live go too (left by an interrupted run).
      _stale=
      if regular_file "$2"; then
        _stale=$(AK_LIVE=$4 awk '
          BEGIN { n = split(ENVIRON["AK_LIVE"], l, " "); for (i = 1; i <= n; i++) live[l[i]] = 1 }
          !/^[ \t]*#/ { t = ""; o = ""
            for (i = 1; i <= NF; i++) { if ($i ~ /^stitch-tunnel-selftest-/) t = $i; else if ($i ~ /^owner=/) o = substr($i, 7) }
            if (t != "" && !(o in live)) printf "%s ", t }' "$2") || err user.ak_read "cannot read $2"
      fi
      rewrite "$2" "" "$3 $_stale" "$5" ;;
    remove) remove_keys "$2" "$3" ;;
    mkdir)
      # The folder for the file, as the tunnel user under its home; folders above it that are
      # missing get this process's umask (077), like the folder itself.
      # shellcheck disable=SC2174 # -m for the last folder only, on purpose (umask for the rest)
      _e=$(mkdir -p -m 700 "$2" 2>&1) || err user.ssh_dir "cannot create $2 as $(id -un): $(last_words "$_e")" ;;
    selftest-owners)
      regular_file "$2" || return 0
      awk '!/^[ \t]*#/ { t = ""; o = ""
        for (i = 1; i <= NF; i++) { if ($i ~ /^stitch-tunnel-selftest-/) t = $i; else if ($i ~ /^owner=/) o = substr($i, 7) }
        if (t != "") print t, o }' "$2" || err user.ak_read "cannot read $2" ;;
    clean-stale)
      # A writer killed between mktemp and mv (SIGKILL, a timeout, power loss) left its temp file.
      # Writers hold the server lock, so one older than our lock is stale; unlocked, only one
      # older than 10 minutes is.
      now=$(date +%s)
      for t in "$2"/.authorized_keys.??????; do
        regular_file "$t" || continue
        m=$(stat -c %Y "$t" 2>/dev/null) || continue
        if [ -n "$3" ]; then [ "$m" -lt "$3" ] || continue
        else [ $((now - m)) -gt 600 ] || continue; fi
        rm -f "$t" && echo "ak-removed-temp $t"
      done ;;
    *) err internal.usage "authorized-keys-edit: unknown operation $1" ;;
  esac
}

while [ $# -gt 0 ]; do
  case $1 in
    inspect | ensure) _n=4 ;;
    rewrite | selftest-rewrite) _n=5 ;;
    remove | clean-stale) _n=3 ;;
    mkdir | selftest-owners) _n=2 ;;
    *) err internal.usage "authorized-keys-edit: unknown operation $1" ;;
  esac
  [ $# -ge "$_n" ] || err internal.usage "authorized-keys-edit: $1 needs $((_n - 1)) arguments"
  one "$@"
  shift "$_n"
  if [ $# -gt 0 ]; then
    [ "$1" = -- ] || err internal.usage "authorized-keys-edit: -- expected between operations"
    shift
  fi
done
