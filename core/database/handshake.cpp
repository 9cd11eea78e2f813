#include "handshake.h"

#include <QRegularExpression>
#include <QStringList>

#include <cstring>
#include <optional>
#include <vector>

namespace stitch::database {
namespace {

// ---------------------------------------------------------------------------------------------
// Bounds-checked byte access. Every read goes through Bytes; a read outside gives 0, so even a
// forgotten length check cannot read past the end (the parsers still check has() for meaning).
// ---------------------------------------------------------------------------------------------
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

// Whether `bytes` begins with `prefix`, or could still do so once more bytes arrive.
enum class Prefix
{
    No,
    Partial,
    Full
};
Prefix matchPrefix(const QByteArray &bytes, const QByteArray &prefix)
{
    if (bytes.size() >= prefix.size())
        return bytes.startsWith(prefix) ? Prefix::Full : Prefix::No;
    return prefix.startsWith(bytes) ? Prefix::Partial : Prefix::No;
}

// Text from the wire, made safe for the transcript: one line, printable, bounded.
QString printable(const QByteArray &raw, qsizetype max = 240)
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

// The names guessOtherProtocol() uses, one per database type.
QString protocolName(DatabaseType type)
{
    return databaseDisplayName(type);
}

HandshakeVerdict matches(QString server, QString detail)
{
    return HandshakeVerdict{Answer::Matches, std::move(server), std::move(detail)};
}

HandshakeVerdict needMore(DatabaseType type, qsizetype received)
{
    return HandshakeVerdict{Answer::NeedMoreData, QString(),
                            QStringLiteral("%1 bytes so far of what may be a %2 reply")
                                .arg(received)
                                .arg(protocolName(type))};
}

HandshakeVerdict wrong(DatabaseType type, const QByteArray &reply, const QString &why)
{
    const QString other = guessOtherProtocol(reply);
    QString detail;
    QString server;
    if (other.isEmpty()) {
        detail = QStringLiteral("Not a reply from %1 (%2)").arg(protocolName(type), why);
    } else if (other == protocolName(type)) {
        detail = QStringLiteral("A malformed reply from %1 (%2)").arg(protocolName(type), why);
    } else {
        server = other;
        detail = QStringLiteral("Not a reply from %1 (%2); it looks like %3")
                     .arg(protocolName(type), why, other);
    }
    detail += QStringLiteral("; first bytes: %1").arg(hexStart(reply));
    return HandshakeVerdict{Answer::WrongProtocol, server, detail};
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

// ---------------------------------------------------------------------------------------------
// PostgreSQL: SSLRequest, answered by 'S' or 'N' (one byte), or by an ErrorResponse.
// ---------------------------------------------------------------------------------------------
constexpr quint32 kSslRequestCode = 80877103; // 1234 << 16 | 5679
constexpr quint32 kMaxPostgresError = 0x4000;

QByteArray postgresRequest()
{
    QByteArray out;
    appendBe32(out, 8);
    appendBe32(out, kSslRequestCode);
    return out;
}

HandshakeVerdict interpretPostgresError(const QByteArray &reply)
{
    constexpr DatabaseType type = DatabaseType::PostgreSql;
    const Bytes b(reply);
    if (b.size() < 2)
        return needMore(type, b.size());

    if (b.u8(1) == 0) {
        // Protocol 3 ErrorResponse: 'E', int32 length (counting itself), then fields: a type
        // byte and a NUL-terminated string each, ended by a 0 byte.
        if (b.size() >= 3 && b.u8(2) != 0)
            return wrong(type, reply, QStringLiteral("error message length out of range"));
        if (b.size() >= 4 && b.u8(3) >= (kMaxPostgresError >> 8))
            return wrong(type, reply, QStringLiteral("error message length out of range"));
        if (b.size() < 5)
            return needMore(type, b.size());
        const qsizetype length = b.be32(1);
        if (length < 6)
            return wrong(type, reply, QStringLiteral("error message length out of range"));
        if (b.size() >= 6 && !isAsciiLetter(b.u8(5)))
            return wrong(type, reply, QStringLiteral("not an ErrorResponse field"));
        if (!b.has(1, length))
            return needMore(type, b.size());
        const qsizetype end = 1 + length; // one past the terminating 0
        if (b.u8(end - 1) != 0)
            return wrong(type, reply, QStringLiteral("ErrorResponse not terminated"));
        QString severity;
        QString code;
        QString message;
        qsizetype pos = 5;
        while (pos < end - 1) {
            const quint8 field = b.u8(pos);
            if (!isAsciiLetter(field))
                return wrong(type, reply, QStringLiteral("not an ErrorResponse field"));
            const qsizetype nul = b.indexOf('\0', pos + 1, end - 1);
            if (nul < 0)
                return wrong(type, reply, QStringLiteral("ErrorResponse field not terminated"));
            const QString value = printable(b.mid(pos + 1, nul - pos - 1).toByteArray());
            if (field == 'S' && severity.isEmpty())
                severity = value;
            else if (field == 'V')
                severity = value;
            else if (field == 'C')
                code = value;
            else if (field == 'M')
                message = value;
            pos = nul + 1;
        }
        if (message.isEmpty())
            return wrong(type, reply, QStringLiteral("ErrorResponse without a message"));
        QString text = severity.isEmpty() ? message : severity + QStringLiteral(": ") + message;
        if (!code.isEmpty())
            text += QStringLiteral(" (SQLSTATE %1)").arg(code);
        return matches(QStringLiteral("PostgreSQL"),
                       QStringLiteral("Answered the SSLRequest with an error: %1").arg(text));
    }

    // Protocol 2 ErrorResponse (old servers): 'E' and a NUL-terminated "FATAL:  ..." text.
    const QByteArray text = reply.mid(1);
    bool partial = false;
    bool full = false;
    for (const char *severity : {"FATAL:", "ERROR:", "PANIC:"}) {
        const Prefix p = matchPrefix(text, QByteArray(severity));
        partial = partial || p == Prefix::Partial;
        full = full || p == Prefix::Full;
    }
    if (partial)
        return needMore(type, b.size());
    if (!full)
        return wrong(type, reply, QStringLiteral("expected 'S', 'N' or an ErrorResponse"));
    const qsizetype nul = text.indexOf('\0');
    if (nul < 0) {
        if (text.size() > qsizetype(kMaxPostgresError))
            return wrong(type, reply, QStringLiteral("error message not terminated"));
        return needMore(type, b.size());
    }
    return matches(QStringLiteral("PostgreSQL"),
                   QStringLiteral("Answered the SSLRequest with an error (an old server?): %1")
                       .arg(printable(text.left(nul))));
}

HandshakeVerdict interpretPostgres(const QByteArray &reply)
{
    constexpr DatabaseType type = DatabaseType::PostgreSql;
    const Bytes b(reply);
    const quint8 first = b.u8(0);
    if (first == 'S' || first == 'N') {
        // The server sends this one byte and waits (for a TLS ClientHello or a StartupMessage).
        if (b.size() != 1)
            return wrong(type, reply, QStringLiteral("more than the one-byte SSLRequest answer"));
        if (first == 'S') {
            return matches(QStringLiteral("PostgreSQL (accepts SSL)"),
                           QStringLiteral("Answered the SSLRequest with 'S': TLS is available"));
        }
        return matches(QStringLiteral("PostgreSQL (SSL off)"),
                       QStringLiteral("Answered the SSLRequest with 'N': TLS is not enabled"));
    }
    if (first == 'E')
        return interpretPostgresError(reply);
    return wrong(type, reply, QStringLiteral("expected 'S', 'N' or an ErrorResponse"));
}

// ---------------------------------------------------------------------------------------------
// MySQL/MariaDB: the server speaks first with an Initial Handshake packet (or an error packet).
// ---------------------------------------------------------------------------------------------
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
        QStringLiteral("Protocol %1 greeting: server version \"%2\"").arg(protocol).arg(version);
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
    QString detail = QStringLiteral("Error %1").arg(code);
    if (!sqlState.isEmpty())
        detail += QStringLiteral(" (SQLSTATE %1)").arg(sqlState);
    detail += QStringLiteral(": %1").arg(message);
    return matches(mariaDb ? QStringLiteral("MariaDB (refused the connection)")
                           : QStringLiteral("MySQL/MariaDB (refused the connection)"),
                   detail);
}

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

// ---------------------------------------------------------------------------------------------
// Microsoft SQL Server: TDS PRELOGIN (MS-TDS 2.2.6.5), answered by a PRELOGIN structure in a
// tabular result packet (type 0x04).
// ---------------------------------------------------------------------------------------------
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
    return matches(QStringLiteral("Microsoft SQL Server %1").arg(number), detail);
}

// ---------------------------------------------------------------------------------------------
// Oracle: a TNS CONNECT to the listener. Any well-formed TNS answer proves a listener; with the
// empty service name it is usually a REFUSE (ORA-12514), which is fine for this probe.
// ---------------------------------------------------------------------------------------------
constexpr quint8 kTnsConnect = 1;
constexpr quint8 kTnsAccept = 2;
constexpr quint8 kTnsRefuse = 4;
constexpr quint8 kTnsRedirect = 5;
constexpr quint8 kTnsResend = 11;
constexpr quint8 kTnsMarker = 12;
constexpr qsizetype kTnsHeader = 8;
constexpr qsizetype kMaxTnsPacket = 0x4000;
constexpr qsizetype kTnsConnectDataOffset = 58;

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
    const QString listener = QStringLiteral("Oracle TNS listener");
    switch (b.u8(4)) {
    case kTnsAccept: {
        if (!body.has(0, 2))
            return wrong(type, reply, QStringLiteral("TNS ACCEPT too short"));
        return matches(listener, QStringLiteral("The listener accepted the connect packet "
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
        QString detail = QStringLiteral("The listener refused the probe, as expected for an "
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
        return matches(listener, QStringLiteral("The listener redirected the probe: %1").arg(text));
    }
    case kTnsResend:
        return matches(listener, QStringLiteral("The listener asked to resend the connect packet"));
    default: // kTnsMarker
        return matches(listener, QStringLiteral("The listener answered with a TNS marker"));
    }
}

// ---------------------------------------------------------------------------------------------
// MongoDB: OP_MSG {hello: 1, $db: "admin"}; the answer is an OP_MSG (or OP_REPLY) whose
// document has "ok".
// ---------------------------------------------------------------------------------------------
constexpr quint32 kOpReply = 1;
constexpr quint32 kOpMsg = 2013;
constexpr quint32 kMongoRequestId = 0x00c0ffee;
constexpr qsizetype kMongoHeader = 16;
constexpr quint32 kMaxMongoMessage = 0x100000;
constexpr quint32 kMaxMongoLegalMessage = 48000000;
constexpr quint32 kOpMsgChecksumPresent = 0x1;

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

void appendCString(QByteArray &out, const char *text)
{
    out.append(text);
    out.append('\0');
}

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

struct BsonElement
{
    quint8 type = 0;
    QByteArray key;
    Bytes value;
};

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

// The top-level elements of the document that fills `doc` exactly; nothing when malformed.
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

// ---------------------------------------------------------------------------------------------
// Signatures for guessOtherProtocol().
// ---------------------------------------------------------------------------------------------
bool looksLikeTls(const Bytes &b)
{
    // A record header: alert (0x15) or handshake (0x16), version 3.x.
    return b.size() >= 3 && (b.u8(0) == 0x15 || b.u8(0) == 0x16) && b.u8(1) == 3 && b.u8(2) <= 4;
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

bool looksLikePostgres(const Bytes &b, const QByteArray &reply)
{
    if (b.u8(0) != 'E')
        return false;
    if (b.size() >= 6 && b.u8(1) == 0 && b.u8(2) == 0 && b.be32(1) >= 6 &&
        (b.u8(5) == 'S' || b.u8(5) == 'V'))
        return true;
    return reply.startsWith("EFATAL:") || reply.startsWith("EERROR:") ||
           reply.startsWith("EPANIC:");
}

bool looksLikeTds(const Bytes &b)
{
    return b.size() >= kTdsHeader && b.u8(0) == kTdsReply && b.u8(1) == kTdsStatusEom &&
           b.be16(2) > kTdsHeader && b.be16(2) < 0x8000 && b.u8(6) <= 1 && b.u8(7) == 0;
}

bool looksLikeTns(const Bytes &b)
{
    return b.size() >= kTnsHeader && b.be16(0) >= kTnsHeader && b.be16(0) < kMaxTnsPacket &&
           b.be16(2) == 0 && isTnsReplyType(b.u8(4)) && b.be16(6) == 0;
}

HandshakeVerdict interpretNonEmpty(DatabaseType type, const QByteArray &reply)
{
    switch (type) {
    case DatabaseType::PostgreSql:
        return interpretPostgres(reply);
    case DatabaseType::MySql:
        return interpretMySql(reply);
    case DatabaseType::SqlServer:
        return interpretSqlServer(reply);
    case DatabaseType::Oracle:
        return interpretOracle(reply);
    case DatabaseType::MongoDb:
        return interpretMongo(reply);
    }
    return HandshakeVerdict{Answer::WrongProtocol, QString(),
                            QStringLiteral("Unknown database type")};
}

} // namespace

QByteArray openingRequest(DatabaseType type)
{
    switch (type) {
    case DatabaseType::PostgreSql:
        return postgresRequest();
    case DatabaseType::MySql:
        return {};
    case DatabaseType::SqlServer:
        return sqlServerRequest();
    case DatabaseType::Oracle:
        return oracleRequest();
    case DatabaseType::MongoDb:
        return mongoRequest();
    }
    return {};
}

HandshakeVerdict interpretReply(DatabaseType type, const QByteArray &reply)
{
    if (reply.isEmpty()) {
        return HandshakeVerdict{Answer::NoAnswer, QString(),
                                type == DatabaseType::MySql
                                    ? QStringLiteral("The port sent no greeting")
                                    : QStringLiteral("The port sent nothing back")};
    }
    const HandshakeVerdict verdict = interpretNonEmpty(type, reply);
    // A valid beginning of ours that is clearly the whole of something else is not worth
    // waiting for.
    if (verdict.answer == Answer::NeedMoreData) {
        const QString other = guessOtherProtocol(reply);
        if (!other.isEmpty() && other != protocolName(type))
            return wrong(type, reply, QStringLiteral("another protocol's message"));
    }
    return verdict;
}

QString guessOtherProtocol(const QByteArray &reply)
{
    const Bytes b(reply);
    if (reply.startsWith("SSH-"))
        return QStringLiteral("SSH");
    if (reply.startsWith("HTTP/"))
        return QStringLiteral("HTTP");
    if (looksLikeTls(b))
        return QStringLiteral("TLS");
    if (reply.startsWith("-ERR") || reply.startsWith("-NOAUTH") || reply.startsWith("-DENIED"))
        return QStringLiteral("Redis");
    if (looksLikeMongo(b))
        return protocolName(DatabaseType::MongoDb);
    if (looksLikeMySql(b))
        return protocolName(DatabaseType::MySql);
    if (looksLikePostgres(b, reply))
        return protocolName(DatabaseType::PostgreSql);
    if (looksLikeTds(b))
        return protocolName(DatabaseType::SqlServer);
    if (looksLikeTns(b))
        return protocolName(DatabaseType::Oracle);
    return {};
}

} // namespace stitch::database
