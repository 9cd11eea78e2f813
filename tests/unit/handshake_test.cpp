#include "database/handshake.h"
#include "recorded_handshakes.h"

#include <QList>

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>

using namespace stitch;
using namespace stitch::database;
using recorded::bytes;

namespace {

const DatabaseType kAllTypes[] = {DatabaseType::PostgreSql, DatabaseType::MySql,
                                  DatabaseType::SqlServer, DatabaseType::Oracle,
                                  DatabaseType::MongoDb};

const char *typeName(DatabaseType type)
{
    switch (type) {
    case DatabaseType::PostgreSql:
        return "PostgreSql";
    case DatabaseType::MySql:
        return "MySql";
    case DatabaseType::SqlServer:
        return "SqlServer";
    case DatabaseType::Oracle:
        return "Oracle";
    case DatabaseType::MongoDb:
        return "MongoDb";
    }
    return "?";
}

const char *answerName(Answer answer)
{
    switch (answer) {
    case Answer::Matches:
        return "Matches";
    case Answer::WrongProtocol:
        return "WrongProtocol";
    case Answer::NeedMoreData:
        return "NeedMoreData";
    case Answer::NoAnswer:
        return "NoAnswer";
    }
    return "?";
}

// One recorded (or hand-built) reply, the type that produced it, and what it must give.
struct Sample
{
    const char *name;
    QByteArray reply;
    DatabaseType type;
    QString server; // expected HandshakeVerdict::server for its own type
    QString guess;  // expected guessOtherProtocol()
};

QList<Sample> samples()
{
    return {
        {"PostgresSslOff", bytes(recorded::kPostgresSslOff), DatabaseType::PostgreSql,
         QStringLiteral("PostgreSQL (SSL off)"), QString()},
        {"PostgresSslOn", bytes(recorded::kPostgresSslOn), DatabaseType::PostgreSql,
         QStringLiteral("PostgreSQL (accepts SSL)"), QString()},
        {"PostgresOldStyleError", bytes(recorded::kPostgresOldStyleError), DatabaseType::PostgreSql,
         QStringLiteral("PostgreSQL"), QStringLiteral("PostgreSQL")},
        {"MariaDbGreeting", bytes(recorded::kMariaDbGreeting), DatabaseType::MySql,
         QStringLiteral("MariaDB 10.11.19"), QStringLiteral("MySQL/MariaDB")},
        {"MariaDbHostNotAllowed", bytes(recorded::kMariaDbHostNotAllowed), DatabaseType::MySql,
         QStringLiteral("MariaDB (refused the connection)"), QStringLiteral("MySQL/MariaDB")},
        {"SqlServerPrelogin", bytes(recorded::kSqlServerPreloginReply), DatabaseType::SqlServer,
         QStringLiteral("Microsoft SQL Server 16.0.1000"), QStringLiteral("Microsoft SQL Server")},
        {"OracleRefuse", bytes(recorded::kOracleRefuse), DatabaseType::Oracle,
         QStringLiteral("Oracle TNS listener"), QStringLiteral("Oracle")},
        {"MongoHello", bytes(recorded::kMongoHelloReply), DatabaseType::MongoDb,
         QStringLiteral("MongoDB (wire version 21)"), QStringLiteral("MongoDB")},
    };
}

quint32 be16(const QByteArray &b, qsizetype pos)
{
    return (quint32(quint8(b.at(pos))) << 8) | quint8(b.at(pos + 1));
}
quint32 le32(const QByteArray &b, qsizetype pos)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | quint8(b.at(pos + i));
    return value;
}

QByteArray le32Bytes(quint32 value)
{
    QByteArray out;
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xffU));
    return out;
}

QByteArray mysqlPacket(const QByteArray &payload, char sequence = 0)
{
    const auto size = static_cast<quint32>(payload.size());
    QByteArray out = le32Bytes(size).left(3);
    out.append(sequence);
    return out + payload;
}

// Minimal BSON and OP_MSG builders for variations of the MongoDB reply.
QByteArray bsonDocument(const QByteArray &elements)
{
    return le32Bytes(static_cast<quint32>(elements.size() + 5)) + elements + '\0';
}
QByteArray bsonElement(char type, const char *key, const QByteArray &value)
{
    return QByteArray(1, type) + key + '\0' + value;
}
QByteArray bsonDouble(const char *key, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof(bits));
    return bsonElement('\x01', key,
                       le32Bytes(static_cast<quint32>(bits)) +
                           le32Bytes(static_cast<quint32>(bits >> 32)));
}
QByteArray bsonInt32(const char *key, quint32 value)
{
    return bsonElement('\x10', key, le32Bytes(value));
}
QByteArray bsonBool(const char *key, bool value)
{
    return bsonElement('\x08', key, QByteArray(1, value ? '\x01' : '\x00'));
}
QByteArray bsonString(const char *key, const QByteArray &value)
{
    return bsonElement('\x02', key,
                       le32Bytes(static_cast<quint32>(value.size() + 1)) + value + '\0');
}

