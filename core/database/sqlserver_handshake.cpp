// Microsoft SQL Server: TDS PRELOGIN (MS-TDS 2.2.6.5), answered by a PRELOGIN structure in a
// tabular result packet (type 0x04).

#include "protocol_handshakes.h"

#include <QObject>

#include <optional>

namespace stitch::database::detail {
namespace {

constexpr quint8 kTdsPrelogin = 0x12;
constexpr quint8 kTdsReply = 0x04;
constexpr quint8 kTdsStatusEom = 0x01;
constexpr qsizetype kTdsHeader = 8;
constexpr quint8 kPreloginVersion = 0x00;
constexpr quint8 kPreloginEncryption = 0x01;
constexpr quint8 kPreloginInstOpt = 0x02;
constexpr quint8 kPreloginThreadId = 0x03;
constexpr quint8 kPreloginMars = 0x04;
constexpr quint8 kPreloginTerminator = 0xff;
constexpr quint8 kEncryptOff = 0x00;

QString encryptionName(quint8 value)
{
    switch (value) {
    case 0x00:
        return QStringLiteral("off (login only)");
    case 0x01:
        return QStringLiteral("on");
    case 0x02:
        return QStringLiteral("not supported");
    case 0x03:
        return QStringLiteral("required");
    default:
        return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
    }
}

} // namespace

QByteArray sqlServerRequest()
{
    struct Option
    {
        quint8 token;
        QByteArray data;
    };
    const Option options[] = {
        {kPreloginVersion, QByteArray(6, '\0')}, // our version: 0.0.0.0
        {kPreloginEncryption, QByteArray(1, static_cast<char>(kEncryptOff))},
        {kPreloginInstOpt, QByteArray(1, '\0')}, // no instance name to check
        {kPreloginThreadId, QByteArray(4, '\0')},
        {kPreloginMars, QByteArray(1, '\0')}, // MARS off
    };
    constexpr quint32 optionCount = sizeof(options) / sizeof(options[0]);
    QByteArray table;
    QByteArray data;
    quint32 offset = optionCount * 5 + 1; // data follows the option table and its terminator
    for (const Option &option : options) {
        appendByte(table, option.token);
        appendBe16(table, offset);
        appendBe16(table, sizeOf(option.data));
        data += option.data;
        offset += sizeOf(option.data);
    }
    appendByte(table, kPreloginTerminator);

    QByteArray packet;
    appendByte(packet, kTdsPrelogin);
    appendByte(packet, kTdsStatusEom);
    appendBe16(packet, 0); // length, set below
    appendBe16(packet, 0); // SPID
    appendByte(packet, 1); // packet id
    appendByte(packet, 0); // window
    packet += table + data;
    putBe16(packet, 2, sizeOf(packet));
    return packet;
}

HandshakeVerdict interpretSqlServer(const QByteArray &reply)
{
    constexpr DatabaseType type = DatabaseType::SqlServer;
    const Bytes b(reply);
    if (b.u8(0) != kTdsReply)
        return wrong(type, reply, QStringLiteral("expected a TDS reply packet (type 0x04)"));
    // Status: end-of-message must be set (the PRELOGIN answer is one packet); other bits are
    // ignore/reset flags.
    if (b.size() >= 2 && ((b.u8(1) & kTdsStatusEom) == 0 || b.u8(1) >= 0x20))
        return wrong(type, reply, QStringLiteral("unexpected TDS status"));
    if (b.size() >= 3 && b.u8(2) >= 0x80)
        return wrong(type, reply, QStringLiteral("TDS packet length out of range"));
    if (b.size() < kTdsHeader)
        return needMore(type, b.size());
    const qsizetype length = b.be16(2);
    if (length <= kTdsHeader)
        return wrong(type, reply, QStringLiteral("TDS packet length out of range"));
    if (!b.has(0, length))
        return needMore(type, b.size());

    // PRELOGIN: option table (token, offset, length; offsets from the start of the payload),
    // ended by 0xFF, then the option data.
    const Bytes payload = b.mid(kTdsHeader, length - kTdsHeader);
    std::optional<Bytes> version;
    std::optional<quint8> encryption;
    qsizetype pos = 0;
    while (true) {
        if (!payload.has(pos, 1))
            return wrong(type, reply, QStringLiteral("PRELOGIN option list not terminated"));
        const quint8 token = payload.u8(pos);
        if (token == kPreloginTerminator)
            break;
        if (!payload.has(pos, 5))
            return wrong(type, reply, QStringLiteral("PRELOGIN option list truncated"));
        const qsizetype offset = payload.be16(pos + 1);
        const qsizetype size = payload.be16(pos + 3);
        if (!payload.has(offset, size))
            return wrong(type, reply, QStringLiteral("PRELOGIN option outside the packet"));
        if (token == kPreloginVersion && size >= 4)
            version = payload.mid(offset, size);
        else if (token == kPreloginEncryption && size >= 1)
            encryption = payload.u8(offset);
        pos += 5;
    }
    if (!version)
        return wrong(type, reply, QStringLiteral("PRELOGIN answer without a VERSION"));

    // VERSION: major (1), minor (1), build (2, big-endian), sub-build (2).
    const QString number =
        QStringLiteral("%1.%2.%3").arg(version->u8(0)).arg(version->u8(1)).arg(version->be16(2));
    QString detail = QStringLiteral("PRELOGIN answer: version %1").arg(number);
    if (encryption)
        detail += QStringLiteral(", encryption %1").arg(encryptionName(*encryption));
    return matches(QObject::tr("Microsoft SQL Server %1").arg(number), detail);
}

bool looksLikeTds(const Bytes &b)
{
    return b.size() >= kTdsHeader && b.u8(0) == kTdsReply && b.u8(1) == kTdsStatusEom &&
           b.be16(2) > kTdsHeader && b.be16(2) < 0x8000 && b.u8(6) <= 1 && b.u8(7) == 0;
}

} // namespace stitch::database::detail
