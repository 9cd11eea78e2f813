#include "cli_credentials.h"

namespace stitch::cli {

namespace {
Result<Secret> secretFrom(const QString &file, const char *envName)
{
    if (!file.isEmpty())
        return Secret::fromFile(file);
    return Secret::takeFromEnvironment(envName);
}
} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::LocalIoError:
    case ErrorCode::KeyEmpty:
    case ErrorCode::KeyMalformed:
    case ErrorCode::KeyTypeUnsupported:
    case ErrorCode::KeyTooWeak:
    case ErrorCode::PrivateKeyGiven:
        return ExitUsage;
    case ErrorCode::SudoMissing:
    case ErrorCode::SudoNotAllowed:
    case ErrorCode::SudoRequiresTty:
    case ErrorCode::RemoteCommandFailed:
        return ExitCheckFailed;
    default:
        return ExitConnection;
    }
}

Result<ssh::Credentials> loadCredentials(const CliOptions &options,
                                         ssh::ConnectionSettings &settings)
{
    ssh::Credentials credentials;
    if (settings.authMethod == ssh::AuthMethod::Password) {
        auto password = secretFrom(options.passwordFile, "STITCH_TUNNEL_PASSWORD");
        if (!password)
            return password.error();
        if (password->isEmpty() && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            settings.authMethod = ssh::AuthMethod::Agent;
        } else if (password->isEmpty()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("No way to log in was given."),
                             QStringLiteral("Use --password-file FILE, the variable "
                                            "STITCH_TUNNEL_PASSWORD, --identity FILE or --agent."));
        }
        credentials.password = std::move(password.value());
    } else if (settings.authMethod == ssh::AuthMethod::KeyFile &&
               !options.passphraseFile.isEmpty()) {
        auto passphrase = Secret::fromFile(options.passphraseFile);
        if (!passphrase)
            return passphrase.error();
        credentials.keyPassphrase = std::move(passphrase.value());
    }
    auto sudoPassword = secretFrom(options.sudoPasswordFile, "STITCH_TUNNEL_SUDO_PASSWORD");
    if (!sudoPassword)
        return sudoPassword.error();
    // Without a separate sudo password, sudo gets the login password (as it usually is).
    credentials.sudoPassword =
        sudoPassword->isEmpty() ? credentials.password.clone() : std::move(sudoPassword.value());
    return credentials;
}

} // namespace stitch::cli
