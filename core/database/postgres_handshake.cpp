// PostgreSQL: an SSLRequest, answered by 'S' or 'N' (one byte), or by an ErrorResponse.

#include "protocol_handshakes.h"

#include <QObject>

namespace stitch::database::detail {

namespace {
constexpr quint32 kSslRequestCode = 80877103; // 1234 << 16 | 5679
constexpr quint32 kMaxPostgresError = 0x4000;
} // namespace

QString PostgresError::text() const
{
    QString t = severity.isEmpty() ? message : severity + QStringLiteral(": ") + message;
    if (!code.isEmpty())
        t += QStringLiteral(" (SQLSTATE %1)").arg(code);
    return t;
}

PostgresParse parsePostgresError(const Bytes &b, PostgresError *error, QString *why)
{
    // Protocol 3 ErrorResponse: 'E', int32 length (counting itself), then fields: a type byte
    // and a NUL-terminated string each, ended by a 0 byte.
    const auto invalid = [why](const char *reason) {
        *why = QString::fromLatin1(reason);
        return PostgresParse::Invalid;
    };
    if (b.size() >= 2 && b.u8(1) != 0)
        return invalid("error message length out of range");
    if (b.size() >= 3 && b.u8(2) != 0)
        return invalid("error message length out of range");
    if (b.size() >= 4 && b.u8(3) >= (kMaxPostgresError >> 8))
        return invalid("error message length out of range");
    if (b.size() < 5)
        return PostgresParse::NeedMore;
    const qsizetype length = b.be32(1);
    if (length < 6)
        return invalid("error message length out of range");
    if (b.size() >= 6 && !isAsciiLetter(b.u8(5)))
        return invalid("not an ErrorResponse field");
    if (!b.has(1, length))
        return PostgresParse::NeedMore;
    const qsizetype end = 1 + length; // one past the terminating 0
    if (b.u8(end - 1) != 0)
        return invalid("ErrorResponse not terminated");
    PostgresError e;
    qsizetype pos = 5;
    while (pos < end - 1) {
        const quint8 field = b.u8(pos);
        if (!isAsciiLetter(field))
            return invalid("not an ErrorResponse field");
        const qsizetype nul = b.indexOf('\0', pos + 1, end - 1);
        if (nul < 0)
            return invalid("ErrorResponse field not terminated");
        const QString value = printable(b.mid(pos + 1, nul - pos - 1).toByteArray());
        if (field == 'S' && e.severity.isEmpty())
            e.severity = value;
        else if (field == 'V')
            e.severity = value;
        else if (field == 'C')
            e.code = value;
        else if (field == 'M')
            e.message = value;
        pos = nul + 1;
    }
    if (e.message.isEmpty())
        return invalid("ErrorResponse without a message");
    *error = e;
    return PostgresParse::Complete;
}

namespace {

HandshakeVerdict interpretPostgresError(const QByteArray &reply)
{
    constexpr DatabaseType type = DatabaseType::PostgreSql;
    const Bytes b(reply);
    if (b.size() < 2)
        return needMore(type, b.size());

    if (b.u8(1) == 0) {
        PostgresError error;
        QString why;
        switch (parsePostgresError(b, &error, &why)) {
        case PostgresParse::NeedMore:
            return needMore(type, b.size());
        case PostgresParse::Invalid:
            return wrong(type, reply, why);
        case PostgresParse::Complete:
            break;
        }
        return matches(QStringLiteral("PostgreSQL"),
                       QObject::tr("Answered the SSLRequest with an error: %1").arg(error.text()));
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
                   QObject::tr("Answered the SSLRequest with an error (an old server?): %1")
                       .arg(printable(text.left(nul))));
}

} // namespace

QByteArray postgresRequest()
{
    QByteArray out;
    appendBe32(out, 8);
    appendBe32(out, kSslRequestCode);
    return out;
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
                           QObject::tr("Answered the SSLRequest with 'S': TLS is available"));
        }
        return matches(QStringLiteral("PostgreSQL (SSL off)"),
                       QObject::tr("Answered the SSLRequest with 'N': TLS is not enabled"));
    }
    if (first == 'E')
        return interpretPostgresError(reply);
    return wrong(type, reply, QStringLiteral("expected 'S', 'N' or an ErrorResponse"));
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

} // namespace stitch::database::detail
