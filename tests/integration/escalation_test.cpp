// The account we touch, played by an attacker: links and swapped files under its home, accounts
// that must never carry Stitch's key, and what the Stitch key itself may do once installed. Each
// case asserts the exact outcome and that nothing it must not touch has changed.
#include "cli_run.h"
#include "common/shell_quote.h"
#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/remote_scripts.h"
#include "setup/script_builder.h"
#include "setup/setup_runner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <cstdio>

using namespace stitch;
using namespace stitch::setup;

namespace {

class Escalation : public ::testing::Test
{
protected:
    void configure(const QString &tunnelUser)
    {
        session.setConnection(sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch));
        session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
        session.setChoices(sandbox::postgresChoices(tunnelUser, key.publicLine));
    }
    Status apply(RunOptions options = {})
    {
        SetupRunner runner(session.request(options));
        return sandbox::recordIn(session, runner.run(Operation::Apply));
    }
    // An account as this tool creates it (its marker in GECOS), so only the planted trap stops
    // apply, not the "not ours" rule.
    static void createMarkedUser(const QString &user)
    {
        sandbox::shell(QStringLiteral("useradd -m -s /usr/sbin/nologin -c %1 %2")
                           .arg(shellQuote(tunnelAccountMarker()).value(), user));
    }
    static QByteArray statOf(const QString &path)
    {
        return sandbox::shell(QStringLiteral("stat -c '%a %U %G %s %Y' ") + path +
                              QStringLiteral("; sha256sum ") + path);
    }
    static QString asUser(const QString &user, const QString &command)
    {
        return QStringLiteral("runuser -u %1 -- sh -c %2").arg(user, shellQuote(command).value());
    }

    QTemporaryDir scratch;
    SetupSession session;
    sandbox::StitchKey key;
};

} // namespace

TEST_F(Escalation, SshFolderLinkedToARootFolderIsRefusedAndTheFolderUntouched)
{
    createMarkedUser(QStringLiteral("stitchesc1"));
    sandbox::shell(QStringLiteral("mkdir -p /etc/stitch-victim && chmod 755 /etc/stitch-victim && "
                                  "echo keep > /etc/stitch-victim/file && ") +
                   asUser(QStringLiteral("stitchesc1"),
                          QStringLiteral("ln -s /etc/stitch-victim /home/stitchesc1/.ssh")));
    const QByteArray victim = statOf(QStringLiteral("/etc/stitch-victim"));
    configure(QStringLiteral("stitchesc1"));
    const QByteArray before = sandbox::serverState();
    const Status s = apply();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QLatin1String("symbolic link to /etc/stitch-victim")))
        << s.error().oneLine().toStdString();
    EXPECT_TRUE(s.error().message.contains(QLatin1String("Nothing was changed")));
    EXPECT_FALSE(s.error().fix.isEmpty());
    EXPECT_EQ(statOf(QStringLiteral("/etc/stitch-victim")), victim);
    EXPECT_EQ(sandbox::shell(QStringLiteral("ls -A /etc/stitch-victim")), QByteArray("file\n"));
    EXPECT_EQ(sandbox::serverState(), before);

    // check says the same, with the link's target, and changes nothing either
    SetupRunner runner(session.request());
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Check)).ok());
    bool found = false;
    for (const Finding &f : session.stepResult(StepId::TunnelUser).findings)
        found = found || (f.code == QLatin1String("user.ssh_dir_link") &&
                          f.message.contains(QLatin1String("/etc/stitch-victim")));
    EXPECT_TRUE(found);
    EXPECT_EQ(sandbox::serverState(), before);
}

