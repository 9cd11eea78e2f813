#include "cli_credentials.h"

#include "terminal_prompt.h"

#include <QFile>
#include <QObject>

#include <cstdio>

namespace stitch::cli {

namespace {

// A secret from `file` (named by `option`); an empty file is an error, never "no secret": the
// user meant to give one, and falling back (to ssh-agent, to the login password) would hide it.
Result<Secret> secretFromFile(const QString &file, const char *option)
{
    // "-": standard input, as every file option of the CLI takes it.
    Result<Secret> secret = Secret();
    if (file == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return makeError(
                ErrorCode::LocalIoError,
                QObject::tr("Cannot read %1 from standard input.").arg(QLatin1String(option)),
                QObject::tr("Pipe the secret in, or give a file."));
        secret = Secret::fromDevice(in, QObject::tr("(standard input)"));
    } else {
        secret = Secret::fromFile(file);
    }
    if (secret && secret->isEmpty())
        return makeError(ErrorCode::LocalIoError,
                         QObject::tr("The %1 %2 is empty.").arg(QLatin1String(option), file),
                         QObject::tr("Put the secret on the first line of %1, or leave out "
                                     "%2.")
                             .arg(file, QLatin1String(option)));
    return secret;
}

Result<Secret> secretFrom(const QString &file, const char *option, const char *envName)
{
    if (!file.isEmpty())
        return secretFromFile(file, option);
    return Secret::takeFromEnvironment(envName);
}

} // namespace

Result<ssh::Credentials> loadCredentials(const CliOptions &options,
                                         ssh::ConnectionSettings &settings)
{
    ssh::Credentials credentials;
    if (settings.authMethod == ssh::AuthMethod::Password) {
        auto password =
            secretFrom(options.passwordFile, "--password-file", "STITCH_TUNNEL_PASSWORD");
        if (!password)
            return password.error();
        if (password->isEmpty() && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            settings.authMethod = ssh::AuthMethod::Agent;
        } else if (password->isEmpty() && standardInputIsTerminal()) {
            // A person at a terminal: ask, as ssh does, rather than push them to a file.
            password = readHiddenLine(
                QObject::tr("Password for %1@%2: ").arg(settings.user, settings.host));
            if (!password)
                return password.error();
        }
        if (settings.authMethod != ssh::AuthMethod::Agent && password->isEmpty()) {
            return makeError(ErrorCode::InvalidInput, QObject::tr("No way to log in was given."),
                             QObject::tr("Use --password-file FILE, the variable "
                                         "STITCH_TUNNEL_PASSWORD, --identity FILE or --agent "
                                         "(at a terminal, the tool asks for the password)."));
        }
        credentials.password = std::move(password.value());
    } else if (settings.authMethod == ssh::AuthMethod::KeyFile &&
               !options.passphraseFile.isEmpty()) {
        auto passphrase = secretFromFile(options.passphraseFile, "--passphrase-file");
        if (!passphrase)
            return passphrase.error();
        credentials.keyPassphrase = std::move(passphrase.value());
    }
    auto sudoPassword =
        secretFrom(options.sudoPasswordFile, "--sudo-password-file", "STITCH_TUNNEL_SUDO_PASSWORD");
    if (!sudoPassword)
        return sudoPassword.error();
    // Without a separate sudo password, sudo gets the login password (as it usually is).
    credentials.sudoPassword =
        sudoPassword->isEmpty() ? credentials.password.clone() : std::move(sudoPassword.value());
    return credentials;
}

Result<setup::SetupRequest> prepareRequest(const CliOptions &options)
{
    setup::SetupRequest request{options.connection, {}, options.choices, options.run};
    auto credentials = loadCredentials(options, request.connection);
    if (!credentials)
        return credentials.error();
    request.credentials = std::move(credentials.value());
    return request;
}

} // namespace stitch::cli
