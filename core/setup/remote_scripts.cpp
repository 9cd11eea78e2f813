#include "remote_scripts.h"

#include "common/shell_quote.h"
#include "step_checks.h"

namespace stitch::setup {

namespace {

// NAME='value' — values reaching here are validated; shellQuote() makes them one word.
QString assign(const char *name, const QString &value)
{
    return QStringLiteral("%1=%2\n").arg(QLatin1String(name), shellQuote(value).value());
}

QString assignList(const char *name, const QStringList &values)
{
    return assign(name, values.join(QLatin1Char(' ')));
}

const char *const kPrelude = R"SH(LC_ALL=C; export LC_ALL
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin; export PATH
fail() { echo "stitch-error: $*" >&2; exit 1; }
)SH";

// Sets FW (ufw|firewalld|iptables|nftables|none) and FW_ACTIVE (1/0) for the firewall that
// actually filters incoming traffic; FW_LIST holds its listing.
const char *const kDetectFirewall = R"SH(detect_firewall() {
  FW=none; FW_ACTIVE=0; FW_LIST=
  if command -v ufw >/dev/null 2>&1; then
    FW_LIST=$(ufw status verbose 2>&1)
    case "$FW_LIST" in *"Status: active"*) FW=ufw; FW_ACTIVE=1; return;; esac
  fi
  if command -v firewall-cmd >/dev/null 2>&1 && [ "$(firewall-cmd --state 2>/dev/null)" = running ]; then
    FW=firewalld; FW_ACTIVE=1; FW_LIST=$(firewall-cmd --list-all 2>&1); return
  fi
  if command -v iptables >/dev/null 2>&1; then
    l=$(iptables -S INPUT 2>/dev/null)
    if printf '%s\n' "$l" | grep -q -e '^-P INPUT DROP' -e '^-P INPUT REJECT' -e ' -j DROP' -e ' -j REJECT'; then
      FW=iptables; FW_ACTIVE=1; FW_LIST=$l; return
    fi
  fi
  if command -v nft >/dev/null 2>&1; then
    l=$(nft list ruleset 2>/dev/null)
    if printf '%s\n' "$l" | grep -q 'hook input' && printf '%s\n' "$l" | grep -q -e 'policy drop' -e ' drop' -e ' reject'; then
      FW=nftables; FW_ACTIVE=1; FW_LIST=$l; return
    fi
  fi
  if command -v ufw >/dev/null 2>&1; then FW=ufw; fi
}
ufw_allow_each() { # $@: ip@port pairs, one `ufw allow` each
  for pair in "$@"; do
    ip=${pair%@*}; p=${pair##*@}
    out=$(ufw allow proto tcp from "$ip" to any port "$p" comment 'stitch-tunnel' 2>&1) || fail "ufw: $out"
    case "$out" in *Skipping*) ;; *) echo "changed: ufw allows $ip on port $p";; esac
  done
}
ufw_batch() { # $1: ufw's interpreter (maybe "/usr/bin/env python3"), $2: ufw, then ip@port pairs
  py=$1; shift
  $py - "$@" <<'PY'
import sys
ufw_bin, pairs = sys.argv[1], sys.argv[2:]
try:
    import gettext
    import ufw.common, ufw.frontend, ufw.util
    gettext.install(ufw.common.programName)
    sys.argv[0] = ufw_bin  # ufw checks the ownership of its own executable
    ui = ufw.frontend.UFWFrontend(False)
    lock = ufw.util.create_lock(lockfile="/run/ufw.lock", dryrun=False)
except Exception as e:
    print("stitch-ufw: batch unavailable: %s" % e)
    sys.exit(3)
try:
    for pair in pairs:
        ip, port = pair.rsplit("@", 1)
        pr = ufw.frontend.parse_command(["ufw", "allow", "proto", "tcp", "from", ip, "to", "any",
                                         "port", port, "comment", "stitch-tunnel"])
        res = ui.do_action(pr.action, pr.data["rule"], pr.data["iptype"], pr.force)
        print("stitch-ufw: %s %s" % (pair, "skipped" if "Skipping" in res else "added"))
except Exception as e:
    print("stitch-ufw: failed: %s" % getattr(e, "value", e))
    sys.exit(1)
finally:
    ufw.util.release_lock(lock)
PY
}
ufw_allow_all() { # $@: ip@port pairs
  # One ufw process for every rule (its start-up costs 0.1-0.2 s a call), through the Python API
  # /usr/sbin/ufw itself uses. Where that API is missing it changes nothing and exits 3, and
  # each rule gets its own `ufw allow`.
  ufw_bin=$(command -v ufw) || fail "ufw is not installed"
  py=$(sed -n '1s/^#![[:space:]]*//p' "$ufw_bin")
  if [ -z "$py" ]; then echo "stitch-ufw: one call per rule"; ufw_allow_each "$@"; return; fi
  out=$(ufw_batch "$py" "$ufw_bin" "$@" 2>&1)
  rc=$?
  if [ "$rc" = 3 ]; then
    printf '%s\n' "$out" | grep '^stitch-ufw: ' | head -n 1
    echo "stitch-ufw: one call per rule"; ufw_allow_each "$@"; return
  fi
  echo "stitch-ufw: $# rules in one call"
  printf '%s\n' "$out" | while read -r tag pair what; do
    if [ "$tag" = stitch-ufw: ] && [ "$what" = added ]; then
      echo "changed: ufw allows ${pair%@*} on port ${pair##*@}"
    fi
  done
  [ "$rc" = 0 ] || fail "ufw: $out"
}
nft_input_chain() {
  nft list ruleset 2>/dev/null | awk '/^table /{f=$2; t=$3} /^[ \t]*chain /{c=$2} /hook input/{print f, t, c; exit}'
}
)SH";

