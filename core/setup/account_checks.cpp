// Step 4's checks of the tunnel account and its key files: what makes the tool refuse to touch
// them, and what apply fixes (modes, the key line, a locked password).
#include "check_parts.h"
#include "step_checks.h"

#include <QRegularExpression>

#include <algorithm>

namespace stitch::setup {

using namespace checks;

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

// Why this existing account must never carry Stitch's key (the probe's accountRefusal: uid 0,
// a system account, the admin's own login, an administrator, a sudoer, …), if it must not.
std::optional<Finding> accountRefusal(const ServerFacts &facts, const QString &u)
{
    const QStringList why = facts.accountRefusal.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString fix = QObject::tr("Stitch's key would get this account's rights. Choose a "
                                    "dedicated tunnel user name, such as stitch.");
    const QString code = why.value(0);
    if (code == QLatin1String("uid0")) {
        return fail("user.uid0", QObject::tr("%1 has uid 0: it is root under another name.").arg(u),
                    fix);
    } else if (code == QLatin1String("system")) {
        return fail("user.system_account",
                    QObject::tr("%1 is a system account (uid %2, below %3; home %4, shell %5).")
                        .arg(u, why.value(1), why.value(2), facts.userHome, facts.userShell),
                    fix);
    } else if (code == QLatin1String("login")) {
        return fail("user.login_user", QObject::tr("%1 is the account you log in with.").arg(u),
                    fix);
    } else if (code == QLatin1String("admin_group")) {
        return fail("user.administrator",
                    QObject::tr("%1 is in the administrators' group %2.").arg(u, why.value(1)),
                    fix);
    } else if (code == QLatin1String("uid_max")) {
        return fail("user.uid_above_max",
                    QObject::tr("%1 has uid %2, above UID_MAX (%3): not an ordinary account.")
                        .arg(u, why.value(1), why.value(2)),
                    fix);
    } else if (code == QLatin1String("root_group")) {
        return fail("user.root_equivalent_group",
                    QObject::tr("%1 is in the group %2, whose members can become root or read "
                                "what only root may.")
                        .arg(u, why.value(1)),
                    fix);
    } else if (code == QLatin1String("sudoer")) {
        return fail("user.sudoer", QObject::tr("%1 may run commands as root with sudo.").arg(u),
                    fix);
    } else if (code == QLatin1String("doas")) {
        return fail("user.doas",
                    QObject::tr("%1 may run commands as root with doas (/etc/doas.conf).").arg(u),
                    fix);
    } else if (code == QLatin1String("polkit_group")) {
        return fail("user.polkit_group",
                    QObject::tr("%1 is in the group %2, which the polkit rules in %3 give "
                                "administrator rights.")
                        .arg(u, why.value(1), why.mid(2).join(QLatin1Char(' '))),
                    fix);
    } else if (code == QLatin1String("home_owner")) {
        return fail("user.home_not_own",
                    QObject::tr("%1's home %2 belongs to %3, not to %1: the tool would change "
                                "another account's folder.")
                        .arg(u, why.mid(2).join(QLatin1Char(' ')), why.value(1)),
                    QObject::tr("Give %1 a home of its own (usermod -m -d /home/%1 %1), or "
                                "choose a dedicated tunnel user name, such as stitch.")
                        .arg(u));
    } else if (!code.isEmpty()) {
        return fail(
            "user.refused",
            QObject::tr("%1 must not carry Stitch's key (%2).").arg(u, facts.accountRefusal), fix);
    }
    return std::nullopt;
}

// A home, ~/.ssh or key file that is a link, not what its name says, or another account's.
void addPathRefusals(QVector<Finding> &out, const ServerFacts &facts, const QString &u)
{
    if (facts.home.isLink()) {
        out << fail("user.home_link",
                    QObject::tr("%1's home %2 is a symbolic link to %3; the tool does not follow "
                                "it as root.")
                        .arg(u, facts.userHome, facts.home.linkTarget),
                    QObject::tr("Make %1 a real folder owned by %2, then apply again.")
                        .arg(facts.userHome, u));
        return;
    }
    if (facts.keyFile.isEmpty())
        return;
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
    if (const std::optional<Finding> refused = accountRefusal(facts, u))
        out << *refused;
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
    addPathRefusals(out, facts, u);
    return out;
}

namespace checks {

// The account itself: its login shell once adopted, a home others can write.
QVector<Finding> accountFindings(const ServerFacts &facts, const SetupPlan &plan)
{
    QVector<Finding> out;
    const QString &u = plan.tunnelUser;
    // An adopted account holds the tunnel only: apply gives it a shell that runs nothing.
    static const QRegularExpression noLogin(QStringLiteral("/(nologin|false)$"));
    if (!facts.userMarked && plan.adoptExistingUser && !facts.userShell.isEmpty() &&
        !noLogin.match(facts.userShell).hasMatch()) {
        out << warn("user.login_shell",
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
            out << fail("user.home_writable",
                        QObject::tr("%1 (mode %2) is writable by other users, so sshd "
                                    "(StrictModes) ignores the key.")
                            .arg(facts.userHome, m),
                        QObject::tr("Apply the changes (chmod go-w %1).").arg(facts.userHome));
        }
    }
    return out;
}

// The modes of ~/.ssh and the key file (or of the file in root's key folder).
QVector<Finding> keyFileModeFindings(const ServerFacts &facts, const SetupPlan &plan)
{
    QVector<Finding> out;
    const QString &u = plan.tunnelUser;
    // A link or another account's file is a refusal (above): only the mode is fixed here.
    const auto expect = [&](const FileState &st, const QString &path, const QString &mode,
                            const char *code) {
        if (!st.exists) {
            out << fail(code, QObject::tr("%1 does not exist.").arg(path),
                        QObject::tr("Apply the changes to create it."));
        } else if (!st.isLink() && st.owner == u && st.mode != mode) {
            out << fail(code,
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
            out << fail("user.authorized_keys",
                        QObject::tr("%1 has mode %2; it should be %3 (sshd reads it "
                                    "as %4).")
                            .arg(facts.keyFile, facts.authorizedKeys.mode,
                                 rootsFile ? QStringLiteral("644") : QStringLiteral("600"), u),
                        QObject::tr("Apply the changes to fix the mode."));
        }
    } else if (!facts.keyFile.isEmpty()) {
        expect(facts.sshDir, facts.keyDir(), QStringLiteral("700"), "user.ssh_dir");
        expect(facts.authorizedKeys, facts.keyFile, QStringLiteral("600"), "user.authorized_keys");
    }
    return out;
}

// Which file sshd reads, its SELinux label, and the key line in it.
QVector<Finding> keyFileContentFindings(const ServerFacts &facts, const SetupPlan &plan)
{
    QVector<Finding> out;
    const QString &u = plan.tunnelUser;
    if (!facts.keyFile.isEmpty() && !facts.keyFileIsDefault()) {
        out << pass("user.key_file",
                    QObject::tr("sshd reads %1's keys from %2 (AuthorizedKeysFile): "
                                "that is where Stitch's key goes.")
                        .arg(u, facts.keyFile));
    }
    for (const QString &skipped : facts.keyFilesSkipped) {
        out << pass("user.key_file_skipped",
                    QObject::tr("sshd also reads %1, whose folder is missing or "
                                "can be changed by other accounts: the tool does not "
                                "write there.")
                        .arg(skipped));
    }
    if (facts.keyFileLabelWrong) {
        out << fail("user.selinux_label",
                    QObject::tr("%1 does not have the SELinux label sshd may read, so "
                                "sshd ignores the keys in it.")
                        .arg(facts.keyFile),
                    QObject::tr("Apply the changes (they run restorecon -F %1), or "
                                "run it yourself.")
                        .arg(facts.keyFile));
    }
    if (facts.authorizedKeys.exists && !plan.keyBlob.isEmpty() && !facts.authorizedKeysHasKey) {
        out << fail("user.key_missing",
                    QObject::tr("The Stitch public key is not in %1's "
                                "authorized_keys.")
                        .arg(u),
                    QObject::tr("Apply the changes to add it (on its own line)."));
    } else if (facts.authorizedKeysHasKey && !facts.authorizedKeysExactLine &&
               !plan.keyBlob.isEmpty()) {
        out << fail("user.key_options",
                    QObject::tr("The Stitch key is in %1's authorized_keys, but not "
                                "exactly as wanted: %2")
                        .arg(u, plan.wantedKeyLine().left(160)),
                    QObject::tr("Apply the changes: the key's line is rewritten (other "
                                "lines stay as they are)."));
    }
    if (facts.authorizedKeys.exists && !facts.authorizedKeysEndsWithNewline) {
        out << warn("user.no_final_newline",
                    QObject::tr("authorized_keys does not end with a line break; a key "
                                "appended by hand would be glued to the last line."),
                    QObject::tr("The tool adds the missing line break when it adds "
                                "the key."));
    }
    if (facts.authorizedKeysHasCarriageReturn) {
        out << warn("user.crlf", QObject::tr("authorized_keys contains Windows line endings (CR)."),
                    QObject::tr("Remove the CR characters (dos2unix) if a key there "
                                "does not work."));
    }
    return out;
}

// A locked password, which UsePAM no turns into a refusal of keys too.
QVector<Finding> lockedAccountFindings(const ServerFacts &facts, const SetupPlan &plan)
{
    QVector<Finding> out;
    const QString &u = plan.tunnelUser;
    if (facts.sshdValue(QStringLiteral("usepam")) == QLatin1String("no") &&
        facts.passwordState == QLatin1String("locked")) {
        out << fail("user.locked",
                    QObject::tr("%1 is locked ('!' in /etc/shadow) and sshd runs with "
                                "UsePAM no, so it refuses even key logins.")
                        .arg(u),
                    QObject::tr("Apply the changes (usermod -p '*' %1 unlocks it for "
                                "key login only).")
                        .arg(u));
    }
    return out;
}

} // namespace checks

} // namespace stitch::setup
