#include "postgres_startup.h"

#include "protocol_handshakes.h"

namespace stitch::database {

using detail::Bytes;

namespace {

constexpr quint32 kProtocol30 = 196608; // 3 << 16
constexpr quint32 kMaxAuthenticationMessage = 0x4000;

void appendPair(QByteArray &out, const char *key, const QString &value)
{
    out += key;
    out += '\0';
    out += value.toUtf8();
    out += '\0';
}

QString authMethodName(quint32 code)
{
    switch (code) {
    case 0:
        return QStringLiteral("none (trust)");
    case 2:
        return QStringLiteral("Kerberos V5");
    case 3:
        return QStringLiteral("password");
    case 5:
        return QStringLiteral("MD5");
    case 7:
        return QStringLiteral("GSSAPI");
    case 9:
        return QStringLiteral("SSPI");
    case 10:
        return QStringLiteral("SASL (SCRAM-SHA-256)");
    default:
        return QStringLiteral("method %1").arg(code);
    }
}

StartupVerdict wrongReply(const QString &why)
{
    return StartupVerdict{StartupAnswer::WrongProtocol, {}, {}, why};
}

} // namespace

QByteArray postgresStartupMessage(const QString &user, const QString &database)
{
    QByteArray body;
    detail::appendBe32(body, kProtocol30);
    appendPair(body, "user", user);
    if (!database.isEmpty())
        appendPair(body, "database", database);
    appendPair(body, "application_name", QStringLiteral("stitch-tunnel-check"));
    body += '\0';
    QByteArray out;
    detail::appendBe32(out, static_cast<quint32>(body.size() + 4));
    return out + body;
}

bool StartupVerdict::refusedByAccessRules() const
{
    // 28000 is invalid_authorization_specification: pg_hba.conf's verdicts, before any password.
    return answer == StartupAnswer::Refused && sqlState == QLatin1String("28000");
}

StartupVerdict interpretStartupReply(const QByteArray &reply)
{
    const Bytes b(reply);
    if (b.size() == 0)
        return {};
    const quint8 type = b.u8(0);
    if (type == 'R') {
        // AuthenticationXXX: 'R', int32 length, int32 code, then method data.
        if (b.size() >= 2 && b.u8(1) != 0)
            return wrongReply(QStringLiteral("authentication message length out of range"));
        if (b.size() < 9)
            return {};
        const quint32 length = b.be32(1);
        if (length < 8 || length > kMaxAuthenticationMessage)
            return wrongReply(QStringLiteral("authentication message length out of range"));
        return StartupVerdict{StartupAnswer::Admitted, authMethodName(b.be32(5)), {}, {}};
    }
    if (type == 'E') {
        detail::PostgresError error;
        QString why;
        switch (detail::parsePostgresError(b, &error, &why)) {
        case detail::PostgresParse::NeedMore:
            return {};
        case detail::PostgresParse::Invalid:
            return wrongReply(why);
        case detail::PostgresParse::Complete:
            break;
        }
        return StartupVerdict{StartupAnswer::Refused, {}, error.code, error.message};
    }
    return wrongReply(QStringLiteral("expected an authentication request or an ErrorResponse"));
}

} // namespace stitch::database
