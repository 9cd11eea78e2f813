# shellcheck shell=sh
# probe_facts: the read-only probe: OS, `sshd -T` for the tunnel user, the host firewall, the
# tunnel user's account and files, our sshd block for it (lib_sshd.sh), SELinux, tools, the
# server's own addresses, the database host's addresses. Prints KEY=VALUE lines, which the tool reads. Runs
# as root but changes nothing, and looks at the tunnel user's files with lstat only; their
# contents are read as that user.
# Values: U, BLOB, KEYLINE, ADDR (a Stitch address for sshd -T), DB, LOGIN, MARKER, PORTS (the
# SSH ports).
# facts_digest (stdin: probe_facts' output): a short digest of what the probe saw, the same
# for the same server: sorted, and without the SSH sessions open now (ssh_peer), which come and
# go without changing anything apply would do. Apply checks it on the server before changing
# anything (facts_guard.sh), so that what runs is what was planned on these facts.
facts_digest() {
  grep -v -e '^ssh_peer=' -e '^facts_sha=' | sort | sha256sum 2>/dev/null | cut -c1-16
}

probe_facts() {
  b64() { base64 | tr -d '\n'; }
  echo probe_version=4
  # ufw's listing takes longest (its interpreter starts): asked first, in the background, while
  # the rest is looked at; the firewall's lines come last (probe_firewall).
  ufw_listing_begin
  echo "os_b64=$(b64 </etc/os-release 2>/dev/null)"
  # For the tunnel user even before it exists (its Match User blocks count); nobody when this
  # sshd will not answer for an unknown user (sshd_t_for_user, asked once a run).
  sshd_t_for_user
  echo "sshd_rc=$SSHD_T_RC"
  out=$SSHD_T_TEXT
  echo "sshd_b64=$(printf '%s\n' "$out" | b64)"
  # Where a fix of sshd's settings for the tunnel user would go, and the one already made.
  echo "sshd_dropins=$(sshd_includes_dropins)"
  if sshd_dropin_is_ours; then
    echo sshd_fix_where=dropin
    echo "sshd_fix_b64=$(sshd_block_body "$SSHD_DROPIN" | b64)"
  elif [ -f "$SSHD_CONF" ] && [ ! -L "$SSHD_CONF" ] && grep -qxF -e "$SSHD_BEGIN" -e "$SSHD_BEGIN_NL" "$SSHD_CONF"; then
    echo sshd_fix_where=config
    echo "sshd_fix_b64=$(sshd_block_body "$SSHD_CONF" | b64)"
  fi
  # What the server's record says this tool did to the firewall (check shows it; remove undoes it).
  if [ -f "$RECORD" ]; then
    awk '$1 == "rule" && NF == 4 { n[$2]++ }
         $1 == "ufw-enabled" { print "record_ufw_enabled=1" }
         END { for (b in n) print "record_rules=" b " " n[b] }' "$RECORD"
  fi
  if getent group "$U" >/dev/null 2>&1; then echo group_exists=1; else echo group_exists=0; fi
  _min=$(awk '$1 == "UID_MIN" { print $2 }' /etc/login.defs 2>/dev/null)
  echo "uid_min=${_min:-1000}"
  pw=$(getent passwd "$U")
  echo "user_passwd=$pw"
  # The authorized_keys file apply would write (key_file_choice), also before the account exists.
  if [ -n "$pw" ]; then account_paths; else H=$(predicted_home); key_file_choice; fi
  echo "key_file=$F"; echo "key_file_as=$KEYS_AS"
  for _kf in $KEY_FILES; do echo "key_files=$_kf"; done
  for _kf in $KEY_FILES_SKIPPED; do echo "key_file_skipped=$_kf"; done
  # Read as KEYS_AS (ak_edit), and only our own keys are taken from what it prints.
  inspect_keys() {
    ak_edit inspect "$F" "$BLOB" "$KEYLINE" 2>/dev/null | grep -E '^ak_[a-z_]+=[0-9]+$'
    # Earlier Stitch keys this tool wrote for U (the record) that still open the tunnel.
    record_keys "$U" | while read -r _b _fp; do
      if [ "$_b" != "$BLOB" ] && ak_edit inspect "$F" "$_b" "" 2>/dev/null | grep -qx 'ak_has_key=1'; then
        echo "ak_older_key=$_fp"
      fi
    done
    # SELinux: a label sshd may not read makes it ignore the file (restorecon -n says what it would change).
    if command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled && command -v restorecon >/dev/null 2>&1 &&
       [ -n "$(restorecon -n -v "$F" 2>/dev/null)" ]; then
      echo ak_selinux_label_wrong=1
    fi
  }
  if [ -n "$pw" ]; then
    echo "user_group=$G"
    echo "user_groups=$(id -nG "$U" 2>/dev/null)"
    echo "account_refusal=$(account_refusal)"
    if account_marked; then echo user_marked=1; else echo user_marked=0; fi
    case "$(getent shadow "$U" 2>/dev/null | cut -d: -f2)" in
      '!'*) echo password_state=locked;; ''|'*') echo password_state=none;; *) echo password_state=set;;
    esac
    st() { # PATH NAME: what PATH itself is, with lstat (a link is reported, never followed)
      _k=$(path_kind "$1")
      echo "kind_$2=$_k"
      case $_k in
        missing) echo "stat_$2=missing" ;;
        *) echo "stat_$2=$(stat -c '%a %U %G' "$1")" ;;
      esac
      if [ "$_k" = link ]; then echo "link_$2_b64=$(readlink "$1" | b64)"; fi
    }
    st "$H" home
    if [ "$KEYS_AS" = root ]; then
      st "$D" ssh
      st "$F" ak
      case $(path_kind "$F"):$(stat -c %U "$F" 2>/dev/null) in file:root | "file:$U") inspect_keys ;; esac
    elif [ -n "$F" ] && [ "$(path_kind "$H")" != link ]; then
      st "$D" ssh
      if [ "$(path_kind "$D")" = directory ] && [ "$(stat -c %U "$D")" = "$U" ]; then
        st "$F" ak
        if [ "$(path_kind "$F")" = file ] && [ "$(stat -c %U "$F")" = "$U" ]; then inspect_keys; fi
      fi
    fi
  fi
  if command -v getenforce >/dev/null 2>&1 && [ "$(getenforce 2>/dev/null)" = Enforcing ]; then echo selinux_enforcing=1; fi
  command -v useradd >/dev/null 2>&1 && echo has_useradd=1
  command -v adduser >/dev/null 2>&1 && adduser --help 2>&1 | grep -qi busybox && echo has_busybox_adduser=1
  command -v flock >/dev/null 2>&1 && echo has_flock=1
  { command -v setpriv >/dev/null 2>&1 || command -v runuser >/dev/null 2>&1; } && echo has_setpriv=1
  if command -v ip >/dev/null 2>&1; then
    ip -o addr show scope global 2>/dev/null | awk '{split($4, a, "/"); print "addr=" a[1]}'
  fi
  getent ahosts "$DB" 2>/dev/null | awk '!seen[$1]++ {print "db_addr=" $1}'
  # The address the database will see: the source address this server's routing table picks for
  # the first address sshd would connect to (getent lists them in getaddrinfo's order).
  _db=$(getent ahosts "$DB" 2>/dev/null | awk 'NR == 1 {print $1}')
  if [ -n "$_db" ] && command -v ip >/dev/null 2>&1; then
    _route=$(ip -o route get "$_db" 2>/dev/null | head -n 1)
    echo "db_route_to=$_db"
    printf '%s\n' "$_route" | awk '{
      if ($1 == "local") print "db_route_local=1"
      for (i = 1; i < NF; i++) {
        if ($i == "src") print "db_route_src=" $(i + 1)
        if ($i == "dev") print "db_route_dev=" $(i + 1)
      }
    }'
    case $_route in
      *" src "*) ;;
      *) # No src in the route: the first global address of the interface that faces it.
        _dev=$(printf '%s\n' "$_route" | awk '{for (i = 1; i < NF; i++) if ($i == "dev") print $(i + 1)}')
        case $_db in *:*) _family=-6;; *) _family=-4;; esac
        if [ -n "$_dev" ]; then
          ip -o "$_family" addr show dev "$_dev" scope global 2>/dev/null |
            awk 'NR == 1 {split($4, a, "/"); print "db_route_src=" a[1]}'
        fi ;;
    esac
  fi
  probe_firewall
  return 0
}

