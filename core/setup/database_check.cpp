#include "database_check.h"

#include "database/handshake.h"
#include "postgres_access_check.h"
#include "ssh/ssh_connection.h"

#include <QObject>

#include <algorithm>

namespace stitch::setup {

using namespace std::chrono_literals;

QVector<Finding> speakToDatabase(ssh::SshConnection &connection, const SetupPlan &plan,
                                 DatabaseType type, const QString &via, const QString &seenAs)
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
            // MySQL/MariaDB closes the door before any login: Stitch could never get in.
            findings << makeFinding(
                Severity::Fail, "db.host_not_allowed",
                QObject::tr("%1 refuses connections from the SSH server (%2): %3")
                    .arg(dbName, seenAs.isEmpty() ? QObject::tr("address unknown") : seenAs,
                         verdict.detail),
                QObject::tr("Create Stitch's database user for that address, e.g. CREATE USER "
                            "'%1'@'%2' IDENTIFIED BY '…'; GRANT SELECT ON %3.* TO '%1'@'%2';")
                    .arg(plan.databaseUser.isEmpty() ? QStringLiteral("<user>") : plan.databaseUser,
                         seenAs.isEmpty() ? QStringLiteral("<SSH server address>") : seenAs,
                         plan.databaseName.isEmpty() ? QStringLiteral("<database>")
                                                     : plan.databaseName));
        }
        break;
    case database::Answer::WrongProtocol:
        // Another database (or another service) on that port: Stitch, set up for this type,
        // could never log in, so this is a failure, not a caution.
        findings << makeFinding(Severity::Fail, "db.wrong_protocol",
                                QObject::tr("Port %1 answers, but not as %2 (%3).")
                                    .arg(plan.databasePort)
                                    .arg(dbName, verdict.detail),
                                QObject::tr("Check the database type and port."));
        break;
    case database::Answer::NeedMoreData:
    case database::Answer::NoAnswer:
        // Every supported database answers its opening at once (MySQL greets first, the
        // others reply to the request above): silence means another service, such as a
        // PostgreSQL server waiting for a MySQL client to speak first.
        findings << makeFinding(
            Severity::Fail, "db.no_answer",
            QObject::tr("%1 accepted the connection but sent no %2 reply.").arg(target, dbName),
            QObject::tr("Check that this port belongs to the database."));
        break;
    }
    return findings;
}

