#include "connect_command.h"

#include "cli_credentials.h"
#include "cli_exit_codes.h"
#include "cli_output.h"
#include "setup/setup_runner.h"

#include <QJsonObject>
#include <QObject>

namespace stitch::cli {

int runConnect(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    QJsonObject report = connectionJson(options.connection);
    const auto fail = [&](const Error &error) {
        return printFailure(out, err, options.json, report, error);
    };
    auto request = prepareRequest(options);
    if (!request)
        return fail(request.error());
    // The same connect as every other command: host key, login, administrator rights.
    setup::SetupRunner runner(std::move(request.value()));
    // What loadCredentials made of the settings (a password login may have become the agent).
    const ssh::ConnectionSettings &settings = runner.request().connection;
    const setup::OperationReport done = runner.run(setup::Operation::Connect);
    const setup::ConnectionReport &c = done.connection;
    if (!c.hostKey.fingerprint.isEmpty())
        report.insert(QStringLiteral("host_key"), hostKeyToJson(c.hostKey));
    if (!done.ok())
        return fail(done.error());
    report.insert(QStringLiteral("server"), c.serverBanner);
    report.insert(QStringLiteral("auth_method"), c.authMethod);
    report.insert(QStringLiteral("privilege"), c.privilege);

    if (options.json) {
        report.insert(QStringLiteral("ok"), true);
        printJson(out, report);
    } else {
        out << QObject::tr("Connected to %1 port %2 (%3)\n")
                   .arg(settings.host)
                   .arg(settings.port)
                   .arg(c.serverBanner);
        out << QObject::tr("Host key:   %1 %2 (%3)\n")
                   .arg(c.hostKey.keyType, c.hostKey.fingerprint, hostKeyStatusText(c.hostKey));
        out << QObject::tr("Logged in:  %1 by %2\n").arg(settings.user, c.authMethod);
        out << QObject::tr("Privilege:  %1 — verified\n").arg(c.privilege);
        out.flush();
    }
    return ExitOk;
}

} // namespace stitch::cli
