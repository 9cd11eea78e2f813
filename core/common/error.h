#pragma once

#include "remedy.h"

#include <QMetaType>
#include <QString>

namespace stitch {

// Stable error codes: they appear in the CLI's JSON output and in reports, so never renumber or
// rename one; add new ones at the end.
enum class ErrorCode
{
    InvalidInput,
    Cancelled,
    Timeout,
    HostNotFound,
    ConnectionRefused,
    ConnectionTimedOut,
    NetworkUnreachable,
    ConnectionFailed,
    ConnectionLost,
    SshProtocolError,
    HostKeyUnknown,
    HostKeyChanged,
    HostKeyMismatch,
    HostKeyStoreFailed,
    AuthenticationFailed,
    KeyFileUnreadable,
    KeyPassphraseWrong,
    AgentUnavailable,
    ChannelFailed,
    RemoteCommandFailed,
    ForwardRefused,
    ForwardTimedOut,
    ForwardProhibited,
    ForwardNameNotResolved,
    ForwardFailed,
    SudoMissing,
    SudoPasswordRequired,
    SudoWrongPassword,
    SudoNotAllowed,
    SudoRequiresTty,
    LocalIoError,
    KeyEmpty,
    KeyMalformed,
    KeyTypeUnsupported,
    KeyTooWeak,
    PrivateKeyGiven,
    DatabaseWrongProtocol,
    DatabaseNoAnswer,
    ServerChangedSinceCheck, // apply planned on a check: the server no longer shows its facts
    TlsFailed,       // an HTTPS server's certificate or the TLS handshake (Stitch's API)
    ApiTokenRefused, // Stitch's Connect API refused the token (HTTP 401/403)
    ApiNotFound,     // Stitch's Connect API has no such source (HTTP 404)
    ApiRateLimited,  // Stitch's Connect API still said "too many requests" (HTTP 429)
    ApiBadAnswer,    // Stitch's Connect API answered with an error (5xx) or unreadable JSON
};

// The stable machine-readable name of a code, e.g. "sudo_wrong_password".
QString errorCodeName(ErrorCode code);

// What went wrong, in words a non-expert understands, and what to do about it.
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message; // names the problem: "The sudo password for alice was not accepted."
    QString fix;     // names the fix: "Check the sudo password, or choose 'same as login'."
    QString detail;  // technical detail for the transcript (library message), may be empty
    Remedy remedy;   // when the fix is an action in the front end: each words it itself

    // One line for terminals and logs: "message Fix: fix".
    QString oneLine() const { return oneLineWith(fix); }
    // The same with the fix as a front end words it (see Remedy).
    QString oneLineWith(const QString &frontEndFix) const;
};

inline Error makeError(ErrorCode code, QString message, QString fix, QString detail = {})
{
    return Error{code, std::move(message), std::move(fix), std::move(detail), Remedy{}};
}

// `error` with a fix that is an action in the front end (see Remedy); its neutral `fix` stays.
inline Error withRemedy(Error error, RemedyKind kind, QStringList values = {})
{
    error.remedy = Remedy{kind, std::move(values)};
    return error;
}

} // namespace stitch

Q_DECLARE_METATYPE(stitch::Error)
