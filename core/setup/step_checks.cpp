#include "step_checks.h"

#include "sshd_fix.h"
#include "sshd_stitch_checks.h"
#include "stitch_network.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace stitch::setup {

namespace {

Finding pass(const char *code, const QString &message)
{
    return makeFinding(Severity::Pass, code, message);
}
Finding warn(const char *code, const QString &message, const QString &fix)
{
    return makeFinding(Severity::Warn, code, message, fix);
}
// An sshd setting that keeps the tunnel user out: the front end may offer the tool's own fix
// (values: core's fix text, for the admin who prefers to do it by hand).
Finding sshdFixable(Finding finding)
{
    return withRemedy(finding, RemedyKind::FixSshd, {finding.fix});
}
Finding fail(const char *code, const QString &message, const QString &fix)
{
    return makeFinding(Severity::Fail, code, message, fix);
}

QString withoutHostPrefix(const QString &cidr)
{
    return cidr.endsWith(QLatin1String("/32")) || cidr.endsWith(QLatin1String("/128"))
               ? cidr.section(QLatin1Char('/'), 0, 0)
               : cidr;
}

// Matches a line that contains `word` as a whole word (not part of a longer address).
QRegularExpression wordPattern(const QString &word)
{
    return QRegularExpression(QStringLiteral("(^|[^0-9A-Za-z.:/])%1($|[^0-9A-Za-z.:])")
                                  .arg(QRegularExpression::escape(word)));
}

} // namespace

bool firewallListingAllows(const QString &listing, const QString &cidr, const QString &port)
{
    const QString address = withoutHostPrefix(cidr);
    // Compiled once, not per line: listings can be long (found by tests/fuzz/firewall_fuzzer).
    const QRegularExpression cidrWord = wordPattern(cidr);
    const QRegularExpression addressWord = wordPattern(address);
    const QRegularExpression portWord = wordPattern(port); // 2222 is not in "22222/tcp"
    for (const QString &line : listing.split(QLatin1Char('\n'))) {
        if (!line.contains(port) || !portWord.match(line).hasMatch())
            continue;
        if (!cidrWord.match(line).hasMatch() && !addressWord.match(line).hasMatch())
            continue;
        const QString lower = line.toLower();
        if (lower.contains(QLatin1String("allow out"))) // ufw's outgoing rules let nothing in
            continue;
        if (lower.contains(QLatin1String("allow")) || lower.contains(QLatin1String("accept")))
            return true;
    }
    return false;
}

QString cloudFirewallRules(const SetupPlan &plan)
{
    const QString port = plan.sshPorts.value(0, QStringLiteral("22"));
    QString aws, azure, gcp;
    int priority = 300;
    for (const QString &cidr : plan.stitchCidrs) {
        aws += QStringLiteral("aws ec2 authorize-security-group-ingress --group-id <SG_ID> "
                              "--protocol tcp --port %1 --cidr %2\n")
                   .arg(port, cidr);
        azure += QStringLiteral("az network nsg rule create --resource-group <RG> --nsg-name <NSG> "
                                "--name stitch-ssh-%1 --priority %1 --direction Inbound --access "
                                "Allow --protocol Tcp --source-address-prefixes %2 "
                                "--destination-port-ranges %3\n")
                     .arg(priority++)
                     .arg(cidr, port);
    }
    gcp = QStringLiteral("gcloud compute firewall-rules create stitch-ssh --network <NETWORK> "
                         "--direction INGRESS --action ALLOW --rules tcp:%1 --source-ranges %2\n")
              .arg(port, plan.stitchCidrs.join(QLatin1Char(',')));
    return QStringLiteral("# AWS security group\n") + aws +
           QStringLiteral("# Azure network security group\n") + azure +
           QStringLiteral("# Google Cloud firewall\n") + gcp;
}

