#include "handshake_wire.h"

namespace stitch::database::detail {

void appendByte(QByteArray &out, quint32 value)
{
    out.append(static_cast<char>(static_cast<quint8>(value & 0xffU)));
}
void appendBe16(QByteArray &out, quint32 value)
{
    appendByte(out, value >> 8);
    appendByte(out, value);
}
void appendBe32(QByteArray &out, quint32 value)
{
    appendBe16(out, value >> 16);
    appendBe16(out, value);
}
void appendLe32(QByteArray &out, quint32 value)
{
    appendByte(out, value);
    appendByte(out, value >> 8);
    appendByte(out, value >> 16);
    appendByte(out, value >> 24);
}
void putLe32(QByteArray &out, qsizetype pos, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out[pos + i] = static_cast<char>(static_cast<quint8>((value >> (8 * i)) & 0xffU));
}
void putBe16(QByteArray &out, qsizetype pos, quint32 value)
{
    out[pos] = static_cast<char>(static_cast<quint8>((value >> 8) & 0xffU));
    out[pos + 1] = static_cast<char>(static_cast<quint8>(value & 0xffU));
}
quint32 sizeOf(const QByteArray &bytes)
{
    return static_cast<quint32>(bytes.size());
}

Prefix matchPrefix(const QByteArray &bytes, const QByteArray &prefix)
{
    if (bytes.size() >= prefix.size())
        return bytes.startsWith(prefix) ? Prefix::Full : Prefix::No;
    return prefix.startsWith(bytes) ? Prefix::Partial : Prefix::No;
}

QString printable(const QByteArray &raw, qsizetype max)
{
    QString text = QString::fromUtf8(raw.left(max));
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

QString hexStart(const QByteArray &reply)
{
    constexpr qsizetype shown = 24;
    QString hex = QString::fromLatin1(reply.left(shown).toHex(' '));
    if (reply.size() > shown)
        hex += QStringLiteral(" ...");
    return hex;
}

bool isDigit(quint8 c)
{
    return c >= '0' && c <= '9';
}
bool isAsciiPrintable(quint8 c)
{
    return c >= 0x20 && c < 0x7f;
}
bool isAsciiLetter(quint8 c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

} // namespace stitch::database::detail
