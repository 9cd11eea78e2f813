# shellcheck shell=sh
# shellcheck disable=SC2034 # H, G, D, F: results for the scripts that include this
# The tunnel user's account, home and ~/.ssh. Root never reads, writes, chowns or renames
# anything under that home through a path the user controls: authorized_keys_edit.sh does that
# as the user (as_user), and root only looks, with lstat (test -L; stat without -L).
# Needs: U; AK_EDIT_SH (authorized_keys_edit.sh, put in by the script builder); LOGIN (the
# admin's login) and MARKER (the GECOS of the accounts this tool creates) where used.

account_paths() {
  _pw=$(getent passwd "$U") || fail user.missing "user $U does not exist"
  H=$(passwd_field 6 "$_pw"); G=$(id -gn "$U" 2>/dev/null)
  key_file_choice
}

# Field N (1-7) of the passwd line LINE, cut by the shell (no process started for it).
passwd_field() { # N LINE
  _pf=$2; _pi=1
  while [ "$_pi" -lt "$1" ]; do
    case $_pf in *:*) _pf=${_pf#*:} ;; *) _pf= ;; esac
    _pi=$((_pi + 1))
  done
  printf '%s' "${_pf%%:*}"
}

# The home useradd would give U (for the choice of key file before the account exists).
predicted_home() {
  _base=$(useradd -D 2>/dev/null | sed -n 's/^HOME=//p')
  printf '%s/%s' "${_base:-/home}" "$U"
}

# The files of sshd's AuthorizedKeysFile value $1 for U, one per line, as sshd reads them: %h
# %u %U %% expanded, a relative path taken from the home; "none" gives nothing. A path with a
# token sshd would not expand here (or %U before the account exists) comes out as "?PATH".
key_files() {
  KF_FILES=$1 KF_HOME=$H KF_USER=$U KF_UID=$(id -u "$U" 2>/dev/null) awk 'BEGIN {
    n = split(ENVIRON["KF_FILES"], f, " ")
    for (i = 1; i <= n; i++) {
      p = f[i]; if (p == "none") continue
      out = ""; bad = 0
      while ((j = index(p, "%")) > 0) {
        c = substr(p, j + 1, 1); out = out substr(p, 1, j - 1); p = substr(p, j + 2)
        if (c == "%") out = out "%"
        else if (c == "h") out = out ENVIRON["KF_HOME"]
        else if (c == "u") out = out ENVIRON["KF_USER"]
        else if (c == "U" && ENVIRON["KF_UID"] != "") out = out ENVIRON["KF_UID"]
        else bad = 1
      }
      out = out p
      if (bad) { print "?" f[i]; continue }
      if (substr(out, 1, 1) != "/") out = ENVIRON["KF_HOME"] "/" out
      print out
    } }'
}

