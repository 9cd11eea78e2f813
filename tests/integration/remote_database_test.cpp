// Step 2 against the guide's real topology: the database on another private host behind its own
// firewall (tests/sandbox/remote-db.sh: PostgreSQL and MariaDB in a second network namespace at
// 198.18.0.2, reached from the SSH server's 198.18.0.1), while the SSH server also has an
// address that sorts and is listed first (10.0.0.5). Run through the real CLI, as a user would.
#include "cli_run.h"
#include "sandbox_env.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using clirun::CliRun;
using clirun::runCli;

namespace {

const QString kDatabaseHost = QStringLiteral("198.18.0.2");
const QString kSeenAs = QStringLiteral("198.18.0.1"); // the SSH server, as the database sees it
const QString kDecoy = QStringLiteral("10.0.0.5");    // the SSH server's other address

// Runs tests/sandbox/remote-db.sh with `args`; the exit status.
int remoteDb(const QString &args)
{
    int rc = -1;
    const QByteArray out = sandbox::shell(
        QStringLiteral("\"$STITCH_SANDBOX_REMOTE_DB_CTL\" ") + args + QStringLiteral(" 2>&1"), &rc);
    if (rc != 0)
        ADD_FAILURE() << "remote-db.sh " << args.toStdString() << ": " << out.toStdString();
    return rc;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

class RemoteDatabase : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { started = remoteDb(QStringLiteral("start")) == 0; }
    static void TearDownTestSuite() { remoteDb(QStringLiteral("stop")); }
    void SetUp() override
    {
        ASSERT_TRUE(started) << "the remote database did not start (see above)";
    }

    // `check --json` as stitchadmin for a tunnel user that need not exist (step 2 does not
    // depend on it), with `extra` options.
    CliRun check(const QStringList &extra) const
    {
        return runCli(clirun::adminArgs(QStringLiteral("check"), scratch)
                      << QStringLiteral("--public-key") << key.publicLine
                      << QStringLiteral("--db-host") << kDatabaseHost << QStringLiteral("--json")
                      << extra);
    }
    // Step 2 of a check's JSON.
    static QJsonObject databaseStep(const CliRun &r)
    {
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
            if (v[QStringLiteral("id")].toString() == QLatin1String("database"))
                return v.toObject();
        }
        ADD_FAILURE() << "no database step in: " << r.out.toStdString() << r.err.toStdString();
        return {};
    }
    static QJsonObject finding(const QJsonObject &step, const QString &code)
    {
        for (const QJsonValue &f : step[QStringLiteral("findings")].toArray()) {
            if (f[QStringLiteral("code")].toString() == code)
                return f.toObject();
        }
        ADD_FAILURE() << "no finding " << code.toStdString() << " in "
                      << QJsonDocument(step).toJson().toStdString();
        return {};
    }
    static QString text(const QJsonObject &f, const char *key)
    {
        return f[QLatin1String(key)].toString();
    }

    static bool started;
    QTemporaryDir scratch;
    sandbox::StitchKey key;
};

bool RemoteDatabase::started = false;

const QStringList kPostgresLogin{QStringLiteral("--db-user"), QStringLiteral("stitch_demo"),
                                 QStringLiteral("--db-name"), QStringLiteral("stitch_demo")};

} // namespace

TEST_F(RemoteDatabase, NamesTheOneAddressTheDatabaseSeesAndNeverTheOther)
{
    const CliRun r = check(kPostgresLogin);
    const QJsonObject step = databaseStep(r);
    const QJsonObject source = finding(step, QStringLiteral("db.source_address"));
    EXPECT_EQ(text(source, "severity"), QStringLiteral("pass"));
    EXPECT_TRUE(text(source, "message")
                    .contains(QStringLiteral("will see this server as 198.18.0.1: allow "
                                             "198.18.0.1/32 on port 5432")))
        << text(source, "message").toStdString();
    // The decoy is only information: in no fix, and not in the address finding.
    EXPECT_TRUE(
        text(finding(step, QStringLiteral("db.other_addresses")), "message").contains(kDecoy));
    for (const QJsonValue &f : step[QStringLiteral("findings")].toArray()) {
        EXPECT_FALSE(f[QStringLiteral("fix")].toString().contains(kDecoy))
            << QJsonDocument(f.toObject()).toJson().toStdString();
    }
    EXPECT_FALSE(text(source, "message").contains(kDecoy));
}

TEST_F(RemoteDatabase, PostgresWithoutALineForTheSshServerFailsWithTheLineToAdd)
{
    const CliRun r = check(kPostgresLogin);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject step = databaseStep(r);
    EXPECT_EQ(text(step, "status"), QStringLiteral("fail"));
    const QJsonObject refused = finding(step, QStringLiteral("db.access_rules_refused"));
    EXPECT_EQ(text(refused, "severity"), QStringLiteral("fail"));
    // PostgreSQL's own words name the address, the user and the database.
    EXPECT_TRUE(text(refused, "message")
                    .contains(QStringLiteral("no pg_hba.conf entry for host \"198.18.0.1\", user "
                                             "\"stitch_demo\", database \"stitch_demo\"")))
        << text(refused, "message").toStdString();
    EXPECT_TRUE(
        text(refused, "fix")
            .contains(QStringLiteral("host stitch_demo stitch_demo 198.18.0.1/32 scram-sha-256")))
        << text(refused, "fix").toStdString();
    EXPECT_FALSE(text(refused, "fix").contains(QStringLiteral("hostssl")));
}