UfwEnableEffect ufwEnableEffect(const ServerFacts &facts, const SetupPlan &plan)
{
    QStringList closed;
    for (const QString &port : facts.listeningPorts) {
        if (!plan.sshPorts.contains(port))
            closed << port;
    }
    QStringList cutOff;
    for (const QString &peer : facts.sshPeers) {
        const QHostAddress address(peer);
        bool kept = peer == plan.adminAddress;
        for (const QString &cidr : plan.keepSshFrom + plan.stitchCidrs)
            kept = kept || address.isInSubnet(QHostAddress::parseSubnet(cidr));
        if (!kept)
            cutOff << peer;
    }
    QStringList open;
    if (!plan.adminAddress.isEmpty())
        open << QObject::tr("your address %1").arg(plan.adminAddress);
    open << plan.keepSshFrom;
    QString message =
        QObject::tr("Turning on ufw blocks every incoming connection except SSH (port %1) from "
                    "%2 and Stitch's addresses.")
            .arg(plan.sshPorts.join(QStringLiteral(", ")), open.join(QStringLiteral(", ")));
    if (!closed.isEmpty()) {
        message += QLatin1Char(' ') +
                   QObject::tr("These TCP ports listen now and will be closed to other machines: "
                               "%1.")
                       .arg(closed.join(QStringLiteral(", ")));
    }
    if (!cutOff.isEmpty()) {
        message += QLatin1Char(' ') +
                   QObject::tr("SSH sessions are open now from %1; new logins from there will be "
                               "refused.")
                       .arg(cutOff.join(QStringLiteral(", ")));
    }
    return UfwEnableEffect{closed, cutOff, message};
}

namespace {

// What the server's record says this tool did to the firewall: shown in every check, so the
// admin knows what removing Stitch access takes out (and what it leaves on).
void addRecordedFirewallChanges(const ServerFacts &facts, QVector<Finding> &findings)
{
    const QString rules = facts.recordedFirewallRulesText();
    if (!rules.isEmpty()) {
        findings << pass("firewall.recorded",
                         QObject::tr("Firewall rules this tool added here, by its record in "
                                     "/var/lib/stitch-tunnel/record: %1. Removing Stitch access "
                                     "with its firewall rules takes out exactly these.")
                             .arg(rules));
    }
    if (facts.recordSaysUfwEnabled) {
        findings << pass("firewall.recorded_ufw_enabled",
                         QObject::tr("This tool turned ufw on here; removing Stitch access "
                                     "leaves it on unless asked to turn it off again."));
    }
}

void addWhatTurningUfwOnCloses(const ServerFacts &facts, const SetupPlan &plan,
                               QVector<Finding> &findings)
{
    const UfwEnableEffect effect = ufwEnableEffect(facts, plan);
    if (effect.closedPorts.isEmpty() && effect.cutOffPeers.isEmpty()) {
        findings << pass("firewall.enable_closes", effect.message);
        return;
    }
    findings << warn("firewall.enable_closes", effect.message,
                     QObject::tr("Keep SSH open to another network with --keep-ssh-from CIDR, "
                                 "and allow the other services (ufw allow PORT/tcp) before you "
                                 "apply, or leave the firewall off and allow Stitch in your "
                                 "cloud firewall."));
}

} // namespace

