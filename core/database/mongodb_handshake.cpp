// MongoDB: OP_MSG {hello: 1, $db: "admin"}; the answer is an OP_MSG (or OP_REPLY) whose
// document has "ok".

#include "bson_reader.h"
#include "protocol_handshakes.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace stitch::database::detail {
namespace {

constexpr quint32 kOpReply = 1;
constexpr quint32 kOpMsg = 2013;
constexpr quint32 kMongoRequestId = 0x00c0ffee;
constexpr qsizetype kMongoHeader = 16;
constexpr quint32 kMaxMongoMessage = 0x100000;
constexpr quint32 kMaxMongoLegalMessage = 48000000;
constexpr quint32 kOpMsgChecksumPresent = 0x1;

void appendCString(QByteArray &out, const char *text)
{
    out.append(text);
    out.append('\0');
}

// The MongoDB release whose newest wire version this is (a server reports its own as max).
QString mongoReleaseForWireVersion(int wire)
{
    struct Release
    {
        int wire;
        const char *name;
    };
    static constexpr Release releases[] = {
        {6, "3.6"},  {7, "4.0"},  {8, "4.2"},  {9, "4.4"},  {13, "5.0"}, {14, "5.1"},
        {15, "5.2"}, {16, "5.3"}, {17, "6.0"}, {18, "6.1"}, {19, "6.2"}, {20, "6.3"},
        {21, "7.0"}, {22, "7.1"}, {23, "7.2"}, {24, "7.3"}, {25, "8.0"},
    };
    for (const Release &release : releases) {
        if (release.wire == wire)
            return QString::fromLatin1(release.name);
    }
    return {};
}

HandshakeVerdict interpretMongoDocument(const QByteArray &reply, const Bytes &document)
{
    constexpr DatabaseType type = DatabaseType::MongoDb;
    const std::optional<std::vector<BsonElement>> elements = parseBsonDocument(document);
    if (!elements)
        return wrong(type, reply, QStringLiteral("malformed BSON document"));
    const std::optional<double> ok = bsonNumber(findElement(*elements, "ok"));
    if (!ok)
        return wrong(type, reply, QStringLiteral("reply document has no \"ok\" field"));

    QString server = QStringLiteral("MongoDB");
    QStringList notes;
    notes << QStringLiteral("ok %1").arg(*ok);
    const std::optional<double> wire = bsonNumber(findElement(*elements, "maxWireVersion"));
    if (wire && *wire >= 0 && *wire < 1000) {
        const int wireVersion = static_cast<int>(*wire);
        server = QStringLiteral("MongoDB (wire version %1)").arg(wireVersion);
        const QString release = mongoReleaseForWireVersion(wireVersion);
        notes << (release.isEmpty() ? QStringLiteral("maxWireVersion %1").arg(wireVersion)
                                    : QStringLiteral("maxWireVersion %1 (MongoDB %2)")
                                          .arg(wireVersion)
                                          .arg(release));
    }
    std::optional<bool> primary = bsonBool(findElement(*elements, "isWritablePrimary"));
    if (!primary)
        primary = bsonBool(findElement(*elements, "ismaster"));
    if (primary)
        notes << QStringLiteral("writable primary: %1")
                     .arg(*primary ? QStringLiteral("yes") : QStringLiteral("no"));
    const QString setName = bsonString(findElement(*elements, "setName"));
    if (!setName.isEmpty())
        notes << QStringLiteral("replica set %1").arg(setName);
    if (bsonString(findElement(*elements, "msg")) == QLatin1String("isdbgrid"))
        notes << QStringLiteral("mongos router");
    const QString error = bsonString(findElement(*elements, "errmsg"));
    if (!error.isEmpty())
        notes << QStringLiteral("error: %1").arg(error);
    return matches(server,
                   QStringLiteral("hello answered: %1").arg(notes.join(QStringLiteral(", "))));
}

} // namespace

