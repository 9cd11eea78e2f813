// stitch-tunnel's options for the connection: the server, the login and how, the host key.
#include "cli_parsing.h"
#include "ssh/fingerprint.h"

#include <QRegularExpression>
#include <QUrl>

namespace stitch::cli::parsing {

// "127.0.0.1:2222", "alice@srv", "[::1]", "ssh://alice@srv:2222": --host takes the name alone,
// so say how to write what was meant. Plain IPv6 addresses ("::1") have more than one colon.
std::optional<Error> hostSyntaxError(const QString &host)
{
    const bool url = host.contains(QLatin1String("://"));
    if (!url && !host.contains(QLatin1Char('@')) && !host.startsWith(QLatin1Char('[')) &&
        host.count(QLatin1Char(':')) != 1)
        return std::nullopt;
    const QUrl parsed(url ? host : QStringLiteral("ssh://") + host, QUrl::StrictMode);
    QStringList written;
    if (parsed.isValid() && !parsed.host().isEmpty()) {
        written << QStringLiteral("--host %1").arg(parsed.host());
        if (parsed.port() > 0)
            written << QStringLiteral("--port %1").arg(parsed.port());
        if (!parsed.userName().isEmpty())
            written << QStringLiteral("--login %1").arg(parsed.userName());
    }
    return usage(
        QObject::tr("--host \"%1\" is not a host name or address: --host takes the name alone.")
            .arg(host),
        written.isEmpty() ? QObject::tr("Write it as --host HOST --port N --login USER.")
                          : QObject::tr("Write it as %1.").arg(written.join(QLatin1Char(' '))));
}

Status parseConnection(const QCommandLineParser &parser, const CliDefinitions &d,
                       CliOptions &options)
{
    ssh::ConnectionSettings &c = options.connection;
    c.host = parser.value(d.host).trimmed();
    if (c.host.isEmpty())
        return usage(QObject::tr("No SSH server given."),
                     QObject::tr("Add --host with the server's name or address."));
    if (auto wrong = hostSyntaxError(c.host))
        return *wrong;
    if (c.host.contains(QRegularExpression(QStringLiteral("\\s"))))
        return usage(QObject::tr("\"%1\" is not a server name: it has a space in it.").arg(c.host),
                     QObject::tr("Give --host the server's name or address alone."));
    c.user = parser.value(d.login).trimmed();
    if (c.user.isEmpty())
        return usage(QObject::tr("No login user given."),
                     QObject::tr("Add --login with the user you log in to the server with."));
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(d.connectTimeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds < 1 || timeoutSeconds > 600)
        return usage(
            QObject::tr("\"%1\" is not a valid timeout.").arg(parser.value(d.connectTimeout)),
            QObject::tr("Give --connect-timeout a whole number of seconds from 1 to 600."));
    c.connectTimeout = std::chrono::seconds(timeoutSeconds);

    const int methods = int(parser.isSet(d.identity)) + int(parser.isSet(d.agent)) +
                        int(parser.isSet(d.passwordFile));
    if (methods > 1)
        return usage(QObject::tr("Choose one way to log in: --password-file, --identity or "
                                 "--agent."),
                     QObject::tr("Remove the extra login options."));
    if (parser.isSet(d.identity)) {
        c.authMethod = ssh::AuthMethod::KeyFile;
        c.identityFile = parser.value(d.identity);
    } else if (parser.isSet(d.agent)) {
        if (!ssh::agentLoginAvailable())
            return usage(QObject::tr("--agent is not available on Windows; use --identity."),
                         QObject::tr("Give the private key file with --identity FILE (and "
                                     "--passphrase-file if it has a passphrase)."));
        c.authMethod = ssh::AuthMethod::Agent;
    } else {
        c.authMethod = ssh::AuthMethod::Password;
    }
    if (parser.isSet(d.passphraseFile) && !parser.isSet(d.identity))
        return usage(QObject::tr("--passphrase-file needs --identity."),
                     QObject::tr("Add --identity with the private key file."));
    options.passwordFile = parser.value(d.passwordFile);
    options.passphraseFile = parser.value(d.passphraseFile);
    options.sudoPasswordFile = parser.value(d.sudoPasswordFile);

    c.knownHostsFile = parser.value(d.knownHosts);
    if (parser.isSet(d.fingerprint)) {
        if (ssh::normalizeFingerprint(parser.value(d.fingerprint)).isEmpty())
            return usage(QObject::tr("\"%1\" is not a SHA256 host key fingerprint.")
                             .arg(parser.value(d.fingerprint)),
                         QObject::tr("Copy it as `ssh-keygen -lf` prints it: SHA256:…"));
        c.hostKeyTrust.expectedFingerprint = parser.value(d.fingerprint);
        c.hostKeyTrust.unknownAction = ssh::UnknownHostKeyAction::AcceptAndSave;
    } else if (parser.isSet(d.acceptNew)) {
        c.hostKeyTrust.unknownAction = ssh::UnknownHostKeyAction::AcceptAndSave;
    }
    return {};
}

} // namespace stitch::cli::parsing
