#include "cli_options.h"

#include "ssh/fingerprint.h"

#include <QCommandLineParser>

namespace stitch::cli {

namespace {

Error usage(const QString &message, const QString &fix)
{
    return makeError(ErrorCode::InvalidInput, message, fix);
}

const char *const kDescription =
    "Sets up and verifies an SSH tunnel for Stitch on a Linux server.\n"
    "\n"
    "Commands:\n"
    "  connect   connect, verify the host key, log in and check administrator rights\n"
    "\n"
    "Secrets are never taken from the command line: use --password-file,\n"
    "--sudo-password-file, --identity with --passphrase-file, ssh-agent (--agent), or the\n"
    "environment variables STITCH_TUNNEL_PASSWORD and STITCH_TUNNEL_SUDO_PASSWORD.\n"
    "Without a sudo password, the login password is used for sudo.\n"
    "\n"
    "Exit codes: 0 ok, 1 a check failed, 2 usage error,\n"
    "            3 connection, authentication or host-key error.";

} // namespace

Result<CliOptions> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Show the version."));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("SSH server name or address."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("SSH port (default 22)."), QStringLiteral("PORT"),
                                  QStringLiteral("22"));
    const QCommandLineOption login(QStringLiteral("login"),
                                   QStringLiteral("User name to log in with."),
                                   QStringLiteral("USER"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("File holding the login password."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      QStringLiteral("Private key file to log in with."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QStringLiteral("File holding the passphrase of the --identity key."),
        QStringLiteral("FILE"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   QStringLiteral("Log in with the keys in ssh-agent."));
    const QCommandLineOption sudoPasswordFile(QStringLiteral("sudo-password-file"),
                                              QStringLiteral("File holding the sudo password."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        QStringLiteral("Known-hosts file to use instead of the app's own."),
        QStringLiteral("FILE"));
    const QCommandLineOption acceptNew(
        QStringLiteral("accept-new-host-key"),
        QStringLiteral("Trust and save the host key of a server never seen before."));
    const QCommandLineOption fingerprint(
        QStringLiteral("host-key-fingerprint"),
        QStringLiteral("Trust a new server only if its host key has this fingerprint."),
        QStringLiteral("SHA256:..."));
    const QCommandLineOption connectTimeout(QStringLiteral("connect-timeout"),
                                            QStringLiteral("Seconds to wait for the server "
                                                           "(default 10)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON object instead of text."));
    parser.addOptions({help, version, host, port, login, passwordFile, identity, passphraseFile,
                       agent, sudoPasswordFile, knownHosts, acceptNew, fingerprint,
                       connectTimeout, json});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("connect"));

    CliOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return usage(parser.errorText() + QLatin1Char('.'),
                     QStringLiteral("Run stitch-tunnel --help for the options."));
    options.json = parser.isSet(json);
    if (parser.isSet(help)) {
        options.action = CliOptions::Action::Help;
        return options;
    }
    if (parser.isSet(version)) {
        options.action = CliOptions::Action::Version;
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("No command given."),
                     QStringLiteral("Run stitch-tunnel connect --host HOST --login USER …; see "
                                    "--help."));
    if (positional.size() > 1 || positional.first() != QLatin1String("connect"))
        return usage(QStringLiteral("Unknown command \"%1\".").arg(positional.join(QLatin1Char(' '))),
                     QStringLiteral("Use one of: connect."));
    options.action = CliOptions::Action::Connect;

    ssh::ConnectionSettings &c = options.connection;
    c.host = parser.value(host).trimmed();
    if (c.host.isEmpty())
        return usage(QStringLiteral("No SSH server given."),
                     QStringLiteral("Add --host with the server's name or address."));
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue == 0 || portValue > 65535)
        return usage(QStringLiteral("\"%1\" is not a port number.").arg(parser.value(port)),
                     QStringLiteral("Give --port a number from 1 to 65535 (SSH is usually 22)."));
    c.port = static_cast<quint16>(portValue);
    c.user = parser.value(login).trimmed();
    if (c.user.isEmpty())
        return usage(QStringLiteral("No login user given."),
                     QStringLiteral("Add --login with the user you log in to the server with."));
    bool timeoutOk = false;
    const double timeoutSeconds = parser.value(connectTimeout).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0 || timeoutSeconds > 600)
        return usage(QStringLiteral("\"%1\" is not a valid timeout.").arg(parser.value(connectTimeout)),
                     QStringLiteral("Give --connect-timeout a number of seconds from 1 to 600."));
    c.connectTimeout = std::chrono::milliseconds(static_cast<qint64>(timeoutSeconds * 1000));

    const int methods = int(parser.isSet(identity)) + int(parser.isSet(agent)) +
                        int(parser.isSet(passwordFile));
    if (methods > 1)
        return usage(QStringLiteral("Choose one way to log in: --password-file, --identity or "
                                    "--agent."),
                     QStringLiteral("Remove the extra login options."));
    if (parser.isSet(identity)) {
        c.authMethod = ssh::AuthMethod::KeyFile;
        c.identityFile = parser.value(identity);
    } else if (parser.isSet(agent)) {
        c.authMethod = ssh::AuthMethod::Agent;
    } else {
        c.authMethod = ssh::AuthMethod::Password;
    }
    if (parser.isSet(passphraseFile) && !parser.isSet(identity))
        return usage(QStringLiteral("--passphrase-file needs --identity."),
                     QStringLiteral("Add --identity with the private key file."));
    options.passwordFile = parser.value(passwordFile);
    options.passphraseFile = parser.value(passphraseFile);
    options.sudoPasswordFile = parser.value(sudoPasswordFile);

    c.knownHostsFile = parser.value(knownHosts);
    if (parser.isSet(fingerprint)) {
        if (ssh::normalizeFingerprint(parser.value(fingerprint)).isEmpty())
            return usage(QStringLiteral("\"%1\" is not a SHA256 host key fingerprint.")
                             .arg(parser.value(fingerprint)),
                         QStringLiteral("Copy it as `ssh-keygen -lf` prints it: SHA256:…"));
        c.hostKeyTrust.expectedFingerprint = parser.value(fingerprint);
        c.hostKeyTrust.unknownAction = ssh::UnknownHostKeyAction::AcceptAndSave;
    } else if (parser.isSet(acceptNew)) {
        c.hostKeyTrust.unknownAction = ssh::UnknownHostKeyAction::AcceptAndSave;
    }
    return options;
}

} // namespace stitch::cli
