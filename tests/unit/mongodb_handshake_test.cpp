// MongoDB: the hello OP_MSG and its OP_MSG/OP_REPLY answers (core/database/mongodb_handshake.cpp).
#include "database/handshake.h"
#include "handshake_test_support.h"
#include "recorded_handshakes.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace stitch;
using namespace stitch::database;
using handshake_test::le32;
using handshake_test::le32Bytes;
using recorded::bytes;

namespace {

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

} // namespace

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

// Byte for byte, every field included (the test above checks the structure).
TEST(HandshakeRequest, MongoHelloIsTheSpecifiedBytes)
{
    EXPECT_EQ(openingRequest(DatabaseType::MongoDb).toHex(' '),
              bytes(recorded::kMongoHello).toHex(' '));
}

TEST(HandshakeRequest, RecordedMongoReplyAnswersOurRequestId)
{
    EXPECT_EQ(bytes(recorded::kMongoHelloReply).mid(8, 4), mongoRequestId());
}

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