TEST_F(Escalation, AuthorizedKeysLinkedToShadowIsRefusedAndNoCopyIsMade)
{
    createMarkedUser(QStringLiteral("stitchesc2"));
    sandbox::shell(asUser(QStringLiteral("stitchesc2"),
                          QStringLiteral("mkdir -m 700 ~/.ssh && ln -s /etc/shadow "
                                         "~/.ssh/authorized_keys")));
    const QByteArray shadow = statOf(QStringLiteral("/etc/shadow"));
    configure(QStringLiteral("stitchesc2"));
    const QByteArray before = sandbox::serverState();
    const Status s = apply();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QLatin1String("symbolic link to /etc/shadow")))
        << s.error().oneLine().toStdString();
    EXPECT_EQ(statOf(QStringLiteral("/etc/shadow")), shadow);
    EXPECT_EQ(sandbox::serverState(), before);
    // No copy of it anywhere in the user's home: root's line is in no file there.
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep -rls '^root:' /home/stitchesc2 | wc -l")),
              QByteArray("0\n"));
    // remove reads and writes through the account's link only as the account: it cannot read
    // shadow, says so as a failure of step 4, and shadow stays as it was.
    SetupRunner runner(session.request(RunOptions{}));
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Remove)).ok());
    const StepResult removed = session.stepResult(StepId::TunnelUser);
    EXPECT_EQ(removed.status, StepStatus::Fail);
    bool said = false;
    for (const Finding &f : removed.findings)
        said = said || (f.code == QLatin1String("user.key_left") &&
                        f.message.contains(QLatin1String("as stitchesc2")));
    EXPECT_TRUE(said);
    EXPECT_EQ(statOf(QStringLiteral("/etc/shadow")), shadow);
}

TEST_F(Escalation, FilesOfAnotherAccountAreRefused)
{
    createMarkedUser(QStringLiteral("stitchesc3"));
    sandbox::shell(QStringLiteral("install -d -o stitchesc3 -g stitchesc3 -m 700 "
                                  "/home/stitchesc3/.ssh && echo 'ssh-ed25519 AAAAnotmine x' > "
                                  "/home/stitchesc3/.ssh/authorized_keys && chown nosudo "
                                  "/home/stitchesc3/.ssh/authorized_keys"));
    const QByteArray ak = statOf(QStringLiteral("/home/stitchesc3/.ssh/authorized_keys"));
    configure(QStringLiteral("stitchesc3"));
    const Status s = apply();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QLatin1String("belongs to nosudo")))
        << s.error().oneLine().toStdString();
    EXPECT_EQ(statOf(QStringLiteral("/home/stitchesc3/.ssh/authorized_keys")), ak);
}