QByteArray mongoRequestId()
{
    return openingRequest(DatabaseType::MongoDb).mid(4, 4);
}

QByteArray mongoMessage(quint32 opCode, const QByteArray &body)
{
    const QByteArray rest = le32Bytes(7) + mongoRequestId() + le32Bytes(opCode) + body;
    return le32Bytes(static_cast<quint32>(rest.size() + 4)) + rest;
}
QByteArray opMsg(const QByteArray &document, quint32 flags = 0)
{
    QByteArray body = le32Bytes(flags) + QByteArray(1, '\0') + document;
    if (flags & 1)
        body += QByteArray("\x12\x34\x56\x78", 4); // CRC-32C, not checked
    return mongoMessage(2013, body);
}
QByteArray opReply(const QByteArray &document)
{
    // responseFlags, cursorID (8), startingFrom, numberReturned 1.
    return mongoMessage(1, le32Bytes(8) + QByteArray(8, '\0') + le32Bytes(0) + le32Bytes(1) +
                               document);
}

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

// ---- Requests -----------------------------------------------------------------------------

TEST(HandshakeRequest, PostgresSendsSslRequest)
{
    EXPECT_EQ(openingRequest(DatabaseType::PostgreSql),
              QByteArray("\x00\x00\x00\x08\x04\xd2\x16\x2f", 8));
}

TEST(HandshakeRequest, MySqlWaitsForTheServer)
{
    EXPECT_TRUE(openingRequest(DatabaseType::MySql).isEmpty());
}

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

TEST(HandshakeRequest, MongoHelloIsWellFormed)
{
    const QByteArray message = openingRequest(DatabaseType::MongoDb);
    ASSERT_GE(message.size(), 21);
    EXPECT_EQ(le32(message, 0), quint32(message.size()));
    EXPECT_NE(le32(message, 4), 0u); // requestID
    EXPECT_EQ(le32(message, 8), 0u); // responseTo
    EXPECT_EQ(le32(message, 12), 2013u);
    EXPECT_EQ(le32(message, 16), 0u); // flagBits: no checksum
    EXPECT_EQ(message.at(20), '\0');  // section kind 0
    const QByteArray expectedDocument =
        bsonDocument(bsonInt32("hello", 1) + bsonString("$db", "admin"));
    EXPECT_EQ(message.mid(21), expectedDocument);
    EXPECT_EQ(le32(expectedDocument, 0), quint32(message.size() - 21));
}

TEST(HandshakeRequest, RecordedMongoReplyAnswersOurRequestId)
{
    EXPECT_EQ(bytes(recorded::kMongoHelloReply).mid(8, 4), mongoRequestId());
}

// ---- Recorded replies ---------------------------------------------------------------------

TEST(HandshakeReply, EachRecordedReplyMatchesItsType)
{
    for (const Sample &sample : samples()) {
        SCOPED_TRACE(sample.name);
        const HandshakeVerdict verdict = interpretReply(sample.type, sample.reply);
        EXPECT_EQ(verdict.answer, Answer::Matches) << qPrintable(verdict.detail);
        EXPECT_EQ(verdict.server, sample.server);
        EXPECT_FALSE(verdict.detail.isEmpty());
    }
}

