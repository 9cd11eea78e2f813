// CommandChannel's marker protocol, as RemoteRunner's privileged shell uses it: one channel,
// script after script, each reply read up to its "<marker> <status>" lines.
#include "admin_login.h"
#include "thread_wait.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <thread>

using namespace stitch;
using namespace stitch::ssh;
using namespace std::chrono_literals;

namespace {

const QByteArray kMarker = QByteArrayLiteral("@@end-7f3a");

// A shell script that prints `out` and `err`, then the marker with `status` on both streams.
QByteArray reply(const QByteArray &out, const QByteArray &err, int status)
{
    const QByteArray end = kMarker + ' ' + QByteArray::number(status);
    return "printf '" + out + "'; printf '" + err + "' >&2; echo '" + end + "'; echo '" + end +
           "' >&2\n";
}

class CommandChannelTest : public sandbox::AdminLoginTest
{
protected:
    void SetUp() override { connectTo(); }
};

} // namespace

TEST_F(CommandChannelTest, RepliesOneAfterAnotherOnOneChannel)
{
    auto shell = connection.startCommand(QStringLiteral("sh"));
    ASSERT_TRUE(shell.ok()) << shell.error().oneLine().toStdString();
    ASSERT_TRUE(shell->write(reply("one\\n", "err one\\n", 0)).ok());
    auto first = shell->read(kMarker, 10s);
    ASSERT_TRUE(first.ok()) << first.error().oneLine().toStdString();
    EXPECT_EQ(first->stdOut, QByteArray("one\n"));
    EXPECT_EQ(first->stdErr, QByteArray("err one\n"));
    EXPECT_EQ(first->exitStatus, 0);

    // The marker counts only at the start of a line; text after a reply waits for the next.
    ASSERT_TRUE(
        shell->write("echo 'x" + kMarker + " 9'; " + reply("two\\n", "", 3) + "echo early\n").ok());
    auto second = shell->read(kMarker, 10s);
    ASSERT_TRUE(second.ok()) << second.error().oneLine().toStdString();
    EXPECT_EQ(second->stdOut, "x" + kMarker + " 9\ntwo\n");
    EXPECT_EQ(second->stdErr, QByteArray());
    EXPECT_EQ(second->exitStatus, 3);
    EXPECT_FALSE(shell->hasEnded());

    ASSERT_TRUE(shell->write(reply("three\\n", "", 0)).ok());
    auto third = shell->read(kMarker, 10s);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->stdOut, QByteArray("early\nthree\n"));
    EXPECT_EQ(connection.channelsOpened(), 1);
}

TEST_F(CommandChannelTest, ACommandThatEndsBeforeItsMarkerGivesItsOwnStatus)
{
    auto shell = connection.startCommand(QStringLiteral("sh"));
    ASSERT_TRUE(shell.ok());
    ASSERT_TRUE(shell->write("echo partial; exit 7\n").ok());
    auto result = shell->read(kMarker, 10s);
    ASSERT_TRUE(result.ok()) << result.error().oneLine().toStdString();
    EXPECT_EQ(result->stdOut, QByteArray("partial\n"));
    EXPECT_EQ(result->exitStatus, 7);
    EXPECT_TRUE(shell->hasEnded());
}

TEST_F(CommandChannelTest, AMarkerOnOnlyOneStreamIsNotAReplyAndTimesOut)
{
    auto shell = connection.startCommand(QStringLiteral("sh"));
    ASSERT_TRUE(shell.ok());
    ASSERT_TRUE(shell->write("echo '" + kMarker + " 0'\n").ok());
    constexpr auto kTimeout = 700ms;
    QElapsedTimer clock;
    clock.start();
    auto result = shell->read(kMarker, kTimeout);
    const qint64 ms = clock.elapsed();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Timeout);
    // No sooner than the timeout, whatever the load; the upper bound only tells this timeout
    // from a hang, with room for a loaded 2-core machine.
    EXPECT_GE(ms, kTimeout.count());
    EXPECT_LT(ms, kTimeout.count() * 5);
}

TEST_F(CommandChannelTest, EofEndsTheInputAndTheCommand)
{
    auto cat = connection.startCommand(QStringLiteral("cat; echo done"));
    ASSERT_TRUE(cat.ok());
    ASSERT_TRUE(cat->write("input\n").ok());
    ASSERT_TRUE(cat->sendEof().ok());
    auto result = cat->read(QByteArray(), 10s);
    ASSERT_TRUE(result.ok()) << result.error().oneLine().toStdString();
    EXPECT_EQ(result->stdOut, QByteArray("input\ndone\n"));
    EXPECT_EQ(result->exitStatus, 0);
}

TEST_F(CommandChannelTest, CancelFromAnotherThreadEndsAWaitingRead)
{
    auto shell = connection.startCommand(QStringLiteral("sh"));
    ASSERT_TRUE(shell.ok());
    // The cancel comes once the read waits for output the shell will never print.
    const pid_t reading = test::currentThreadId();
    bool sawWaiting = false;
    std::thread canceller([&] {
        sawWaiting = test::waitUntilThreadWaitsOnSockets(reading);
        connection.cancel(); // also shuts the socket down under the waiting read
    });
    constexpr auto kTimeout = 60s;
    QElapsedTimer clock;
    clock.start();
    auto result = shell->read(kMarker, kTimeout);
    const qint64 ms = clock.elapsed();
    canceller.join();
    EXPECT_TRUE(sawWaiting) << "the read was never seen waiting; the cancel came anyway";
    ASSERT_FALSE(result.ok());
    // Cancelled, not Timeout: the cancel ended the read; the bound is far below the timeout.
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_LT(ms, std::chrono::milliseconds(kTimeout).count() / 4);
}