QByteArray mongoRequest()
{
    QByteArray doc;
    appendLe32(doc, 0); // length, set below
    appendByte(doc, BsonInt32);
    appendCString(doc, "hello");
    appendLe32(doc, 1);
    appendByte(doc, BsonString);
    appendCString(doc, "$db");
    appendLe32(doc, 6); // strlen("admin") + 1
    appendCString(doc, "admin");
    appendByte(doc, 0);
    putLe32(doc, 0, sizeOf(doc));

    QByteArray message;
    appendLe32(message, 0); // length, set below
    appendLe32(message, kMongoRequestId);
    appendLe32(message, 0); // responseTo
    appendLe32(message, kOpMsg);
    appendLe32(message, 0); // flagBits
    appendByte(message, 0); // section kind 0: the body document
    message += doc;
    putLe32(message, 0, sizeOf(message));
    return message;
}

HandshakeVerdict interpretMongo(const QByteArray &reply)
{
    constexpr DatabaseType type = DatabaseType::MongoDb;
    const Bytes b(reply);
    // Header: messageLength, requestID, responseTo, opCode (int32 little-endian each).
    if ((b.size() >= 3 && b.u8(2) >= (kMaxMongoMessage >> 16)) || (b.size() >= 4 && b.u8(3) != 0))
        return wrong(type, reply, QStringLiteral("message length out of range"));
    for (qsizetype i = 8; i < 12 && i < b.size(); ++i) {
        if (b.u8(i) != ((kMongoRequestId >> (8 * (i - 8))) & 0xffU))
            return wrong(type, reply, QStringLiteral("not an answer to our request id"));
    }
    if (b.size() < kMongoHeader)
        return needMore(type, b.size());
    const qsizetype length = b.le32(0);
    const quint32 opCode = b.le32(12);
    if (opCode != kOpMsg && opCode != kOpReply)
        return wrong(type, reply, QStringLiteral("opcode is neither OP_MSG nor OP_REPLY"));
    const qsizetype minimum = opCode == kOpMsg ? kMongoHeader + 4 + 1 + 5 : kMongoHeader + 20 + 5;
    if (length < minimum)
        return wrong(type, reply, QStringLiteral("message length out of range"));
    if (!b.has(0, length))
        return needMore(type, b.size());
    const Bytes message = b.mid(0, length);

    if (opCode == kOpReply) {
        // responseFlags (4), cursorID (8), startingFrom (4), numberReturned (4), documents.
        const qsizetype docStart = kMongoHeader + 20;
        const qsizetype docLength = message.signedLe32(docStart);
        if (!message.has(docStart, docLength))
            return wrong(type, reply, QStringLiteral("OP_REPLY document outside the message"));
        return interpretMongoDocument(reply, message.mid(docStart, docLength));
    }

    // OP_MSG: flagBits (4), sections, optional CRC-32C (4).
    const quint32 flags = message.le32(kMongoHeader);
    qsizetype end = length;
    if ((flags & kOpMsgChecksumPresent) != 0)
        end -= 4;
    qsizetype pos = kMongoHeader + 4;
    std::optional<Bytes> body;
    while (pos < end) {
        const quint8 kind = message.u8(pos);
        const qint64 size = message.signedLe32(pos + 1);
        if (!message.has(pos + 1, 4) || size < (kind == 0 ? 5 : 4) || size > end - pos - 1)
            return wrong(type, reply, QStringLiteral("OP_MSG section outside the message"));
        if (kind == 0) {
            if (body)
                return wrong(type, reply, QStringLiteral("OP_MSG with two body sections"));
            body = message.mid(pos + 1, size);
        } else if (kind != 1) {
            return wrong(type, reply, QStringLiteral("unknown OP_MSG section kind"));
        }
        pos += 1 + size;
    }
    if (!body)
        return wrong(type, reply, QStringLiteral("OP_MSG without a body document"));
    return interpretMongoDocument(reply, *body);
}

bool looksLikeMongo(const Bytes &b)
{
    if (b.size() < kMongoHeader)
        return false;
    const quint32 length = b.le32(0);
    const quint32 opCode = b.le32(12);
    if (length < kMongoHeader + 5 || length > kMaxMongoLegalMessage)
        return false;
    if (opCode == kOpMsg)
        return b.size() < 21 || b.u8(20) <= 1;
    return opCode == kOpReply;
}

} // namespace stitch::database::detail