StepResult checkFirewall(const ServerFacts &facts, const SetupPlan &plan)
{
    StepResult r;
    const QString fw = firewallKindName(facts.firewall);
    const QString ports = plan.sshPorts.join(QStringLiteral(", "));
    if (!facts.firewallActive) {
        r.findings << withRemedy(
            warn("firewall.none_active",
                 QObject::tr("No host firewall is active on the server, so SSH port %1 is open "
                             "to every address at the host level.")
                     .arg(ports),
                 QObject::tr("Allow only Stitch's addresses in your cloud or network firewall "
                             "(rules below), or let this tool turn on ufw (your own address is "
                             "allowed first).")),
            RemedyKind::EnableFirewall);
        if (plan.enableFirewall && plan.adminAddress.isEmpty()) {
            r.findings << fail("firewall.admin_address_unknown",
                               QObject::tr("The server did not say which address you connect "
                                           "from, so the tool will not turn ufw on: it could "
                                           "not allow your own address first and could lock "
                                           "you out."),
                               QObject::tr("Allow your own address in ufw and turn it on by "
                                           "hand, or find out why your login shell's startup "
                                           "files hide it (the transcript shows what the "
                                           "server sent at login)."));
        } else if (plan.enableFirewall) {
            addWhatTurningUfwOnCloses(facts, plan, r.findings);
        }
        addRecordedFirewallChanges(facts, r.findings);
        r.status = statusFromFindings(r.findings);
        return r;
    }
    QStringList missing;
    for (const QString &cidr : plan.stitchCidrs) {
        for (const QString &port : plan.sshPorts) {
            if (!firewallListingAllows(facts.firewallStatus, cidr, port))
                missing << QStringLiteral("%1 → port %2").arg(cidr, port);
        }
    }
    if (missing.isEmpty()) {
        r.findings << pass("firewall.allowed",
                           QObject::tr("%1 allows all %2 Stitch addresses on SSH port %3.")
                               .arg(fw)
                               .arg(plan.stitchCidrs.size())
                               .arg(ports));
    } else {
        r.findings << fail("firewall.stitch_blocked",
                           QObject::tr("%1 is active and does not yet allow: %2.")
                               .arg(fw, missing.join(QStringLiteral(", "))),
                           QObject::tr("Apply the changes: the tool adds allow rules tagged "
                                       "\"stitch-tunnel\"."));
    }
    if (facts.firewall == FirewallKind::Nftables) {
        r.findings << warn("firewall.nft_not_persistent",
                           QObject::tr("Rules added to nftables take effect at once but are not "
                                       "written to /etc/nftables.conf."),
                           QObject::tr("Add the rules tagged \"stitch-tunnel\" (nft list ruleset) "
                                       "to /etc/nftables.conf so they survive a reboot."));
    }
    addRecordedFirewallChanges(facts, r.findings);
    r.status = statusFromFindings(r.findings);
    return r;
}

namespace {

// A path under the tunnel user's home that the tool will not touch: a link (root would follow
// it), not what its name says, or another account's.
void refusePath(QVector<Finding> &out, const FileState &st, const QString &path,
                const QString &user, const QString &wantedKind, const QString &notThatKind,
                const char *linkCode, const char *kindCode, const char *ownerCode)
{
    if (!st.exists)
        return;
    if (st.isLink()) {
        out << fail(
            linkCode,
            QObject::tr("%1 is a symbolic link to %2. The tool does not follow it: as "
                        "root that could hand the link's target to %3.")
                .arg(path, st.linkTarget, user),
            QObject::tr("Remove the link on the server (rm %1) and apply again.").arg(path));
    } else if (!st.kind.isEmpty() && st.kind != wantedKind) {
        out << fail(kindCode, notThatKind,
                    QObject::tr("Move it away on the server and apply again."));
    } else if (st.owner != user) {
        out << fail(ownerCode,
                    QObject::tr("%1 belongs to %2, not %3; the tool changes nothing in it.")
                        .arg(path, st.owner, user),
                    QObject::tr("Find out why. Then remove it, or give it to %1 (chown -R %1: "
                                "%2), and apply again.")
                        .arg(user, path));
    }
}

} // namespace

