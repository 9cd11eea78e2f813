# shellcheck shell=sh
# shellcheck disable=SC2034 # ADDR and H are read by lib_tunnel_account.sh
# The authorized_keys file apply writes for the tunnel user, found as apply finds it
# (lib_tunnel_account.sh, key_file_choice), for the Ansible playbook: one line "AS FILE", AS
# "user" (under the home, written as the user) or "root" (a folder only root can change). With
# no file that is safe to write it fails as apply does, before anything is changed. Values come
# through the environment: STITCH_USER, STITCH_ADDR (a Stitch address, for Match Address).
# Read-only.
U=$STITCH_USER; ADDR=$STITCH_ADDR
if getent passwd "$U" >/dev/null 2>&1; then account_paths; else H=$(predicted_home); key_file_choice; fi
require_key_file
printf '%s %s\n' "$KEYS_AS" "$F"
