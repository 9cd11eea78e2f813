// PostgreSQL: the SSLRequest and the answers to it (core/database/postgres_handshake.cpp).
#include "database/handshake.h"
#include "recorded_handshakes.h"

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::database;

TEST(HandshakeRequest, PostgresSendsSslRequest)
{
    EXPECT_EQ(openingRequest(DatabaseType::PostgreSql).toHex(' '),
              recorded::bytes(recorded::kPostgresSslRequest).toHex(' '));
}

TEST(HandshakePostgres, MoreThanOneByteAfterSOrNIsWrong)
{
    EXPECT_EQ(interpretReply(DatabaseType::PostgreSql, QByteArray("NX")).answer,
              Answer::WrongProtocol);
    EXPECT_EQ(interpretReply(DatabaseType::PostgreSql, QByteArray("S\x16\x03", 3)).answer,
              Answer::WrongProtocol);
}

TEST(HandshakePostgres, Protocol3ErrorResponseMatches)
{
    const QByteArray fields("SFATAL\0VFATAL\0C0A000\0Munsupported frontend protocol\0\0", 53);
    QByteArray reply("E");
    reply.append('\0');
    reply.append('\0');
    reply.append('\0');
    reply.append(static_cast<char>(fields.size() + 4));
    reply += fields;
    const HandshakeVerdict verdict = interpretReply(DatabaseType::PostgreSql, reply);
    EXPECT_EQ(verdict.answer, Answer::Matches);
    EXPECT_EQ(verdict.server, QStringLiteral("PostgreSQL"));
    EXPECT_EQ(verdict.detail,
              QStringLiteral("Answered the SSLRequest with an error: FATAL: unsupported frontend "
                             "protocol (SQLSTATE 0A000)"));
    EXPECT_EQ(guessOtherProtocol(reply), QStringLiteral("PostgreSQL"));
    for (qsizetype length = 1; length < reply.size(); ++length) {
        EXPECT_EQ(interpretReply(DatabaseType::PostgreSql, reply.left(length)).answer,
                  Answer::NeedMoreData)
            << length;
    }
    // A field that is not a letter, or a missing terminator, is not PostgreSQL.
    QByteArray broken = reply;
    broken[5] = '\x01';
    EXPECT_EQ(interpretReply(DatabaseType::PostgreSql, broken).answer, Answer::WrongProtocol);
    broken = reply;
    broken[broken.size() - 1] = 'x';
    EXPECT_EQ(interpretReply(DatabaseType::PostgreSql, broken).answer, Answer::WrongProtocol);
}

TEST(HandshakePostgres, TextStartingWithEIsNotAnError)
{
    EXPECT_EQ(interpretReply(DatabaseType::PostgreSql, QByteArray("EHLO there\r\n")).answer,
              Answer::WrongProtocol);
    EXPECT_EQ(interpretReply(DatabaseType::PostgreSql, QByteArray("EFA")).answer,
              Answer::NeedMoreData);
}
