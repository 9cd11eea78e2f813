#include "postgres_access_check.h"

#include "database/handshake.h"
#include "database/postgres_startup.h"
#include "database/tls_client.h"
#include "ssh/ssh_connection.h"
#include "stitch_network.h"

#include <QObject>

namespace stitch::setup {

using namespace std::chrono_literals;

namespace {

constexpr int kReadRounds = 25; // × 200 ms: the server answers a StartupMessage at once

// What Stitch will log in to, for messages: the database defaults to the user's name.
QString databaseOf(const SetupPlan &plan)
{
    return plan.databaseName.isEmpty() ? plan.databaseUser : plan.databaseName;
}

// Carries bytes between the channel and whatever speaks on it: plain, or TLS once negotiated.
class Conversation
{
public:
    explicit Conversation(ssh::ForwardChannel &channel) : m_channel(channel) {}

    Status send(const QByteArray &bytes)
    {
        if (!m_tls)
            return m_channel.write(bytes);
        if (!m_tls->write(bytes))
            return tlsError();
        return m_channel.write(m_tls->outgoing());
    }

    // Reads until `enough` says the reply is whole, the peer closes or time runs out.
    template <typename Enough> QByteArray receive(Enough enough)
    {
        QByteArray reply;
        for (int round = 0; round < kReadRounds && !enough(reply); ++round) {
            auto chunk = m_channel.read(200ms, 1);
            if (!chunk)
                break;
            if (!m_tls) {
                reply += chunk.value();
            } else {
                m_tls->feed(chunk.value());
                reply += m_tls->read();
                if (m_tls->state() == database::TlsClient::State::Failed)
                    break;
            }
            if (m_channel.atEnd())
                break;
        }
        return reply;
    }

    // After the server's 'S': the TLS handshake, as a client of the channel.
    Status startTls()
    {
        m_tls = std::make_unique<database::TlsClient>();
        for (int round = 0; round < kReadRounds; ++round) {
            const database::TlsClient::State state = m_tls->advance();
            if (Status s = m_channel.write(m_tls->outgoing()); !s)
                return s;
            if (state == database::TlsClient::State::Ready)
                return {};
            if (state == database::TlsClient::State::Failed)
                return tlsError();
            auto chunk = m_channel.read(200ms, 1);
            if (!chunk)
                return chunk.error();
            m_tls->feed(chunk.value());
            if (chunk->isEmpty() && m_channel.atEnd())
                break;
        }
        return makeError(ErrorCode::RemoteCommandFailed,
                         QObject::tr("PostgreSQL did not complete the TLS handshake."),
                         QObject::tr("Check PostgreSQL's ssl settings and its log."));
    }

private:
    Error tlsError() const
    {
        return makeError(
            ErrorCode::RemoteCommandFailed,
            QObject::tr("The TLS handshake with PostgreSQL failed: %1").arg(m_tls->error()),
            QObject::tr("Check PostgreSQL's ssl settings (certificate, "
                        "ssl_min_protocol_version) and its log."));
    }

