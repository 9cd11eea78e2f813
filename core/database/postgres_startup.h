#pragma once

#include <QByteArray>
#include <QString>

// PostgreSQL's access rules, asked before any password: the server consults pg_hba.conf on the
// StartupMessage and answers with an authentication request (a line admits this client) or an
// ErrorResponse ("no pg_hba.conf entry for host …"). Pure, like handshake.h: the caller moves
// the bytes; the parser is bounds-checked and fuzzed.
namespace stitch::database {

// A protocol 3.0 StartupMessage for `user` and `database` (empty: PostgreSQL takes the user's
// name). Names must hold no NUL (the caller validates them).
QByteArray postgresStartupMessage(const QString &user, const QString &database);

enum class StartupAnswer
{
    Admitted,      // an authentication request (or AuthenticationOk): a pg_hba.conf line matched
    Refused,       // an ErrorResponse: see sqlState and message
    NeedMoreData,  // a valid beginning so far
    WrongProtocol, // not a PostgreSQL reply to a StartupMessage
};

struct StartupVerdict
{
    StartupAnswer answer = StartupAnswer::NeedMoreData;
    // Admitted: how the server wants the password ("SCRAM-SHA-256", "MD5", "password",
    // "none (trust)", …).
    QString authMethod;
    QString sqlState; // Refused: "28000" for pg_hba.conf
    QString message;  // Refused: the server's words; WrongProtocol: why
    // Refused by pg_hba.conf (no line matches, or a "reject" line), as opposed to any other
    // error the server may give before authentication.
    bool refusedByAccessRules() const;
};

StartupVerdict interpretStartupReply(const QByteArray &reply);

} // namespace stitch::database
