#include "handshake.h"

#include <QObject>

#include "protocol_handshakes.h"

// The shared part: the public entry points dispatch by database type to the protocol files
// (postgres_handshake.cpp, mysql_handshake.cpp, ...), and every protocol builds its verdicts
// here, so that a wrong reply is described the same way for all of them.
namespace stitch::database {

using namespace detail;

namespace {

// The names guessOtherProtocol() uses, one per database type.
QString protocolName(DatabaseType type)
{
    return databaseDisplayName(type);
}

bool looksLikeTls(const Bytes &b)
{
    // A record header: alert (0x15) or handshake (0x16), version 3.x.
    return b.size() >= 3 && (b.u8(0) == 0x15 || b.u8(0) == 0x16) && b.u8(1) == 3 && b.u8(2) <= 4;
}

} // namespace

namespace detail {

HandshakeVerdict matches(QString server, QString detail)
{
    return HandshakeVerdict{Answer::Matches, std::move(server), std::move(detail)};
}

HandshakeVerdict needMore(DatabaseType type, qsizetype received)
{
    return HandshakeVerdict{Answer::NeedMoreData, QString(),
                            QObject::tr("%1 bytes so far of what may be a %2 reply")
                                .arg(received)
                                .arg(protocolName(type))};
}

HandshakeVerdict wrong(DatabaseType type, const QByteArray &reply, const QString &why)
{
    const QString other = guessOtherProtocol(reply);
    QString detail;
    QString server;
    if (other.isEmpty()) {
        detail = QObject::tr("Not a reply from %1 (%2)").arg(protocolName(type), why);
    } else if (other == protocolName(type)) {
        detail = QObject::tr("A malformed reply from %1 (%2)").arg(protocolName(type), why);
    } else {
        server = other;
        detail = QObject::tr("Not a reply from %1 (%2); it looks like %3")
                     .arg(protocolName(type), why, other);
    }
    detail += QStringLiteral("; first bytes: %1").arg(hexStart(reply));
    return HandshakeVerdict{Answer::WrongProtocol, server, detail};
}

} // namespace detail

namespace {

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
    return HandshakeVerdict{Answer::WrongProtocol, QString(), QObject::tr("Unknown database type")};
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
                                    ? QObject::tr("The port sent no greeting")
                                    : QObject::tr("The port sent nothing back")};
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