TEST_F(Escalation, SwappingTheTempFileForALinkGainsTheUserNothing)
{
    // A watcher running as the tunnel user replaces every temp file that appears in ~/.ssh with
    // a link to a root-only file, as fast as it can, while authorized_keys is rewritten over
    // and over (add and remove the Stitch key, 20 rounds each).
    createMarkedUser(QStringLiteral("stitchesc4"));
    sandbox::shell(QStringLiteral("printf 'root only\\n' > /etc/stitch-race-target && chmod 600 "
                                  "/etc/stitch-race-target"));
    const QByteArray target = statOf(QStringLiteral("/etc/stitch-race-target"));
    configure(QStringLiteral("stitchesc4"));
    auto plan = makeSetupPlan(session.choices(), sandbox::sshPort(), RunOptions{});
    ASSERT_TRUE(plan.ok());
    plan->loginUser = QStringLiteral("stitchadmin");
    const QString addPath = scratch.filePath(QStringLiteral("add.sh"));
    const QString removePath = scratch.filePath(QStringLiteral("remove.sh"));
    for (const auto &[path, script] :
         {std::pair{addPath, tunnelUserScript(plan.value(), ServerFacts()).build()},
          std::pair{removePath, keyRemovalScript(plan.value(), false).build()}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(script.toUtf8());
    }
    ASSERT_EQ(sandbox::shell(QStringLiteral("sh %1 >/dev/null; echo $?").arg(addPath)),
              QByteArray("0\n"));
    const QString watcher = asUser(
        QStringLiteral("stitchesc4"),
        QStringLiteral("end=$(($(date +%s) + 120)); while [ $(date +%s) -lt $end ]; do "
                       "for t in ~/.ssh/.authorized_keys.*; do [ -f \"$t\" ] && [ ! -L \"$t\" ] "
                       "&& rm -f \"$t\" && ln -s /etc/stitch-race-target \"$t\" && "
                       "echo swapped >> /tmp/stitch-race-swaps; done; done"));
    sandbox::shell(QStringLiteral("rm -f /tmp/stitch-race-swaps; (%1) >/dev/null 2>&1 & "
                                  "echo $! > /tmp/stitch-race-watcher")
                       .arg(watcher));
    for (int round = 0; round < 20; ++round) {
        sandbox::shell(QStringLiteral("sh %1 >/dev/null 2>&1; sh %2 >/dev/null 2>&1")
                           .arg(removePath, addPath));
        ASSERT_EQ(statOf(QStringLiteral("/etc/stitch-race-target")), target) << "round " << round;
    }
    sandbox::shell(QStringLiteral("pkill -u stitchesc4; rm -f /tmp/stitch-race-watcher"));
    EXPECT_EQ(statOf(QStringLiteral("/etc/stitch-race-target")), target);
    // Nothing root owns appeared under the home, and the target kept its owner and mode.
    EXPECT_EQ(sandbox::shell(QStringLiteral("find /home/stitchesc4 ! -user stitchesc4 | wc -l")),
              QByteArray("0\n"));
    // How often the watcher won a race (a swap is not a failure: it must gain nothing).
    const QByteArray swaps =
        sandbox::shell(QStringLiteral("cat /tmp/stitch-race-swaps 2>/dev/null | wc -l"));
    std::printf("[escalation] 40 rewrites under a swapping watcher: %s temp files swapped for "
                "links, root file unchanged\n",
                swaps.trimmed().constData());
}

TEST_F(Escalation, TheStitchKeyHoldsATunnelToTheDatabaseAndNothingElse)
{
    configure(QStringLiteral("stitchesc5"));
    const Status s = apply();
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd stitchesc5 | cut -d: -f7")),
              QByteArray("/usr/sbin/nologin\n"));
    const QString ssh =
        QStringLiteral("ssh -o BatchMode=yes -o StrictHostKeyChecking=yes "
                       "-o UserKnownHostsFile=$STITCH_SANDBOX_DIR/known_hosts -i %1 -p %2 ")
            .arg(key.privatePath())
            .arg(sandbox::sshPort());
    int rc = -1;
    const QByteArray command =
        sandbox::shell(ssh + QStringLiteral("stitchesc5@127.0.0.1 'echo x; id' 2>/dev/null"), &rc);
    EXPECT_FALSE(command.contains("x")) << command.toStdString();
    EXPECT_FALSE(command.contains("uid=")) << command.toStdString();
    EXPECT_NE(rc, 0);
    // A tunnel anywhere but the database (here: the SSH port itself) is refused by sshd...
    const QByteArray other =
        sandbox::shell(ssh + QStringLiteral("-W 127.0.0.1:%1 stitchesc5@127.0.0.1 </dev/null 2>&1")
                                 .arg(sandbox::sshPort()),
                       &rc);
    EXPECT_TRUE(other.contains("administratively prohibited")) << other.toStdString();
    // ...while the one to the database is open: PostgreSQL answers an SSLRequest with 'N'/'S'.
    const QByteArray db = sandbox::shell(
        QStringLiteral("printf '\\000\\000\\000\\010\\004\\322\\026\\057' | timeout 10 ") + ssh +
            QStringLiteral("-W 127.0.0.1:%1 stitchesc5@127.0.0.1 2>/dev/null | head -c 1")
                .arg(sandbox::postgresPort()),
        &rc);
    EXPECT_TRUE(db == "N" || db == "S") << db.toHex().toStdString();
}

