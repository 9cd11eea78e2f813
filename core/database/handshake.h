#pragma once

#include "common/database_type.h"

#include <QByteArray>
#include <QString>

// Recognises what answers on a database port. Pure: the caller moves the bytes (through an SSH
// direct-tcpip channel); this code only builds the first request and judges the reply. Every
// parser here is bounds-checked and must stay so: it reads bytes from whatever listens on the
// port, and it is fuzzed.
namespace stitch::database {

// The first bytes we send (empty when the server speaks first, as MySQL/MariaDB do).
//   PostgreSQL: SSLRequest. SQL Server: TDS PRELOGIN. Oracle: TNS CONNECT to an empty service
//   name (the listener answers, usually with a REFUSE). MongoDB: OP_MSG {hello: 1, $db: "admin"}.
QByteArray openingRequest(DatabaseType type);

enum class Answer
{
    Matches,       // the expected database (or its listener) answered
    WrongProtocol, // something else answers on this port
    NeedMoreData,  // a valid beginning so far: keep reading (bounded by the caller's timeout)
    NoAnswer,      // nothing received
};

struct HandshakeVerdict
{
    Answer answer = Answer::NoAnswer;
    // Human: "PostgreSQL (accepts SSL)", "MariaDB 10.11.6", "MySQL 8.0.36",
    // "Microsoft SQL Server 16.0.1000", "Oracle TNS listener", "MongoDB (wire version 21)".
    // With WrongProtocol: what guessOtherProtocol() recognised, or empty.
    QString server;
    QString detail; // short technical note for the transcript
};

// `reply` is everything received so far. A reply that stops short of a whole message gives
// NeedMoreData as long as it is a valid beginning; a beginning that is plainly another
// protocol's message gives WrongProtocol at once. So NeedMoreData says nothing against the
// protocol: when the caller stops reading (its timeout, or the port closed) with NeedMoreData
// still, the port sent no complete reply, and the caller reports it as it reports NoAnswer
// (SetupRunner: the finding db.no_answer, "... sent no <database> reply").
//
// Notes per protocol:
// - PostgreSQL answers the SSLRequest with exactly one byte, 'S' or 'N'; those are Matches as
//   soon as they arrive. An ErrorResponse 'E' (old servers) is a Match once complete.
// - MySQL/MariaDB: an error packet (0xFF, e.g. "Host '10.0.0.5' is not allowed to connect")
//   is a Match; the server's message and error number are in `detail`.
HandshakeVerdict interpretReply(DatabaseType type, const QByteArray &reply);

// When the reply looks like a known protocol, names it: "MySQL/MariaDB", "PostgreSQL",
// "Microsoft SQL Server", "Oracle", "MongoDB", "SSH", "HTTP", "TLS", "Redis"; else empty.
// Meant for replies of the wrong kind (a MySQL greeting on the PostgreSQL port); it recognises
// only signatures that are unlikely by chance.
QString guessOtherProtocol(const QByteArray &reply);

} // namespace stitch::database
