#include "connect_command.h"

#include "cli_output.h"
#include "remote/remote_runner.h"
#include "ssh/ssh_connection.h"

#include <QJsonObject>

namespace stitch::cli {

namespace {

Result<Secret> secretFrom(const QString &file, const char *envName)
{
    if (!file.isEmpty())
        return Secret::fromFile(file);
    return Secret::takeFromEnvironment(envName);
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
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

} // namespace

int runConnect(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    ssh::ConnectionSettings settings = options.connection;
    QJsonObject report{{QStringLiteral("host"), settings.host},
                       {QStringLiteral("port"), settings.port},
                       {QStringLiteral("login"), settings.user}};
    const auto fail = [&](const Error &error) {
        if (options.json) {
            report.insert(QStringLiteral("ok"), false);
            report.insert(QStringLiteral("error"), errorToJson(error));
            printJson(out, report);
        } else {
            printError(err, error);
        }
        return exitCodeFor(error.code);
    };

    ssh::Credentials credentials;
    if (settings.authMethod == ssh::AuthMethod::Password) {
        auto password = secretFrom(options.passwordFile, "STITCH_TUNNEL_PASSWORD");
        if (!password)
            return fail(password.error());
        if (password->isEmpty() && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            // No password anywhere: fall back to the agent, as ssh would.
            settings.authMethod = ssh::AuthMethod::Agent;
        } else if (password->isEmpty()) {
            return fail(makeError(ErrorCode::InvalidInput,
                                  QStringLiteral("No way to log in was given."),
                                  QStringLiteral("Use --password-file FILE, the variable "
                                                 "STITCH_TUNNEL_PASSWORD, --identity FILE or "
                                                 "--agent.")));
        }
        credentials.password = std::move(password.value());
    } else if (settings.authMethod == ssh::AuthMethod::KeyFile && !options.passphraseFile.isEmpty()) {
        auto passphrase = Secret::fromFile(options.passphraseFile);
        if (!passphrase)
            return fail(passphrase.error());
        credentials.keyPassphrase = std::move(passphrase.value());
    }
    auto sudoPassword = secretFrom(options.sudoPasswordFile, "STITCH_TUNNEL_SUDO_PASSWORD");
    if (!sudoPassword)
        return fail(sudoPassword.error());
    credentials.sudoPassword = sudoPassword->isEmpty() ? credentials.password.clone()
                                                       : std::move(sudoPassword.value());

    ssh::SshConnection connection;
    const auto failWithKey = [&](const Error &error) {
        if (!connection.hostKey().fingerprint.isEmpty())
            report.insert(QStringLiteral("host_key"), hostKeyToJson(connection.hostKey()));
        return fail(error);
    };
    if (Status s = connection.connect(settings); !s)
        return failWithKey(s.error());
    const ssh::HostKeyInfo &hostKey = connection.hostKey();
    report.insert(QStringLiteral("host_key"), hostKeyToJson(hostKey));
    report.insert(QStringLiteral("server"), connection.serverBanner());
    if (Status s = connection.authenticate(settings, credentials); !s)
        return failWithKey(s.error());
    report.insert(QStringLiteral("auth_method"), connection.authMethodUsed());

    remote::Transcript transcript;
    remote::RemoteRunner runner(connection, transcript, settings.user);
    auto privilege = runner.establishPrivilege(credentials.sudoPassword);
    if (!privilege)
        return failWithKey(privilege.error());
    report.insert(QStringLiteral("privilege"), privilege->describe());

    if (options.json) {
        report.insert(QStringLiteral("ok"), true);
        printJson(out, report);
    } else {
        out << QStringLiteral("Connected to %1 port %2 (%3)\n")
                   .arg(settings.host)
                   .arg(settings.port)
                   .arg(connection.serverBanner());
        out << QStringLiteral("Host key:   %1 %2 (%3)\n")
                   .arg(hostKey.keyType, hostKey.fingerprint, hostKeyStatusText(hostKey));
        out << QStringLiteral("Logged in:  %1 by %2\n")
                   .arg(settings.user, connection.authMethodUsed());
        out << QStringLiteral("Privilege:  %1 — verified\n").arg(privilege->describe());
        out.flush();
    }
    return ExitOk;
}

} // namespace stitch::cli
