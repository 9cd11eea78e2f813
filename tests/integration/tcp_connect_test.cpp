// connectTcp on its own: the four failures it tells apart, and the socket it hands to libssh.
#include "sandbox_env.h"
#include "ssh/tcp_connect.h"
#include "thread_wait.h"

#include <QElapsedTimer>
#include <QTcpServer>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <thread>

using namespace stitch;
using namespace stitch::ssh;
using namespace std::chrono_literals;

namespace {

// A loopback port nobody listens on: bound once to learn a free number, then released.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

TEST(TcpConnect, AListenerGivesABlockingSocketConnectedToIt)
{
    QTcpServer listener;
    ASSERT_TRUE(listener.listen(QHostAddress::LocalHost));
    const std::atomic<bool> cancelled{false};
    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        auto socket = connectTcp(host, listener.serverPort(), 2s, cancelled);
        ASSERT_TRUE(socket.ok()) << host.toStdString() << ": "
                                 << socket.error().oneLine().toStdString();
        ASSERT_NE(socket->get(), ssh::kInvalidSocket);
        // libssh's blocking calls and their timeouts expect a blocking socket.
        EXPECT_EQ(fcntl(socket->get(), F_GETFL) & O_NONBLOCK, 0);
        EXPECT_FALSE(socketIdentity(socket->get()).isEmpty());
        EXPECT_TRUE(listener.waitForNewConnection(2000));
    }
}

TEST(TcpConnect, ARefusedPortIsConnectionRefusedAtOnce)
{
    const quint16 port = closedPort();
    ASSERT_NE(port, 0);
    const std::atomic<bool> cancelled{false};
    // The code says it was a refusal, not the timeout; the clock only confirms that the wait
    // was not the timeout's, with room for a loaded machine (a refusal takes milliseconds).
    constexpr auto kTimeout = 30s;
    QElapsedTimer clock;
    clock.start();
    auto socket = connectTcp(QStringLiteral("127.0.0.1"), port, kTimeout, cancelled);
    ASSERT_FALSE(socket.ok());
    EXPECT_LT(clock.elapsed(), std::chrono::milliseconds(kTimeout).count() / 2)
        << "a refusal needs no waiting for the timeout";
    EXPECT_EQ(socket.error().code, ErrorCode::ConnectionRefused);
    EXPECT_EQ(socket.error().message,
              QStringLiteral("127.0.0.1 port %1 refused the connection: no SSH server is "
                             "listening there.")
                  .arg(port));
}

TEST(TcpConnect, AnUnresolvableNameIsHostNotFound)
{
    const std::atomic<bool> cancelled{false};
    auto socket = connectTcp(QStringLiteral("no-such-host.invalid"), 22, 5s, cancelled);
    ASSERT_FALSE(socket.ok());
    EXPECT_EQ(socket.error().code, ErrorCode::HostNotFound);
    EXPECT_TRUE(socket.error().message.contains(QStringLiteral("no-such-host.invalid")));
    EXPECT_FALSE(socket.error().detail.isEmpty()) << "the resolver's own words";
}

// A firewall that drops the SYN: the TCP connect itself never completes.
class DroppedPort : public ::testing::Test
{
protected:
    static constexpr quint16 kPort = 2298;
    void SetUp() override
    {
        int rc = 0;
        sandbox::shell(QStringLiteral("nft add table inet stitchtcp && nft add chain inet "
                                      "stitchtcp out '{ type filter hook output priority 0; }' "
                                      "&& nft add rule inet stitchtcp out tcp dport %1 drop")
                           .arg(kPort),
                       &rc);
        ASSERT_EQ(rc, 0) << "nft is needed to simulate a dropping firewall";
    }
    void TearDown() override { sandbox::shell(QStringLiteral("nft delete table inet stitchtcp")); }
};

TEST_F(DroppedPort, TimesOutWithinItsBudget)
{
    const std::atomic<bool> cancelled{false};
    constexpr auto kTimeout = 800ms;
    QElapsedTimer clock;
    clock.start();
    auto socket = connectTcp(QStringLiteral("127.0.0.1"), kPort, kTimeout, cancelled);
    const qint64 ms = clock.elapsed();
    ASSERT_FALSE(socket.ok());
    EXPECT_EQ(socket.error().code, ErrorCode::ConnectionTimedOut);
    EXPECT_TRUE(socket.error().message.contains(QStringLiteral("within 0.8 seconds")));
    // A wait ends no sooner than its timeout, however loaded the machine (the clock is
    // monotonic); the upper bound only says it was this timeout and not a hang, and leaves a
    // loaded 2-core machine several times the budget.
    EXPECT_GE(ms, kTimeout.count());
    EXPECT_LT(ms, kTimeout.count() * 5);
}

TEST_F(DroppedPort, CancelFromAnotherThreadEndsTheWait)
{
    std::atomic<bool> cancelled{false};
    // The cancel comes once the connect waits for the SYN's answer that the firewall drops.
    const pid_t connecting = test::currentThreadId();
    bool sawWaiting = false;
    std::thread canceller([&] {
        sawWaiting = test::waitUntilThreadWaitsOnSockets(connecting);
        cancelled.store(true);
    });
    QElapsedTimer clock;
    clock.start();
    constexpr auto kTimeout = 60s;
    auto socket = connectTcp(QStringLiteral("127.0.0.1"), kPort, kTimeout, cancelled);
    const qint64 ms = clock.elapsed();
    canceller.join();
    EXPECT_TRUE(sawWaiting) << "the connect was never seen waiting; the cancel came anyway";
    ASSERT_FALSE(socket.ok());
    // Cancelled, not ConnectionTimedOut: the cancel ended the wait. The bound, far below the
    // timeout, holds on a loaded machine (cancel is polled in slices of at most 100 ms).
    EXPECT_EQ(socket.error().code, ErrorCode::Cancelled);
    EXPECT_LT(ms, std::chrono::milliseconds(kTimeout).count() / 4);
}