namespace {

// Where the database's firewall and access rules must admit the SSH server: the one address the
// server's routing table uses towards the database.
QVector<Finding> sourceAddressFindings(const SetupPlan &plan, const ServerFacts &facts)
{
    QVector<Finding> findings;
    const QString source = facts.databaseSourceAddress;
    if (facts.databaseIsLocal) {
        findings << makeFinding(
            Severity::Pass, "db.source_address",
            QObject::tr("The database host %1 is this SSH server itself: the database sees "
                        "Stitch's connections coming from %2.")
                .arg(plan.databaseHost, source.isEmpty() ? facts.databaseRouteTo : source));
    } else if (!source.isEmpty()) {
        findings << makeFinding(
            Severity::Pass, "db.source_address",
            QObject::tr("The database will see this server as %1: allow %2 on port %3 in the "
                        "database's firewall and access rules (not Stitch's addresses).")
                .arg(source, singleAddressCidr(source))
                .arg(plan.databasePort));
    } else {
        findings << makeFinding(
            Severity::Warn, "db.source_unknown",
            facts.databaseAddresses.isEmpty()
                ? QObject::tr("%1 does not resolve on the SSH server, so it cannot tell which of "
                              "its addresses the database will see.")
                      .arg(plan.databaseHost)
                : QObject::tr("The SSH server could not tell which of its addresses the database "
                              "at %1 will see (no \"ip\" command there?).")
                      .arg(facts.databaseAddresses.first()),
            QObject::tr("Allow the SSH server's address on the database's network in the "
                        "database's firewall and access rules."));
    }
    QStringList others = facts.privateAddresses;
    others.removeAll(source);
    if (!others.isEmpty()) {
        findings << makeFinding(
            Severity::Pass, "db.other_addresses",
            QObject::tr("The SSH server's other addresses (%1) are not the ones the database "
                        "sees; they need no rule for this.")
                .arg(others.join(QStringLiteral(", "))));
    }
    return findings;
}

// What each database reveals of its access rules before a login.
QVector<Finding> accessRuleFindings(ssh::SshConnection &connection, const SetupPlan &plan,
                                    DatabaseType type, const QString &seenAs)
{
    const QString where = singleAddressCidr(seenAs);
    switch (type) {
    case DatabaseType::PostgreSql:
        return checkPostgresAccessRules(connection, plan, seenAs);
    case DatabaseType::MySql:
        return {makeFinding(
            Severity::Pass, "db.access_rules_at_login",
            QObject::tr("MySQL/MariaDB greets the SSH server, so some account may log in from "
                        "it; whether Stitch's user does is decided only at login: it must exist "
                        "for '%1' (or a pattern that covers it), and bind-address must cover the "
                        "address the SSH server connects to.")
                .arg(seenAs.isEmpty() ? QStringLiteral("<SSH server address>") : seenAs))};
    case DatabaseType::SqlServer:
        return {makeFinding(Severity::Pass, "db.access_rules_at_login",
                            QObject::tr("SQL Server shows nothing of its login rules before a "
                                        "login; allow %1 in its firewall, and Stitch's login is "
                                        "checked when Stitch connects.")
                                .arg(where))};
    case DatabaseType::Oracle:
        return {makeFinding(Severity::Pass, "db.access_rules_at_login",
                            QObject::tr("The Oracle listener answers; whether it admits %1 "
                                        "(tcp.invited_nodes in sqlnet.ora) and Stitch's user "
                                        "shows only at login.")
                                .arg(where))};
    case DatabaseType::MongoDb:
        return {makeFinding(Severity::Pass, "db.access_rules_at_login",
                            QObject::tr("MongoDB shows nothing of its users before a login; "
                                        "net.bindIp must cover the address the SSH server "
                                        "connects to, and its firewall must allow %1.")
                                .arg(where))};
    }
    return {};
}

} // namespace

void judgeByTheTunnelUsersReach(StepResult &database, const StepResult &selfTest,
                                const QString &login)
{
    const auto reached =
        std::any_of(selfTest.findings.begin(), selfTest.findings.end(), [](const Finding &f) {
            return f.code == QLatin1String("db.handshake") && f.severity == Severity::Pass;
        });
    if (!reached)
        return;
    bool replaced = false;
    for (Finding &f : database.findings) {
        if (f.code != errorCodeName(ErrorCode::ForwardProhibited))
            continue;
        f = makeFinding(Severity::Pass, "db.reached_by_tunnel_user",
                        QObject::tr("sshd does not let %1 open tunnels, but the tunnel user's "
                                    "tunnel reached the database in the self-test (step 5): "
                                    "Stitch's path works.")
                            .arg(login));
        replaced = true;
    }
    if (replaced)
        database.status = statusFromFindings(database.findings);
}

StepResult checkDatabase(ssh::SshConnection &connection, const SetupPlan &plan,
                         const ServerFacts &facts, DatabaseType type)
{
    StepResult r;
    r.findings += sourceAddressFindings(plan, facts);
    if (!facts.databaseAddresses.isEmpty()) {
        r.findings << makeFinding(
            Severity::Pass, "db.resolved",
            QObject::tr("On the SSH server, %1 resolves to %2.")
                .arg(plan.databaseHost, facts.databaseAddresses.join(QStringLiteral(", "))));
    }
    const QString seenAs = facts.databaseSourceAddress;
    const QVector<Finding> handshake =
        speakToDatabase(connection, plan, type, QObject::tr("Through the SSH server"), seenAs);
    r.findings += handshake;
    // The access rules are worth asking only where the database answered as itself.
    const bool answered = std::any_of(handshake.begin(), handshake.end(), [](const Finding &f) {
        return f.code == QLatin1String("db.handshake");
    });
    const bool refused = std::any_of(handshake.begin(), handshake.end(),
                                     [](const Finding &f) { return f.severity == Severity::Fail; });
    if (answered && !refused)
        r.findings += accessRuleFindings(connection, plan, type, seenAs);
    r.status = statusFromFindings(r.findings);
    return r;
}

} // namespace stitch::setup
