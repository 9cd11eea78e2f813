# shellcheck shell=sh
# shellcheck disable=SC2034 # H, G, D, F: results for the scripts that include this
# The tunnel user's account, home and ~/.ssh. Root never reads, writes, chowns or renames
# anything under that home through a path the user controls: authorized_keys_edit.sh does that
# as the user (as_user), and root only looks, with lstat (test -L; stat without -L).
# Needs: U; AK_EDIT_SH (authorized_keys_edit.sh, put in by the script builder); LOGIN (the
# admin's login) and MARKER (the GECOS of the accounts this tool creates) where used.

account_paths() {
  _pw=$(getent passwd "$U") || fail user.missing "user $U does not exist"
  H=$(printf '%s' "$_pw" | cut -d: -f6); G=$(id -gn "$U" 2>/dev/null)
  D="$H/.ssh"; F="$D/authorized_keys"
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
ak_edit() { as_user /bin/sh -c "$AK_EDIT_SH" authorized-keys-edit "$@"; }

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
  _min=$(awk '$1 == "UID_MIN" { print $2 }' /etc/login.defs 2>/dev/null)
  case $_min in '' | *[!0-9]*) _min=1000 ;; esac
  if [ "$_uid" = 0 ]; then echo "uid0 0"; return 0; fi
  if [ "$_uid" -lt "$_min" ]; then echo "system $_uid $_min"; return 0; fi
  _max=$(awk '$1 == "UID_MAX" { print $2 }' /etc/login.defs 2>/dev/null)
  case $_max in '' | *[!0-9]*) _max=60000 ;; esac
  if [ "$_uid" -gt "$_max" ]; then echo "uid_max $_uid $_max"; return 0; fi
  if [ -n "${LOGIN:-}" ] && { [ "$U" = "$LOGIN" ] || [ "$_uid" = "$(id -u "$LOGIN" 2>/dev/null)" ]; }; then
    echo "login $LOGIN"; return 0
  fi
  for _g in $(id -nG "$U" 2>/dev/null); do
    case $_g in sudo | wheel | admin | root) echo "admin_group $_g"; return 0 ;; esac
  done
  # Groups whose members can become root or read what only root may (raw disks, the container
  # and VM daemons, the password hashes, every log).
  for _g in $(id -nG "$U" 2>/dev/null); do
    case $_g in disk | docker | lxd | shadow | kvm | libvirt | adm) echo "root_group $_g"; return 0 ;; esac
  done
  if command -v sudo >/dev/null 2>&1 && sudo -n -l -U "$U" 2>/dev/null | grep -q 'may run the following'; then
    echo "sudoer"; return 0
  fi
  # doas: a permit rule for the account or one of its groups (":group"), before "as" or "cmd".
  if [ -f /etc/doas.conf ] &&
     awk -v u="$U" -v gs=" $(id -nG "$U" 2>/dev/null) " '$1 == "permit" {
         for (i = 2; i <= NF && $i != "as" && $i != "cmd"; i++)
           if ($i == u || (substr($i, 1, 1) == ":" && index(gs, " " substr($i, 2) " "))) found = 1
       } END { exit !found }' /etc/doas.conf 2>/dev/null; then
    echo "doas"; return 0
  fi
  # polkit: a rule that names one of its groups (isInGroup("g"), unix-group:g).
  for _g in $(id -nG "$U" 2>/dev/null); do
    _f=$(grep -rlsE -e "isInGroup\([\"']${_g}[\"']\)" -e "unix-group:${_g}([^A-Za-z0-9_.-]|\$)" \
           /etc/polkit-1 /usr/share/polkit-1/rules.d /var/lib/polkit-1/localauthority 2>/dev/null | head -n 1)
    if [ -n "$_f" ]; then echo "polkit_group $_g $_f"; return 0; fi
  done
  # A home the account does not own (/root, a shared /tmp, another person's home): the tool
  # would change another account's folder. One it makes itself later is the account's.
  _home=$(getent passwd "$U" | cut -d: -f6)
  if [ -n "$_home" ] && { [ -e "$_home" ] || [ -L "$_home" ]; }; then
    _owner=$(stat -c %U "$_home" 2>/dev/null)
    if [ "$_owner" != "$U" ]; then echo "home_owner $(shown "$_owner") $(shown "$_home")"; return 0; fi
  fi
}

account_marked() { [ "$(getent passwd "$U" | cut -d: -f5)" = "$MARKER" ]; }

nologin_shell() {
  for _s in /usr/sbin/nologin /sbin/nologin /usr/bin/nologin /bin/false /usr/bin/false; do
    if [ -x "$_s" ]; then echo "$_s"; return 0; fi
  done
  return 1
}

ak_start_time() { # start time of process $1 (clock ticks after boot); empty when it is gone
  _s=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
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
    case "$(cat "/proc/$_p/comm" 2>/dev/null)" in
      sshd | sshd-session) printf '%s:%s' "$_p" "$(ak_start_time "$_p")"; return 0 ;;
    esac
    _s=$(cat "/proc/$_p/stat" 2>/dev/null) || return 0
    _s=${_s##*) }
    # shellcheck disable=SC2086 # the fields of /proc/PID/stat, one word each
    set -- $_s
    _p=$2
  done
}

# The tags of self-test lines whose SSH connection is gone (left by an interrupted run). A
# line of another live connection stays: it is a concurrent apply's self-test in progress.
selftest_stale_tags() {
  ak_edit selftest-owners "$F" | while read -r _tag _owner; do
    case $_tag in stitch-tunnel-selftest-*) ;; *) continue ;; esac
    _pid=${_owner%%:*}; _start=${_owner#*:}
    case $_pid in '' | *[!0-9]*) ;; *)
      if [ -n "$_start" ] && [ "$(ak_start_time "$_pid")" = "$_start" ]; then continue; fi ;;
    esac
    printf '%s ' "$_tag"
  done
}

# Reads ak_edit's "ak-dropped N" / "ak-added 0|1" lines into AK_DROPPED and AK_ADDED.
ak_counts() {
  AK_DROPPED=$(printf '%s\n' "$1" | sed -n 's/^ak-dropped \([0-9][0-9]*\)$/\1/p' | head -n 1)
  AK_ADDED=$(printf '%s\n' "$1" | sed -n 's/^ak-added \([01]\)$/\1/p' | head -n 1)
  AK_DROPPED=${AK_DROPPED:-0}; AK_ADDED=${AK_ADDED:-0}
}