TEST_F(Escalation, AccountsThatMustNeverCarryTheKeyAreRefusedUntouched)
{
    sandbox::shell(QStringLiteral("useradd -o -u 0 -g 0 -M -d /root -s /bin/sh toor"));
    // Members of groups that reach root (raw disks, Docker, the password hashes), and a uid
    // above UID_MAX: Stitch's key would get that power (with sftp, it read /etc/shadow).
    // Groups that doas and polkit rules make administrators; homes the account does not own
    // (root's, a shared /tmp, another person's), whose folders the tool would change.
    const auto cleanup = qScopeGuard([] {
        sandbox::shell(QStringLiteral(
            "for u in stitchindisk stitchindocker stitchinshadow stitchbiguid stitchindoas "
            "stitchinpolkit; do userdel -r $u 2>/dev/null; done; for u in stitchroothome "
            "stitchtmphome stitchotherhome; do userdel $u 2>/dev/null; done; "
            "groupdel stitchops; groupdel stitchpk; rm -f /etc/doas.conf "
            "/etc/polkit-1/rules.d/49-stitch-test.rules"));
    });
    sandbox::shell(QStringLiteral(
        "getent group docker >/dev/null || groupadd docker; "
        "useradd -m -s /bin/bash -G disk stitchindisk; useradd -m -s /bin/bash -G docker "
        "stitchindocker; useradd -m -s /bin/bash -G shadow stitchinshadow; "
        "useradd -m -s /bin/bash -u 70000 stitchbiguid; "
        "groupadd stitchops; useradd -m -s /usr/sbin/nologin -G stitchops stitchindoas; "
        "printf 'permit nopass :stitchops as root\\n' >/etc/doas.conf; "
        "groupadd stitchpk; useradd -m -s /usr/sbin/nologin -G stitchpk stitchinpolkit; "
        "mkdir -p /etc/polkit-1/rules.d; echo 'polkit.addAdminRule(function(action, "
        "subject) { if (subject.isInGroup(\"stitchpk\")) return [\"unix-group:stitchpk\"]; });' "
        ">/etc/polkit-1/rules.d/49-stitch-test.rules; "
        "useradd -M -d /root -s /usr/sbin/nologin stitchroothome; "
        "useradd -M -d /tmp -s /usr/sbin/nologin stitchtmphome; "
        "useradd -M -d /home/nosudo -s /usr/sbin/nologin stitchotherhome"));
    struct Case
    {
        const char *user;
        const char *mentions;
    };
    for (const Case &c :
         {Case{"nopwadmin", "sudo"}, Case{"toor", "uid 0"}, Case{"stitchadmin", "log in with"},
          Case{"stitchindisk", "in the group disk"}, Case{"stitchindocker", "in the group docker"},
          Case{"stitchinshadow", "in the group shadow"}, Case{"stitchbiguid", "above UID_MAX"},
          Case{"stitchindoas", "doas"}, Case{"stitchinpolkit", "polkit"},
          Case{"stitchroothome", "/root belongs to root"},
          Case{"stitchtmphome", "/tmp belongs to root"},
          Case{"stitchotherhome", "/home/nosudo belongs to nosudo"}}) {
        const QString home = QString::fromUtf8(
            sandbox::shell(
                QStringLiteral("getent passwd %1 | cut -d: -f6").arg(QLatin1String(c.user)))
                .trimmed());
        const QByteArray keys = sandbox::shell(
            QStringLiteral("cat %1/.ssh/authorized_keys 2>&1; ls -ld %1/.ssh 2>&1").arg(home));
        configure(QString::fromLatin1(c.user));
        const QByteArray before = sandbox::serverState();
        RunOptions options;
        options.adoptExistingUser = true; // confirming never overrides these
        const Status s = apply(options);
        ASSERT_FALSE(s.ok()) << c.user;
        EXPECT_TRUE(s.error().message.contains(QLatin1String(c.mentions)))
            << c.user << ": " << s.error().oneLine().toStdString();
        EXPECT_EQ(sandbox::serverState(), before) << c.user;
        EXPECT_EQ(sandbox::shell(QStringLiteral("cat %1/.ssh/authorized_keys 2>&1; ls -ld "
                                                "%1/.ssh 2>&1")
                                     .arg(home)),
                  keys)
            << c.user;
    }
    sandbox::shell(QStringLiteral("userdel toor"));
}