// Rewrites authorized_keys atomically: a temp file in the same folder, owner and mode set
// before the rename, so a cut connection leaves the old or the new file, never half of one.
const char *const kAuthorizedKeys = R"SH(ak_paths() {
  H=$(getent passwd "$U" | cut -d: -f6); G=$(id -gn "$U" 2>/dev/null)
  D="$H/.ssh"; F="$D/authorized_keys"
  ak_clean_stale
}
ak_clean_stale() {
  # A writer killed between mktemp and mv (SIGKILL, a timeout's TERM, power loss) left its temp
  # file. Writers hold the server lock, so one older than our lock is stale; unlocked, only one
  # older than 10 minutes is.
  now=$(date +%s)
  for t in "$D"/.authorized_keys.??????; do
    [ -f "$t" ] || continue
    m=$(stat -c %Y "$t" 2>/dev/null) || continue
    if [ -n "${STITCH_LOCKED_AT:-}" ]; then [ "$m" -lt "$STITCH_LOCKED_AT" ] || continue
    else [ $((now - m)) -gt 600 ] || continue; fi
    rm -f "$t" && echo "changed: removed $t, left behind by an interrupted earlier run"
  done
}
ak_start_time() { # start time of process $1 (clock ticks after boot); empty when it is gone
  s=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  s=${s##*) }; set -- $s; [ $# -ge 20 ] || return 0; shift 19; printf '%s' "$1"
}
ak_session_owner() {
  # "pid:start" of the sshd process serving this SSH connection (sshd-session from OpenSSH 9.8)
  p=$$
  while [ -n "$p" ] && [ "$p" -gt 1 ] 2>/dev/null; do
    case "$(cat "/proc/$p/comm" 2>/dev/null)" in
      sshd|sshd-session) printf '%s:%s' "$p" "$(ak_start_time "$p")"; return 0;;
    esac
    s=$(cat "/proc/$p/stat" 2>/dev/null) || return 0
    s=${s##*) }; set -- $s; p=$2
  done
}
ak_selftest_drop() {
  # The self-test lines to drop, one tag a line: those added through this same SSH connection
  # (our cleanup) and those whose connection is gone (left by an interrupted run). A line of
  # another live connection stays: it is a concurrent apply's self-test in progress.
  [ -f "$F" ] || return 0
  me=$(ak_session_owner)
  awk '/stitch-tunnel-selftest-/ { t = ""; o = ""
    for (i = 1; i <= NF; i++) { if ($i ~ /^stitch-tunnel-selftest-/) t = $i; else if ($i ~ /^owner=/) o = substr($i, 7) }
    if (t != "") print t, o }' "$F" | while read -r tag owner; do
    pid=${owner%%:*}; start=${owner#*:}
    case "$pid" in ''|*[!0-9]*) ;; *)
      if [ "$owner" != "$me" ] && [ -n "$start" ] && [ "$(ak_start_time "$pid")" = "$start" ]; then continue; fi ;;
    esac
    printf '%s\n' "$tag"
  done
}
ak_rewrite() {
  # $1: drop lines containing this fixed string (empty: keep all; one per line: any of them)
  # $2: line to append (or empty)
  T=$(mktemp "$D/.authorized_keys.XXXXXX") || fail "cannot create a temporary file in $D"
  trap 'rm -f "$T"' EXIT
  if [ -f "$F" ]; then
    if [ -n "$1" ]; then grep -vF -- "$1" "$F" >"$T" || true; else cat "$F" >"$T" || fail "cannot read $F"; fi
    if [ -s "$T" ] && [ "$(tail -c1 "$T" | wc -l)" -eq 0 ]; then printf '\n' >>"$T"; fi
  fi
  if [ -n "$2" ]; then printf '%s\n' "$2" >>"$T"; fi
  chown "$U:$G" "$T" && chmod 600 "$T" && mv -f "$T" "$F" || fail "cannot replace $F"
  trap - EXIT
}
)SH";