    ssh::ForwardChannel &m_channel;
    std::unique_ptr<database::TlsClient> m_tls;
};

Finding notChecked()
{
    return withRemedy(
        makeFinding(Severity::Warn, "db.access_rules_not_checked",
                    QObject::tr("PostgreSQL's access rules (pg_hba.conf) were not checked: no "
                                "database user for Stitch was given. Without a line for the SSH "
                                "server's address, Stitch's login fails even though the port "
                                "answers."),
                    QObject::tr("Give the database user Stitch will log in as (and the "
                                "database) to check them; no password is needed.")),
        RemedyKind::GiveDatabaseUser);
}

} // namespace

QString singleAddressCidr(const QString &address)
{
    const auto cidr = normalizeCidr(address); // "/32" or "/128" for a single address
    return cidr ? cidr.value() : QObject::tr("<SSH server address>");
}

QString pgHbaLine(const SetupPlan &plan, const QString &seenAs)
{
    const QString user = plan.databaseUser.isEmpty() ? QStringLiteral("<user>") : plan.databaseUser;
    const QString database = plan.databaseUser.isEmpty() && plan.databaseName.isEmpty()
                                 ? QStringLiteral("<database>")
                                 : databaseOf(plan);
    return QStringLiteral("%1 %2 %3 %4 scram-sha-256")
        .arg(plan.databaseSsl ? QStringLiteral("hostssl") : QStringLiteral("host"), database, user,
             singleAddressCidr(seenAs));
}

namespace {

// What PostgreSQL's answer to the startup message says about its access rules for this login.
QVector<Finding> accessRulesFindings(const database::StartupVerdict &verdict, const SetupPlan &plan,
                                     const QString &seenAs, const QString &target)
{
    const QString who = QObject::tr("user \"%1\", database \"%2\"%3")
                            .arg(plan.databaseUser, databaseOf(plan),
                                 plan.databaseSsl ? QObject::tr(", with SSL") : QString());
    switch (verdict.answer) {
    case database::StartupAnswer::Admitted:
        if (verdict.authMethod.startsWith(QLatin1String("none"))) {
            return {makeFinding(
                Severity::Warn, "db.access_rules_trust",
                QObject::tr("PostgreSQL admits %1 from %2 without any password (trust).")
                    .arg(who, seenAs.isEmpty() ? target : seenAs),
                QObject::tr("Use scram-sha-256 instead of trust in that pg_hba.conf line: %1")
                    .arg(pgHbaLine(plan, seenAs)))};
        }
        return {makeFinding(Severity::Pass, "db.access_rules",
                            QObject::tr("PostgreSQL's pg_hba.conf admits %1 from %2 (it asks "
                                        "for a password: %3). This does not prove that the "
                                        "user exists or that its password is right: the "
                                        "tool never sends a database password. Stitch's "
                                        "own connection test checks them.")
                                .arg(who, seenAs.isEmpty() ? target : seenAs, verdict.authMethod))};
    case database::StartupAnswer::Refused:
        if (verdict.refusedByAccessRules()) {
            return {makeFinding(
                Severity::Fail, "db.access_rules_refused",
                QObject::tr("PostgreSQL refuses %1 from the SSH server (%2): %3")
                    .arg(who, seenAs.isEmpty() ? QObject::tr("address unknown") : seenAs,
                         verdict.message),
                QObject::tr("Add this line to pg_hba.conf (above any line that rejects it), "
                            "then reload PostgreSQL (SELECT pg_reload_conf();): %1")
                    .arg(pgHbaLine(plan, seenAs)))};
        }
        return {makeFinding(Severity::Warn, "db.startup_error",
                            QObject::tr("PostgreSQL answered a login for %1 with an error: %2 "
                                        "(SQLSTATE %3).")
                                .arg(who, verdict.message, verdict.sqlState),
                            QObject::tr("Check the database user and database name."))};
    case database::StartupAnswer::NeedMoreData:
    case database::StartupAnswer::WrongProtocol:
        break;
    }
    return {makeFinding(
        Severity::Warn, "db.access_rules_unknown",
        QObject::tr("PostgreSQL gave no clear answer to a login for %1, so its "
                    "access rules could not be checked.")
            .arg(who),
        QObject::tr("Check pg_hba.conf for this line: %1").arg(pgHbaLine(plan, seenAs)))};
}

} // namespace

QVector<Finding> checkPostgresAccessRules(ssh::SshConnection &connection, const SetupPlan &plan,
                                          const QString &seenAs)
{
    if (plan.databaseUser.isEmpty())
        return {notChecked()};
    const QString target = QStringLiteral("%1:%2").arg(plan.databaseHost).arg(plan.databasePort);
    auto channel = connection.openForward(plan.databaseHost, plan.databasePort, 8s);
    if (!channel)
        return {failingFinding(channel.error())};
    Conversation talk(channel.value());

    if (plan.databaseSsl) {
        if (Status s = talk.send(database::openingRequest(DatabaseType::PostgreSql)); !s)
            return {failingFinding(s.error())};
        const QByteArray answer = talk.receive([](const QByteArray &r) { return !r.isEmpty(); });
        if (answer != "S") {
            return {makeFinding(
                Severity::Fail, "db.ssl_unavailable",
                QObject::tr("Stitch will connect with SSL, but PostgreSQL at %1 does not offer "
                            "it (it answered the SSL request with %2).")
                    .arg(target, answer.isEmpty() ? QObject::tr("nothing")
                                                  : QStringLiteral("'%1'").arg(
                                                        QString::fromLatin1(answer.left(1)))),
                QObject::tr("Turn on ssl in postgresql.conf (with a certificate) and restart "
                            "PostgreSQL, or set Stitch to connect without SSL."))};
        }
        if (Status s = talk.startTls(); !s)
            return {failingFinding(s.error())};
    }
    if (Status s =
            talk.send(database::postgresStartupMessage(plan.databaseUser, plan.databaseName));
        !s)
        return {failingFinding(s.error())};
    const database::StartupVerdict verdict =
        database::interpretStartupReply(talk.receive([](const QByteArray &r) {
            return database::interpretStartupReply(r).answer !=
                   database::StartupAnswer::NeedMoreData;
        }));

    return accessRulesFindings(verdict, plan, seenAs, target);
}

} // namespace stitch::setup
