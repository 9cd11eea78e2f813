// Oracle: a TNS CONNECT to the listener. Any well-formed TNS answer proves a listener; with the
// empty service name it is usually a REFUSE (ORA-12514), which is fine for this probe.

#include "protocol_handshakes.h"

#include <QObject>

#include <QRegularExpression>
#include <QStringList>

namespace stitch::database::detail {
namespace {

constexpr quint8 kTnsConnect = 1;
constexpr quint8 kTnsAccept = 2;
constexpr quint8 kTnsRefuse = 4;
constexpr quint8 kTnsRedirect = 5;
constexpr quint8 kTnsResend = 11;
constexpr quint8 kTnsMarker = 12;
constexpr qsizetype kTnsHeader = 8;
constexpr qsizetype kMaxTnsPacket = 0x4000;
constexpr qsizetype kTnsConnectDataOffset = 58;

// VSNNUM=318767104 -> "19.0.0.0.0"
QString oracleVersion(quint32 vsn)
{
    return QStringLiteral("%1.%2.%3.%4.%5")
        .arg(vsn >> 24)
        .arg((vsn >> 20) & 0xfU)
        .arg((vsn >> 16) & 0xfU)
        .arg((vsn >> 8) & 0xffU)
        .arg(vsn & 0xffU);
}

QString describeListenerText(const QString &text)
{
    QStringList parts;
    static const QRegularExpression errPattern(QStringLiteral("\\(ERR=(\\d+)\\)"));
    static const QRegularExpression vsnPattern(QStringLiteral("\\(VSNNUM=(\\d+)\\)"));
    const QRegularExpressionMatch err = errPattern.match(text);
    if (err.hasMatch())
        parts << QStringLiteral("ORA-%1").arg(err.captured(1));
    const QRegularExpressionMatch vsn = vsnPattern.match(text);
    bool ok = false;
    const quint32 number = vsn.captured(1).toUInt(&ok);
    if (vsn.hasMatch() && ok)
        parts << QStringLiteral("listener version %1").arg(oracleVersion(number));
    if (parts.isEmpty() && !text.isEmpty())
        parts << text.left(160);
    return parts.join(QStringLiteral(", "));
}

bool isTnsReplyType(quint8 type)
{
    return type == kTnsAccept || type == kTnsRefuse || type == kTnsRedirect || type == kTnsResend ||
           type == kTnsMarker;
}

} // namespace

QByteArray oracleRequest()
{
    const QByteArray connectData =
        "(DESCRIPTION=(CONNECT_DATA=(SERVICE_NAME=)(CID=(PROGRAM=stitch-tunnel)(HOST=x)"
        "(USER=x)))(ADDRESS=(PROTOCOL=TCP)(HOST=x)(PORT=1521)))";
    QByteArray packet;
    appendBe16(packet, 0);           // packet length, set below
    appendBe16(packet, 0);           // packet checksum
    appendByte(packet, kTnsConnect); // type
    appendByte(packet, 0);           // flags
    appendBe16(packet, 0);           // header checksum
    appendBe16(packet, 0x0139);      // version 313 (no large-SDU framing)
    appendBe16(packet, 0x012c);      // lowest compatible version 300
    appendBe16(packet, 0);           // service options
    appendBe16(packet, 0x2000);      // SDU 8192
    appendBe16(packet, 0x7fff);      // TDU 32767
    appendBe16(packet, 0x7f08);      // protocol characteristics
    appendBe16(packet, 0);           // line turnaround
    appendBe16(packet, 0x0001);      // value of 1 in hardware byte order
    appendBe16(packet, sizeOf(connectData));
    appendBe16(packet, kTnsConnectDataOffset);
    appendBe32(packet, 0); // max receivable connect data
    appendByte(packet, 0); // connect flags 0
    appendByte(packet, 0); // connect flags 1
    packet += QByteArray(kTnsConnectDataOffset - packet.size(), '\0'); // trace fields, unused
    packet += connectData;
    putBe16(packet, 0, sizeOf(packet));
    return packet;
}

HandshakeVerdict interpretOracle(const QByteArray &reply)
{
    constexpr DatabaseType type = DatabaseType::Oracle;
    const Bytes b(reply);
    // Header: length (2, big-endian), packet checksum (2, always 0 in practice), type, flags,
    // header checksum (2, 0).
    if (b.size() >= 1 && b.u8(0) >= (kMaxTnsPacket >> 8))
        return wrong(type, reply, QStringLiteral("TNS packet length out of range"));
    if ((b.size() >= 3 && b.u8(2) != 0) || (b.size() >= 4 && b.u8(3) != 0))
        return wrong(type, reply, QStringLiteral("TNS packet checksum is not 0"));
    if (b.size() >= 5 && !isTnsReplyType(b.u8(4)))
        return wrong(type, reply, QStringLiteral("not a TNS listener answer type"));
    if ((b.size() >= 7 && b.u8(6) != 0) || (b.size() >= 8 && b.u8(7) != 0))
        return wrong(type, reply, QStringLiteral("TNS header checksum is not 0"));
    if (b.size() < kTnsHeader)
        return needMore(type, b.size());
    const qsizetype length = b.be16(0);
    if (length < kTnsHeader)
        return wrong(type, reply, QStringLiteral("TNS packet length out of range"));
    if (!b.has(0, length))
        return needMore(type, b.size());

    const Bytes body = b.mid(kTnsHeader, length - kTnsHeader);
    const QString listener = QObject::tr("Oracle TNS listener");
    switch (b.u8(4)) {
    case kTnsAccept: {
        if (!body.has(0, 2))
            return wrong(type, reply, QStringLiteral("TNS ACCEPT too short"));
        return matches(listener, QObject::tr("The listener accepted the connect packet "
                                             "(TNS version %1)")
                                     .arg(body.be16(0)));
    }
    case kTnsRefuse: {
        // User reason (1), system reason (1), data length (2), data.
        if (!body.has(0, 4))
            return wrong(type, reply, QStringLiteral("TNS REFUSE too short"));
        const qsizetype dataLength = body.be16(2);
        if (!body.has(4, dataLength))
            return wrong(type, reply, QStringLiteral("TNS REFUSE data outside the packet"));
        const QString text = printable(body.mid(4, dataLength).toByteArray(), 1024);
        QString detail = QObject::tr("The listener refused the probe, as expected for an "
                                     "empty service name");
        const QString about = describeListenerText(text);
        if (!about.isEmpty())
            detail += QStringLiteral(" (%1)").arg(about);
        return matches(listener, detail);
    }
    case kTnsRedirect: {
        if (!body.has(0, 2))
            return wrong(type, reply, QStringLiteral("TNS REDIRECT too short"));
        const qsizetype dataLength = qMin<qsizetype>(body.be16(0), body.size() - 2);
        const QString text = printable(body.mid(2, dataLength).toByteArray(), 160);
        return matches(listener, QObject::tr("The listener redirected the probe: %1").arg(text));
    }
    case kTnsResend:
        return matches(listener, QObject::tr("The listener asked to resend the connect packet"));
    default: // kTnsMarker
        return matches(listener, QObject::tr("The listener answered with a TNS marker"));
    }
}

bool looksLikeTns(const Bytes &b)
{
    return b.size() >= kTnsHeader && b.be16(0) >= kTnsHeader && b.be16(0) < kMaxTnsPacket &&
           b.be16(2) == 0 && isTnsReplyType(b.u8(4)) && b.be16(6) == 0;
}

} // namespace stitch::database::detail