std::optional<Finding> noKeyFileRefusal(const ServerFacts &facts)
{
    if (facts.probeVersion < 4 || !facts.keyFile.isEmpty())
        return std::nullopt;
    const QString files =
        facts.keyFiles.isEmpty() ? QStringLiteral("none") : facts.keyFiles.join(QLatin1Char(' '));
    const QString command = facts.sshdValue(QStringLiteral("authorizedkeyscommand"));
    const QString what =
        command.isEmpty() || command == QLatin1String("none")
            ? QObject::tr("sshd reads keys from no file this tool may write "
                          "(AuthorizedKeysFile: %1): each is outside the home, in a folder that "
                          "is missing or that other accounts can change.")
                  .arg(files)
            : QObject::tr("sshd takes keys from the program %1 (AuthorizedKeysCommand) and from "
                          "no file this tool may write (AuthorizedKeysFile: %2); a key that "
                          "program hands out is not one this tool can install or remove.")
                  .arg(command, files);
    return fail("sshd.authorized_keys_file", what,
                QObject::tr("Add Stitch's key where that program reads keys from, or name a file "
                            "under the home or in a folder only root can change in "
                            "AuthorizedKeysFile (e.g. \"AuthorizedKeysFile "
                            ".ssh/authorized_keys\"), reload sshd and apply again."));
}

QVector<Finding> tunnelUserRefusals(const ServerFacts &facts, const SetupPlan &plan)
{
    QVector<Finding> out;
    const QString u = plan.tunnelUser;
    if (facts.probeVersion >= 2 && !facts.hasSetpriv) {
        out << fail("tools.no_setpriv",
                    QObject::tr("The server has neither setpriv nor runuser, and the tool never "
                                "touches %1's files as root.")
                        .arg(u),
                    QObject::tr("Install util-linux on the server (it has both)."));
    }
    // sshd reads keys from no file the tool may write: stop before the account is made for
    // nothing.
    if (const std::optional<Finding> noFile = noKeyFileRefusal(facts))
        out << *noFile;
    if (!facts.userExists)
        return out;
    const QStringList why = facts.accountRefusal.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString fix = QObject::tr("Stitch's key would get this account's rights. Choose a "
                                    "dedicated tunnel user name, such as stitch.");
    const QString code = why.value(0);
    if (code == QLatin1String("uid0")) {
        out << fail("user.uid0", QObject::tr("%1 has uid 0: it is root under another name.").arg(u),
                    fix);
    } else if (code == QLatin1String("system")) {
        out << fail("user.system_account",
                    QObject::tr("%1 is a system account (uid %2, below %3; home %4, shell %5).")
                        .arg(u, why.value(1), why.value(2), facts.userHome, facts.userShell),
                    fix);
    } else if (code == QLatin1String("login")) {
        out << fail("user.login_user", QObject::tr("%1 is the account you log in with.").arg(u),
                    fix);
    } else if (code == QLatin1String("admin_group")) {
        out << fail("user.administrator",
                    QObject::tr("%1 is in the administrators' group %2.").arg(u, why.value(1)),
                    fix);
    } else if (code == QLatin1String("uid_max")) {
        out << fail("user.uid_above_max",
                    QObject::tr("%1 has uid %2, above UID_MAX (%3): not an ordinary account.")
                        .arg(u, why.value(1), why.value(2)),
                    fix);
    } else if (code == QLatin1String("root_group")) {
        out << fail("user.root_equivalent_group",
                    QObject::tr("%1 is in the group %2, whose members can become root or read "
                                "what only root may.")
                        .arg(u, why.value(1)),
                    fix);
    } else if (code == QLatin1String("sudoer")) {
        out << fail("user.sudoer", QObject::tr("%1 may run commands as root with sudo.").arg(u),
                    fix);
    } else if (code == QLatin1String("doas")) {
        out << fail("user.doas",
                    QObject::tr("%1 may run commands as root with doas (/etc/doas.conf).").arg(u),
                    fix);
    } else if (code == QLatin1String("polkit_group")) {
        out << fail("user.polkit_group",
                    QObject::tr("%1 is in the group %2, which the polkit rules in %3 give "
                                "administrator rights.")
                        .arg(u, why.value(1), why.mid(2).join(QLatin1Char(' '))),
                    fix);
    } else if (code == QLatin1String("home_owner")) {
        out << fail("user.home_not_own",
                    QObject::tr("%1's home %2 belongs to %3, not to %1: the tool would change "
                                "another account's folder.")
                        .arg(u, why.mid(2).join(QLatin1Char(' ')), why.value(1)),
                    QObject::tr("Give %1 a home of its own (usermod -m -d /home/%1 %1), or "
                                "choose a dedicated tunnel user name, such as stitch.")
                        .arg(u));
    } else if (!code.isEmpty()) {
        out << fail(
            "user.refused",
            QObject::tr("%1 must not carry Stitch's key (%2).").arg(u, facts.accountRefusal), fix);
    }
    if (!out.isEmpty())
        return out; // nothing else matters for an account that is never used
    if (!facts.userMarked && !plan.adoptExistingUser) {
        out << withRemedy(fail("user.not_ours",
                               QObject::tr("%1 already exists and was not created by this tool "
                                           "(uid %2, home %3, shell %4).")
                                   .arg(u)
                                   .arg(facts.userUid)
                                   .arg(facts.userHome, facts.userShell),
                               QObject::tr("If this account is meant only for Stitch's tunnel, "
                                           "confirm that it may be used. Otherwise choose "
                                           "another name.")),
                          RemedyKind::AdoptExistingUser);
    }
    if (facts.home.isLink()) {
        out << fail("user.home_link",
                    QObject::tr("%1's home %2 is a symbolic link to %3; the tool does not follow "
                                "it as root.")
                        .arg(u, facts.userHome, facts.home.linkTarget),
                    QObject::tr("Make %1 a real folder owned by %2, then apply again.")
                        .arg(facts.userHome, u));
        return out;
    }
    if (facts.keyFile.isEmpty())
        return out;
    // In a folder only root can change, the file may be root's too (the probe checked the
    // folders); under the home, everything must be the user's.
    const QString fileOwner =
        facts.keyFileByRoot && facts.authorizedKeys.owner == QLatin1String("root")
            ? QStringLiteral("root")
            : u;
    if (!facts.keyFileByRoot) {
        refusePath(out, facts.sshDir, facts.keyDir(), u, QStringLiteral("directory"),
                   QObject::tr("%1 is not a folder.").arg(facts.keyDir()), "user.ssh_dir_link",
                   "user.ssh_dir_kind", "user.ssh_dir_owner");
    }
    refusePath(out, facts.authorizedKeys, facts.keyFile, fileOwner, QStringLiteral("file"),
               QObject::tr("%1 is not a regular file.").arg(facts.keyFile),
               "user.authorized_keys_link", "user.authorized_keys_kind",
               "user.authorized_keys_owner");
    return out;
}

