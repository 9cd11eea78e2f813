// SQL Server: the TDS PRELOGIN request and answer (core/database/sqlserver_handshake.cpp).
#include "database/handshake.h"
#include "handshake_test_support.h"
#include "recorded_handshakes.h"

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::database;
using handshake_test::be16;
using recorded::bytes;

TEST(HandshakeRequest, SqlServerPreloginIsWellFormed)
{
    const QByteArray packet = openingRequest(DatabaseType::SqlServer);
    ASSERT_GE(packet.size(), 8);
    EXPECT_EQ(quint8(packet.at(0)), 0x12); // PRELOGIN
    EXPECT_EQ(quint8(packet.at(1)), 0x01); // end of message
    EXPECT_EQ(be16(packet, 2), quint32(packet.size()));
    EXPECT_EQ(be16(packet, 4), 0u); // SPID
    EXPECT_EQ(quint8(packet.at(6)), 1);
    EXPECT_EQ(quint8(packet.at(7)), 0);

    const QByteArray payload = packet.mid(8);
    const quint8 expectedTokens[] = {0x00, 0x01, 0x02, 0x03, 0x04};
    const quint32 expectedSizes[] = {6, 1, 1, 4, 1};
    qsizetype pos = 0;
    quint32 dataEnd = 5 * 5 + 1; // first option data right after the table
    for (int i = 0; i < 5; ++i) {
        ASSERT_LE(pos + 5, payload.size());
        EXPECT_EQ(quint8(payload.at(pos)), expectedTokens[i]);
        EXPECT_EQ(be16(payload, pos + 1), dataEnd) << "option " << i;
        EXPECT_EQ(be16(payload, pos + 3), expectedSizes[i]) << "option " << i;
        dataEnd += expectedSizes[i];
        pos += 5;
    }
    EXPECT_EQ(quint8(payload.at(pos)), 0xff); // terminator
    EXPECT_EQ(dataEnd, quint32(payload.size()));
    const quint8 encryption = quint8(payload.at(26 + 6));
    EXPECT_TRUE(encryption == 0x00 || encryption == 0x02); // ENCRYPT_OFF or ENCRYPT_NOT_SUP
}

// Byte for byte, every field included (the test above checks the structure).
TEST(HandshakeRequest, SqlServerPreloginIsTheSpecifiedBytes)
{
    EXPECT_EQ(openingRequest(DatabaseType::SqlServer).toHex(' '),
              bytes(recorded::kSqlServerPrelogin).toHex(' '));
}

TEST(HandshakeSqlServer, BrokenOptionTablesAreWrongProtocol)
{
    QByteArray reply = bytes(recorded::kSqlServerPreloginReply);
    reply[8] = '\x05'; // no VERSION any more (first option becomes TRACEID)
    EXPECT_EQ(interpretReply(DatabaseType::SqlServer, reply).answer, Answer::WrongProtocol);

    reply = bytes(recorded::kSqlServerPreloginReply);
    reply[10] = '\x30'; // VERSION offset past the end
    EXPECT_EQ(interpretReply(DatabaseType::SqlServer, reply).answer, Answer::WrongProtocol);

    reply = bytes(recorded::kSqlServerPreloginReply);
    reply[33] = '\x00'; // terminator gone
    reply.truncate(34);
    reply[3] = '\x22';
    EXPECT_EQ(interpretReply(DatabaseType::SqlServer, reply).answer, Answer::WrongProtocol);

    reply = bytes(recorded::kSqlServerPreloginReply);
    reply[1] = '\x00'; // not end of message
    EXPECT_EQ(interpretReply(DatabaseType::SqlServer, reply).answer, Answer::WrongProtocol);
}
