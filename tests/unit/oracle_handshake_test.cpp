// Oracle: the TNS CONNECT and the listener's answers (core/database/oracle_handshake.cpp).
#include "database/handshake.h"
#include "handshake_test_support.h"
#include "recorded_handshakes.h"

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::database;
using handshake_test::be16;
using recorded::bytes;

namespace {

QByteArray tnsPacket(char type, const QByteArray &body)
{
    const auto size = static_cast<quint32>(body.size() + 8);
    QByteArray out;
    out.append(static_cast<char>(size >> 8));
    out.append(static_cast<char>(size & 0xffU));
    out.append("\x00\x00", 2);
    out.append(type);
    out.append("\x00\x00\x00", 3);
    return out + body;
}

} // namespace

TEST(HandshakeRequest, OracleConnectIsWellFormed)
{
    const QByteArray packet = openingRequest(DatabaseType::Oracle);
    ASSERT_GE(packet.size(), 58);
    EXPECT_EQ(be16(packet, 0), quint32(packet.size()));
    EXPECT_EQ(be16(packet, 2), 0u);               // packet checksum
    EXPECT_EQ(quint8(packet.at(4)), 1);           // CONNECT
    EXPECT_EQ(be16(packet, 6), 0u);               // header checksum
    EXPECT_GE(be16(packet, 8), 300u);             // version
    EXPECT_LE(be16(packet, 8), 314u);             // without large-SDU framing
    EXPECT_LE(be16(packet, 10), be16(packet, 8)); // lowest compatible version
    const quint32 dataLength = be16(packet, 24);
    const quint32 dataOffset = be16(packet, 26);
    EXPECT_EQ(dataOffset + dataLength, quint32(packet.size()));
    EXPECT_LE(dataLength, 230u); // longer connect data would go in a separate packet
    const QByteArray data = packet.mid(dataOffset);
    EXPECT_EQ(data, QByteArray("(DESCRIPTION=(CONNECT_DATA=(SERVICE_NAME=)(CID=(PROGRAM=stitch-"
                               "tunnel)(HOST=x)(USER=x)))(ADDRESS=(PROTOCOL=TCP)(HOST=x)"
                               "(PORT=1521)))"));
    EXPECT_EQ(data.count('('), data.count(')'));
}

// Byte for byte, every field included (the test above checks the structure).
TEST(HandshakeRequest, OracleConnectIsTheSpecifiedBytes)
{
    EXPECT_EQ(openingRequest(DatabaseType::Oracle).toHex(' '),
              bytes(recorded::kOracleConnect).toHex(' '));
}

TEST(HandshakeOracle, OtherListenerAnswersMatch)
{
    const QByteArray accept =
        tnsPacket('\x02', QByteArray("\x01\x39\x00\x00\x20\x00\x7f\xff\x01\x00", 10));
    const HandshakeVerdict accepted = interpretReply(DatabaseType::Oracle, accept);
    EXPECT_EQ(accepted.answer, Answer::Matches);
    EXPECT_EQ(accepted.server, QStringLiteral("Oracle TNS listener"));
    EXPECT_EQ(accepted.detail,
              QStringLiteral("The listener accepted the connect packet (TNS version 313)"));

    const HandshakeVerdict resend = interpretReply(DatabaseType::Oracle, tnsPacket('\x0b', {}));
    EXPECT_EQ(resend.answer, Answer::Matches);
    EXPECT_TRUE(resend.detail.contains(QStringLiteral("resend")));

    const QByteArray target("(ADDRESS=(PROTOCOL=tcp)(HOST=10.0.0.9)(PORT=1522))");
    QByteArray redirectBody;
    redirectBody.append('\0');
    redirectBody.append(static_cast<char>(target.size()));
    const HandshakeVerdict redirect =
        interpretReply(DatabaseType::Oracle, tnsPacket('\x05', redirectBody + target));
    EXPECT_EQ(redirect.answer, Answer::Matches);
    EXPECT_TRUE(redirect.detail.contains(QStringLiteral("HOST=10.0.0.9")));
}

TEST(HandshakeOracle, MalformedPacketsAreWrongProtocol)
{
    EXPECT_EQ(interpretReply(DatabaseType::Oracle, tnsPacket('\x01', QByteArray(4, 'x'))).answer,
              Answer::WrongProtocol); // CONNECT is not an answer
    QByteArray refuse = bytes(recorded::kOracleRefuse);
    refuse[11] = '\x7f'; // refuse data longer than the packet
    EXPECT_EQ(interpretReply(DatabaseType::Oracle, refuse).answer, Answer::WrongProtocol);
    refuse = bytes(recorded::kOracleRefuse);
    refuse[3] = '\x01'; // checksum
    EXPECT_EQ(interpretReply(DatabaseType::Oracle, refuse).answer, Answer::WrongProtocol);
    EXPECT_EQ(
        interpretReply(DatabaseType::Oracle, QByteArray("\x00\x04\x00\x00\x04\x00\x00\x00", 8))
            .answer,
        Answer::WrongProtocol); // length shorter than the header
}
