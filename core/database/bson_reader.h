#pragma once

// Private to core/database: the top level of a BSON document, read bounds-checked from a
// MongoDB reply. Only what the hello answer needs: elements by key, numbers, bools, strings.

#include "handshake_wire.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace stitch::database::detail {

enum BsonType : quint8
{
    BsonDouble = 0x01,
    BsonString = 0x02,
    BsonDocument = 0x03,
    BsonArray = 0x04,
    BsonBinary = 0x05,
    BsonUndefined = 0x06,
    BsonObjectId = 0x07,
    BsonBool = 0x08,
    BsonDateTime = 0x09,
    BsonNull = 0x0a,
    BsonRegex = 0x0b,
    BsonDbPointer = 0x0c,
    BsonCode = 0x0d,
    BsonSymbol = 0x0e,
    BsonCodeWithScope = 0x0f,
    BsonInt32 = 0x10,
    BsonTimestamp = 0x11,
    BsonInt64 = 0x12,
    BsonDecimal128 = 0x13,
    BsonMaxKey = 0x7f,
    BsonMinKey = 0xff,
};

struct BsonElement
{
    quint8 type = 0;
    QByteArray key;
    Bytes value;
};

// The top-level elements of the document that fills `doc` exactly; nothing when malformed.
std::optional<std::vector<BsonElement>> parseBsonDocument(const Bytes &doc);
// The first element named `key`, or nullptr.
const BsonElement *findElement(const std::vector<BsonElement> &elements, const char *key);
// A double, int32, int64 or bool element as a number; nothing for other types or no element.
std::optional<double> bsonNumber(const BsonElement *element);
std::optional<bool> bsonBool(const BsonElement *element);
// A string element, made printable; empty for other types or no element.
QString bsonString(const BsonElement *element);

} // namespace stitch::database::detail
