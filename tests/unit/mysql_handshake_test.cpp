// MySQL/MariaDB: the server's greeting and error packets (core/database/mysql_handshake.cpp).
#include "database/handshake.h"
#include "handshake_test_support.h"

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::database;
using handshake_test::le32Bytes;

namespace {

QByteArray mysqlPacket(const QByteArray &payload, char sequence = 0)
{
    const auto size = static_cast<quint32>(payload.size());
    QByteArray out = le32Bytes(size).left(3);
    out.append(sequence);
    return out + payload;
}

} // namespace

TEST(HandshakeRequest, MySqlWaitsForTheServer)
{
    EXPECT_TRUE(openingRequest(DatabaseType::MySql).isEmpty());
}

TEST(HandshakeMySql, MySqlGreetingReportsVersion)
{
    QByteArray payload("\x0a"
                       "8.0.36-0ubuntu0.22.04.1");
    payload += QByteArray("\0\x2a\0\0\0", 5);                     // NUL, connection id 42
    payload += QByteArray("abcdefgh\0", 9);                       // auth data 1, filler
    payload += QByteArray("\xff\xff\xff\x02\x00\xff\xdf\x15", 8); // caps, charset, status, caps
    payload += QByteArray(10, '\0');                              // reserved
    payload += QByteArray("ijklmnopqrst\0", 13);                  // auth data 2
    payload += QByteArray("caching_sha2_password\0", 22);
    const HandshakeVerdict verdict = interpretReply(DatabaseType::MySql, mysqlPacket(payload));
    EXPECT_EQ(verdict.answer, Answer::Matches);
    EXPECT_EQ(verdict.server, QStringLiteral("MySQL 8.0.36"));
    EXPECT_EQ(verdict.detail,
              QStringLiteral("Protocol 10 greeting: server version \"8.0.36-0ubuntu0.22.04.1\", "
                             "connection id 42, auth plugin caching_sha2_password"));
}

TEST(HandshakeMySql, MariaDbWithoutCompatibilityPrefix)
{
    const QByteArray payload("\x0a"
                             "11.4.2-MariaDB\0\x01\0\0\0",
                             20);
    const HandshakeVerdict verdict = interpretReply(DatabaseType::MySql, mysqlPacket(payload));
    EXPECT_EQ(verdict.answer, Answer::Matches);
    EXPECT_EQ(verdict.server, QStringLiteral("MariaDB 11.4.2"));
}

TEST(HandshakeMySql, ErrorPacketMatchesWithTheMessage)
{
    const QByteArray message("Host '10.0.0.5' is not allowed to connect to this MySQL server");
    const HandshakeVerdict plain =
        interpretReply(DatabaseType::MySql, mysqlPacket(QByteArray("\xff\x6a\x04", 3) + message));
    EXPECT_EQ(plain.answer, Answer::Matches);
    EXPECT_EQ(plain.server, QStringLiteral("MySQL/MariaDB (refused the connection)"));
    EXPECT_EQ(plain.detail,
              QStringLiteral("Error 1130: Host '10.0.0.5' is not allowed to connect to this "
                             "MySQL server"));

    const HandshakeVerdict withState = interpretReply(
        DatabaseType::MySql, mysqlPacket(QByteArray("\xff\x10\x04#08004Too many connections", 29)));
    EXPECT_EQ(withState.answer, Answer::Matches);
    EXPECT_EQ(withState.detail,
              QStringLiteral("Error 1040 (SQLSTATE 08004): Too many connections"));
}

TEST(HandshakeMySql, MalformedPacketsAreWrongProtocol)
{
    const auto answer = [](const QByteArray &reply) {
        return interpretReply(DatabaseType::MySql, reply).answer;
    };
    EXPECT_EQ(answer(mysqlPacket(QByteArray("\x0a"
                                            "8.0.36",
                                            7))),
              Answer::WrongProtocol); // version without NUL
    EXPECT_EQ(answer(mysqlPacket(QByteArray("\x0a\0", 2))), Answer::WrongProtocol);
    EXPECT_EQ(answer(mysqlPacket(QByteArray("\x0a"
                                            "8.0\0",
                                            5),
                                 1)),
              Answer::WrongProtocol); // sequence 1
    EXPECT_EQ(answer(mysqlPacket(QByteArray("\x0b"
                                            "8.0\0",
                                            5))),
              Answer::WrongProtocol); // protocol 11
    EXPECT_EQ(answer(mysqlPacket(QByteArray("\xff\x01", 2))), Answer::WrongProtocol);
    EXPECT_EQ(answer(QByteArray("\0\0\0\0", 4)), Answer::WrongProtocol); // empty packet
}