StepResult checkTunnelUser(const ServerFacts &facts, const SetupPlan &plan, const QString &keyType)
{
    StepResult r;
    const QString u = plan.tunnelUser;
    if (!facts.userExists) {
        r.findings << fail("user.missing", QObject::tr("The user %1 does not exist yet.").arg(u),
                           QObject::tr("Apply the changes to create it (as in step 4 of Stitch's "
                                       "guide)."));
    } else {
        r.findings += tunnelUserRefusals(facts, plan);
        // An adopted account holds the tunnel only: apply gives it a shell that runs nothing.
        static const QRegularExpression noLogin(QStringLiteral("/(nologin|false)$"));
        if (!facts.userMarked && plan.adoptExistingUser && !facts.userShell.isEmpty() &&
            !noLogin.match(facts.userShell).hasMatch()) {
            r.findings << warn("user.login_shell",
                               QObject::tr("%1 has the login shell %2, so its other keys and its "
                                           "password can run commands.")
                                   .arg(u, facts.userShell),
                               QObject::tr("Apply the changes: an adopted account holds Stitch's "
                                           "tunnel only, so the tool gives it a shell that runs "
                                           "nothing (removing Stitch access gives %1 back).")
                                   .arg(facts.userShell));
        }
        if (facts.home.exists && facts.home.mode.size() >= 2) {
            const QString m = facts.home.mode;
            const int group = m.at(m.size() - 2).digitValue();
            const int other = m.at(m.size() - 1).digitValue();
            if ((group & 2) || (other & 2)) {
                r.findings << fail(
                    "user.home_writable",
                    QObject::tr("%1 (mode %2) is writable by other users, so sshd "
                                "(StrictModes) ignores the key.")
                        .arg(facts.userHome, m),
                    QObject::tr("Apply the changes (chmod go-w %1).").arg(facts.userHome));
            }
        }
        // A link or another account's file is a refusal (above): only the mode is fixed here.
        const auto expect = [&](const FileState &st, const QString &path, const QString &mode,
                                const char *code) {
            if (!st.exists) {
                r.findings << fail(code, QObject::tr("%1 does not exist.").arg(path),
                                   QObject::tr("Apply the changes to create it."));
            } else if (!st.isLink() && st.owner == u && st.mode != mode) {
                r.findings << fail(
                    code,
                    QObject::tr("%1 has mode %2; sshd needs mode %3.").arg(path, st.mode, mode),
                    QObject::tr("Apply the changes to fix the mode."));
            }
        };
        if (facts.keyFileByRoot) {
            // Root's key folder: the file is read by sshd as the user, so one of root's must
            // be readable by all (644); one of the user's, 600.
            const bool rootsFile = facts.authorizedKeys.owner == QLatin1String("root");
            if (!facts.authorizedKeys.exists) {
                expect(facts.authorizedKeys, facts.keyFile, QString(), "user.authorized_keys");
            } else if (!facts.authorizedKeys.isLink() &&
                       facts.authorizedKeys.mode !=
                           (rootsFile ? QLatin1String("644") : QLatin1String("600"))) {
                r.findings << fail(
                    "user.authorized_keys",
                    QObject::tr("%1 has mode %2; it should be %3 (sshd reads it "
                                "as %4).")
                        .arg(facts.keyFile, facts.authorizedKeys.mode,
                             rootsFile ? QStringLiteral("644") : QStringLiteral("600"), u),
                    QObject::tr("Apply the changes to fix the mode."));
            }
        } else if (!facts.keyFile.isEmpty()) {
            expect(facts.sshDir, facts.keyDir(), QStringLiteral("700"), "user.ssh_dir");
            expect(facts.authorizedKeys, facts.keyFile, QStringLiteral("600"),
                   "user.authorized_keys");
        }
        if (!facts.keyFile.isEmpty() && !facts.keyFileIsDefault()) {
            r.findings << pass("user.key_file",
                               QObject::tr("sshd reads %1's keys from %2 (AuthorizedKeysFile): "
                                           "that is where Stitch's key goes.")
                                   .arg(u, facts.keyFile));
        }
        for (const QString &skipped : facts.keyFilesSkipped) {
            r.findings << pass("user.key_file_skipped",
                               QObject::tr("sshd also reads %1, whose folder is missing or "
                                           "can be changed by other accounts: the tool does not "
                                           "write there.")
                                   .arg(skipped));
        }
        if (facts.keyFileLabelWrong) {
            r.findings << fail("user.selinux_label",
                               QObject::tr("%1 does not have the SELinux label sshd may read, so "
                                           "sshd ignores the keys in it.")
                                   .arg(facts.keyFile),
                               QObject::tr("Apply the changes (they run restorecon -F %1), or "
                                           "run it yourself.")
                                   .arg(facts.keyFile));
        }
        if (facts.authorizedKeys.exists && !plan.keyBlob.isEmpty() && !facts.authorizedKeysHasKey) {
            r.findings << fail("user.key_missing",
                               QObject::tr("The Stitch public key is not in %1's "
                                           "authorized_keys.")
                                   .arg(u),
                               QObject::tr("Apply the changes to add it (on its own line)."));
        } else if (facts.authorizedKeysHasKey && !facts.authorizedKeysExactLine &&
                   !plan.keyBlob.isEmpty()) {
            r.findings << fail("user.key_options",
                               QObject::tr("The Stitch key is in %1's authorized_keys, but not "
                                           "exactly as wanted: %2")
                                   .arg(u, plan.wantedKeyLine().left(160)),
                               QObject::tr("Apply the changes: the key's line is rewritten (other "
                                           "lines stay as they are)."));
        }
        if (facts.authorizedKeys.exists && !facts.authorizedKeysEndsWithNewline) {
            r.findings << warn("user.no_final_newline",
                               QObject::tr("authorized_keys does not end with a line break; a key "
                                           "appended by hand would be glued to the last line."),
                               QObject::tr("The tool adds the missing line break when it adds "
                                           "the key."));
        }
        if (facts.authorizedKeysHasCarriageReturn) {
            r.findings << warn("user.crlf",
                               QObject::tr("authorized_keys contains Windows line endings (CR)."),
                               QObject::tr("Remove the CR characters (dos2unix) if a key there "
                                           "does not work."));
        }
        if (facts.sshdValue(QStringLiteral("usepam")) == QLatin1String("no") &&
            facts.passwordState == QLatin1String("locked")) {
            r.findings << fail("user.locked",
                               QObject::tr("%1 is locked ('!' in /etc/shadow) and sshd runs with "
                                           "UsePAM no, so it refuses even key logins.")
                                   .arg(u),
                               QObject::tr("Apply the changes (usermod -p '*' %1 unlocks it for "
                                           "key login only).")
                                   .arg(u));
        }
    }

    // sshd's effective configuration for this user, as `sshd -T -C` reports it.
    if (facts.sshd.isEmpty()) {
        r.findings << warn(
            "sshd.unreadable",
            QObject::tr("sshd's effective configuration could not be read (%1).")
                .arg(facts.sshdError.isEmpty() ? QObject::tr("no output") : facts.sshdError),
            QObject::tr("Run `sshd -T` as root on the server to see why."));
    } else {
        const QString forwarding = facts.sshdValue(QStringLiteral("allowtcpforwarding"));
        if (forwarding == QLatin1String("no") || forwarding == QLatin1String("remote")) {
            r.findings << sshdFixable(
                fail("sshd.forwarding_disabled",
                     QObject::tr("sshd has AllowTcpForwarding %1 for %2, so Stitch's "
                                 "tunnel would be refused.")
                         .arg(forwarding, u),
                     QObject::tr("Set \"AllowTcpForwarding yes\" (or in a \"Match User "
                                 "%1\" block) in /etc/ssh/sshd_config, check with "
                                 "sshd -t, then reload sshd.")
                         .arg(u)));
        }
        if (streamLocalForwardingAllowed(facts) &&
            facts.sshdValue(QStringLiteral("disableforwarding")) != QLatin1String("yes") &&
            !plan.keyOptions.isEmpty()) {
            // Said, not warned: the risk is small (a socket only local programs could connect
            // to) and every default sshd has it, so a warning on every server would teach
            // admins to skip warnings.
            Finding note = pass(
                "sshd.stream_local_forwarding",
                QObject::tr("Beyond the tunnel, sshd lets %1 forward Unix-domain sockets, which "
                            "no key option can forbid: Stitch's key could make a socket on the "
                            "server (ssh -R /path:…) that local programs could connect through "
                            "to the key's holder. The sshd fix closes that for %1 alone.")
                    .arg(u));
            note.fix = QObject::tr("Set \"AllowStreamLocalForwarding no\" in a \"Match User "
                                   "%1\" block of sshd_config, check it with sshd -t, then reload "
                                   "sshd.")
                           .arg(u);
            r.findings << sshdFixable(note);
        }
        if (facts.sshdValue(QStringLiteral("disableforwarding")) == QLatin1String("yes")) {
            r.findings << sshdFixable(
                fail("sshd.disable_forwarding",
                     QObject::tr("sshd has DisableForwarding yes, which blocks every "
                                 "tunnel."),
                     QObject::tr("Remove DisableForwarding from sshd_config (or override "
                                 "it in a \"Match User %1\" block), then reload sshd.")
                         .arg(u)));
        }
        if (facts.sshdValue(QStringLiteral("pubkeyauthentication")) == QLatin1String("no")) {
            r.findings << sshdFixable(
                fail("sshd.pubkey_disabled",
                     QObject::tr("sshd does not accept public keys "
                                 "(PubkeyAuthentication no)."),
                     QObject::tr("Set \"PubkeyAuthentication yes\" in sshd_config, then "
                                 "reload sshd.")));
        }
        const QStringList allowUsers = facts.sshd.value(QStringLiteral("allowusers"));
        const auto listed = sshdListNames;
        if (!allowUsers.isEmpty() && !listed(allowUsers, u)) {
            r.findings << sshdFixable(
                fail("sshd.allow_users",
                     QObject::tr("sshd only admits the users in AllowUsers (%1); %2 is "
                                 "not among them.")
                         .arg(allowUsers.join(QLatin1Char(' ')), u),
                     QObject::tr("Add %1 to AllowUsers in sshd_config, then reload "
                                 "sshd.")
                         .arg(u)));
        }
        if (listed(facts.sshd.value(QStringLiteral("denyusers")), u)) {
            r.findings << fail("sshd.deny_users",
                               QObject::tr("sshd's DenyUsers excludes %1.").arg(u),
                               QObject::tr("Remove %1 from DenyUsers in sshd_config.").arg(u));
        }
        const QString group = facts.userPrimaryGroup.isEmpty() ? u : facts.userPrimaryGroup;
        const QStringList allowGroups = facts.sshd.value(QStringLiteral("allowgroups"));
        if (!allowGroups.isEmpty() && !listed(allowGroups, group)) {
            r.findings << sshdFixable(
                fail("sshd.allow_groups",
                     QObject::tr("sshd only admits the groups in AllowGroups (%1); "
                                 "group %2 is not among them.")
                         .arg(allowGroups.join(QLatin1Char(' ')), group),
                     QObject::tr("Add %1 to AllowGroups in sshd_config, then reload "
                                 "sshd.")
                         .arg(group)));
        }
        if (listed(facts.sshd.value(QStringLiteral("denygroups")), group)) {
            r.findings << fail("sshd.deny_groups",
                               QObject::tr("sshd's DenyGroups excludes group %1.").arg(group),
                               QObject::tr("Remove %1 from DenyGroups in sshd_config.").arg(group));
        }
        const bool akFileSaid =
            std::any_of(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) {
                return f.code == QLatin1String("sshd.authorized_keys_file");
            });
        if (const std::optional<Finding> noFile = noKeyFileRefusal(facts); noFile && !akFileSaid)
            r.findings << *noFile;
        r.findings += sshdStitchChecks(facts, u, keyType);
    }
    for (const QString &older : facts.olderStitchKeys) {
        r.findings << warn("user.older_stitch_key",
                           QObject::tr("An earlier Stitch key this tool installed, %1, still "
                                       "opens the tunnel for %2.")
                               .arg(older, u),
                           QObject::tr("Apply again (without keeping old keys) to replace it "
                                       "by the current key, or remove it once Stitch uses the "
                                       "new one."));
    }
    if (facts.selfTestLines > 0) {
        r.findings << warn("user.selftest_leftover",
                           QObject::tr("A self-test key from an interrupted run is still in "
                                       "authorized_keys."),
                           QObject::tr("It is removed automatically on the next apply."));
    }
    if (statusFromFindings(r.findings) != StepStatus::Fail && facts.userExists) {
        r.findings.prepend(
            pass("user.ready", QObject::tr("%1 exists, its key files have safe owners and modes, "
                                           "and sshd lets it log in with the Stitch key and "
                                           "open tunnels.")
                                   .arg(u)));
    }
    r.status = statusFromFindings(r.findings);
    return r;
}

} // namespace stitch::setup
