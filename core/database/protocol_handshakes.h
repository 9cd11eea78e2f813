#pragma once

// Private to core/database: what each protocol's file (postgres_handshake.cpp, ...) provides to
// the dispatcher in handshake.cpp, and the verdict builders they all use.

#include "handshake.h"
#include "handshake_wire.h"

namespace stitch::database::detail {

// ---- Verdicts (handshake.cpp) -----------------------------------------------------------------
HandshakeVerdict matches(QString server, QString detail);
// A valid beginning of `type`'s reply, `received` bytes long so far.
HandshakeVerdict needMore(DatabaseType type, qsizetype received);
// Not `type`'s reply, because of `why`; names the protocol it looks like, if any.
HandshakeVerdict wrong(DatabaseType type, const QByteArray &reply, const QString &why);

// ---- One set per protocol ---------------------------------------------------------------------
// xRequest(): the first bytes sent (MySQL has none: the server speaks first).
// interpretX(): judges a non-empty reply.
// looksLikeX(): a signature unlikely by chance, for guessOtherProtocol().

QByteArray postgresRequest();
// A protocol-3 ErrorResponse ('E', length, fields) at the start of a reply; shared by the
// SSLRequest's answer and the StartupMessage's (postgres_startup.cpp).
struct PostgresError
{
    QString severity;
    QString code; // SQLSTATE
    QString message;
    QString text() const; // "FATAL: message (SQLSTATE code)"
};
enum class PostgresParse
{
    Complete,
    NeedMore,
    Invalid // `why` says why
};
PostgresParse parsePostgresError(const Bytes &b, PostgresError *error, QString *why);
HandshakeVerdict interpretPostgres(const QByteArray &reply);
bool looksLikePostgres(const Bytes &b, const QByteArray &reply);

HandshakeVerdict interpretMySql(const QByteArray &reply);
bool looksLikeMySql(const Bytes &b);

QByteArray sqlServerRequest();
HandshakeVerdict interpretSqlServer(const QByteArray &reply);
bool looksLikeTds(const Bytes &b);

QByteArray oracleRequest();
HandshakeVerdict interpretOracle(const QByteArray &reply);
bool looksLikeTns(const Bytes &b);

QByteArray mongoRequest();
HandshakeVerdict interpretMongo(const QByteArray &reply);
bool looksLikeMongo(const Bytes &b);

} // namespace stitch::database::detail
