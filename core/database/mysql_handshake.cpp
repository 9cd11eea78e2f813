// MySQL/MariaDB: the server speaks first with an Initial Handshake packet (or an error
// packet), so there is no request.

#include "protocol_handshakes.h"

#include <QObject>

#include <QRegularExpression>

namespace stitch::database::detail {
namespace {

constexpr quint32 kMaxMySqlPacket = 0x4000;
constexpr quint32 kClientPluginAuth = 0x00080000;

QString leadingVersion(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d+(\\.\\d+)*"));
    return pattern.match(text).captured(0);
}

HandshakeVerdict interpretMySqlGreeting(const QByteArray &reply, const Bytes &payload)
{
    constexpr DatabaseType type = DatabaseType::MySql;
    const quint8 protocol = payload.u8(0);
    const qsizetype nul = payload.indexOf('\0', 1, payload.size());
    if (nul < 0)
        return wrong(type, reply, QStringLiteral("server version not terminated"));
    if (nul == 1 || nul > 101)
        return wrong(type, reply, QStringLiteral("server version length out of range"));
    for (qsizetype i = 1; i < nul; ++i) {
        if (!isAsciiPrintable(payload.u8(i)))
            return wrong(type, reply, QStringLiteral("server version not printable"));
    }
    const QString version = QString::fromLatin1(payload.mid(1, nul - 1).toByteArray());

    QString server;
    if (version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)) {
        // MariaDB prefixes "5.5.5-" so that old clients do not take 10.x for MySQL 1.0.
        QString bare = version;
        if (bare.startsWith(QLatin1String("5.5.5-")))
            bare = bare.mid(6);
        const QString number = leadingVersion(bare);
        server = QStringLiteral("MariaDB %1").arg(number.isEmpty() ? bare : number);
    } else {
        const QString number = leadingVersion(version);
        server = QStringLiteral("MySQL %1").arg(number.isEmpty() ? version : number);
    }

    QString detail =
        QObject::tr("Protocol %1 greeting: server version \"%2\"").arg(protocol).arg(version);
    // After the version (protocol 10): connection id (4), auth data part 1 (8), filler (1),
    // capabilities low (2), charset (1), status (2), capabilities high (2), auth data length
    // (1), reserved (10), auth data part 2 (max(13, length - 8)), auth plugin name (NUL-ended).
    const qsizetype p = nul + 1;
    if (payload.has(p, 4))
        detail += QStringLiteral(", connection id %1").arg(payload.le32(p));
    if (protocol == 10 && payload.has(p, 31)) {
        const quint32 capabilities = payload.le16(p + 13) | (quint32(payload.le16(p + 18)) << 16);
        const qsizetype authLength = payload.u8(p + 20);
        const qsizetype nameStart = p + 31 + qMax<qsizetype>(13, authLength - 8);
        if ((capabilities & kClientPluginAuth) != 0 && nameStart < payload.size()) {
            qsizetype nameEnd = payload.indexOf('\0', nameStart, payload.size());
            if (nameEnd < 0)
                nameEnd = payload.size();
            const QString plugin =
                printable(payload.mid(nameStart, nameEnd - nameStart).toByteArray(), 64);
            if (!plugin.isEmpty())
                detail += QStringLiteral(", auth plugin %1").arg(plugin);
        }
    }
    return matches(server, detail);
}

HandshakeVerdict interpretMySqlError(const QByteArray &reply, const Bytes &payload)
{
    // 0xFF, error number (2, little-endian), ["#" SQL state (5)], message (rest of the packet).
    if (payload.size() < 3)
        return wrong(DatabaseType::MySql, reply, QStringLiteral("error packet too short"));
    const quint16 code = payload.le16(1);
    qsizetype messageStart = 3;
    QString sqlState;
    if (payload.u8(3) == '#' && payload.has(4, 5)) {
        sqlState = printable(payload.mid(4, 5).toByteArray());
        messageStart = 9;
    }
    const QString message =
        printable(payload.mid(messageStart, payload.size() - messageStart).toByteArray());
    const bool mariaDb = message.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
    QString detail = QObject::tr("Error %1").arg(code);
    if (!sqlState.isEmpty())
        detail += QStringLiteral(" (SQLSTATE %1)").arg(sqlState);
    detail += QStringLiteral(": %1").arg(message);
    return matches(mariaDb ? QStringLiteral("MariaDB (refused the connection)")
                           : QStringLiteral("MySQL/MariaDB (refused the connection)"),
                   detail);
}

} // namespace

HandshakeVerdict interpretMySql(const QByteArray &reply)
{
    constexpr DatabaseType type = DatabaseType::MySql;
    const Bytes b(reply);
    // Header: payload length (3 bytes, little-endian), sequence number 0.
    if (b.size() >= 2 && b.u8(1) >= (kMaxMySqlPacket >> 8))
        return wrong(type, reply, QStringLiteral("packet length out of range"));
    if (b.size() >= 3 && b.u8(2) != 0)
        return wrong(type, reply, QStringLiteral("packet length out of range"));
    if (b.size() < 4)
        return needMore(type, b.size());
    const quint32 length = b.le24(0);
    if (length == 0)
        return wrong(type, reply, QStringLiteral("empty packet"));
    if (b.u8(3) != 0)
        return wrong(type, reply, QStringLiteral("sequence number is not 0"));
    if (b.size() < 5)
        return needMore(type, b.size());
    const quint8 kind = b.u8(4);
    const bool greeting = kind == 10 || kind == 9;
    if (!greeting && kind != 0xff) {
        return wrong(type, reply,
                     QStringLiteral("expected protocol version 10 or an error packet"));
    }
    if (greeting && b.size() >= 6 && !isDigit(b.u8(5)))
        return wrong(type, reply, QStringLiteral("server version does not start with a digit"));
    if (!b.has(4, length))
        return needMore(type, b.size());
    const Bytes payload = b.mid(4, length);
    return greeting ? interpretMySqlGreeting(reply, payload) : interpretMySqlError(reply, payload);
}

bool looksLikeMySql(const Bytes &b)
{
    if (b.size() < 6 || b.u8(3) != 0)
        return false;
    const quint32 length = b.le24(0);
    if (length < 3 || length >= kMaxMySqlPacket)
        return false;
    if (b.u8(4) == 10)
        return isDigit(b.u8(5)) && (isDigit(b.u8(6)) || b.u8(6) == '.');
    // An error packet: 0xFF, error number (little-endian), message text.
    return b.u8(4) == 0xff && b.size() >= 8 && isAsciiPrintable(b.u8(7));
}

} // namespace stitch::database::detail
