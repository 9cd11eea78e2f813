// Reads the top level of a BSON document (bsonspec.org) bounds-checked: MongoDB's hello reply.

#include "bson_reader.h"

#include <cstring>

namespace stitch::database::detail {
namespace {

// Size of a string-like value at pos (int32 length counting the NUL, bytes, NUL), or -1.
qsizetype bsonStringSize(const Bytes &doc, qsizetype pos, qsizetype end)
{
    if (pos < 0 || pos > end || end - pos < 4)
        return -1;
    const qint64 length = doc.signedLe32(pos);
    if (length < 1 || length > end - pos - 4)
        return -1;
    if (doc.u8(pos + 4 + length - 1) != 0)
        return -1;
    return 4 + length;
}

// Size of the value of `type` that starts at pos and must end by `end`, or -1.
qsizetype bsonValueSize(const Bytes &doc, qsizetype pos, qsizetype end, quint8 type)
{
    if (pos < 0 || pos > end)
        return -1;
    const qsizetype left = end - pos;
    const auto fixed = [left](qsizetype n) {
        return n <= left ? n : qsizetype(-1);
    };
    switch (type) {
    case BsonDouble:
    case BsonDateTime:
    case BsonTimestamp:
    case BsonInt64:
        return fixed(8);
    case BsonInt32:
        return fixed(4);
    case BsonBool:
        return fixed(1);
    case BsonObjectId:
        return fixed(12);
    case BsonDecimal128:
        return fixed(16);
    case BsonUndefined:
    case BsonNull:
    case BsonMaxKey:
    case BsonMinKey:
        return 0;
    case BsonString:
    case BsonCode:
    case BsonSymbol:
        return bsonStringSize(doc, pos, end);
    case BsonDbPointer: {
        const qsizetype size = bsonStringSize(doc, pos, end);
        return size < 0 ? -1 : (size + 12 <= left ? size + 12 : -1);
    }
    case BsonDocument:
    case BsonArray:
    case BsonCodeWithScope: {
        if (left < 4)
            return -1;
        const qint64 size = doc.signedLe32(pos);
        const qint64 minimum = type == BsonCodeWithScope ? 14 : 5;
        if (size < minimum || size > left)
            return -1;
        if (type != BsonCodeWithScope && doc.u8(pos + size - 1) != 0)
            return -1;
        return size;
    }
    case BsonBinary: {
        if (left < 5)
            return -1;
        const qint64 size = doc.signedLe32(pos);
        if (size < 0 || size > left - 5)
            return -1;
        return 5 + size;
    }
    case BsonRegex: {
        const qsizetype first = doc.indexOf('\0', pos, end);
        if (first < 0)
            return -1;
        const qsizetype second = doc.indexOf('\0', first + 1, end);
        return second < 0 ? -1 : second + 1 - pos;
    }
    default:
        return -1;
    }
}

} // namespace

std::optional<std::vector<BsonElement>> parseBsonDocument(const Bytes &doc)
{
    constexpr std::size_t maxElements = 512;
    if (doc.size() < 5 || doc.signedLe32(0) != doc.size() || doc.u8(doc.size() - 1) != 0)
        return std::nullopt;
    const qsizetype end = doc.size() - 1; // the terminating 0
    std::vector<BsonElement> elements;
    qsizetype pos = 4;
    while (pos < end) {
        if (elements.size() >= maxElements)
            return std::nullopt;
        BsonElement element;
        element.type = doc.u8(pos);
        const qsizetype nul = doc.indexOf('\0', pos + 1, end);
        if (nul < 0)
            return std::nullopt;
        element.key = doc.mid(pos + 1, nul - pos - 1).toByteArray();
        const qsizetype size = bsonValueSize(doc, nul + 1, end, element.type);
        if (size < 0)
            return std::nullopt;
        element.value = doc.mid(nul + 1, size);
        elements.push_back(std::move(element));
        pos = nul + 1 + size;
    }
    return pos == end ? std::optional(std::move(elements)) : std::nullopt;
}

const BsonElement *findElement(const std::vector<BsonElement> &elements, const char *key)
{
    for (const BsonElement &element : elements) {
        if (element.key == key)
            return &element;
    }
    return nullptr;
}

std::optional<double> bsonNumber(const BsonElement *element)
{
    if (!element)
        return std::nullopt;
    switch (element->type) {
    case BsonDouble: {
        const quint64 bits = element->value.le64(0);
        double value = 0;
        static_assert(sizeof(value) == sizeof(bits));
        std::memcpy(&value, &bits, sizeof(value));
        return value;
    }
    case BsonInt32:
        return static_cast<double>(element->value.signedLe32(0));
    case BsonInt64:
        return static_cast<double>(static_cast<qint64>(element->value.le64(0)));
    case BsonBool:
        return element->value.u8(0) != 0 ? 1.0 : 0.0;
    default:
        return std::nullopt;
    }
}

std::optional<bool> bsonBool(const BsonElement *element)
{
    if (!element || element->type != BsonBool)
        return std::nullopt;
    return element->value.u8(0) != 0;
}

QString bsonString(const BsonElement *element)
{
    if (!element || element->type != BsonString || element->value.size() < 5)
        return {};
    return printable(element->value.mid(4, element->value.size() - 5).toByteArray(), 160);
}

} // namespace stitch::database::detail
