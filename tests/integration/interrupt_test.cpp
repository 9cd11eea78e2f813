// Ctrl-C during `stitch-tunnel apply`: whenever it comes, the server ends in the old state or
// the new one (never half), no self-test key stays behind, nothing of ours keeps running there,
// and the CLI says what was done.
#include "cli_run.h"
#include "sandbox_env.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>

namespace {

// sshd sessions of the admin and sudo: what a run of ours leaves on the server while it lasts.
bool serverQuietWithin(int seconds)
{
    for (int i = 0; i < seconds * 10; ++i) {
        if (sandbox::shell(QStringLiteral("pgrep -af '^sshd: stitchadmin'; pgrep -ax sudo; true"))
                .trimmed()
                .isEmpty())
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace

// Ctrl-C in each phase of an apply, each one reached by watching the server (not after a guessed
// delay, which a slow machine turns into "all before the first change"): logged in but nothing
// changed yet, the locked apply script running, the self-test logging in as the tunnel user,
// and after the end. Each run asserts the outcome of the phase it hit.
TEST(Interrupt, CtrlCAtAnyPointLeavesOldOrNewAndNoSelfTestKey)
{
    QTemporaryDir scratch;
    const sandbox::StitchKey key;
    const QString keyFile = key.privatePath() + QStringLiteral(".pub");
    struct Phase
    {
        const char *name;
        const char *marker; // a shell test on the server; %1 is the tunnel user
        const char *says;   // what the CLI says when stopped there
        // Or this: the self-test logs in while the apply script's verify still runs (they
        // overlap), so a stop seen at its login may end either part; both are true reports.
        const char *orSays = nullptr;
    };
    const Phase phases[] = {
        {"logged in, nothing changed", "pgrep -f '^sshd: stitchadmin@' >/dev/null",
         "nothing was changed"},
        {"apply script holds the server lock", "! flock -n /run/stitch-tunnel.lock true",
         "the self-test did not run"},
        // The self-test logs in as the tunnel user (its key went in with the apply script).
        {"self-test logging in", "pgrep -f '^sshd: %1' >/dev/null",
         "Stopped during the end-to-end self-test", "the self-test did not run"},
        {"after the end", nullptr, nullptr},
    };
    int round = 0;
    for (const Phase &phase : phases) {
        const QString user = QStringLiteral("stitchint%1").arg(++round);
        SCOPED_TRACE(phase.name);
        QProcess cli;
        cli.start(QStringLiteral(STITCH_CLI_PATH),
                  {QStringLiteral("apply"), QStringLiteral("--host"), sandbox::host(),
                   QStringLiteral("--port"), QString::number(sandbox::sshPort()),
                   QStringLiteral("--login"), QStringLiteral("stitchadmin"),
                   QStringLiteral("--password-file"),
                   sandbox::file(QStringLiteral("stitchadmin.password")),
                   QStringLiteral("--known-hosts"), sandbox::file(QStringLiteral("known_hosts")),
                   QStringLiteral("--public-key-file"), keyFile, QStringLiteral("--tunnel-user"),
                   user, QStringLiteral("--db-host"), QStringLiteral("127.0.0.1")});
        ASSERT_TRUE(cli.waitForStarted());
        if (phase.marker) {
            const QString marker =
                QString::fromLatin1(phase.marker).replace(QLatin1String("%1"), user);
            bool reached = false;
            QElapsedTimer clock;
            clock.start();
            while (!reached && cli.state() == QProcess::Running && clock.elapsed() < 60000) {
                int rc = -1;
                sandbox::shell(marker, &rc);
                reached = rc == 0;
            }
            ASSERT_TRUE(reached) << "the run never showed this phase on the server";
            ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
        }
        ASSERT_TRUE(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        const int rc = cli.exitCode();
        ASSERT_EQ(cli.exitStatus(), QProcess::NormalExit) << out.toStdString();

        EXPECT_TRUE(serverQuietWithin(15)) << "something of ours still runs";
        const QByteArray state = sandbox::shell(
            QStringLiteral("if getent passwd %1 >/dev/null; then "
                           "grep -c 'stitch-tunnel-selftest' /home/%1/.ssh/authorized_keys; "
                           "grep -c -F %2 /home/%1/.ssh/authorized_keys; else echo old; fi")
                .arg(user, key.publicLine.section(QLatin1Char(' '), 1, 1)));
        std::printf("[interrupt] %s: exit %d, server %s\n", phase.name, rc,
                    state == "old\n" ? "old (nothing changed)"
                                     : "new (key in place, no self-test line)");
        if (!phase.marker) {
            EXPECT_EQ(rc, 0) << out.toStdString();
            EXPECT_EQ(state, "0\n1\n");
        } else if (round == 1) {
            // Before the first change Ctrl-C ends the run at once, and nothing changed.
            EXPECT_EQ(rc, 130) << out.toStdString();
            EXPECT_TRUE(out.contains(phase.says)) << out.toStdString();
            EXPECT_EQ(state, "old\n");
        } else {
            // Once changes started the run stops at the next safe point: the change is whole,
            // verified and reported, and the self-test's key is gone.
            EXPECT_EQ(rc, 130) << out.toStdString();
            EXPECT_TRUE(out.contains(phase.says) || (phase.orSays && out.contains(phase.orSays)))
                << out.toStdString();
            EXPECT_FALSE(out.contains("nothing was changed")) << out.toStdString();
            EXPECT_EQ(state, "0\n1\n") << out.toStdString();
        }
    }
}

TEST(Interrupt, CtrlCWhileAServerDoesNotAnswerEndsAtOnceAndChangesNothing)
{
    // A listener that accepts and never sends an SSH greeting: connect() would wait for its
    // timeout. Nothing is changed yet, so Ctrl-C ends the run at once.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    const sandbox::StitchKey key;
    QProcess cli;
    cli.start(QStringLiteral(STITCH_CLI_PATH),
              {QStringLiteral("apply"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
               QStringLiteral("--port"), QString::number(silent.serverPort()),
               QStringLiteral("--login"), QStringLiteral("stitchadmin"),
               QStringLiteral("--password-file"),
               sandbox::file(QStringLiteral("stitchadmin.password")),
               QStringLiteral("--known-hosts"), sandbox::file(QStringLiteral("known_hosts")),
               QStringLiteral("--public-key-file"), key.privatePath() + QStringLiteral(".pub"),
               QStringLiteral("--connect-timeout"), QStringLiteral("60")});
    ASSERT_TRUE(cli.waitForStarted());
    // Interrupted while it waits for the greeting: once it has dialled, not after a guess.
    ASSERT_TRUE(silent.waitForNewConnection(10000)) << "the CLI never dialled the listener";
    ASSERT_EQ(cli.state(), QProcess::Running);
    QElapsedTimer clock;
    clock.start();
    ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
    ASSERT_TRUE(cli.waitForFinished(10000));
    const qint64 ms = clock.elapsed();
    const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
    std::printf("[interrupt] silent server: ended %lld ms after SIGINT\n",
                static_cast<long long>(ms));
    EXPECT_EQ(cli.exitCode(), 130) << out.toStdString();
    EXPECT_TRUE(out.contains("nothing was changed")) << out.toStdString();
    EXPECT_LT(ms, 5000);
}

// The connection drops (here: the tool is killed) while the root script waits for the server
// lock another run holds. When the lock frees, that script finds nobody to report to and
// changes nothing: no firewall rule without its account, no account, nothing in the record.
TEST(Interrupt, ClientGoneWhileWaitingForTheLockChangesNothing)
{
    QTemporaryDir scratch;
    const sandbox::StitchKey key;
    const QString keyFile = key.privatePath() + QStringLiteral(".pub");
    const QString user = QStringLiteral("stitchorphan");
    sandbox::resetFirewall();
    sandbox::shell(QStringLiteral("rm -rf /var/lib/stitch-tunnel"));
    int rc = -1;
    sandbox::shell(QStringLiteral("nft add table inet filter && nft add chain inet filter input "
                                  "'{ type filter hook input priority 0; policy drop; }' && "
                                  "nft add rule inet filter input iif lo accept"),
                   &rc);
    ASSERT_EQ(rc, 0);
    const auto cleanUp = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("pkill -f 'sleep 4242'; userdel -r %1 2>/dev/null; "
                                      "rm -rf /var/lib/stitch-tunnel")
                           .arg(user));
        sandbox::resetFirewall();
    });
    // Another run holds the lock for a while.
    sandbox::shell(QStringLiteral("flock /run/stitch-tunnel.lock sleep 4242 </dev/null "
                                  ">/dev/null 2>&1 &"));

    QProcess cli;
    cli.start(QStringLiteral(STITCH_CLI_PATH),
              clirun::adminArgs(QStringLiteral("apply"), scratch)
                  << QStringLiteral("--public-key-file") << keyFile
                  << QStringLiteral("--tunnel-user") << user << QStringLiteral("--db-host")
                  << QStringLiteral("127.0.0.1") << QStringLiteral("--allow-ip")
                  << QStringLiteral("198.18.0.20/32") << QStringLiteral("--no-self-test"));
    ASSERT_TRUE(cli.waitForStarted());
    bool waiting = false;
    for (int i = 0; i < 300 && !waiting; ++i) {
        waiting =
            !sandbox::shell(QStringLiteral("pgrep -f '[f]lock -w 60 9'; true")).trimmed().isEmpty();
        if (!waiting)
            QThread::msleep(100);
    }
    ASSERT_TRUE(waiting)
        << "the apply script never waited for the lock:\n"
        << (cli.readAllStandardOutput() + cli.readAllStandardError()).toStdString();
    cli.kill(); // the connection is gone, as when the laptop's network drops
    ASSERT_TRUE(cli.waitForFinished(10000));

    sandbox::shell(QStringLiteral("pkill -f 'sleep 4242'"));
    // The orphan, if any, takes the lock now and runs; wait until nothing of ours runs.
    ASSERT_TRUE(serverQuietWithin(20));
    for (int i = 0; i < 50; ++i) {
        if (sandbox::shell(
                QStringLiteral("pgrep -f '[f]lock -w 60 9'; pgrep -f '[s]titch-tunnel'; true"))
                .trimmed()
                .isEmpty())
            break;
        QThread::msleep(100);
    }
    const QByteArray ruleset = sandbox::shell(QStringLiteral("nft list ruleset"));
    EXPECT_FALSE(ruleset.contains("stitch-tunnel")) << ruleset.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd %1 || echo none").arg(user)),
              QByteArray("none\n"));
    EXPECT_EQ(sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record 2>/dev/null")),
              QByteArray());
}