TEST(HandshakeReply, DetailsCarryTheUsefulFacts)
{
    const auto detail = [](DatabaseType type, const char *reply, qsizetype size) {
        return interpretReply(type, QByteArray(reply, size)).detail;
    };
    EXPECT_TRUE(detail(DatabaseType::PostgreSql, recorded::kPostgresOldStyleError,
                       sizeof(recorded::kPostgresOldStyleError) - 1)
                    .contains(QStringLiteral(
                        "FATAL: unsupported frontend protocol 1.0: server supports 3.0 to 3.0")));

    const QString greeting = detail(DatabaseType::MySql, recorded::kMariaDbGreeting,
                                    sizeof(recorded::kMariaDbGreeting) - 1);
    EXPECT_TRUE(greeting.contains(QStringLiteral("5.5.5-10.11.19-MariaDB-0+deb12u1")))
        << qPrintable(greeting);
    EXPECT_TRUE(greeting.contains(QStringLiteral("connection id 5"))) << qPrintable(greeting);
    EXPECT_TRUE(greeting.contains(QStringLiteral("auth plugin mysql_native_password")))
        << qPrintable(greeting);

    EXPECT_EQ(detail(DatabaseType::MySql, recorded::kMariaDbHostNotAllowed,
                     sizeof(recorded::kMariaDbHostNotAllowed) - 1),
              QStringLiteral(
                  "Error 1130: Host '127.0.0.2' is not allowed to connect to this MariaDB server"));

    const QString prelogin = detail(DatabaseType::SqlServer, recorded::kSqlServerPreloginReply,
                                    sizeof(recorded::kSqlServerPreloginReply) - 1);
    EXPECT_EQ(prelogin, QStringLiteral("PRELOGIN answer: version 16.0.1000, encryption off "
                                       "(login only)"));

    const QString refuse =
        detail(DatabaseType::Oracle, recorded::kOracleRefuse, sizeof(recorded::kOracleRefuse) - 1);
    EXPECT_TRUE(refuse.contains(QStringLiteral("refused"))) << qPrintable(refuse);
    EXPECT_TRUE(refuse.contains(QStringLiteral("ORA-12514"))) << qPrintable(refuse);
    EXPECT_TRUE(refuse.contains(QStringLiteral("listener version 19.0.0.0.0")))
        << qPrintable(refuse);

    const QString hello = detail(DatabaseType::MongoDb, recorded::kMongoHelloReply,
                                 sizeof(recorded::kMongoHelloReply) - 1);
    EXPECT_EQ(hello, QStringLiteral("hello answered: ok 1, maxWireVersion 21 (MongoDB 7.0), "
                                    "writable primary: yes"));
}

TEST(HandshakeReply, EmptyReplyIsNoAnswer)
{
    for (DatabaseType type : kAllTypes) {
        SCOPED_TRACE(typeName(type));
        const HandshakeVerdict verdict = interpretReply(type, QByteArray());
        EXPECT_EQ(verdict.answer, Answer::NoAnswer);
        EXPECT_TRUE(verdict.server.isEmpty());
    }
}

// Every reply on every other type's port. Only PostgreSQL's one-byte answers are ambiguous:
// they could be the first byte of a MySQL packet length or of a MongoDB message length.
TEST(HandshakeReply, RepliesOnTheWrongPortAreWrongProtocol)
{
    for (const Sample &sample : samples()) {
        for (DatabaseType type : kAllTypes) {
            if (type == sample.type)
                continue;
            SCOPED_TRACE(std::string(sample.name) + " on " + typeName(type));
            const HandshakeVerdict verdict = interpretReply(type, sample.reply);
            const bool oneByte = sample.reply.size() == 1;
            const bool ambiguous =
                oneByte && (type == DatabaseType::MySql || type == DatabaseType::MongoDb);
            if (ambiguous) {
                EXPECT_EQ(verdict.answer, Answer::NeedMoreData) << answerName(verdict.answer);
                continue;
            }
            EXPECT_EQ(verdict.answer, Answer::WrongProtocol)
                << answerName(verdict.answer) << ": " << qPrintable(verdict.detail);
            EXPECT_EQ(verdict.server, sample.guess);
            if (!sample.guess.isEmpty()) {
                EXPECT_TRUE(verdict.detail.contains(sample.guess)) << qPrintable(verdict.detail);
            }
        }
    }
}

TEST(HandshakeReply, TruncatedRepliesAskForMoreData)
{
    for (const Sample &sample : samples()) {
        for (qsizetype length = 1; length < sample.reply.size(); ++length) {
            SCOPED_TRACE(std::string(sample.name) + " cut at " + std::to_string(length));
            const HandshakeVerdict verdict = interpretReply(sample.type, sample.reply.left(length));
            EXPECT_EQ(verdict.answer, Answer::NeedMoreData)
                << answerName(verdict.answer) << ": " << qPrintable(verdict.detail);
        }
    }
}

