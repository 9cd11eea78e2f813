#pragma once

// Private to core/database: the byte-level helpers every protocol's handshake code shares.
// Everything that reads bytes from the port goes through Bytes, so that no parser can read
// past the end of what was received.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace stitch::database::detail {

// Bounds-checked byte access. A read outside gives 0, so even a forgotten length check cannot
// read past the end (the parsers still check has() for meaning).
class Bytes
{
public:
    Bytes() = default;
    explicit Bytes(const QByteArray &array) : m_data(array.constData()), m_size(array.size()) {}

    qsizetype size() const { return m_size; }
    // True when [pos, pos + n) lies inside.
    bool has(qsizetype pos, qsizetype n) const
    {
        return pos >= 0 && n >= 0 && pos <= m_size && n <= m_size - pos;
    }
    quint8 u8(qsizetype pos) const { return has(pos, 1) ? static_cast<quint8>(m_data[pos]) : 0; }
    quint16 be16(qsizetype pos) const
    {
        return static_cast<quint16>((quint32(u8(pos)) << 8) | u8(pos + 1));
    }
    quint16 le16(qsizetype pos) const
    {
        return static_cast<quint16>(u8(pos) | (quint32(u8(pos + 1)) << 8));
    }
    quint32 le24(qsizetype pos) const
    {
        return quint32(u8(pos)) | (quint32(u8(pos + 1)) << 8) | (quint32(u8(pos + 2)) << 16);
    }
    quint32 le32(qsizetype pos) const { return le24(pos) | (quint32(u8(pos + 3)) << 24); }
    quint32 be32(qsizetype pos) const { return (quint32(be16(pos)) << 16) | be16(pos + 2); }
    quint64 le64(qsizetype pos) const { return le32(pos) | (quint64(le32(pos + 4)) << 32); }
    qint64 signedLe32(qsizetype pos) const { return static_cast<qint32>(le32(pos)); }

    // The bytes [pos, pos + n); empty when that range is not inside.
    Bytes mid(qsizetype pos, qsizetype n) const
    {
        return has(pos, n) ? Bytes(m_data + pos, n) : Bytes();
    }
    // Position of the first `c` in [from, end), or -1.
    qsizetype indexOf(char c, qsizetype from, qsizetype end) const
    {
        from = qMax<qsizetype>(from, 0);
        end = qMin(end, m_size);
        for (qsizetype i = from; i < end; ++i) {
            if (m_data[i] == c)
                return i;
        }
        return -1;
    }
    QByteArray toByteArray() const
    {
        return m_size > 0 ? QByteArray(m_data, m_size) : QByteArray();
    }

private:
    Bytes(const char *data, qsizetype size) : m_data(data), m_size(size) {}

    const char *m_data = nullptr;
    qsizetype m_size = 0;
};

// Writing requests: big- and little-endian integers, appended or patched in place.
void appendByte(QByteArray &out, quint32 value);
void appendBe16(QByteArray &out, quint32 value);
void appendBe32(QByteArray &out, quint32 value);
void appendLe32(QByteArray &out, quint32 value);
void putLe32(QByteArray &out, qsizetype pos, quint32 value);
void putBe16(QByteArray &out, qsizetype pos, quint32 value);
quint32 sizeOf(const QByteArray &bytes);

// Whether `bytes` begins with `prefix`, or could still do so once more bytes arrive.
enum class Prefix
{
    No,
    Partial,
    Full
};
Prefix matchPrefix(const QByteArray &bytes, const QByteArray &prefix);

// Text from the wire, made safe for the transcript: one line, printable, bounded.
QString printable(const QByteArray &raw, qsizetype max = 240);
// The first bytes of a reply in hex, for the transcript.
QString hexStart(const QByteArray &reply);

bool isDigit(quint8 c);
bool isAsciiPrintable(quint8 c);
bool isAsciiLetter(quint8 c);

} // namespace stitch::database::detail