QString firewallHeader(const SetupPlan &plan)
{
    return QString::fromLatin1(kPrelude) + assignList("CIDRS", plan.stitchCidrs) +
           assignList("PORTS", plan.sshPorts) + assign("ADMIN", plan.adminAddress) +
           assign("ENABLE", plan.enableFirewall ? QStringLiteral("1") : QStringLiteral("0")) +
           QString::fromLatin1(kDetectFirewall);
}

} // namespace

QString withServerLock(const QString &script)
{
    return QStringLiteral(
               "if command -v flock >/dev/null 2>&1; then\n"
               "  { exec 9>/run/stitch-tunnel.lock; } 2>/dev/null || exec "
               "9>/tmp/.stitch-tunnel.lock\n"
               "  flock -w 60 9 || { echo 'stitch-error: another setup is running on this "
               "server; try again in a minute' >&2; exit 75; }\n"
               "  STITCH_LOCKED_AT=$(date +%s)\n"
               "fi\n") +
           script;
}

QString probeScript(const SetupPlan &plan)
{
    QString s = QString::fromLatin1(kPrelude);
    s += assign("U", plan.tunnelUser);
    s += assign("BLOB", plan.keyBlob);
    s += assign("ADDR", plan.stitchCidrs.isEmpty()
                            ? QStringLiteral("127.0.0.1")
                            : plan.stitchCidrs.first().section(QLatin1Char('/'), 0, 0));
    s += assign("DB", plan.databaseHost);
    s += QString::fromLatin1(kDetectFirewall);
    s += QStringLiteral(R"SH(b64() { base64 | tr -d '\n'; }
echo probe_version=1
echo "os_b64=$(cat /etc/os-release 2>/dev/null | b64)"
SSHD=$(command -v sshd || echo /usr/sbin/sshd)
CU=$U; getent passwd "$U" >/dev/null 2>&1 || CU=nobody
out=$("$SSHD" -T -C "user=$CU,host=stitch-tunnel-check,addr=$ADDR" 2>&1); rc=$?
echo "sshd_rc=$rc"
echo "sshd_b64=$(printf '%s\n' "$out" | b64)"
detect_firewall
echo "firewall=$FW"; echo "firewall_active=$FW_ACTIVE"
echo "firewall_b64=$(printf '%s\n' "$FW_LIST" | b64)"
if getent group "$U" >/dev/null 2>&1; then echo group_exists=1; else echo group_exists=0; fi
pw=$(getent passwd "$U")
echo "user_passwd=$pw"
if [ -n "$pw" ]; then
  echo "user_group=$(id -gn "$U" 2>/dev/null)"
  case "$(getent shadow "$U" 2>/dev/null | cut -d: -f2)" in
    '!'*) echo password_state=locked;; ''|'*') echo password_state=none;; *) echo password_state=set;;
  esac
  H=$(printf '%s' "$pw" | cut -d: -f6); F="$H/.ssh/authorized_keys"
  st() { if [ -e "$1" ]; then echo "$2=$(stat -c '%a %U %G' "$1")"; else echo "$2=missing"; fi; }
  st "$H" stat_home; st "$H/.ssh" stat_ssh; st "$F" stat_ak
  if [ -f "$F" ]; then
    echo "ak_lines=$(wc -l <"$F" | tr -d ' ')"
    if [ -n "$BLOB" ] && grep -qF -- "$BLOB" "$F"; then echo ak_has_key=1; else echo ak_has_key=0; fi
    if [ -s "$F" ] && [ "$(tail -c1 "$F" | wc -l)" -eq 0 ]; then echo ak_final_newline=0; else echo ak_final_newline=1; fi
    if grep -q "$(printf '\r')" "$F"; then echo ak_cr=1; else echo ak_cr=0; fi
    echo "ak_selftest=$(grep -c 'stitch-tunnel-selftest' "$F")"
  fi