TEST_F(Escalation, AnExistingPersonsAccountNeedsConfirmationAndIsNeverDeleted)
{
    // nosudo is a person's account the tool did not create.
    configure(QStringLiteral("nosudo"));
    const QByteArray before = sandbox::serverState();
    Status s = apply();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QLatin1String("was not created by this tool")))
        << s.error().oneLine().toStdString();
    EXPECT_EQ(sandbox::serverState(), before);

    RunOptions adopt;
    adopt.adoptExistingUser = true;
    adopt.selfTest = false;
    // nosudo logs in for other tests: its shell comes back whatever happens here.
    const auto shellBack =
        qScopeGuard([] { sandbox::shell(QStringLiteral("usermod -s /bin/bash nosudo")); });
    s = apply(adopt);
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd nosudo | cut -d: -f7")),
              QByteArray("/usr/sbin/nologin\n"))
        << "an adopted account holds the tunnel only: a shell that runs nothing";

    sandbox::shell(QStringLiteral("echo mine > /home/nosudo/notes.txt"));
    RunOptions removal;
    removal.removeUser = true;
    SetupRunner runner(session.request(removal));
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Remove)).ok());
    EXPECT_EQ(sandbox::shell(QStringLiteral("cat /home/nosudo/notes.txt; getent passwd nosudo | "
                                            "cut -d: -f1,7")),
              QByteArray("mine\nnosudo:/bin/bash\n"))
        << "the account stays, with the shell it had before";
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep -c stitch-account "
                                            "/home/nosudo/.ssh/authorized_keys")),
              QByteArray("0\n"))
        << "only the Stitch key went";
    bool kept = false;
    for (const Finding &f : session.stepResult(StepId::TunnelUser).findings)
        kept = kept || f.code == QLatin1String("user.kept");
    EXPECT_TRUE(kept);
}

TEST_F(Escalation, RemoveUserDeletesOurOwnAccountButASharedGroupStays)
{
    configure(QStringLiteral("stitchesc6"));
    RunOptions options;
    options.selfTest = false;
    ASSERT_TRUE(apply(options).ok());
    sandbox::shell(QStringLiteral("usermod -aG stitchesc6 nosudo"));
    options.removeUser = true;
    SetupRunner runner(session.request(options));
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Remove)).ok());
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd stitchesc6 | wc -l; test -e "
                                            "/home/stitchesc6 && echo home-left; getent group "
                                            "stitchesc6 | cut -d: -f1")),
              QByteArray("0\nstitchesc6\n"));
    sandbox::shell(QStringLiteral("gpasswd -d nosudo stitchesc6 >/dev/null; groupdel stitchesc6"));
}

TEST_F(Escalation, AnUnrestrictedKeyLineIsRewrittenAndACommentedOneDoesNotCount)
{
    createMarkedUser(QStringLiteral("stitchesc7"));
    sandbox::shell(asUser(QStringLiteral("stitchesc7"),
                          QStringLiteral("mkdir -m 700 ~/.ssh && printf '#%1\\n%1\\n' > "
                                         "~/.ssh/authorized_keys && chmod 600 "
                                         "~/.ssh/authorized_keys")
                              .arg(key.publicLine)));
    configure(QStringLiteral("stitchesc7"));
    RunOptions options;
    options.selfTest = false;
    ASSERT_TRUE(apply(options).ok());
    EXPECT_EQ(sandbox::shell(QStringLiteral("cat /home/stitchesc7/.ssh/authorized_keys")),
              "#" + key.publicLine.toUtf8() + "\nrestrict,port-forwarding,permitopen=\"127.0.0.1:" +
                  QByteArray::number(sandbox::postgresPort()) +
                  "\",permitlisten=\"127.0.0.1:1\",command=\"/usr/sbin/nologin\" " +
                  key.publicLine.toUtf8() + "\n");
}

