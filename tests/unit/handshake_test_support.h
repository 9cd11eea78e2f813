#pragma once

// Byte helpers shared by the <protocol>_handshake_test.cpp files, written independently of the
// production code's own (core/database/handshake_wire.h) so that a bug there cannot hide.

#include <QByteArray>

namespace handshake_test {

inline quint32 be16(const QByteArray &b, qsizetype pos)
{
    return (quint32(quint8(b.at(pos))) << 8) | quint8(b.at(pos + 1));
}
inline quint32 le32(const QByteArray &b, qsizetype pos)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | quint8(b.at(pos + i));
    return value;
}

inline QByteArray le32Bytes(quint32 value)
{
    QByteArray out;
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xffU));
    return out;
}

} // namespace handshake_test