fi
if command -v getenforce >/dev/null 2>&1 && [ "$(getenforce 2>/dev/null)" = Enforcing ]; then echo selinux_enforcing=1; fi
command -v useradd >/dev/null 2>&1 && echo has_useradd=1
command -v adduser >/dev/null 2>&1 && adduser --help 2>&1 | grep -qi busybox && echo has_busybox_adduser=1
command -v flock >/dev/null 2>&1 && echo has_flock=1
if command -v ip >/dev/null 2>&1; then
  ip -o addr show scope global 2>/dev/null | awk '{split($4, a, "/"); print "addr=" a[1]}'
fi
getent ahosts "$DB" 2>/dev/null | awk '{print "db_addr=" $1}' | sort -u
exit 0
)SH");
    return s;
}

QString firewallScript(const SetupPlan &plan, const ServerFacts &facts)
{
    QString s = firewallHeader(plan);
    if (facts.probeVersion > 0) {
        // The probe has just listed the firewall: no second detection (ufw's start-up alone
        // takes 0.1–0.2 s), and no call for a rule that listing already shows.
        QStringList present;
        for (const QString &cidr : plan.stitchCidrs) {
            for (const QString &port : plan.sshPorts) {
                if (facts.firewallActive && firewallListingAllows(facts.firewallStatus, cidr, port))
                    present << cidr + QLatin1Char('@') + port;
            }
        }
        s += assign("FW", firewallKindName(facts.firewall));
        s += assign("FW_ACTIVE", facts.firewallActive ? QStringLiteral("1") : QStringLiteral("0"));
        s += assignList("PRESENT", present);
    } else {
        s += QStringLiteral("PRESENT=\ndetect_firewall\n");
    }
    return s + QStringLiteral(R"SH(if [ "$FW_ACTIVE" = 0 ]; then
  if [ "$ENABLE" = 1 ] && [ "$FW" = ufw ]; then
    [ -n "$ADMIN" ] || fail "your own address is unknown, so the firewall is not turned on (it could lock you out)"
    for p in $PORTS; do
      ufw allow proto tcp from "$ADMIN" to any port "$p" comment 'stitch-tunnel admin' >/dev/null || fail "ufw could not allow $ADMIN"
      echo "changed: allowed your address $ADMIN on port $p"
    done
  else
    echo "stitch-firewall: none active, nothing changed"
    exit 0
  fi
fi
for ip in $CIDRS; do
  for p in $PORTS; do
    case " $PRESENT " in *" $ip@$p "*) continue;; esac
    case "$FW" in
      ufw) TODO="${TODO:-} $ip@$p" ;; # added all at once below
      firewalld)
        fam=ipv4; case "$ip" in *:*) fam=ipv6;; esac
        rule="rule family=$fam source address=$ip port port=$p protocol=tcp accept"
        if ! firewall-cmd --permanent --query-rich-rule="$rule" >/dev/null 2>&1; then
          firewall-cmd --permanent --add-rich-rule="$rule" >/dev/null || fail "firewall-cmd could not add $rule"
          echo "changed: firewalld allows $ip on port $p"; RELOAD=1
        fi ;;
      iptables)
        ipt=iptables; case "$ip" in *:*) ipt=ip6tables;; esac
        if ! $ipt -C INPUT -s "$ip" -p tcp --dport "$p" -m comment --comment stitch-tunnel -j ACCEPT 2>/dev/null; then
          $ipt -I INPUT -s "$ip" -p tcp --dport "$p" -m comment --comment stitch-tunnel -j ACCEPT || fail "$ipt could not add a rule"
          echo "changed: iptables allows $ip on port $p"; SAVE=1
        fi ;;
      nftables)
        set -- $(nft_input_chain)
        [ $# = 3 ] || fail "no nftables input chain found"
        fam=ip; case "$ip" in *:*) fam=ip6;; esac
        if ! nft list chain "$1" "$2" "$3" 2>/dev/null | grep -q "$fam saddr $ip tcp dport $p .*stitch-tunnel"; then
          nft insert rule "$1" "$2" "$3" $fam saddr "$ip" tcp dport "$p" accept comment '"stitch-tunnel"' || fail "nft could not add a rule"
          echo "changed: nftables allows $ip on port $p"
        fi ;;
    esac
  done
