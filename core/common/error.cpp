#include "error.h"

namespace stitch {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::HostNotFound:
        return QStringLiteral("host_not_found");
    case ErrorCode::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case ErrorCode::ConnectionTimedOut:
        return QStringLiteral("connection_timed_out");
    case ErrorCode::NetworkUnreachable:
        return QStringLiteral("network_unreachable");
    case ErrorCode::ConnectionFailed:
        return QStringLiteral("connection_failed");
    case ErrorCode::ConnectionLost:
        return QStringLiteral("connection_lost");
    case ErrorCode::SshProtocolError:
        return QStringLiteral("ssh_protocol_error");
    case ErrorCode::HostKeyUnknown:
        return QStringLiteral("host_key_unknown");
    case ErrorCode::HostKeyChanged:
        return QStringLiteral("host_key_changed");
    case ErrorCode::HostKeyMismatch:
        return QStringLiteral("host_key_mismatch");
    case ErrorCode::HostKeyStoreFailed:
        return QStringLiteral("host_key_store_failed");
    case ErrorCode::AuthenticationFailed:
        return QStringLiteral("authentication_failed");
    case ErrorCode::KeyFileUnreadable:
        return QStringLiteral("key_file_unreadable");
    case ErrorCode::KeyPassphraseWrong:
        return QStringLiteral("key_passphrase_wrong");
    case ErrorCode::AgentUnavailable:
        return QStringLiteral("agent_unavailable");
    case ErrorCode::ChannelFailed:
        return QStringLiteral("channel_failed");
    case ErrorCode::RemoteCommandFailed:
        return QStringLiteral("remote_command_failed");
    case ErrorCode::ForwardRefused:
        return QStringLiteral("forward_refused");
    case ErrorCode::ForwardTimedOut:
        return QStringLiteral("forward_timed_out");
    case ErrorCode::ForwardProhibited:
        return QStringLiteral("forward_prohibited");
    case ErrorCode::ForwardNameNotResolved:
        return QStringLiteral("forward_name_not_resolved");
    case ErrorCode::ForwardFailed:
        return QStringLiteral("forward_failed");
    case ErrorCode::SudoMissing:
        return QStringLiteral("sudo_missing");
    case ErrorCode::SudoPasswordRequired:
        return QStringLiteral("sudo_password_required");
    case ErrorCode::SudoWrongPassword:
        return QStringLiteral("sudo_wrong_password");
    case ErrorCode::SudoNotAllowed:
        return QStringLiteral("sudo_not_allowed");
    case ErrorCode::SudoRequiresTty:
        return QStringLiteral("sudo_requires_tty");
    case ErrorCode::LocalIoError:
        return QStringLiteral("local_io_error");
    case ErrorCode::KeyEmpty:
        return QStringLiteral("key_empty");
    case ErrorCode::KeyMalformed:
        return QStringLiteral("key_malformed");
    case ErrorCode::KeyTypeUnsupported:
        return QStringLiteral("key_type_unsupported");
    case ErrorCode::KeyTooWeak:
        return QStringLiteral("key_too_weak");
    case ErrorCode::PrivateKeyGiven:
        return QStringLiteral("private_key_given");
    case ErrorCode::DatabaseWrongProtocol:
        return QStringLiteral("database_wrong_protocol");
    case ErrorCode::DatabaseNoAnswer:
        return QStringLiteral("database_no_answer");
    case ErrorCode::ServerChangedSinceCheck:
        return QStringLiteral("server_changed_since_check");
    case ErrorCode::TlsFailed:
        return QStringLiteral("tls_failed");
    case ErrorCode::ApiTokenRefused:
        return QStringLiteral("api_token_refused");
    case ErrorCode::ApiNotFound:
        return QStringLiteral("api_not_found");
    case ErrorCode::ApiRateLimited:
        return QStringLiteral("api_rate_limited");
    case ErrorCode::ApiBadAnswer:
        return QStringLiteral("api_bad_answer");
    }
    return QStringLiteral("unknown");
}

QString Error::oneLineWith(const QString &frontEndFix) const
{
    if (frontEndFix.isEmpty())
        return message;
    return message + QStringLiteral(" Fix: ") + frontEndFix;
}

} // namespace stitch
