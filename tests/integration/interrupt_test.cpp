// Ctrl-C during `stitch-tunnel apply`: whenever it comes, the server ends in the old state or
// the new one (never half), no self-test key stays behind, nothing of ours keeps running there,
// and the CLI says what was done.
#include "sandbox_env.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
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

TEST(Interrupt, CtrlCAtAnyPointLeavesOldOrNewAndNoSelfTestKey)
{
    QTemporaryDir scratch;
    const sandbox::StitchKey key;
    const QString keyFile = key.privatePath() + QStringLiteral(".pub");
    int round = 0;
    for (const int delayMs : {150, 500, 900, 1300, 1800, 2600}) {
        const QString user = QStringLiteral("stitchint%1").arg(++round);
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
        QThread::msleep(delayMs);
        const bool stillRunning = cli.state() == QProcess::Running;
        if (stillRunning)
            ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
        ASSERT_TRUE(cli.waitForFinished(60000)) << delayMs;
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        const int rc = cli.exitCode();
        const bool endedBySignal = cli.exitStatus() == QProcess::CrashExit;
        if (endedBySignal) {
            // Only outside the CLI's handler does the default one end the process: before the
            // run began (nothing printed, nothing done: checked below as "old") or after the
            // report was printed.
            EXPECT_EQ(rc, SIGINT) << delayMs;
            EXPECT_TRUE(out.isEmpty() || out.contains("Enter in Stitch"))
                << delayMs << ": " << out.toStdString();
        } else if (rc == 130) {
            EXPECT_TRUE(out.contains("Stopped")) << out.toStdString();
        } else {
            EXPECT_TRUE(rc == 0 || rc == 1) << delayMs << ": " << out.toStdString();
        }

        EXPECT_TRUE(serverQuietWithin(15)) << delayMs << ": something of ours still runs";
        const QByteArray state = sandbox::shell(
            QStringLiteral("if getent passwd %1 >/dev/null; then "
                           "grep -c 'stitch-tunnel-selftest' /home/%1/.ssh/authorized_keys; "
                           "grep -c -F %2 /home/%1/.ssh/authorized_keys; else echo old; fi")
                .arg(user, key.publicLine.section(QLatin1Char(' '), 1, 1)));
        std::printf("[interrupt] SIGINT after %d ms: %s %d%s, server %s\n", delayMs,
                    endedBySignal ? "ended by signal" : "exit", rc,
                    stillRunning ? "" : " (had finished before)",
                    state == "old\n" ? "old (nothing changed)"
                                     : "new (key in place, no self-test line)");
        // Old: no account at all. New: the Stitch key in place, no self-test line.
        EXPECT_TRUE(state == "old\n" || state == "0\n1\n")
            << delayMs << ": " << state.toStdString();
        if (endedBySignal && out.isEmpty()) {
            EXPECT_EQ(state, "old\n") << delayMs << ": ended before it began, yet changed";
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