// Prefixes of other protocols' replies never pass for ours. The one exception is inherent:
// "S", the first byte of an SSH banner, is also PostgreSQL's whole answer (the real banner
// arrives in one piece, and the whole banner is recognised).
TEST(HandshakeReply, TruncatedRepliesOnTheWrongPortNeverMatch)
{
    QList<Sample> all = samples();
    all.append({"SshBanner", bytes(recorded::kSshBanner), DatabaseType::PostgreSql, {}, {}});
    for (const Sample &sample : all) {
        for (DatabaseType type : kAllTypes) {
            if (type == sample.type && sample.reply != bytes(recorded::kSshBanner))
                continue;
            for (qsizetype length = 1; length <= sample.reply.size(); ++length) {
                SCOPED_TRACE(std::string(sample.name) + " cut at " + std::to_string(length) +
                             " on " + typeName(type));
                const HandshakeVerdict verdict = interpretReply(type, sample.reply.left(length));
                const bool sshS = sample.reply.startsWith("SSH-") && length == 1 &&
                                  type == DatabaseType::PostgreSql;
                if (sshS)
                    EXPECT_EQ(verdict.answer, Answer::Matches);
                else
                    EXPECT_NE(verdict.answer, Answer::Matches) << qPrintable(verdict.detail);
            }
        }
    }
}

TEST(HandshakeReply, SshBannerOnThePostgresPort)
{
    const QByteArray banner = bytes(recorded::kSshBanner);
    EXPECT_EQ(guessOtherProtocol(banner), QStringLiteral("SSH"));
    EXPECT_EQ(guessOtherProtocol(QByteArray("SSH-2.0-OpenSSH_9.2")), QStringLiteral("SSH"));
    for (DatabaseType type : kAllTypes) {
        SCOPED_TRACE(typeName(type));
        for (const QByteArray &reply : {banner, QByteArray("SSH-2.0-OpenSSH_9.2")}) {
            const HandshakeVerdict verdict = interpretReply(type, reply);
            EXPECT_EQ(verdict.answer, Answer::WrongProtocol);
            EXPECT_EQ(verdict.server, QStringLiteral("SSH"));
            EXPECT_TRUE(verdict.detail.contains(QStringLiteral("looks like SSH")))
                << qPrintable(verdict.detail);
        }
    }
}