# The host firewall (detect_firewall, with ufw's listing begun at the start of probe_facts) and,
# when none is active, what turning one on would close.
probe_firewall() {
  detect_firewall
  echo "firewall=$FW"; echo "firewall_active=$FW_ACTIVE"
  echo "firewall_b64=$(printf '%s\n' "$FW_LIST" | b64)"
  # What turning a firewall on would close (only asked when none is active): TCP ports that
  # listen beyond loopback, and the addresses SSH sessions come from now (loopback left out: a
  # host firewall never filters it).
  if [ "$FW_ACTIVE" = 0 ] && command -v ss >/dev/null 2>&1; then
    ss -Hltn 2>/dev/null | awk '{
        h = $4; p = $4; sub(/:[^:]*$/, "", h); sub(/.*:/, "", p); gsub(/[][]/, "", h)
        if (h ~ /^127\./ || h == "::1" || h ~ /%lo$/) next
        if (!seen[p]++) print "listen_port=" p }'
    ss -Htn state established 2>/dev/null | awk -v ports=" $PORTS " '{
        lp = $3; sub(/.*:/, "", lp); h = $4; sub(/:[^:]*$/, "", h); gsub(/[][]/, "", h)
        sub(/^::ffff:/, "", h)
        if (index(ports, " " lp " ") && h !~ /^127\./ && h != "::1" && !seen[h]++) print "ssh_peer=" h }'
  fi
}
