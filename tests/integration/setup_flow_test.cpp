#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/report.h"
#include "setup/setup_runner.h"
#include "support/test_files.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

using sandbox::serverState;
using sandbox::StitchKey;

class SetupFlow : public ::testing::Test
{
protected:
    void configure(const QString &tunnelUser, const QString &publicKey,
                   DatabaseType type = DatabaseType::PostgreSql, quint16 dbPort = 0)
    {
        session.setConnection(sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch));
        session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
        SetupChoices c;
        c.tunnelUser = tunnelUser;
        c.publicKey = publicKey;
        c.databaseType = type;
        c.databaseHost = QStringLiteral("127.0.0.1");
        c.databasePort = dbPort ? dbPort : defaultDatabasePort(type);
        c.databaseUser = QStringLiteral("stitch_demo"); // step 2 checks the access rules too
        session.setChoices(c);
    }
    StepResult step(StepId id) const { return session.stepResult(id); }
    // The sandbox's SSH host is 127.0.0.1, so the "private address" warning is expected; what
    // counts is that the tunnel user logged in and the database answered through its tunnel.
    void expectSelfTestPassed() const
    {
        const StepResult finish = step(StepId::Finish);
        EXPECT_NE(finish.status, StepStatus::Fail);
        QStringList passes;
        for (const Finding &f : finish.findings) {
            EXPECT_NE(f.severity, Severity::Fail) << f.message.toStdString();
            if (f.severity == Severity::Pass)
                passes << f.code;
        }
        EXPECT_TRUE(passes.contains(QStringLiteral("selftest.login")));
        EXPECT_TRUE(passes.contains(QStringLiteral("db.handshake")));
    }
    static QStringList codes(const StepResult &r)
    {
        QStringList c;
        for (const Finding &f : r.findings)
            c << f.code;
        return c;
    }

    QTemporaryDir scratch;
    SetupSession session;
};

using test::readFile;

} // namespace

TEST_F(SetupFlow, CheckIsReadOnlyAndFindsWhatIsMissing)
{
    StitchKey key;
    configure(QStringLiteral("stitchro"), key.publicLine);
    const QByteArray before = serverState();
    SetupRunner runner(session.request());
    Status s = sandbox::recordIn(session, runner.run(Operation::Check));
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    EXPECT_EQ(serverState(), before);
    EXPECT_EQ(step(StepId::Firewall).status, StepStatus::Warn);
    EXPECT_TRUE(codes(step(StepId::Firewall)).contains(QStringLiteral("firewall.none_active")));
    EXPECT_EQ(step(StepId::Database).status, StepStatus::Pass);
    EXPECT_TRUE(codes(step(StepId::Database)).contains(QStringLiteral("db.access_rules")))
        << "the sandbox's pg_hba.conf admits 127.0.0.1 for every user";
    EXPECT_EQ(step(StepId::PublicKey).status, StepStatus::Pass);
    EXPECT_EQ(step(StepId::TunnelUser).status, StepStatus::Fail);
    EXPECT_TRUE(codes(step(StepId::TunnelUser)).contains(QStringLiteral("user.missing")));
    EXPECT_LE(runner.remoteCommands(), 4) << "check stays within its round-trip budget";
}

TEST_F(SetupFlow, ApplyVerifiesSelfTestsAndIsIdempotent)
{
    StitchKey key;
    configure(QStringLiteral("stitchok"), key.publicLine);
    {
        SetupRunner runner(session.request());
        Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        EXPECT_EQ(step(StepId::TunnelUser).status, StepStatus::Changed)
            << codes(step(StepId::TunnelUser)).join(QLatin1Char(' ')).toStdString();
        expectSelfTestPassed();
        EXPECT_TRUE(session.report().stepsOk());
        EXPECT_LE(runner.remoteCommands(), 8);
    }
    const QString ak = QStringLiteral("/home/stitchok/.ssh/authorized_keys");
    const QByteArray first = readFile(ak);
    // Stitch's key gets a tunnel to the database and nothing else.
    EXPECT_EQ(first, "restrict,port-forwarding,permitopen=\"127.0.0.1:5432\",permitlisten=\"127.0."
                     "0.1:1\",command=\"/usr/sbin/nologin\" " +
                         key.publicLine.toUtf8() + '\n');
    EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c '%a %U %G' /home/stitchok/.ssh ") + ak),
              QByteArray("700 stitchok stitchok\n600 stitchok stitchok\n"));

    SetupRunner again(session.request());
    ASSERT_TRUE(sandbox::recordIn(session, again.run(Operation::Apply)).ok());
    EXPECT_EQ(step(StepId::TunnelUser).status, StepStatus::Pass)
        << codes(step(StepId::TunnelUser)).join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(codes(step(StepId::TunnelUser)).contains(QStringLiteral("apply.changed")));
    EXPECT_EQ(readFile(ak), first) << "second apply changed nothing";
}