done
if [ -n "${TODO:-}" ]; then ufw_allow_all $TODO; fi
if [ "${RELOAD:-0}" = 1 ]; then firewall-cmd --reload >/dev/null || fail "firewall-cmd --reload failed"; fi
if [ "${SAVE:-0}" = 1 ]; then
  if command -v netfilter-persistent >/dev/null 2>&1; then netfilter-persistent save >/dev/null 2>&1
  elif [ -d /etc/iptables ]; then iptables-save >/etc/iptables/rules.v4; ip6tables-save >/etc/iptables/rules.v6
  elif [ -d /etc/sysconfig ]; then iptables-save >/etc/sysconfig/iptables
  else echo "stitch-warning: the iptables rules are active but will not survive a reboot (install iptables-persistent)"; fi
fi
if [ "$FW" = nftables ]; then echo "stitch-warning: nftables rules are active now; add them to /etc/nftables.conf to keep them after a reboot"; fi
if [ "$FW_ACTIVE" = 0 ] && [ "$ENABLE" = 1 ]; then
  ufw --force enable >/dev/null || fail "ufw could not be enabled"
  echo "changed: ufw turned on"
fi
exit 0
)SH");
}

QString firewallRemovalScript(const SetupPlan &plan, const ServerFacts &)
{
    return firewallHeader(plan) + QStringLiteral(R"SH(detect_firewall
for ip in $CIDRS; do
  for p in $PORTS; do
    case "$FW" in
      ufw)
        out=$(ufw delete allow proto tcp from "$ip" to any port "$p" 2>&1)
        case "$out" in *"non-existent"*) ;; *) echo "changed: ufw no longer allows $ip on port $p";; esac ;;
      firewalld)
        fam=ipv4; case "$ip" in *:*) fam=ipv6;; esac
        rule="rule family=$fam source address=$ip port port=$p protocol=tcp accept"
        if firewall-cmd --permanent --query-rich-rule="$rule" >/dev/null 2>&1; then
          firewall-cmd --permanent --remove-rich-rule="$rule" >/dev/null; RELOAD=1
          echo "changed: firewalld no longer allows $ip on port $p"
        fi ;;
      iptables)
        ipt=iptables; case "$ip" in *:*) ipt=ip6tables;; esac
        while $ipt -D INPUT -s "$ip" -p tcp --dport "$p" -m comment --comment stitch-tunnel -j ACCEPT 2>/dev/null; do
          echo "changed: iptables no longer allows $ip on port $p"
        done ;;
      nftables)
        set -- $(nft_input_chain)
        if [ $# = 3 ]; then
          for h in $(nft -a list chain "$1" "$2" "$3" | grep "saddr $ip tcp dport $p .*stitch-tunnel" | awk '{print $NF}'); do
            nft delete rule "$1" "$2" "$3" handle "$h" && echo "changed: nftables no longer allows $ip on port $p"
          done
        fi ;;
    esac
  done
done
if [ "${RELOAD:-0}" = 1 ]; then firewall-cmd --reload >/dev/null; fi
exit 0
)SH");
}