# Whether only root can change what folder $1 holds: it and every folder above it belong to
# root, are no links and are writable by nobody else. A missing folder counts when its parent
# does and is not / (root makes it then, as /etc/ssh/authorized_keys; never a new top-level
# folder from a mistyped AuthorizedKeysFile).
root_only_dir() {
  _d=$1
  if [ ! -e "$_d" ] && [ ! -L "$_d" ]; then
    _d=${_d%/*}
    [ -n "$_d" ] || return 1
  fi
  while :; do
    [ -n "$_d" ] || _d=/
    if [ -L "$_d" ] || [ ! -d "$_d" ] || [ "$(stat -c %u "$_d")" != 0 ]; then return 1; fi
    [ -z "$(find "$_d" -maxdepth 0 \( -perm -020 -o -perm -002 \))" ] || return 1
    [ "$_d" != / ] || return 0
    _d=${_d%/*}
  done
}

# How a key file is written: "user" under U's home (as U: the account controls that path),
# "root" in a folder only root can change (a key directory such as /etc/ssh/authorized_keys),
# "" when neither (the tool does not write there).
key_file_kind() {
  case $1 in
    "$H"/*) echo user ;;
    /*) if root_only_dir "${1%/*}"; then echo root; fi ;;
  esac
}

# A private folder for what one part of a run hands to a later one (sshd's answer, asked
# once a run): root's, mode 700, in /run, which only root can write to, so no other account can
# move it away or put a file into it. Made when the script starts, removed when it ends; none
# when /run cannot take it (then each part asks again).
RUN_DIR=
if [ -d /run ] && [ ! -L /run ]; then RUN_DIR=$(mktemp -d /run/stitch-tunnel-run.XXXXXX 2>/dev/null) || RUN_DIR=; fi
if [ -n "$RUN_DIR" ]; then
  trap 'rm -rf "$RUN_DIR"' EXIT
  trap 'exit 143' TERM
fi

# `sshd -T` for U before it exists too (Match User blocks for it count); an sshd that will not
# answer for an unknown user is asked for nobody. Sets SSHD_T_RC and SSHD_T_TEXT (what it printed,
# its complaints too). Asked once a run for the same question (in this shell, and through
# RUN_DIR for the parts after it): U's groups are part of the question, since a Match Group block
# counts once U exists; nothing in a run that asks changes sshd's configuration.
sshd_t_for_user() {
  _q="$U ${ADDR:-127.0.0.1} $(id -G "$U" 2>/dev/null)"
  [ "${SSHD_T_Q:-}" != "$_q" ] || return 0
  if [ -n "${RUN_DIR:-}" ] && [ -f "$RUN_DIR/sshd-t.q" ]; then
    { IFS= read -r _cq; IFS= read -r _crc; } <"$RUN_DIR/sshd-t.q"
    if [ "$_cq" = "$_q" ]; then
      SSHD_T_TEXT=$(cat "$RUN_DIR/sshd-t.out"); SSHD_T_RC=$_crc; SSHD_T_Q=$_q
      return 0
    fi
  fi
  _sshd=$(command -v sshd || echo /usr/sbin/sshd)
  SSHD_T_TEXT=$("$_sshd" -T -C "user=$U,host=stitch-tunnel-check,addr=${ADDR:-127.0.0.1}" 2>&1); SSHD_T_RC=$?
  if [ "$SSHD_T_RC" != 0 ] && ! getent passwd "$U" >/dev/null 2>&1; then
    SSHD_T_TEXT=$("$_sshd" -T -C "user=nobody,host=stitch-tunnel-check,addr=${ADDR:-127.0.0.1}" 2>&1); SSHD_T_RC=$?
  fi
  SSHD_T_Q=$_q
  # The answer first, then the question: a question on file always has its whole answer.
  if [ -n "${RUN_DIR:-}" ] && printf '%s\n' "$SSHD_T_TEXT" >"$RUN_DIR/sshd-t.out"; then
    printf '%s\n%s\n' "$_q" "$SSHD_T_RC" >"$RUN_DIR/sshd-t.q"
  fi
}

# F, D (its folder) and KEYS_AS: the first file sshd reads U's keys from that is safe to write
# (key_file_kind). sshd's settings are those for U (its Match blocks included; ADDR, a Stitch
# address, for Match Address). KEY_FILES: every file sshd reads; KEY_FILES_SKIPPED: those
# before F that are not safe; KEY_COMMAND: sshd's AuthorizedKeysCommand. F is empty when no
# file is safe (AuthorizedKeysFile none, or only folders other accounts can change).
key_file_choice() {
  sshd_t_for_user
  _t=; if [ "$SSHD_T_RC" = 0 ]; then _t=$SSHD_T_TEXT; fi
  # Read by the shell, line by line (no process started for it): sshd -T prints one
  # "keyword value..." line per setting.
  _akf=; KEY_COMMAND=
  while read -r _k _v; do
    case $_k in
      authorizedkeysfile) [ -n "$_akf" ] || _akf=$_v ;;
      authorizedkeyscommand) [ -n "$KEY_COMMAND" ] || [ "$_v" = none ] || KEY_COMMAND=$_v ;;
    esac
  done <<EOF
$_t
EOF
  F=; KEYS_AS=; KEY_FILES=$(key_files "${_akf:-.ssh/authorized_keys .ssh/authorized_keys2}")
  KEY_FILES_SKIPPED=
  for _kf in $KEY_FILES; do
    _kind=$(key_file_kind "$_kf")
    if [ -n "$_kind" ]; then F=$_kf; KEYS_AS=$_kind; break; fi
    KEY_FILES_SKIPPED="$KEY_FILES_SKIPPED $_kf"
  done
  D=${F%/*}
}

# Stops before any change when sshd reads U's keys from no file this tool may write.
require_key_file() {
  [ -z "$F" ] || return 0
  _files=$(shown "$(printf '%s' "${KEY_FILES:-none}" | tr '\n' ' ')")
  [ -z "${KEY_COMMAND:-}" ] || fail user.no_key_file "sshd reads $U's keys from no file this tool may write (AuthorizedKeysFile: $_files; AuthorizedKeysCommand: $(shown "$KEY_COMMAND")); nothing was changed. Name a file under the home or in a folder only root can change in AuthorizedKeysFile, reload sshd, and apply again"
  fail user.no_key_file "sshd reads $U's keys from no file this tool may write (AuthorizedKeysFile: $_files); nothing was changed. Name a file under the home or in a folder only root can change in AuthorizedKeysFile, reload sshd, and apply again"
}

# Runs "$@" as the tunnel user, with that user's groups and a clean environment, and nothing of
# root's a process of that account could take (same uid: it may copy another of its processes'
# descriptors with pidfd_getfd, or ptrace it): stdin is /dev/null, no descriptor but 0-2 is
# inherited (not the server lock, fd 9, which held would block every later apply and remove),
# and its output goes to files root opened and reads after it has exited (a pipe end held by
# that account would stall root's script; a file cannot). At most AS_USER_SECONDS seconds, and
# its process group is killed when it ends (a helper the account hijacked cannot leave a process
# behind in it; one that leaves the group with setsid is the account's own, as any other).
AS_USER_SECONDS=30
as_user() {
  if command -v setpriv >/dev/null 2>&1; then
    set -- setpriv --reuid="$U" --regid="$G" --init-groups --reset-env -- "$@"
  elif command -v runuser >/dev/null 2>&1; then
    set -- runuser -u "$U" -- "$@"
  else
    fail tools.no_setpriv "neither setpriv nor runuser is installed, and nothing under $U's home is touched as root; install util-linux (it has both)"
  fi
  if command -v timeout >/dev/null 2>&1; then set -- timeout -k 5 "$AS_USER_SECONDS" "$@"; fi
  _au_out=$(mktemp) || fail tools.tmp "cannot create a temporary file"
  _au_err=$(mktemp) || { rm -f "$_au_out"; fail tools.tmp "cannot create a temporary file"; }
  "$@" </dev/null >"$_au_out" 2>"$_au_err" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
  _au_pid=$!
  wait "$_au_pid"
  _au_rc=$?
  # timeout leads a process group of its own: whatever the helper left running in it goes too.
  kill -9 "-$_au_pid" 2>/dev/null
  cat "$_au_out"
  cat "$_au_err" >&2
  rm -f "$_au_out" "$_au_err"
  return "$_au_rc"
}
# authorized_keys_edit.sh on F: as U under its home; as root in a folder only root can change,
# where the account controls no part of the path.
ak_edit() {
  if [ "$KEYS_AS" = root ]; then
    AK_ROOT_FOLDER=1 /bin/sh -c "$AK_EDIT_SH" authorized-keys-edit "$@" </dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
  else
    as_user /bin/sh -c "$AK_EDIT_SH" authorized-keys-edit "$@"
  fi
}

path_kind() { # what $1 itself is (a link is not followed): missing, link, directory, file, other
  if [ -L "$1" ]; then echo link
  elif [ ! -e "$1" ]; then echo missing
  elif [ -d "$1" ]; then echo directory
  elif [ -f "$1" ]; then echo file
  else echo other; fi
}

# Stops (nothing changed) when the home, ~/.ssh or authorized_keys is a link, is not what its
# name says, or belongs to another account.
refuse_foreign_paths() {
  if [ "$KEYS_AS" = root ]; then
    # The folder is root's alone (key_file_choice); the file may be root's or U's.
    case $(path_kind "$F") in
      missing) ;;
      file)
        _owner=$(stat -c %U "$F")
        [ "$_owner" = root ] || [ "$_owner" = "$U" ] ||
          fail user.authorized_keys_owner "$F belongs to $(shown "$_owner"), not $U or root. Find out why; then remove it or give it to root, and apply again" ;;
      link) fail user.authorized_keys_link "$F is a symbolic link to $(shown "$(readlink "$F")"); the tool does not follow it. Replace the link with the file, and apply again" ;;
      *) fail user.authorized_keys_kind "$F is not a regular file. Move it away and apply again" ;;
    esac
    return 0
  fi
  if [ -L "$H" ]; then
    fail user.home_link "$H is a symbolic link to $(shown "$(readlink "$H")"); the tool does not follow it as root"
  fi
  case $(path_kind "$D") in
    missing) return 0 ;;
    directory) ;;
    link) fail user.ssh_dir_link "$D is a symbolic link to $(shown "$(readlink "$D")"); the tool does not follow it as root. Remove the link (rm $D) and apply again" ;;
    *) fail user.ssh_dir_kind "$D is not a folder. Move it away and apply again" ;;
  esac
  _owner=$(stat -c %U "$D")
  [ "$_owner" = "$U" ] ||
    fail user.ssh_dir_owner "$D belongs to $(shown "$_owner"), not $U. Find out why; then remove it or give it to $U (chown -R $U: $D), and apply again"
  case $(path_kind "$F") in
    missing) ;;
    file)
      _owner=$(stat -c %U "$F")
      [ "$_owner" = "$U" ] ||
        fail user.authorized_keys_owner "$F belongs to $(shown "$_owner"), not $U. Find out why; then remove it or give it to $U, and apply again" ;;
    link) fail user.authorized_keys_link "$F is a symbolic link to $(shown "$(readlink "$F")"); the tool does not follow it as root. Remove the link (rm $F) and apply again" ;;
    *) fail user.authorized_keys_kind "$F is not a regular file. Move it away and apply again" ;;
  esac
}

# Why $U must never carry Stitch's key, as "CODE DETAIL" (nothing when it may): uid 0, a system
# account (uid below UID_MIN) or one above UID_MAX, the admin's own login, a member of an
# administrators' group or of a group as strong as root, or an account with sudo rights.
account_refusal() {
  _uid=$(id -u "$U" 2>/dev/null) || return 0
  # UID_MIN and UID_MAX, read once.
  _lim=$(awk '$1 == "UID_MIN" { min = $2 } $1 == "UID_MAX" { max = $2 } END { print min "/" max }' /etc/login.defs 2>/dev/null)
  _min=${_lim%/*}; _max=${_lim#*/}
  case $_min in '' | *[!0-9]*) _min=1000 ;; esac
  if [ "$_uid" = 0 ]; then echo "uid0 0"; return 0; fi
  if [ "$_uid" -lt "$_min" ]; then echo "system $_uid $_min"; return 0; fi
  case $_max in '' | *[!0-9]*) _max=60000 ;; esac
  if [ "$_uid" -gt "$_max" ]; then echo "uid_max $_uid $_max"; return 0; fi
  if [ -n "${LOGIN:-}" ] && { [ "$U" = "$LOGIN" ] || [ "$_uid" = "$(id -u "$LOGIN" 2>/dev/null)" ]; }; then
    echo "login $LOGIN"; return 0
  fi
  _groups=$(id -nG "$U" 2>/dev/null)
  for _g in $_groups; do
    case $_g in sudo | wheel | admin | root) echo "admin_group $_g"; return 0 ;; esac
  done
  # Groups whose members can become root or read what only root may (raw disks, the container
  # and VM daemons, the password hashes, every log).
  for _g in $_groups; do
    case $_g in disk | docker | lxd | shadow | kvm | libvirt | adm) echo "root_group $_g"; return 0 ;; esac
  done
  if command -v sudo >/dev/null 2>&1 && sudo -n -l -U "$U" 2>/dev/null | grep -q 'may run the following'; then
    echo "sudoer"; return 0
  fi
  # doas: a permit rule for the account or one of its groups (":group"), before "as" or "cmd".
  if [ -f /etc/doas.conf ] &&
     awk -v u="$U" -v gs=" $_groups " '$1 == "permit" {
         for (i = 2; i <= NF && $i != "as" && $i != "cmd"; i++)
           if ($i == u || (substr($i, 1, 1) == ":" && index(gs, " " substr($i, 2) " "))) found = 1
       } END { exit !found }' /etc/doas.conf 2>/dev/null; then
    echo "doas"; return 0
  fi
  # polkit: a rule that names one of its groups (isInGroup("g"), unix-group:g).
  for _g in $_groups; do
    _f=$(grep -rlsE -e "isInGroup\([\"']${_g}[\"']\)" -e "unix-group:${_g}([^A-Za-z0-9_.-]|\$)" \
           /etc/polkit-1 /usr/share/polkit-1/rules.d /var/lib/polkit-1/localauthority 2>/dev/null | head -n 1)
    if [ -n "$_f" ]; then echo "polkit_group $_g $_f"; return 0; fi
  done
  # A home the account does not own (/root, a shared /tmp, another person's home): the tool
  # would change another account's folder. One it makes itself later is the account's.
  _home=$(passwd_field 6 "$(getent passwd "$U")")
  if [ -n "$_home" ] && { [ -e "$_home" ] || [ -L "$_home" ]; }; then
    _owner=$(stat -c %U "$_home" 2>/dev/null)
    if [ "$_owner" != "$U" ]; then echo "home_owner $(shown "$_owner") $(shown "$_home")"; return 0; fi
  fi
}

