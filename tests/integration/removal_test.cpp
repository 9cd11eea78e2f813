// remove against a tunnel account that tries to keep Stitch's access: it moves ~/.ssh away and
// links it back (sshd still reads the key through the link), or runs a process that ignores
// SIGTERM. remove must still revoke the key, delete the account and take the firewall rule out,
// and say what it did; only the stock OpenSSH client (as Stitch) decides whether access is gone.
#include "cli_run.h"
#include "sandbox_env.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using clirun::CliRun;
using clirun::runCli;

namespace {

class Removal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(scratch.isValid());
        ASSERT_FALSE(key.publicLine.isEmpty());
        sandbox::resetFirewall();
    }
    void TearDown() override { sandbox::resetFirewall(); }

    QStringList args(const QString &command, const QString &user) const
    {
        return clirun::adminArgs(command, scratch)
               << QStringLiteral("--public-key") << key.publicLine
               << QStringLiteral("--tunnel-user") << user;
    }

    // apply with ufw on and Stitch's addresses allowed, then the account's own move: ~/.ssh
    // renamed and linked back, so sshd still finds the key.
    void applyThenHideSshDir(const QString &user)
    {
        sandbox::shell(QStringLiteral("ufw allow 2222/tcp >/dev/null && ufw --force enable "
                                      ">/dev/null"));
        const CliRun r = runCli(args(QStringLiteral("apply"), user)
                                << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1")
                                << QStringLiteral("--no-self-test"));
        ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
        ASSERT_EQ(sandbox::shell(QStringLiteral("ufw status | grep -c stitch-tunnel")),
                  QByteArray("4\n"));
        int rc = -1;
        sandbox::shell(QStringLiteral("cd /home/%1 && runuser -u %1 -- sh -c 'mv .ssh .k && ln -s "
                                      ".k .ssh'")
                           .arg(user),
                       &rc);
        ASSERT_EQ(rc, 0);
        ASSERT_TRUE(key.opensTunnelAs(user)) << "sshd follows the account's link";
    }

    QTemporaryDir scratch;
    sandbox::StitchKey key;
};

} // namespace

TEST_F(Removal, ALinkedSshDirDoesNotKeepTheAccountKeyOrFirewallRule)
{
    const QString user = QStringLiteral("stitchrmlink");
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    applyThenHideSshDir(user);

    const CliRun r =
        runCli(args(QStringLiteral("remove"), user)
               << QStringLiteral("--remove-user") << QStringLiteral("--remove-firewall-rules")
               << QStringLiteral("--json"));
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    int rc = -1;
    sandbox::shell(QStringLiteral("getent passwd %1").arg(user), &rc);
    EXPECT_NE(rc, 0) << "the account is still there";
    EXPECT_FALSE(key.opensTunnelAs(user));
    EXPECT_EQ(sandbox::shell(QStringLiteral("ufw status | grep -c stitch-tunnel")),
              QByteArray("0\n"))
        << "the firewall rules stayed";
    // The firewall's removal is reported under step 1, the account's under step 4.
    EXPECT_TRUE(r.out.contains(QStringLiteral("deleted user %1").arg(user))) << r.out.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(clirun::stepStatuses(o).left(16), QStringLiteral("firewall=changed"))
        << clirun::stepStatuses(o).toStdString();
}

TEST_F(Removal, ALinkedSshDirStillLosesTheKeyWhenTheAccountStays)
{
    const QString user = QStringLiteral("stitchrmlink2");
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    applyThenHideSshDir(user);

    // Not even given the key: the server's record names it.
    const CliRun r = runCli(clirun::adminArgs(QStringLiteral("remove"), scratch)
                            << QStringLiteral("--tunnel-user") << user);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("is a symbolic link to .k, set by %1").arg(user)))
        << r.out.toStdString();
    EXPECT_FALSE(key.opensTunnelAs(user)) << "the key still opens the tunnel after remove";
    EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c %U /root /etc/shadow")),
              QByteArray("root\nroot\n"));
}

TEST_F(Removal, AProcessThatIgnoresTermDoesNotKeepTheAccount)
{
    const QString user = QStringLiteral("stitchrmproc");
    const auto cleanup = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("pkill -KILL -u %1; userdel -r %1 2>/dev/null").arg(user));
    });
    const CliRun applied = runCli(args(QStringLiteral("apply"), user)
                                  << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1")
                                  << QStringLiteral("--no-self-test"));
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    sandbox::shell(QStringLiteral("runuser -u %1 -- sh -c 'trap \"\" TERM; exec sleep 600' "
                                  ">/dev/null 2>&1 &")
                       .arg(user));
    int rc = -1;
    sandbox::shell(QStringLiteral("sleep 0.3; pgrep -u %1 sleep").arg(user), &rc);
    ASSERT_EQ(rc, 0) << "the account's process did not start";

    const CliRun r =
        runCli(args(QStringLiteral("remove"), user) << QStringLiteral("--remove-user"));
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    sandbox::shell(QStringLiteral("getent passwd %1").arg(user), &rc);
    EXPECT_NE(rc, 0) << "the account is still there";
    EXPECT_TRUE(r.out.contains(QStringLiteral("ignored SIGTERM were killed")))
        << r.out.toStdString();
}