QString tunnelUserScript(const SetupPlan &plan, const ServerFacts &facts)
{
    const QString keyLine = plan.keyOptions.isEmpty()
                                ? plan.keyLine
                                : plan.keyOptions + QLatin1Char(' ') + plan.keyLine;
    QString s = QString::fromLatin1(kPrelude);
    s += QStringLiteral("umask 077\n");
    s += assign("U", plan.tunnelUser);
    s += assign("KEYLINE", keyLine);
    s += assign("BLOB", plan.keyBlob);
    s += assign("USEPAM", facts.sshdValue(QStringLiteral("usepam")));
    s += QString::fromLatin1(kAuthorizedKeys);
    s += QStringLiteral(R"SH(if ! getent group "$U" >/dev/null 2>&1; then
  if command -v groupadd >/dev/null 2>&1; then groupadd "$U" || fail "groupadd $U failed"
  elif command -v addgroup >/dev/null 2>&1; then addgroup "$U" || fail "addgroup $U failed"
  else fail "neither groupadd nor addgroup is installed"; fi
  echo "changed: created group $U"
fi
if ! getent passwd "$U" >/dev/null 2>&1; then
  if command -v useradd >/dev/null 2>&1; then useradd -m -g "$U" "$U" || fail "useradd $U failed"
  elif command -v adduser >/dev/null 2>&1; then adduser -D -G "$U" "$U" || fail "adduser $U failed"
  else fail "neither useradd nor adduser is installed"; fi
  echo "changed: created user $U"
fi
ak_paths
[ -n "$H" ] && [ "$H" != / ] || fail "user $U has no usable home directory"
if [ ! -d "$H" ]; then
  mkdir -p "$H" && chown "$U:$G" "$H" && chmod 750 "$H" || fail "cannot create $H"
  echo "changed: created $H"
fi
if [ -n "$(find "$H" -maxdepth 0 -perm -020 -o -maxdepth 0 -perm -002)" ]; then
  chmod go-w "$H" && echo "changed: $H is no longer writable by others (sshd StrictModes)"
fi
if [ ! -d "$D" ]; then mkdir "$D" || fail "cannot create $D"; echo "changed: created $D"; fi
if [ "$(stat -c '%a %U %G' "$D")" != "700 $U $G" ]; then
  chown "$U:$G" "$D" && chmod 700 "$D" || fail "cannot fix $D"
  echo "changed: $D is now 700, owned by $U"
fi
if [ -f "$F" ] && grep -qF -- "$BLOB" "$F"; then :; else
  ak_rewrite "" "$KEYLINE"
  echo "changed: added the Stitch public key to $F"
fi
if [ "$(stat -c '%a %U %G' "$F")" != "600 $U $G" ]; then
  chown "$U:$G" "$F" && chmod 600 "$F" || fail "cannot fix $F"
  echo "changed: $F is now 600, owned by $U"
fi
if command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled && command -v restorecon >/dev/null 2>&1; then
  restorecon -RF "$D" || fail "restorecon failed on $D"
fi
if [ "$USEPAM" = no ] && getent shadow "$U" | cut -d: -f2 | grep -q '^!'; then
  usermod -p '*' "$U" || fail "cannot unlock $U for key login"
  echo "changed: $U may now log in with a key (account was locked, UsePAM is off)"
fi
exit 0
)SH");
    return s;
}

