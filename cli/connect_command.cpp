#include "connect_command.h"

#include <QObject>

#include "cli_credentials.h"
#include "cli_exit_codes.h"
#include "cli_output.h"
#include "remote/remote_runner.h"
#include "ssh/ssh_connection.h"

#include <QJsonObject>

namespace stitch::cli {

int runConnect(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    ssh::ConnectionSettings settings = options.connection;
    QJsonObject report{{QStringLiteral("host"), settings.host},
                       {QStringLiteral("port"), settings.port},
                       {QStringLiteral("login"), settings.user}};
    const auto fail = [&](const Error &error) {
        return printFailure(out, err, options.json, report, error);
    };

    auto loaded = loadCredentials(options, settings);
    if (!loaded)
        return fail(loaded.error());
    ssh::Credentials credentials = std::move(loaded.value());

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
        out << QObject::tr("Connected to %1 port %2 (%3)\n")
                   .arg(settings.host)
                   .arg(settings.port)
                   .arg(connection.serverBanner());
        out << QObject::tr("Host key:   %1 %2 (%3)\n")
                   .arg(hostKey.keyType, hostKey.fingerprint, hostKeyStatusText(hostKey));
        out << QObject::tr("Logged in:  %1 by %2\n")
                   .arg(settings.user, connection.authMethodUsed());
        out << QStringLiteral("Privilege:  %1 — verified\n").arg(privilege->describe());
        out.flush();
    }
    return ExitOk;
}

} // namespace stitch::cli