TEST_F(Escalation, AnAuthorizedKeysFileOverOneMebibyteIsRefusedUnchanged)
{
    // Planted by the account to make every apply slow (sshd and our rewrites read it whole).
    createMarkedUser(QStringLiteral("stitchesc9"));
    sandbox::shell(asUser(QStringLiteral("stitchesc9"),
                          QStringLiteral("mkdir -m 700 ~/.ssh && head -c 1100000 /dev/zero | tr "
                                         "'\\\\0' '#' >~/.ssh/authorized_keys && chmod 600 "
                                         "~/.ssh/authorized_keys")));
    configure(QStringLiteral("stitchesc9"));
    const QByteArray before = sandbox::serverState();
    const Status s = apply();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QLatin1String("over 1 MiB; nothing was changed")))
        << s.error().oneLine().toStdString();
    EXPECT_EQ(sandbox::serverState(), before);
}

// The account names its ~/.ssh link's target to attack the admin's terminal: a title escape, a
// carriage return and a forged line. Every front end shows it as text.
TEST_F(Escalation, ALinkTargetChosenByTheAccountIsShownAsText)
{
    const QString user = QStringLiteral("stitchforger");
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    createMarkedUser(user);
    int rc = -1;
    sandbox::shell(QStringLiteral("cd /home/%1 && ").arg(user) +
                       asUser(user, QStringLiteral("ln -s \"$(printf '/tmp/x\\033]0;pwned\\007"
                                                   "\\r\\nforged: all five steps passed')\" .ssh")),
                   &rc);
    ASSERT_EQ(rc, 0);
    QTemporaryDir scratchDir;
    const QString report = scratchDir.filePath(QStringLiteral("report.md"));
    const clirun::CliRun r =
        clirun::runCli(clirun::adminArgs(QStringLiteral("check"), scratchDir)
                       << QStringLiteral("--public-key") << key.publicLine
                       << QStringLiteral("--tunnel-user") << user << QStringLiteral("--db-host")
                       << QStringLiteral("127.0.0.1") << QStringLiteral("--report") << report);
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << r.out.toStdString() << r.err.toStdString();
    const QString md = QString::fromUtf8(f.readAll());
    for (const QString &shown : {r.out + r.err, md}) {
        EXPECT_TRUE(shown.contains(QLatin1String("\\x1b]0;pwned\\x07\\x0d\\x0aforged")))
            << shown.toStdString();
        EXPECT_FALSE(shown.contains(QChar(0x1b)));
        EXPECT_FALSE(shown.contains(QLatin1Char('\r')));
        EXPECT_FALSE(shown.contains(QLatin1String("\nforged")));
    }
}

// A helper run as the account (as_user) that starts a process in the background (as a helper
// the account hijacked would) leaves nothing running: its process group ends with it.
TEST_F(Escalation, AHelperRunAsTheAccountLeavesNoProcessBehind)
{
    const QString script = scratch.filePath(QStringLiteral("as_user.sh"));
    QFile f(script);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(
        (scriptFile(QStringLiteral("prelude.sh")) +
         scriptFile(QStringLiteral("lib_tunnel_account.sh")) +
         QStringLiteral("U=nosudo; G=nosudo\n"
                        "as_user sh -c 'sleep 4243 </dev/null >/dev/null 2>&1 & echo started'\n"))
            .toUtf8());
    f.close();
    int rc = -1;
    const QByteArray out = sandbox::shell(QStringLiteral("sh %1").arg(script), &rc);
    EXPECT_EQ(rc, 0) << out.toStdString();
    EXPECT_EQ(out, QByteArray("started\n"));
    // The group's end is signalled, not waited for: poll (a survivor sleeps for 70 minutes).
    QByteArray left;
    for (QDeadlineTimer deadline(5000); !deadline.hasExpired(); QThread::msleep(20)) {
        left = sandbox::shell(QStringLiteral("pgrep -u nosudo -f 'sleep 4243' || echo none"));
        if (left == "none\n")
            break;
    }
    EXPECT_EQ(left, QByteArray("none\n"));
    sandbox::shell(QStringLiteral("pkill -u nosudo -f 'sleep 4243'"));
}
