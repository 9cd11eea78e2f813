#include "cli_exit_codes.h"

namespace stitch::cli {

int exitCodeFor(ErrorCode code)
{
    // No default: a new ErrorCode does not compile until it is placed under the rule.
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::LocalIoError:
    case ErrorCode::KeyFileUnreadable:  // --identity names a missing, empty or non-key file
    case ErrorCode::HostKeyStoreFailed: // the local known-hosts file cannot be written
    case ErrorCode::KeyEmpty:
    case ErrorCode::KeyMalformed:
    case ErrorCode::KeyTypeUnsupported:
    case ErrorCode::KeyTooWeak:
    case ErrorCode::PrivateKeyGiven:
    case ErrorCode::ApiNotFound: // --source-id names no source of the account
        return ExitUsage;
    case ErrorCode::Timeout:
    case ErrorCode::HostNotFound:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::ConnectionTimedOut:
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::ConnectionFailed:
    case ErrorCode::ConnectionLost:
    case ErrorCode::SshProtocolError:
    case ErrorCode::HostKeyUnknown:
    case ErrorCode::HostKeyChanged:
    case ErrorCode::HostKeyMismatch:
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::KeyPassphraseWrong: // a wrong secret, like a wrong password
    case ErrorCode::AgentUnavailable:
    case ErrorCode::ChannelFailed:
    case ErrorCode::ForwardRefused:
    case ErrorCode::ForwardTimedOut:
    case ErrorCode::ForwardProhibited:
    case ErrorCode::ForwardNameNotResolved:
    case ErrorCode::ForwardFailed:
    // sudo is part of logging in as an administrator: no sudo, not allowed, a wrong or missing
    // sudo password and requiretty are all authentication on the server, so all exit 3.
    case ErrorCode::SudoMissing:
    case ErrorCode::SudoPasswordRequired:
    case ErrorCode::SudoWrongPassword:
    case ErrorCode::SudoNotAllowed:
    case ErrorCode::SudoRequiresTty:
    // Stitch's Connect API: reaching it (TLS), its token (like a login) and its answers.
    case ErrorCode::TlsFailed:
    case ErrorCode::ApiTokenRefused:
    case ErrorCode::ApiRateLimited:
    case ErrorCode::ApiBadAnswer:
        return ExitConnection;
    case ErrorCode::RemoteCommandFailed:
    case ErrorCode::DatabaseWrongProtocol:
    case ErrorCode::DatabaseNoAnswer:
    case ErrorCode::ServerChangedSinceCheck: // nothing was changed; check again
        return ExitCheckFailed;
    case ErrorCode::Cancelled:
        return ExitInterrupted;
    }
    return ExitConnection;
}

} // namespace stitch::cli