account_marked() { [ "$(passwd_field 5 "$(getent passwd "$U")")" = "$MARKER" ]; }

nologin_shell() {
  for _s in /usr/sbin/nologin /sbin/nologin /usr/bin/nologin /bin/false /usr/bin/false; do
    if [ -x "$_s" ]; then echo "$_s"; return 0; fi
  done
  return 1
}

# /proc is read with the shell's own read (one line is all these files hold), not cat: no
# process is started per process looked at.
ak_start_time() { # start time of process $1 (clock ticks after boot); empty when it is gone
  { IFS= read -r _s <"/proc/$1/stat"; } 2>/dev/null || return 0
  _s=${_s##*) }
  # shellcheck disable=SC2086 # the fields of /proc/PID/stat, one word each
  set -- $_s
  [ $# -ge 20 ] || return 0
  shift 19; printf '%s' "$1"
}

ak_session_owner() {
  # "pid:start" of the sshd process serving this SSH connection (sshd-session from OpenSSH 9.8)
  _p=$$
  while [ -n "$_p" ] && [ "$_p" -gt 1 ] 2>/dev/null; do
    _n=; { IFS= read -r _n <"/proc/$_p/comm"; } 2>/dev/null
    case $_n in
      sshd | sshd-session) printf '%s:%s' "$_p" "$(ak_start_time "$_p")"; return 0 ;;
    esac
    { IFS= read -r _s <"/proc/$_p/stat"; } 2>/dev/null || return 0
    _s=${_s##*) }
    # shellcheck disable=SC2086 # the fields of /proc/PID/stat, one word each
    set -- $_s
    _p=$2
  done
}

# "PID:START" of every sshd process running now (sshd-session from OpenSSH 9.8), space-separated:
# a self-test line whose owner (ak_session_owner) is not among them was left by an interrupted
# run, and goes (authorized_keys_edit.sh selftest-rewrite); one of another live connection stays:
# it is a concurrent apply's self-test in progress.
sshd_sessions() {
  for _c in /proc/[0-9]*/comm; do
    _n=; { IFS= read -r _n <"$_c"; } 2>/dev/null
    case $_n in sshd | sshd-session) ;; *) continue ;; esac
    _p=${_c#/proc/}; _p=${_p%/comm}
    _st=$(ak_start_time "$_p")
    if [ -n "$_st" ]; then printf '%s:%s ' "$_p" "$_st"; fi
  done
}

# Reads ak_edit's "ak-dropped N" / "ak-added 0|1" lines into AK_DROPPED and AK_ADDED.
ak_counts() {
  AK_DROPPED=$(printf '%s\n' "$1" | sed -n 's/^ak-dropped \([0-9][0-9]*\)$/\1/p' | head -n 1)
  AK_ADDED=$(printf '%s\n' "$1" | sed -n 's/^ak-added \([01]\)$/\1/p' | head -n 1)
  AK_DROPPED=${AK_DROPPED:-0}; AK_ADDED=${AK_ADDED:-0}
}
