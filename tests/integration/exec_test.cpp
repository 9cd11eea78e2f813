#include "admin_login.h"
#include "thread_wait.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <thread>

using namespace stitch;
using namespace stitch::ssh;
using namespace std::chrono_literals;

namespace {

class ExecTest : public sandbox::AdminLoginTest
{
protected:
    void SetUp() override { connectTo(); }
};

} // namespace

TEST_F(ExecTest, StdoutStderrAndExitStatus)
{
    auto r = connection.exec(QStringLiteral("echo out; echo err >&2; exit 3"));
    ASSERT_TRUE(r.ok()) << r.error().oneLine().toStdString();
    EXPECT_EQ(r->stdOut, QByteArray("out\n"));
    EXPECT_EQ(r->stdErr, QByteArray("err\n"));
    EXPECT_EQ(r->exitStatus, 3);
    EXPECT_FALSE(r->succeeded());
}

TEST_F(ExecTest, StdinReachesTheCommand)
{
    QByteArray input;
    for (int i = 0; i < 20000; ++i)
        input += "line " + QByteArray::number(i) + '\n';
    auto r = connection.exec(QStringLiteral("cat"), input);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->stdOut, input);
    EXPECT_EQ(r->exitStatus, 0);
}

TEST_F(ExecTest, LargeInterleavedOutputOnBothStreams)
{
    auto r = connection.exec(QStringLiteral(
        "i=0; while [ $i -lt 3000 ]; do echo \"o$i\"; echo \"e$i\" >&2; i=$((i+1)); done"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->stdOut.count('\n'), 3000);
    EXPECT_EQ(r->stdErr.count('\n'), 3000);
    EXPECT_TRUE(r->stdOut.endsWith("o2999\n"));
    EXPECT_TRUE(r->stdErr.endsWith("e2999\n"));
}

TEST_F(ExecTest, KilledBySignal)
{
    auto r = connection.exec(QStringLiteral("kill -TERM $$"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->exitStatus, -1);
    EXPECT_EQ(r->exitSignal, QStringLiteral("TERM"));
}

TEST_F(ExecTest, TimeoutFires)
{
    QElapsedTimer clock;
    clock.start();
    auto r = connection.exec(QStringLiteral("sleep 20"), {}, 500ms);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Timeout);
    EXPECT_LT(clock.elapsed(), 5000);
    // The session is still usable afterwards.
    auto again = connection.exec(QStringLiteral("echo still-here"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->stdOut, QByteArray("still-here\n"));
}

TEST_F(ExecTest, CancelFromAnotherThread)
{
    QElapsedTimer clock;
    clock.start();
    // The cancel comes once exec waits for the command's output.
    const pid_t running = test::currentThreadId();
    bool sawWaiting = false;
    std::thread canceller([&] {
        sawWaiting = test::waitUntilThreadWaitsOnSockets(running);
        connection.cancel();
    });
    auto r = connection.exec(QStringLiteral("sleep 20"));
    canceller.join();
    EXPECT_TRUE(sawWaiting) << "exec was never seen waiting; the cancel came anyway";
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_FALSE(connection.exec(QStringLiteral("true")).ok());
}

TEST_F(ExecTest, CountsChannels)
{
    const int before = connection.channelsOpened();
    ASSERT_TRUE(connection.exec(QStringLiteral("true")).ok());
    ASSERT_TRUE(connection.exec(QStringLiteral("true")).ok());
    EXPECT_EQ(connection.channelsOpened(), before + 2);
}
