#include "script_texts.h"

#include "common/text_template.h"

#include <QCoreApplication>

namespace stitch::setup {

namespace {

struct Wording
{
    const char *code;
    const char *english;
};

// Each script's lines, in the order of resources/scripts/. The wording must be the script's
// text with its values as %1, %2 … (a value used twice is one place): ScriptTexts.* in the unit
// tests reads every line from the scripts and fails on a line missing here or a wording here no
// script prints.
const Wording kWordings[] = {
    // authorized_keys_edit.sh
    {"user.ssh_dir_link",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 is not a folder of its own")},
    {"user.authorized_keys_link",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 is a symbolic link")},
    {"user.authorized_keys_kind",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 is not a regular file")},
    {"user.ak_read", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot read %1")},
    {"user.ak_temp",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot create a temporary file in %1: %2")},
    {"user.ak_write",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot copy %1 to a temporary file: %2")},
    {"user.ak_write", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot write %1: %2")},
    {"user.ak_write", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot set the mode of %1")},
    {"user.ak_replace", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot replace %1")},
    {"user.ssh_dir", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot create %1 as %2: %3")},
    {"internal.usage",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "authorized-keys-edit: unknown operation %1")},
    {"internal.usage", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                         "authorized-keys-edit: %1 needs %2 arguments")},
    {"internal.usage", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                         "authorized-keys-edit: -- expected between operations")},
    // facts_guard.sh
    {"server.changed_since_check",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "the server changed since the check (what apply was planned on no longer "
                       "holds); nothing was changed")},
    // firewall_apply.sh
    {"firewall.admin_unknown",
     QT_TRANSLATE_NOOP(
         "stitch::setup::ScriptTexts",
         "your own address is unknown, so the firewall is not turned on (it could lock you out)")},
    {"firewall.ufw", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "ufw could not allow %1: %2")},
    {"firewall.none_active", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                               "no host firewall is active; nothing changed")},
    {"firewall.iptables",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 could not add a rule: %2")},
    {"firewall.nft_chain",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "no nftables input chain found")},
    {"firewall.nft",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "nft could not add a rule: %1")},
    {"firewall.firewalld",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "firewall-cmd could not add the rules")},
    {"firewall.firewalld", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                             "firewall-cmd could not add the rules permanently")},
    {"firewall.iptables_not_saved",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "the iptables rules are active but will not survive a reboot: there is no "
                       "saved rules file (/etc/iptables/rules.v4 from iptables-persistent, or "
                       "/etc/sysconfig/iptables) to add them to, and saving the whole live ruleset "
                       "would also make your rules for this boot only permanent")},
    {"firewall.nft_not_persistent",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "nftables rules are active now; add them to /etc/nftables.conf to keep them "
                       "after a reboot")},
    {"firewall.ufw",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "ufw could not be enabled: %1")},
    // firewall_remove.sh
    {"firewall.remove_failed",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 could not remove %2; remove it by hand")},
    {"firewall.admin_rule_kept",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "ufw still allows your address %1 on port %2 (comment 'stitch-tunnel "
                       "admin', added when ufw was turned on), so you keep SSH access; delete it "
                       "with ufw once you no longer need it")},
    {"firewall.firewalld_not_running",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "firewalld is not running, so the rules recorded in %1 were not removed; "
                       "start firewalld and remove again")},
    {"firewall.iptables_saved_left",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "rules tagged stitch-tunnel are still in the saved iptables rules; remove "
                       "them from /etc/iptables/rules.v4 by hand")},
    {"firewall.ufw_stays_on",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "ufw was turned on by stitch-tunnel and stays on (turning it off would open "
                       "every port of this server); remove again with ufw turned off, or run ufw "
                       "disable yourself, if it should be off")},
    {"firewall.nothing_tagged",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "no firewall rule tagged stitch-tunnel was found; nothing changed")},
    // firewall_undo.sh
    {"firewall.taken_back",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 rule for %2 on port %3")},
    {"firewall.not_taken_back",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "the %1 rule this run added for %2 on port %3 could not be taken back; "
                       "remove Stitch access with its firewall rules to take it out")},
    // key_remove.sh
    {"user.absent",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 does not exist; nothing to remove")},
    {"user.no_key",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "no Stitch key of this tool is recorded for %1, and none was given; no key "
                       "was removed (give Stitch's key with --public-key-file to remove it)")},
    {"user.link_followed", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                             "%1 is a symbolic link to %2, set by %3; Stitch's key "
                                             "was taken out through it as %3, never as root")},
    {"user.kept", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                    "%1 was not created by this tool, so the account stays; only "
                                    "the Stitch key was taken out")},
    {"user.processes_killed",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "processes of %1 that ignored SIGTERM were killed")},
    {"user.userdel",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 could not be deleted, and %2")},
    {"user.userdel", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 could not be deleted")},
    {"user.group_kept",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "group %1 stays: other accounts use it")},
    {"user.shell_not_restored",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 keeps the shell this tool gave it; give it back with usermod -s %2 %1")},
    {"user.key_left",
     QT_TRANSLATE_NOOP(
         "stitch::setup::ScriptTexts",
         "%1. Remove it by hand, or delete the account (--remove-user) if this tool created it")},
    // lib_record.sh
    {"record.write",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "could not write %1; a later remove will need the key given again")},
    {"record.write", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "could not update %1")},
    // lib_tunnel_account.sh
    {"user.missing", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "user %1 does not exist")},
    {"user.no_key_file",
     QT_TRANSLATE_NOOP(
         "stitch::setup::ScriptTexts",
         "sshd reads %1's keys from no file this tool may write (AuthorizedKeysFile: %2; "
         "AuthorizedKeysCommand: %3); nothing was changed. Name a file under the home or in a "
         "folder only root can change in AuthorizedKeysFile, reload sshd, and apply again")},
    {"user.no_key_file",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "sshd reads %1's keys from no file this tool may write (AuthorizedKeysFile: "
                       "%2); nothing was changed. Name a file under the home or in a folder only "
                       "root can change in AuthorizedKeysFile, reload sshd, and apply again")},
    {"tools.no_setpriv",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "neither setpriv nor runuser is installed, and nothing under %1's home is "
                       "touched as root; install util-linux (it has both)")},
    {"tools.tmp",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot create a temporary file")},
    {"user.authorized_keys_owner",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 belongs to %2, not %3 or root. Find out why; then remove it or give it "
                       "to root, and apply again")},
    {"user.authorized_keys_link",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 is a symbolic link to %2; the tool does not follow it. Replace the link "
                       "with the file, and apply again")},
    {"user.authorized_keys_kind",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 is not a regular file. Move it away and apply again")},
    {"user.home_link",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 is a symbolic link to %2; the tool does not follow it as root")},
    {"user.ssh_dir_link", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                            "%1 is a symbolic link to %2; the tool does not follow "
                                            "it as root. Remove the link (rm %1) and apply again")},
    {"user.ssh_dir_kind", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                            "%1 is not a folder. Move it away and apply again")},
    {"user.ssh_dir_owner",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 belongs to %2, not %3. Find out why; then remove it or give it to %3 "
                       "(chown -R %3: %1), and apply again")},
    {"user.authorized_keys_owner",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 belongs to %2, not %3. Find out why; then remove it or give it to %3, "
                       "and apply again")},
    {"user.authorized_keys_link",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 is a symbolic link to %2; the tool does not follow it as root. Remove "
                       "the link (rm %1) and apply again")},
    // lib_ufw.sh
    {"firewall.ufw", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "ufw: %1")},
    {"firewall.ufw_missing",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "ufw is not installed")},
    {"firewall.ufw_one_call_per_rule",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "ufw has no Python API here: one ufw call per rule")},
    {"firewall.ufw_one_call_per_rule",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "ufw's Python API is not usable here: one ufw call per rule")},
    {"firewall.ufw_batch",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 rules in one ufw call")},
    // selftest_key_add.sh
    {"user.ssh_dir", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 is missing")},
    // server_lock.sh
    {"lock.no_run", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                      "/run is missing, so the server lock cannot be taken")},
    {"lock.open", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                    "the lock file /run/stitch-tunnel.lock cannot be opened")},
    {"lock.busy",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "another setup is running on this server; try again in a minute")},
    // sshd_fix.sh
    {"sshd.link", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                    "%1 is a symbolic link; it is not changed through it")},
    {"sshd.no_config", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 does not exist")},
    {"sshd.tmp",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot create a temp file in /etc/ssh")},
    {"sshd.write", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot remove %1")},
    {"sshd.write", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot write %1")},
    {"sshd.invalid",
     QT_TRANSLATE_NOOP(
         "stitch::setup::ScriptTexts",
         "sshd -t fails without the tunnel user's block, so it was left in place: %1")},
    {"sshd.not_reloaded",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "sshd could not be reloaded, so the sshd that runs now keeps the tunnel "
                       "user's settings until it restarts; reload sshd on the server")},
    {"sshd.foreign",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 exists and was not written by this tool; nothing was changed")},
    {"sshd.in_place",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "sshd's settings for %1 are already in %2")},
    {"sshd.fix_invalid", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                           "the change to sshd's configuration for %1 was taken "
                                           "out again because sshd -t rejected it: %2")},
    {"sshd.fix_ineffective",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "the change to sshd's configuration for %1 was taken out again because sshd "
                       "-T still does not show: %2(another setting overrides it)")},
    {"sshd.not_reloaded", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                            "the change to sshd's configuration for %1 was taken "
                                            "out again: no running sshd was found to reload")},
    // tunnel_user.sh
    {"user.groupadd", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "groupadd %1 failed: %2")},
    {"user.groupadd", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "addgroup %1 failed: %2")},
    {"user.no_useradd",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "neither groupadd nor addgroup is installed")},
    {"user.useradd", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "%1 %2 failed: %3")},
    {"user.no_nologin",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "the server has neither nologin nor false to give %1 as its shell")},
    {"user.no_useradd",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "neither useradd nor adduser is installed")},
    {"user.refused", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                                       "%1 must not carry Stitch's key (%2); nothing was changed. "
                                       "Choose another tunnel user name")},
    {"user.not_ours",
     QT_TRANSLATE_NOOP(
         "stitch::setup::ScriptTexts",
         "%1 already exists and was not created by this tool; nothing was changed. Confirm that "
         "this account is meant for Stitch (--adopt-existing-user), or choose another name")},
    {"user.shell",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "usermod could not give %1 the shell %2: %3")},
    {"user.no_home",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "user %1 has no usable home directory")},
    {"user.home", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot create %1: %2")},
    {"user.home", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot give %1 to %2: %3")},
    {"user.home",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot make %1 unwritable by others: %2")},
    {"user.key_file_skipped",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "sshd also reads %1, which is not under %2's home, and its folder is "
                       "missing or other accounts can change it: the tool does not write there")},
    {"user.ssh_dir", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot create %1: %2")},
    {"user.ssh_dir", QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot give %1 to %2: %3")},
    {"user.home_owner",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 belongs to %2, not %3 or root, so %4 is not created in it")},
    {"user.ssh_dir",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot set the mode of %1: %2")},
    {"user.authorized_keys_too_big",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "%1 is %2 bytes, over 1 MiB; nothing was changed. Remove the lines that are "
                       "not needed (it should hold a few keys), then apply again")},
    {"user.authorized_keys",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot set the mode of %1: %2")},
    {"user.selinux",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "restorecon failed on %1: %2")},
    {"user.unlock",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "cannot unlock %1 for key login: %2")},
    // ufw_turn_off.sh
    {"firewall.ufw_not_ours",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "ufw was not turned on by stitch-tunnel, so it was left as it is")},
    {"firewall.ufw_missing",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts",
                       "ufw is no longer installed, so there was nothing to turn off")},
    {"firewall.ufw_disable",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "ufw could not be turned off: %1")},
    {"firewall.ufw_already_off",
     QT_TRANSLATE_NOOP("stitch::setup::ScriptTexts", "ufw was already off")},
    {"firewall.admin_rule_left",
     QT_TRANSLATE_NOOP(
         "stitch::setup::ScriptTexts",
         "the ufw rule for your address %1 on port %2 could not be deleted; delete it with ufw")},
};

} // namespace

QString scriptText(const QString &code, const QString &english)
{
    for (const Wording &w : kWordings) {
        if (code != QLatin1String(w.code))
            continue;
        const auto values = valuesInText(QString::fromUtf8(w.english), english);
        if (values) {
            return withValues(QCoreApplication::translate("stitch::setup::ScriptTexts", w.english),
                              *values);
        }
    }
    return english;
}

QList<ScriptTextWording> scriptTextWordings()
{
    QList<ScriptTextWording> wordings;
    for (const Wording &w : kWordings)
        wordings.append({QString::fromLatin1(w.code), QString::fromUtf8(w.english)});
    return wordings;
}

} // namespace stitch::setup