TEST(HandshakeReply, HttpAnswerIsWrongProtocol)
{
    const QByteArray http("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    EXPECT_EQ(guessOtherProtocol(http), QStringLiteral("HTTP"));
    for (DatabaseType type : kAllTypes) {
        SCOPED_TRACE(typeName(type));
        const HandshakeVerdict verdict = interpretReply(type, http);
        EXPECT_EQ(verdict.answer, Answer::WrongProtocol);
        EXPECT_EQ(verdict.server, QStringLiteral("HTTP"));
    }
}

// ---- PostgreSQL ---------------------------------------------------------------------------

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

// ---- MySQL / MariaDB ----------------------------------------------------------------------

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

// ---- SQL Server ---------------------------------------------------------------------------

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

// ---- Oracle -------------------------------------------------------------------------------

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

// ---- MongoDB ------------------------------------------------------------------------------

TEST(HandshakeMongo, FailedHelloStillMatches)
{
    const QByteArray reply =
        opMsg(bsonDocument(bsonDouble("ok", 0) + bsonString("errmsg", "no such command: 'hello'") +
                           bsonInt32("code", 59) + bsonString("codeName", "CommandNotFound")));
    const HandshakeVerdict verdict = interpretReply(DatabaseType::MongoDb, reply);
    EXPECT_EQ(verdict.answer, Answer::Matches);
    EXPECT_EQ(verdict.server, QStringLiteral("MongoDB"));
    EXPECT_EQ(verdict.detail,
              QStringLiteral("hello answered: ok 0, error: no such command: 'hello'"));
}

TEST(HandshakeMongo, OpReplyAndChecksumAndReplicaSet)
{
    const HandshakeVerdict old =
        interpretReply(DatabaseType::MongoDb,
                       opReply(bsonDocument(bsonBool("ismaster", true) +
                                            bsonInt32("maxWireVersion", 5) + bsonDouble("ok", 1))));
    EXPECT_EQ(old.answer, Answer::Matches);
    EXPECT_EQ(old.server, QStringLiteral("MongoDB (wire version 5)"));
    EXPECT_EQ(old.detail, QStringLiteral("hello answered: ok 1, maxWireVersion 5, "
                                         "writable primary: yes"));

    const HandshakeVerdict secondary = interpretReply(
        DatabaseType::MongoDb,
        opMsg(bsonDocument(bsonBool("isWritablePrimary", false) + bsonString("setName", "rs0") +
                           bsonInt32("maxWireVersion", 25) + bsonInt32("ok", 1)),
              1));
    EXPECT_EQ(secondary.answer, Answer::Matches);
    EXPECT_EQ(secondary.server, QStringLiteral("MongoDB (wire version 25)"));
    EXPECT_EQ(secondary.detail,
              QStringLiteral("hello answered: ok 1, maxWireVersion 25 (MongoDB 8.0), writable "
                             "primary: no, replica set rs0"));
}

TEST(HandshakeMongo, MalformedRepliesAreWrongProtocol)
{
    const auto answer = [](const QByteArray &reply) {
        return interpretReply(DatabaseType::MongoDb, reply).answer;
    };
    EXPECT_EQ(answer(opMsg(bsonDocument(bsonInt32("maxWireVersion", 21)))),
              Answer::WrongProtocol); // no "ok"
    QByteArray reply = bytes(recorded::kMongoHelloReply);
    reply[8] = '\x01'; // answers another request
    EXPECT_EQ(answer(reply), Answer::WrongProtocol);
    reply = bytes(recorded::kMongoHelloReply);
    reply[21] = '\x25'; // document length one more than there is
    EXPECT_EQ(answer(reply), Answer::WrongProtocol);
    reply = bytes(recorded::kMongoHelloReply);
    reply[12] = '\xd4'; // opcode 2004 (OP_QUERY)
    EXPECT_EQ(answer(reply), Answer::WrongProtocol);
    reply = bytes(recorded::kMongoHelloReply);
    reply[25] = '\x42'; // unknown BSON type
    EXPECT_EQ(answer(reply), Answer::WrongProtocol);
    reply = bytes(recorded::kMongoHelloReply);
    reply[20] = '\x02'; // unknown section kind
    EXPECT_EQ(answer(reply), Answer::WrongProtocol);
}

// ---- guessOtherProtocol -------------------------------------------------------------------

TEST(HandshakeGuess, NamesKnownProtocols)
{
    for (const Sample &sample : samples()) {
        SCOPED_TRACE(sample.name);
        EXPECT_EQ(guessOtherProtocol(sample.reply), sample.guess);
    }
    EXPECT_EQ(guessOtherProtocol(QByteArray("\x15\x03\x03\x00\x02\x02\x28", 7)),
              QStringLiteral("TLS"));
    EXPECT_EQ(guessOtherProtocol(QByteArray("-ERR unknown command\r\n")), QStringLiteral("Redis"));
    EXPECT_TRUE(guessOtherProtocol(QByteArray()).isEmpty());
    EXPECT_TRUE(guessOtherProtocol(QByteArray("220 mail.example ESMTP\r\n")).isEmpty());
    EXPECT_TRUE(guessOtherProtocol(QByteArray(64, '\0')).isEmpty());
}

// ---- Robustness (the parsers are also fuzzed) ---------------------------------------------

TEST(HandshakeRobustness, MutatedRepliesNeverCrash)
{
    QList<QByteArray> replies;
    for (const Sample &sample : samples())
        replies.append(sample.reply);
    replies.append(bytes(recorded::kSshBanner));
    int verdicts = 0;
    for (const QByteArray &original : replies) {
        for (qsizetype i = 0; i < original.size(); ++i) {
            for (const char value : {'\x00', '\x01', '\x7f', '\x80', '\xff'}) {
                QByteArray mutated = original;
                mutated[i] = value;
                for (DatabaseType type : kAllTypes) {
                    const HandshakeVerdict verdict = interpretReply(type, mutated);
                    verdicts += verdict.answer == Answer::NoAnswer ? 0 : 1;
                    (void)guessOtherProtocol(mutated);
                }
            }
        }
    }
    EXPECT_GT(verdicts, 0);
}

TEST(HandshakeRobustness, RandomBytesNeverMatch)
{
    std::mt19937 random(20240313);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(1, 400);
    for (int round = 0; round < 3000; ++round) {
        QByteArray reply;
        const int size = length(random);
        for (int i = 0; i < size; ++i)
            reply.append(static_cast<char>(byte(random)));
        for (DatabaseType type : kAllTypes) {
            const HandshakeVerdict verdict = interpretReply(type, reply);
            if (verdict.answer == Answer::Matches) {
                // Only PostgreSQL's one-byte answers are likely by chance.
                EXPECT_EQ(type, DatabaseType::PostgreSql);
                EXPECT_EQ(reply.size(), 1);
            }
        }
        (void)guessOtherProtocol(reply);
    }
}
