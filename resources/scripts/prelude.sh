# shellcheck shell=sh
# The start of every script the tool runs on the server (as root unless it says otherwise).
# After it come the values, one NAME='value' line each (single-quoted), then the helpers the
# script uses, then the script itself.
LC_ALL=C; export LC_ALL
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin; export PATH
# Not the admin's home: a root command must not pick up files from a folder another account
# writes to (python imports from the working directory, tools read ./.config files).
cd / || exit 1
umask 077

# What the tool reads back is one structured line each, never free text it must search:
#   changed STEP WHAT             one change made (STEP: firewall, user; sshd: sshd's settings
#                                 for the tunnel user, part of step 4; selftest: the
#                                 temporary self-test key, no change to a step)
#   finding SEVERITY CODE TEXT    something the admin should know (SEVERITY: fail, warn, info)
#   error CODE TEXT               on stderr, then exit 1: nothing more was done
# TEXT is English with the values in it; the tool reads the values back to say the same in the
# user's language.
fail() {
  _code=$1; shift
  printf 'error %s %s\n' "$_code" "$*" >&2
  exit 1
}
changed() {
  _step=$1; shift
  printf 'changed %s %s\n' "$_step" "$*"
}
finding() {
  _sev=$1; _code=$2; shift 2
  printf 'finding %s %s %s\n' "$_sev" "$_code" "$*"
}
# A value another account controls (a link target, a file name), made safe to print on one
# line: it cannot start a line of its own that the tool would read as ours.
shown() {
  printf '%s' "$1" | tr -c '[:print:]' '?'
}
# The last line a failed tool printed (its reason: "cannot lock /etc/group; try again later"),
# made safe as shown() does, for the error line that names the failure.
reason() {
  shown "$(printf '%s\n' "$1" | sed '/^[[:space:]]*$/d' | tail -n 1)"
}
# Runs COMMAND (its stdout goes where ours does); when it fails, stops with CODE and WHAT and
# the command's own reason ("No space left on device", "Read-only file system"), so the admin
# reads the real cause. What it says on stderr when it works is passed on.
must() { # CODE WHAT COMMAND...
  _must_code=$1; _must_what=$2; shift 2
  { _must_err=$("$@" 2>&1 1>&3 3>&-); } 3>&1 ||
    fail "$_must_code" "$_must_what: $(reason "$_must_err")"
  if [ -n "$_must_err" ]; then printf '%s\n' "$_must_err" >&2; fi
}