TEST_F(SetupFlow, ExistingAuthorizedKeysIsPreservedByteForByte)
{
    // An account made by hand (so confirmed with adoptExistingUser), its key files with the
    // wrong modes: fixed as the user, every byte of the file kept.
    sandbox::shell(QStringLiteral("useradd -m stitchkeep && mkdir -p /home/stitchkeep/.ssh && "
                                  "printf 'ssh-rsa AAAAother one\\r\\nfrom=\"10.0.0.1\",no-pty "
                                  "ssh-ed25519 AAAAopts two\\n# comment\\nssh-ed25519 AAAAlast' "
                                  "> /home/stitchkeep/.ssh/authorized_keys && chmod 644 "
                                  "/home/stitchkeep/.ssh/authorized_keys && chmod 755 "
                                  "/home/stitchkeep/.ssh && "
                                  "chown -R stitchkeep:stitchkeep /home/stitchkeep/.ssh"));
    const QString ak = QStringLiteral("/home/stitchkeep/.ssh/authorized_keys");
    const QByteArray old = readFile(ak);
    ASSERT_FALSE(old.isEmpty());
    StitchKey key;
    configure(QStringLiteral("stitchkeep"), key.publicLine);
    RunOptions options;
    options.adoptExistingUser = true;
    SetupRunner runner(session.request(options));
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Apply)).ok());
    EXPECT_EQ(readFile(ak), old +
                                "\nrestrict,port-forwarding,permitopen=\"127.0.0.1:5432\","
                                "permitlisten=\"127.0.0.1:1\",command=\"/usr/sbin/nologin\" " +
                                key.publicLine.toUtf8() + '\n');
    EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c '%a %U' /home/stitchkeep/.ssh ") + ak),
              QByteArray("700 stitchkeep\n600 stitchkeep\n"));
    expectSelfTestPassed();
    EXPECT_EQ(
        sandbox::shell(QStringLiteral("ls -a /home/stitchkeep/.ssh | grep -c authorized_keys.")),
        QByteArray("0\n"))
        << "no temp file left behind";
}

TEST_F(SetupFlow, StockOpenSshClientTunnelsToPostgres)
{
    StitchKey key;
    configure(QStringLiteral("stitch"), key.publicLine);
    SetupRunner runner(session.request());
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Apply)).ok());
    int rc = -1;
    const QByteArray out = sandbox::shell(
        QStringLiteral(
            "ssh -N -o BatchMode=yes -o ExitOnForwardFailure=yes "
            "-o StrictHostKeyChecking=yes -o UserKnownHostsFile=$STITCH_SANDBOX_DIR/known_hosts "
            "-i %1 -p 2222 -L 127.0.0.1:15433:127.0.0.1:5432 stitch@127.0.0.1 & tunnel=$!; "
            "i=0; until pg_isready -q -h 127.0.0.1 -p 15433 || [ $i -ge 50 ]; do "
            "sleep 0.1; i=$((i+1)); done; "
            "PGPASSWORD=$(cat $STITCH_SANDBOX_DIR/postgres.password) psql -h 127.0.0.1 "
            "-p 15433 -U stitch_demo -d stitch_demo -tAc 'SELECT 1'; r=$?; "
            "kill $tunnel; exit $r")
            .arg(key.privatePath()),
        &rc);
    EXPECT_EQ(rc, 0);
    EXPECT_EQ(out, QByteArray("1\n"));
}

TEST_F(SetupFlow, UfwActiveGetsTaggedRulesOnce)
{
    sandbox::resetFirewall();
    const auto restoreFirewall = qScopeGuard([] { sandbox::resetFirewall(); });
    sandbox::shell(
        QStringLiteral("ufw allow 2222/tcp >/dev/null && ufw --force enable >/dev/null"));
    StitchKey key;
    configure(QStringLiteral("stitchfw"), key.publicLine);
    {
        SetupRunner runner(session.request());
        ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Apply)).ok());
        EXPECT_EQ(step(StepId::Firewall).status, StepStatus::Changed)
            << codes(step(StepId::Firewall)).join(QLatin1Char(' ')).toStdString();
    }
    const QByteArray rules = sandbox::shell(QStringLiteral("ufw status | grep -c stitch-tunnel"));
    EXPECT_EQ(rules, QByteArray("4\n")); // 4 Stitch addresses on SSH port 2222
    SetupRunner again(session.request());
    ASSERT_TRUE(sandbox::recordIn(session, again.run(Operation::Check)).ok());
    EXPECT_EQ(step(StepId::Firewall).status, StepStatus::Pass);
}

