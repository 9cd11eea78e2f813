#include "admin_login.h"

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::ssh;
using namespace std::chrono_literals;

namespace {

class ForwardTest : public sandbox::AdminLoginTest
{
};

} // namespace

TEST_F(ForwardTest, ReachesPostgresAndSpeaksItsHandshake)
{
    connectTo();
    auto channel = connection.openForward(QStringLiteral("127.0.0.1"), sandbox::postgresPort(), 5s);
    ASSERT_TRUE(channel.ok()) << channel.error().oneLine().toStdString();
    // SSLRequest: length 8, code 80877103. PostgreSQL answers one byte, 'S' or 'N'.
    ASSERT_TRUE(channel->write(QByteArray::fromHex("0000000804d2162f")).ok());
    auto reply = channel->read(5s, 1, 1);
    ASSERT_TRUE(reply.ok());
    ASSERT_EQ(reply->size(), 1);
    EXPECT_TRUE(reply->at(0) == 'S' || reply->at(0) == 'N');
}

TEST_F(ForwardTest, ReachesMariaDbGreeting)
{
    connectTo();
    auto channel = connection.openForward(QStringLiteral("127.0.0.1"), sandbox::mysqlPort(), 5s);
    ASSERT_TRUE(channel.ok()) << channel.error().oneLine().toStdString();
    auto greeting = channel->read(5s, 5);
    ASSERT_TRUE(greeting.ok());
    ASSERT_GT(greeting->size(), 5);
    EXPECT_EQ(static_cast<unsigned char>(greeting->at(4)), 10u); // protocol version 10
    EXPECT_TRUE(greeting->contains("MariaDB"));
}

TEST_F(ForwardTest, ClosedPortIsRefusedAndTheSessionStaysUsable)
{
    connectTo();
    auto channel = connection.openForward(QStringLiteral("127.0.0.1"), 5999, 5s);
    ASSERT_FALSE(channel.ok());
    EXPECT_EQ(channel.error().code, ErrorCode::ForwardRefused);
    EXPECT_TRUE(channel.error().message.contains(QStringLiteral("5999")));
    auto r = connection.exec(QStringLiteral("echo alive"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->stdOut, QByteArray("alive\n"));
}

TEST_F(ForwardTest, UnresolvableNameIsItsOwnError)
{
    connectTo();
    auto channel = connection.openForward(QStringLiteral("no-such-db.invalid"), 5432, 10s);
    ASSERT_FALSE(channel.ok());
    EXPECT_EQ(channel.error().code, ErrorCode::ForwardNameNotResolved)
        << channel.error().detail.toStdString();
}

TEST_F(ForwardTest, ForwardingDisabledInSshdIsProhibited)
{
    sandbox::ExtraSshd sshd(2231, {QStringLiteral("AllowTcpForwarding=no")});
    ASSERT_TRUE(sshd.started());
    connectTo(2231);
    auto channel = connection.openForward(QStringLiteral("127.0.0.1"), sandbox::postgresPort(), 5s);
    ASSERT_FALSE(channel.ok());
    EXPECT_EQ(channel.error().code, ErrorCode::ForwardProhibited)
        << channel.error().detail.toStdString();
    EXPECT_TRUE(channel.error().fix.contains(QStringLiteral("AllowTcpForwarding")));
}

TEST_F(ForwardTest, DroppedTrafficTimesOut)
{
    int rc = 0;
    sandbox::shell(QStringLiteral("nft add table inet stitchfwd && nft add chain inet stitchfwd "
                                  "out '{ type filter hook output priority 0; }' && nft add rule "
                                  "inet stitchfwd out tcp dport 5997 drop"),
                   &rc);
    ASSERT_EQ(rc, 0);
    connectTo();
    auto channel = connection.openForward(QStringLiteral("127.0.0.1"), 5997, 1500ms);
    sandbox::shell(QStringLiteral("nft delete table inet stitchfwd"));
    ASSERT_FALSE(channel.ok());
    EXPECT_EQ(channel.error().code, ErrorCode::ForwardTimedOut);
    auto r = connection.exec(QStringLiteral("echo alive"));
    ASSERT_TRUE(r.ok()) << r.error().oneLine().toStdString();
}
