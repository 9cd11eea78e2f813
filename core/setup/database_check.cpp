#include "database_check.h"

#include "database/handshake.h"
#include "ssh/ssh_connection.h"

#include <QObject>

namespace stitch::setup {

using namespace std::chrono_literals;

QVector<Finding> speakToDatabase(ssh::SshConnection &connection, const SetupPlan &plan,
                                 DatabaseType type, const QString &via)
{
    QVector<Finding> findings;
    const QString target = QStringLiteral("%1:%2").arg(plan.databaseHost).arg(plan.databasePort);
    auto channel = connection.openForward(plan.databaseHost, plan.databasePort, 8s);
    if (!channel) {
        findings << failingFinding(channel.error());
        return findings;
    }
    const QByteArray request = database::openingRequest(type);
    if (!request.isEmpty()) {
        if (Status s = channel->write(request); !s) {
            findings << failingFinding(s.error());
            return findings;
        }
    }
    QByteArray reply;
    database::HandshakeVerdict verdict{database::Answer::NoAnswer, {}, {}};
    for (int round = 0; round < 25; ++round) {
        auto chunk = channel->read(200ms, 1);
        if (!chunk)
            break;
        reply += chunk.value();
        verdict = database::interpretReply(type, reply);
        if (verdict.answer == database::Answer::Matches ||
            verdict.answer == database::Answer::WrongProtocol || channel->atEnd())
            break;
    }
    const QString dbName = databaseDisplayName(type);
    switch (verdict.answer) {
    case database::Answer::Matches:
        findings << makeFinding(
            Severity::Pass, "db.handshake",
            QObject::tr("%1, %2 answers as %3.").arg(via, target, verdict.server));
        if (type == DatabaseType::MySql && verdict.detail.contains(QLatin1String("not allowed"))) {
            findings << makeFinding(Severity::Warn, "db.host_not_allowed", verdict.detail,
                                    QObject::tr("Allow the SSH server's address for the Stitch "
                                                "database user (CREATE USER … @'<address>')."));
        }
        break;
    case database::Answer::WrongProtocol:
        findings << makeFinding(Severity::Warn, "db.wrong_protocol",
                                QObject::tr("Port %1 answers, but not as %2 (%3).")
                                    .arg(plan.databasePort)
                                    .arg(dbName, verdict.detail),
                                QObject::tr("Check the database type and port."));
        break;
    case database::Answer::NeedMoreData:
    case database::Answer::NoAnswer:
        findings << makeFinding(
            Severity::Warn, "db.no_answer",
            QObject::tr("%1 accepted the connection but sent no %2 reply.").arg(target, dbName),
            QObject::tr("Check that this port belongs to the database."));
        break;
    }
    return findings;
}

StepResult checkDatabase(ssh::SshConnection &connection, const SetupPlan &plan,
                         const ServerFacts &facts, DatabaseType type)
{
    StepResult r;
    if (!facts.privateAddresses.isEmpty()) {
        r.findings << makeFinding(
            Severity::Pass, "db.ssh_server_addresses",
            QObject::tr("The SSH server's own addresses: %1. Allow these (not "
                        "Stitch's) in the database's firewall and access rules.")
                .arg(facts.privateAddresses.join(QStringLiteral(", "))));
    }
    if (!facts.databaseAddresses.isEmpty()) {
        r.findings << makeFinding(
            Severity::Pass, "db.resolved",
            QObject::tr("On the SSH server, %1 resolves to %2.")
                .arg(plan.databaseHost, facts.databaseAddresses.join(QStringLiteral(", "))));
    }
    r.findings += speakToDatabase(connection, plan, type, QObject::tr("Through the SSH server"));
    const QString serverAddress =
        facts.privateAddresses.value(0, QStringLiteral("<SSH server address>"));
    if (type == DatabaseType::PostgreSql) {
        r.findings << makeFinding(
            Severity::Pass, "db.hint",
            QObject::tr("PostgreSQL must listen where the SSH server connects "
                        "(listen_addresses), and pg_hba.conf needs a line like "
                        "\"host <database> <user> %1/32 scram-sha-256\".")
                .arg(serverAddress));
    } else if (type == DatabaseType::MySql) {
        r.findings << makeFinding(
            Severity::Pass, "db.hint",
            QObject::tr("MySQL/MariaDB: bind-address must cover the address the "
                        "SSH server connects to, and the Stitch user must be "
                        "allowed from '%1'.")
                .arg(serverAddress));
    }
    r.status = statusFromFindings(r.findings);
    return r;
}

} // namespace stitch::setup