// The account copies every descriptor its other processes hold (pidfd_getfd: same uid, no Yama
// on Debian) while apply and remove run helpers as it, and keeps them. It never gets the
// server lock or a pipe of root's (their output goes to files root reads afterwards); holding
// the pipes between its own helper processes slows them, but each ends within as_user's time
// bound, and remove (which ends the account's processes) still revokes access.
TEST_F(Removal, DescriptorsTheAccountStealsNeitherHoldTheLockNorStopRemoval)
{
    const QString user = QStringLiteral("stitchthief");
    const QString thief = scratch.filePath(QStringLiteral("fd_thief.py"));
    const QString log = scratch.filePath(QStringLiteral("stolen.log"));
    {
        QFile f(thief);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"PY(import ctypes, os, sys, time
libc = ctypes.CDLL(None, use_errno=True)
me, uid, stolen = os.getpid(), os.getuid(), {}
out = open(sys.argv[1], 'a')
deadline = time.time() + 600
while time.time() < deadline:
    for pid in os.listdir('/proc'):
        if not pid.isdigit() or int(pid) == me:
            continue
        try:
            if os.stat('/proc/' + pid).st_uid != uid:
                continue
            fds = os.listdir('/proc/%s/fd' % pid)
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink('/proc/%s/fd/%s' % (pid, fd))
            except OSError:
                continue
            if (pid, fd, target) in stolen or target.startswith('/dev/'):
                continue
            pidfd = libc.syscall(434, int(pid), 0)  # pidfd_open
            if pidfd < 0:
                continue
            got = libc.syscall(438, pidfd, int(fd), 0)  # pidfd_getfd
            os.close(pidfd)
            if got >= 0:
                stolen[(pid, fd, target)] = got
                out.write('%s %s %s\n' % (pid, fd, target))
                out.flush()
    time.sleep(0.001)  # a tight loop still, but leaves the CPU to the tests beside it
)PY");
    }
    const auto cleanup = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("pkill -KILL -u %1; userdel -r %1 2>/dev/null").arg(user));
    });
    const QStringList apply = args(QStringLiteral("apply"), user)
                              << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1")
                              << QStringLiteral("--no-self-test");
    CliRun r = runCli(apply);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    sandbox::shell(QStringLiteral("chmod 755 %1 && touch %2 && chmod 666 %2 && "
                                  "runuser -u %3 -- python3 %4 %2 </dev/null >/dev/null 2>&1 &")
                       .arg(scratch.path(), log, user, thief));

    // Slowed, not stalled: every helper run as the account ends within its time bound.
    r = runCli(apply, QProcessEnvironment::systemEnvironment(), {}, 300000);
    EXPECT_NE(r.exitCode, -1) << r.err.toStdString();
    std::printf("[escalation] apply with the account stealing descriptors: exit %d\n", r.exitCode);
    const QByteArray stolen = sandbox::shell(QStringLiteral("cat %1").arg(log));
    std::printf("[escalation] the account copied %d descriptors from helpers run as it\n",
                static_cast<int>(stolen.count('\n')));
    EXPECT_FALSE(stolen.contains("stitch-tunnel.lock")) << stolen.toStdString();
    r = runCli(args(QStringLiteral("remove"), user) << QStringLiteral("--remove-user"),
               QProcessEnvironment::systemEnvironment(), {}, 300000);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_FALSE(key.opensTunnelAs(user)) << r.out.toStdString() << r.err.toStdString();
}

// The words of the server's own scripts follow the locale as core's do: the removal script's
// line about an account that is not there reaches a German admin in German, its value in place.
TEST_F(Removal, TheScriptsWordsFollowAGermanLocale)
{
    const QString user = QStringLiteral("stitchnotthere");
    ASSERT_EQ(sandbox::shell(QStringLiteral("getent passwd %1 >/dev/null; echo $?").arg(user)),
              QByteArray("2\n"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const CliRun r = runCli(clirun::adminArgs(QStringLiteral("remove"), scratch)
                                << QStringLiteral("--tunnel-user") << user,
                            env);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("%1 existiert nicht; nichts zu entfernen").arg(user)))
        << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("does not exist; nothing to remove")))
        << r.out.toStdString();
}