TEST_F(SetupFlow, MariaDbAnswersAndWrongProtocolFails)
{
    StitchKey key;
    configure(QStringLiteral("stitchdb"), key.publicLine, DatabaseType::MySql);
    SetupRunner runner(session.request());
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Check)).ok());
    EXPECT_EQ(step(StepId::Database).status, StepStatus::Pass);
    bool sawMariaDb = false;
    for (const Finding &f : step(StepId::Database).findings)
        sawMariaDb = sawMariaDb || f.message.contains(QStringLiteral("MariaDB"));
    EXPECT_TRUE(sawMariaDb);

    // The next checks on the same connection, with the database changed.
    configure(QStringLiteral("stitchdb"), key.publicLine, DatabaseType::PostgreSql, 3306);
    runner.setRequest(session.request());
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Check)).ok());
    EXPECT_EQ(step(StepId::Database).status, StepStatus::Fail);
    EXPECT_TRUE(codes(step(StepId::Database)).contains(QStringLiteral("db.wrong_protocol")));

    configure(QStringLiteral("stitchdb"), key.publicLine, DatabaseType::PostgreSql, 5999);
    runner.setRequest(session.request());
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Check)).ok());
    EXPECT_EQ(step(StepId::Database).status, StepStatus::Fail);
    EXPECT_TRUE(codes(step(StepId::Database)).contains(QStringLiteral("forward_refused")));
}

TEST_F(SetupFlow, RemoveTakesTheKeyOutAndOptionallyTheUser)
{
    StitchKey key;
    configure(QStringLiteral("stitchrm"), key.publicLine);
    {
        SetupRunner runner(session.request());
        ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Apply)).ok());
    }
    // The admin's own keys around Stitch's (one before it, two after it, the last without a
    // newline): remove must take out exactly Stitch's line and keep the file, every other byte,
    // its owner and its mode.
    const QString ak = QStringLiteral("/home/stitchrm/.ssh/authorized_keys");
    const QByteArray before = "ssh-ed25519 AAAAadminfirst first@admin\n";
    const QByteArray after = "from=\"10.0.0.1\",no-pty ssh-rsa AAAAadminsecond second\n"
                             "# a comment\nssh-ed25519 AAAAadminlast last";
    sandbox::shell(
        QStringLiteral("f=%1 && { printf '%s' '%2'; cat $f; printf '%s' '%3'; } > $f.new "
                       "&& cat $f.new > $f && rm $f.new")
            .arg(ak, QString::fromUtf8(before), QString::fromUtf8(after)));
    ASSERT_EQ(readFile(ak), before +
                                "restrict,port-forwarding,permitopen=\"127.0.0.1:5432\","
                                "permitlisten=\"127.0.0.1:1\",command=\"/usr/sbin/nologin\" " +
                                key.publicLine.toUtf8() + '\n' + after);
    {
        SetupRunner runner(session.request());
        ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Remove)).ok());
        EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c '%a %U %G' ") + ak),
                  QByteArray("600 stitchrm stitchrm\n"))
            << "the file is still there, the user's, private";
        // Exactly Stitch's line is gone; the rewrite ends the last line with a newline.
        EXPECT_EQ(readFile(ak).toStdString(), (before + after + '\n').toStdString());
    }
    RunOptions all;
    all.removeUser = true;
    SetupRunner runner(session.request(all));
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Remove)).ok());
    int rc = 0;
    sandbox::shell(QStringLiteral("getent passwd stitchrm"), &rc);
    EXPECT_NE(rc, 0);
}

TEST_F(SetupFlow, BadInputChangesNothing)
{
    configure(QStringLiteral("root"), QStringLiteral("ssh-ed25519 AAAA"));
    SetupRunner runner(session.request());
    auto p = runner.plan();
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::InvalidInput);
    configure(
        QStringLiteral("stitchbad"),
        QStringLiteral(
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----"));
    runner.setRequest(session.request());
    const QByteArray before = serverState();
    Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::PrivateKeyGiven);
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("b3Blbn")));
    EXPECT_EQ(serverState(), before);
}