QString keyRemovalScript(const SetupPlan &plan, bool deleteUser)
{
    QString s = QString::fromLatin1(kPrelude);
    s += QStringLiteral("umask 077\n");
    s += assign("U", plan.tunnelUser);
    s += assign("BLOB", plan.keyBlob);
    s += assign("DELETE_USER", deleteUser ? QStringLiteral("1") : QStringLiteral("0"));
    s += QString::fromLatin1(kAuthorizedKeys);
    s += QStringLiteral(
        R"SH(getent passwd "$U" >/dev/null 2>&1 || { echo "stitch-user: $U does not exist"; exit 0; }
ak_paths
if [ -n "$BLOB" ] && [ -f "$F" ] && grep -qF -- "$BLOB" "$F"; then
  ak_rewrite "$BLOB" ""
  echo "changed: removed the Stitch key from $F"
fi
if [ -f "$F" ] && grep -q 'stitch-tunnel-selftest' "$F"; then ak_rewrite 'stitch-tunnel-selftest' ""; fi
if [ "$DELETE_USER" = 1 ]; then
  pkill -u "$U" >/dev/null 2>&1
  if command -v userdel >/dev/null 2>&1; then userdel -r "$U" 2>/dev/null || userdel "$U" || fail "userdel $U failed"
  else deluser --remove-home "$U" 2>/dev/null || deluser "$U" || fail "deluser $U failed"; fi
  echo "changed: deleted user $U"
  if getent group "$U" >/dev/null 2>&1; then
    if command -v groupdel >/dev/null 2>&1; then groupdel "$U"; else delgroup "$U"; fi && echo "changed: deleted group $U"
  fi
fi
exit 0
)SH");
    return s;
}

QString addSelfTestKeyScript(const SetupPlan &plan, const QString &keyLine)
{
    QString s = QString::fromLatin1(kPrelude);
    s += QStringLiteral("umask 077\n");
    s += assign("U", plan.tunnelUser);
    s += assign("LINE", keyLine);
    s += QString::fromLatin1(kAuthorizedKeys);
    s += QStringLiteral("ak_paths\n[ -d \"$D\" ] || fail \"$D is missing\"\n"
                        "ak_rewrite \"$(ak_selftest_drop)\" \"$LINE owner=$(ak_session_owner)\"\n"
                        "exit 0\n");
    return s;
}

QString removeSelfTestKeysScript(const SetupPlan &plan)
{
    QString s = QString::fromLatin1(kPrelude);
    s += QStringLiteral("umask 077\n");
    s += assign("U", plan.tunnelUser);
    s += QString::fromLatin1(kAuthorizedKeys);
    s += QStringLiteral("getent passwd \"$U\" >/dev/null 2>&1 || exit 0\nak_paths\n"
                        "DROP=$(ak_selftest_drop)\n"
                        "if [ -n \"$DROP\" ]; then ak_rewrite \"$DROP\" ''; fi\nexit 0\n");
    return s;
}

QString standaloneScript(const SetupPlan &plan)
{
    const ServerFacts noFacts;
    QString s = QStringLiteral(
        "#!/bin/sh\n"
        "# Stitch SSH tunnel: steps 1 and 4 of Stitch's guide, idempotent (safe to run again).\n"
        "# Run as root on the SSH server:  sudo sh stitch-tunnel-setup.sh\n"
        "# Generated by stitch-tunnel. Review it before you run it.\n"
        "set -u\n"
        "[ \"$(id -u)\" = 0 ] || { echo 'Run this as root (sudo sh …)' >&2; exit 1; }\n\n");
    s += QStringLiteral(
        "# --- Step 1: allow Stitch's addresses on the SSH port (host firewall) ---\n(\n");
    s += firewallScript(plan, noFacts);
    s += QStringLiteral(
        ") || exit 1\n\n# --- Step 4: the tunnel user and its authorized_keys ---\n(\n");
    s += tunnelUserScript(plan, noFacts)
             .replace(QStringLiteral("USEPAM=''\n"),
                      QStringLiteral(
                          "USEPAM=$(sshd -T 2>/dev/null | awk '$1==\"usepam\"{print $2}')\n"));
    s += QStringLiteral(") || exit 1\necho 'Done. Now finish the connection form in Stitch.'\n");
    return s;
}

} // namespace stitch::setup