TEST_F(RemoteDatabase, PostgresWithTheLinePassesWithoutAPassword)
{
    ASSERT_EQ(remoteDb(QStringLiteral("pg-hba %1")
                           .arg(quoted(QStringLiteral(
                               "host stitch_demo stitch_demo 198.18.0.1/32 scram-sha-256")))),
              0);
    const auto reset = qScopeGuard([] { remoteDb(QStringLiteral("pg-hba-reset")); });
    const CliRun r = check(kPostgresLogin);
    const QJsonObject step = databaseStep(r);
    EXPECT_EQ(text(step, "status"), QStringLiteral("pass"))
        << QJsonDocument(step).toJson().toStdString();
    const QJsonObject admitted = finding(step, QStringLiteral("db.access_rules"));
    EXPECT_TRUE(text(admitted, "message").contains(QStringLiteral("SCRAM-SHA-256")))
        << text(admitted, "message").toStdString();
    EXPECT_TRUE(text(admitted, "message").contains(kSeenAs));
}

TEST_F(RemoteDatabase, PostgresSslModeDecidesBetweenHostAndHostssl)
{
    ASSERT_EQ(remoteDb(QStringLiteral("pg-hba %1")
                           .arg(quoted(QStringLiteral(
                               "hostssl stitch_demo stitch_demo 198.18.0.1/32 scram-sha-256")))),
              0);
    const auto reset = qScopeGuard([] { remoteDb(QStringLiteral("pg-hba-reset")); });
    // Stitch with SSL: the check goes through TLS, and the hostssl line admits it.
    const CliRun withSsl = check(QStringList(kPostgresLogin) << QStringLiteral("--db-ssl"));
    const QJsonObject sslStep = databaseStep(withSsl);
    EXPECT_EQ(text(sslStep, "status"), QStringLiteral("pass"))
        << QJsonDocument(sslStep).toJson().toStdString();
    EXPECT_TRUE(text(finding(sslStep, QStringLiteral("db.access_rules")), "message")
                    .contains(QStringLiteral("with SSL")));
    // Stitch without SSL: that line does not admit it, and the fix is a plain host line.
    const CliRun plain = check(kPostgresLogin);
    const QJsonObject refused =
        finding(databaseStep(plain), QStringLiteral("db.access_rules_refused"));
    EXPECT_TRUE(text(refused, "message").contains(QStringLiteral("no encryption")))
        << text(refused, "message").toStdString();
    EXPECT_TRUE(
        text(refused, "fix")
            .contains(QStringLiteral(": host stitch_demo stitch_demo 198.18.0.1/32 scram-sha-256")))
        << text(refused, "fix").toStdString();
}

TEST_F(RemoteDatabase, WithoutADatabaseUserTheRulesAreNotCheckedAndItSaysSo)
{
    const CliRun r = check({});
    const QJsonObject step = databaseStep(r);
    EXPECT_EQ(text(step, "status"), QStringLiteral("warn"));
    const QJsonObject notChecked = finding(step, QStringLiteral("db.access_rules_not_checked"));
    EXPECT_EQ(text(notChecked, "severity"), QStringLiteral("warn"));
    EXPECT_TRUE(text(notChecked, "fix").contains(QStringLiteral("--db-user")))
        << text(notChecked, "fix").toStdString();
    EXPECT_EQ(notChecked[QStringLiteral("remedy")].toString(),
              QStringLiteral("give_database_user"));
}

TEST_F(RemoteDatabase, MariaDbRefusingTheSshServerFailsWithItsAddress)
{
    const QStringList mysql{QStringLiteral("--db-type"), QStringLiteral("mysql"),
                            QStringLiteral("--db-user"), QStringLiteral("stitch_demo"),
                            QStringLiteral("--db-name"), QStringLiteral("shop")};
    const CliRun refused = check(mysql);
    EXPECT_EQ(refused.exitCode, 1);
    const QJsonObject step = databaseStep(refused);
    EXPECT_EQ(text(step, "status"), QStringLiteral("fail"));
    const QJsonObject f = finding(step, QStringLiteral("db.host_not_allowed"));
    EXPECT_TRUE(text(f, "message").contains(QStringLiteral("(198.18.0.1)")))
        << text(f, "message").toStdString();
    EXPECT_TRUE(text(f, "fix").contains(QStringLiteral("CREATE USER 'stitch_demo'@'198.18.0.1'")))
        << text(f, "fix").toStdString();
    EXPECT_TRUE(text(f, "fix").contains(QStringLiteral("ON shop.* TO 'stitch_demo'@'198.18.0.1'")));

    // Once an account exists for that address, MariaDB greets the SSH server.
    ASSERT_EQ(remoteDb(QStringLiteral("mariadb %1")
                           .arg(quoted(QStringLiteral("CREATE USER 'stitch_demo'@'198.18.0.1'")))),
              0);
    const auto drop = qScopeGuard([] {
        remoteDb(QStringLiteral("mariadb %1")
                     .arg(quoted(QStringLiteral("DROP USER 'stitch_demo'@'198.18.0.1'"))));
    });
    const QJsonObject greeted = databaseStep(check(mysql));
    EXPECT_EQ(text(greeted, "status"), QStringLiteral("pass"))
        << QJsonDocument(greeted).toJson().toStdString();
    EXPECT_EQ(text(finding(greeted, QStringLiteral("db.handshake")), "severity"),
              QStringLiteral("pass"));
}

TEST_F(RemoteDatabase, ADatabaseOnTheSshServerItselfIsSaidPlainly)
{
    const CliRun r = runCli(clirun::adminArgs(QStringLiteral("check"), scratch)
                            << QStringLiteral("--db-host") << QStringLiteral("localhost")
                            << QStringLiteral("--db-user") << QStringLiteral("stitch_demo")
                            << QStringLiteral("--json"));
    const QJsonObject source = finding(databaseStep(r), QStringLiteral("db.source_address"));
    EXPECT_TRUE(text(source, "message").contains(QStringLiteral("is this SSH server itself")))
        << text(source, "message").toStdString();
}
