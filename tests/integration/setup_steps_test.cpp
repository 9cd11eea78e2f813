// Step-level behaviour against the real sandbox server: database types that cannot run here
// (served by recorded handshakes), real sshd misconfigurations, iptables, and the CLI contract.
#include "../unit/recorded_handshakes.h"
#include "fake_database.h"
#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/setup_runner.h"
#include "standalone_script.h"
#include "support/tcp_proxy.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

class Steps : public ::testing::Test
{
protected:
    void configure(DatabaseType type, quint16 port,
                   const QString &user = QStringLiteral("stitchsteps"), quint16 sshPort = 0)
    {
        session.setConnection(
            sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch, sshPort));
        session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
        SetupChoices c;
        c.tunnelUser = user;
        c.publicKey = stitchKey();
        c.databaseType = type;
        c.databaseHost = QStringLiteral("127.0.0.1");
        c.databasePort = port;
        session.setChoices(c);
    }
    QString stitchKey()
    {
        if (m_key.isEmpty()) {
            m_key = QString::fromUtf8(
                        sandbox::shell(
                            QStringLiteral("ssh-keygen -q -t ed25519 -N '' -f %1/k && cat %1/k.pub")
                                .arg(scratch.path())))
                        .trimmed();
        }
        return m_key;
    }
    StepResult check()
    {
        SetupRunner runner(session.request());
        Status s = sandbox::recordIn(session, runner.run(Operation::Check));
        EXPECT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        return session.stepResult(StepId::Database);
    }
    static QString messages(const StepResult &r)
    {
        QStringList m;
        for (const Finding &f : r.findings)
            m << f.code + QLatin1Char(':') + f.message;
        return m.join(QLatin1Char('\n'));
    }

    // What the apply script printed (the last apply in the transcript).
    QString applyOutput()
    {
        QString out;
        for (const remote::TranscriptEntry &e : session.transcript().entries()) {
            if (e.label.startsWith(QLatin1String("Apply steps")))
                out = e.stdOut;
        }
        return out;
    }

    QTemporaryDir scratch;
    SetupSession session;
    QString m_key;
};

struct Recorded
{
    DatabaseType type;
    QByteArray reply;
    FakeDatabaseServer::Speaks speaks;
    const char *expect;
    QByteArray request; // what the protocol requires the probe to send first
};

// What the fake database has received, once `size` bytes are in or after 2 s. The probe ends
// when the reply is judged, which can be before the fake's thread has stored the last bytes.
QByteArray requestReceived(const FakeDatabaseServer &server, qsizetype size)
{
    const QDeadlineTimer deadline(2000);
    while (server.lastRequest().size() < size && !deadline.hasExpired())
        QThread::msleep(10);
    return server.lastRequest();
}

} // namespace

TEST_F(Steps, DatabasesThatCannotRunHereAnswerThroughTheRealTunnel)
{
    // SQL Server, Oracle and MongoDB cannot run on this machine: their recorded/spec-built
    // handshakes are served by a small listener, and reached through the real sshd forward.
    const Recorded cases[] = {
        {DatabaseType::SqlServer, recorded::bytes(recorded::kSqlServerPreloginReply),
         FakeDatabaseServer::Speaks::ClientFirst, "Microsoft SQL Server 16.0",
         recorded::bytes(recorded::kSqlServerPrelogin)},
        {DatabaseType::Oracle, recorded::bytes(recorded::kOracleRefuse),
         FakeDatabaseServer::Speaks::ClientFirst, "Oracle",
         recorded::bytes(recorded::kOracleConnect)},
        {DatabaseType::MongoDb, recorded::bytes(recorded::kMongoHelloReply),
         FakeDatabaseServer::Speaks::ClientFirst, "MongoDB",
         recorded::bytes(recorded::kMongoHello)},
    };
    for (const Recorded &c : cases) {
        FakeDatabaseServer server(c.reply, c.speaks);
        ASSERT_TRUE(server.listening()) << server.errorString().toStdString();
        configure(c.type, server.port());
        const StepResult r = check();
        EXPECT_EQ(r.status, StepStatus::Pass) << messages(r).toStdString();
        EXPECT_TRUE(messages(r).contains(QString::fromLatin1(c.expect)))
            << messages(r).toStdString();
        EXPECT_EQ(server.connectionCount(), 1);
        // Byte for byte what the protocol requires, as it arrived through sshd's forward. The
        // fake answers whatever it gets, so the Pass above cannot tell; this catches another
        // type's request or a changed field, a request cut short or sent twice, and anything
        // sent after it (the fake records all until the client closes).
        EXPECT_EQ(requestReceived(server, c.request.size()).toHex(' ').toStdString(),
                  c.request.toHex(' ').toStdString());
    }
}

TEST_F(Steps, SilentPortFails)
{
    // Every supported database answers its opening: a port that stays silent is another
    // service, and Stitch could not log in there.
    FakeDatabaseServer silent(QByteArray(), FakeDatabaseServer::Speaks::ClientFirst);
    ASSERT_TRUE(silent.listening());
    configure(DatabaseType::PostgreSql, silent.port());
    const StepResult r = check();
    EXPECT_EQ(r.status, StepStatus::Fail) << messages(r).toStdString();
    // The port must have been asked, with exactly PostgreSQL's SSLRequest (00 00 00 08 04 d2
    // 16 2f). Catches a probe that waits without sending it: here that ends in the same
    // failure, so the status alone cannot tell.
    EXPECT_EQ(silent.lastRequest().toHex(' ').toStdString(),
              recorded::bytes(recorded::kPostgresSslRequest).toHex(' ').toStdString());
}

TEST_F(Steps, MySqlProbeSendsNothingBeforeTheGreeting)
{
    // MySQL/MariaDB speak first; the fake greets as the sandbox's MariaDB did. Catches a probe
    // that sends anything before the greeting (a protocol error for a real server), which the
    // tests against the real MariaDB cannot see: it greets before reading anything.
    FakeDatabaseServer server(recorded::bytes(recorded::kMariaDbGreeting),
                              FakeDatabaseServer::Speaks::ServerFirst);
    ASSERT_TRUE(server.listening()) << server.errorString().toStdString();
    configure(DatabaseType::MySql, server.port());
    const StepResult r = check();
    EXPECT_EQ(r.status, StepStatus::Pass) << messages(r).toStdString();
    EXPECT_EQ(server.connectionCount(), 1);
    EXPECT_EQ(server.lastRequest().toHex(' ').toStdString(), "");
}

TEST_F(Steps, RealSshdMisconfigurationsAreFound)
{
    struct Case
    {
        const char *line;
        const char *code;
    };
    const Case cases[] = {
        {"AllowTcpForwarding no", "sshd.forwarding_disabled"},
        {"DisableForwarding yes", "sshd.disable_forwarding"},
        {"AllowUsers stitchadmin nopwadmin", "sshd.allow_users"},
        {"DenyGroups stitchsshd", "sshd.deny_groups"},
        {"AuthorizedKeysFile none", "sshd.authorized_keys_file"},
        {"PubkeyAcceptedAlgorithms rsa-sha2-512,rsa-sha2-256", "sshd.key_type_refused"},
    };
    sandbox::shell(QStringLiteral(
        "useradd -m stitchsshd && cp /etc/ssh/sshd_config /etc/ssh/sshd_config.orig"));
    const auto restoreSshdConfig = qScopeGuard([] {
        sandbox::shell(QStringLiteral("mv /etc/ssh/sshd_config.orig /etc/ssh/sshd_config"));
    });
    for (const Case &c : cases) {
        // Prepended so it wins (sshd keeps the first value); the running sshd is untouched,
        // `sshd -T` reads the file as a reload would.
        sandbox::shell(
            QStringLiteral("{ echo '%1'; cat /etc/ssh/sshd_config.orig; } > /etc/ssh/sshd_config")
                .arg(QString::fromLatin1(c.line)));
        configure(DatabaseType::PostgreSql, sandbox::postgresPort(), QStringLiteral("stitchsshd"));
        check();
        QStringList failures;
        for (const Finding &f : session.stepResult(StepId::TunnelUser).findings)
            if (f.severity == Severity::Fail)
                failures << f.code;
        EXPECT_TRUE(failures.contains(QString::fromLatin1(c.code)))
            << c.line << " → " << failures.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(Steps, IptablesRulesAreAddedOnceAndRemoved)
{
    sandbox::resetFirewall();
    const auto restoreFirewall = qScopeGuard([] { sandbox::resetFirewall(); });
    sandbox::shell(QStringLiteral("iptables -A INPUT -i lo -j ACCEPT && iptables -P INPUT DROP"));
    configure(DatabaseType::PostgreSql, sandbox::postgresPort(), QStringLiteral("stitchipt"));
    for (int run = 0; run < 2; ++run) {
        SetupRunner runner(session.request());
        Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        EXPECT_EQ(session.stepResult(StepId::Firewall).status,
                  run == 0 ? StepStatus::Changed : StepStatus::Pass);
    }
    EXPECT_EQ(sandbox::shell(QStringLiteral("iptables -S INPUT | grep -c stitch-tunnel")),
              QByteArray("4\n"));
    RunOptions removeAll;
    removeAll.removeFirewallRules = true;
    SetupRunner runner(session.request(removeAll));
    ASSERT_TRUE(sandbox::recordIn(session, runner.run(Operation::Remove)).ok());
    EXPECT_EQ(sandbox::shell(QStringLiteral("iptables -S INPUT | grep -c stitch-tunnel")),
              QByteArray("0\n"));
}

TEST_F(Steps, StandaloneScriptLeavesTheAdminsOwnIdenticalUfwRuleAlone)
{
    // The admin already allows one Stitch address on the SSH port, untagged. The script must
    // not re-tag that rule as ours, or a later removal would take the admin's rule away.
    sandbox::resetFirewall();
    const auto restore = qScopeGuard([] { sandbox::resetFirewall(); });
    sandbox::shell(QStringLiteral("ufw allow proto tcp from 198.18.7.7 to any port 2222 >/dev/null "
                                  "&& ufw allow 2222/tcp >/dev/null && ufw --force enable "
                                  ">/dev/null"));
    const QString path = writeStandaloneScript(
        {QStringLiteral("--tunnel-user"), QStringLiteral("stitchscriptfw"),
         QStringLiteral("--public-key"), stitchKey(), QStringLiteral("--allow-ip"),
         QStringLiteral("198.18.7.7"), QStringLiteral("--allow-ip"), QStringLiteral("198.18.7.8"),
         QStringLiteral("--port"), QStringLiteral("2222")},
        scratch, QStringLiteral("setup-fw.sh"));
    ASSERT_FALSE(path.isEmpty());
    int rc = -1;
    const QByteArray out = sandbox::shell(QStringLiteral("sh ") + path, &rc);
    EXPECT_EQ(rc, 0) << out.toStdString();
    const QByteArray status = sandbox::shell(QStringLiteral("ufw status"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("2222/tcp +ALLOW +198\\.18\\.7\\.7 *\\n"))
                    .match(QString::fromUtf8(status))
                    .hasMatch())
        << "the admin's rule is unchanged, untagged:\n"
        << status.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("198\\.18\\.7\\.8 +# stitch-tunnel"))
                    .match(QString::fromUtf8(status))
                    .hasMatch())
        << status.toStdString();
    EXPECT_FALSE(out.contains("ufw allows 198.18.7.7")) << out.toStdString();
}

TEST_F(Steps, StandaloneScriptDoesStepFourIdempotently)
{
    const QString path =
        writeStandaloneScript({QStringLiteral("--tunnel-user"), QStringLiteral("stitchscript"),
                               QStringLiteral("--public-key"), stitchKey()},
                              scratch);
    ASSERT_FALSE(path.isEmpty());
    int rc = -1;
    const QByteArray first = sandbox::shell(QStringLiteral("sh ") + path, &rc);
    EXPECT_EQ(rc, 0);
    EXPECT_TRUE(first.contains("\nchanged user created user stitchscript with the shell "))
        << first.toStdString();
    const QByteArray second = sandbox::shell(QStringLiteral("sh ") + path, &rc);
    EXPECT_EQ(rc, 0);
    EXPECT_FALSE(second.startsWith("changed ") || second.contains("\nchanged "))
        << second.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("cat /home/stitchscript/.ssh/authorized_keys")),
              "restrict,port-forwarding,permitopen=\"localhost:5432\",permitlisten=\"127.0.0.1:1\","
              "command=\"/usr/sbin/nologin\" " +
                  stitchKey().toUtf8() + '\n');
}

TEST_F(Steps, CliApplyJsonFollowsTheContract)
{
    const QString keyFile = scratch.filePath(QStringLiteral("k.pub"));
    stitchKey();
    QProcess cli;
    cli.start(QStringLiteral(STITCH_CLI_PATH),
              {QStringLiteral("apply"),
               QStringLiteral("--host"),
               sandbox::host(),
               QStringLiteral("--port"),
               QString::number(sandbox::sshPort()),
               QStringLiteral("--login"),
               QStringLiteral("stitchadmin"),
               QStringLiteral("--password-file"),
               sandbox::file(QStringLiteral("stitchadmin.password")),
               QStringLiteral("--known-hosts"),
               sandbox::file(QStringLiteral("known_hosts")),
               QStringLiteral("--public-key-file"),
               keyFile,
               QStringLiteral("--tunnel-user"),
               QStringLiteral("stitchjson"),
               QStringLiteral("--db-host"),
               QStringLiteral("127.0.0.1"),
               QStringLiteral("--db-user"),
               QStringLiteral("stitch_demo"),
               QStringLiteral("--json")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    EXPECT_EQ(cli.exitCode(), 0) << out.toStdString() << cli.readAllStandardError().toStdString();
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    EXPECT_TRUE(o.value(QStringLiteral("ok")).toBool());
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 5);
    const QStringList ids{QStringLiteral("firewall"), QStringLiteral("database"),
                          QStringLiteral("public_key"), QStringLiteral("tunnel_user"),
                          QStringLiteral("finish")};
    // The sandbox has no host firewall (a warning), the Finish step warns that 127.0.0.1 is a
    // private address; the user and its key are new.
    const QStringList expected{QStringLiteral("warn"), QStringLiteral("pass"),
                               QStringLiteral("pass"), QStringLiteral("changed"),
                               QStringLiteral("warn")};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject step = steps[i].toObject();
        EXPECT_EQ(step.value(QStringLiteral("id")).toString(), ids[i]);
        EXPECT_EQ(step.value(QStringLiteral("status")).toString(), expected[i])
            << ids[i].toStdString();
        for (const QJsonValue &f : step.value(QStringLiteral("findings")).toArray()) {
            for (const char *field : {"severity", "code", "message", "fix"})
                EXPECT_TRUE(f.toObject().contains(QLatin1String(field)));
        }
    }
    EXPECT_EQ(sandbox::shell(QStringLiteral("cat /home/stitchjson/.ssh/authorized_keys")),
              "restrict,port-forwarding,permitopen=\"127.0.0.1:5432\",permitlisten=\"127.0.0.1:1\","
              "command=\"/usr/sbin/nologin\" " +
                  stitchKey().toUtf8() + '\n');
    EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c '%a %U %G' /home/stitchjson/.ssh "
                                            "/home/stitchjson/.ssh/authorized_keys")),
              QByteArray("700 stitchjson stitchjson\n600 stitchjson stitchjson\n"));
    const QJsonObject stitch = o.value(QStringLiteral("stitch")).toObject();
    EXPECT_EQ(stitch.value(QStringLiteral("ssh_user")).toString(), QStringLiteral("stitchjson"));
    EXPECT_EQ(stitch.value(QStringLiteral("ssh_port")).toInt(), 2222);
    EXPECT_EQ(stitch.value(QStringLiteral("db_port")).toInt(), 5432);
    EXPECT_FALSE(out.contains(sandbox::password(QStringLiteral("stitchadmin")).bytes()));
}

TEST_F(Steps, TurningOnUfwAllowsTheAdminFirst)
{
    sandbox::resetFirewall();
    const auto restoreFirewall = qScopeGuard([] { sandbox::resetFirewall(); });
    configure(DatabaseType::PostgreSql, sandbox::postgresPort(), QStringLiteral("stitchufwon"));
    RunOptions options;
    options.enableFirewall = true;
    SetupRunner runner(session.request(options));
    Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    const QByteArray status = sandbox::shell(QStringLiteral("ufw status"));
    EXPECT_TRUE(status.contains("Status: active")) << status.toStdString();
    // The admin's own address (from SSH_CONNECTION) is allowed, tagged, before Stitch's.
    bool adminAllowed = false;
    for (const QByteArray &l : status.split('\n'))
        adminAllowed =
            adminAllowed || (l.startsWith("2222/tcp") && l.contains("ALLOW") &&
                             l.contains("127.0.0.1") && l.contains("stitch-tunnel admin"));
    EXPECT_TRUE(adminAllowed) << status.toStdString();
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Changed);
    // The admin's session still works, and so does a new connection.
    EXPECT_TRUE(runner.connection().isConnected());
    SetupRunner fresh(session.request());
    const OperationReport again = fresh.run(Operation::Connect);
    EXPECT_TRUE(again.ok()) << again.error().oneLine().toStdString();
}

TEST_F(Steps, RestrictedKeyStillTunnelsToTheDatabaseOnly)
{
    configure(DatabaseType::PostgreSql, sandbox::postgresPort(), QStringLiteral("stitchrestrict"));
    RunOptions options;
    options.keyFromStitchOnly = true;
    SetupRunner runner(session.request(options));
    Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    const QByteArray line =
        sandbox::shell(QStringLiteral("cat /home/stitchrestrict/.ssh/authorized_keys"));
    EXPECT_TRUE(
        line.startsWith("restrict,port-forwarding,permitopen=\"127.0.0.1:5432\",permitlisten=\"127."
                        "0.0.1:1\",command=\"/usr/sbin/nologin\",from=\""))
        << line.toStdString();
    // from= lists Stitch's addresses; allow the sandbox's loopback for this test's client.
    sandbox::shell(QStringLiteral(
        "sed -i 's|from=\"|from=\"127.0.0.1,|' /home/stitchrestrict/.ssh/authorized_keys"));
    int rc = -1;
    const QByteArray out = sandbox::shell(
        QStringLiteral(
            "ssh -N -o BatchMode=yes -o ExitOnForwardFailure=yes "
            "-o UserKnownHostsFile=$STITCH_SANDBOX_DIR/known_hosts -i %1/k -p 2222 "
            "-L 127.0.0.1:15434:127.0.0.1:5432 -L 127.0.0.1:15435:127.0.0.1:3306 "
            "stitchrestrict@127.0.0.1 & t=$!; i=0; "
            "until pg_isready -q -h 127.0.0.1 -p 15434 || [ $i -ge 50 ]; do sleep 0.1; i=$((i+1)); "
            "done; "
            "PGPASSWORD=$(cat $STITCH_SANDBOX_DIR/postgres.password) psql -h 127.0.0.1 -p 15434 "
            "-U stitch_demo -d stitch_demo -tAc 'SELECT 1'; r=$?; "
            "mariadb-admin -h 127.0.0.1 -P 15435 --connect-timeout=2 ping >/dev/null 2>&1 && echo "
            "mysql-open; "
            "kill $t; exit $r")
            .arg(scratch.path()),
        &rc);
    EXPECT_EQ(rc, 0);
    EXPECT_EQ(out, QByteArray("1\n"))
        << "PostgreSQL through the tunnel, MariaDB refused by permitopen";
}

// Behind a port forward (here: a TCP proxy on another port) the host firewall sees Stitch on the
// port sshd receives on, so that is the port to allow, never the port dialled. Applying again
// finds every rule in the real ufw listing and calls ufw for none of them.
TEST_F(Steps, UfwRulesGoToThePortSshdReceivesOnAndAreNotAddedTwice)
{
    sandbox::resetFirewall();
    const auto restoreFirewall = qScopeGuard([] { sandbox::resetFirewall(); });
    sandbox::shell(QStringLiteral("ufw allow %1/tcp >/dev/null && ufw --force enable >/dev/null")
                       .arg(sandbox::sshPort()));
    testsupport::TcpProxy proxy(sandbox::sshPort());
    configure(DatabaseType::PostgreSql, sandbox::postgresPort(), QStringLiteral("stitchfwport"),
              proxy.port());
    const auto applyOnce = [&] {
        SetupRunner runner(session.request());
        Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
        EXPECT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    };
    applyOnce();
    const QByteArray status = sandbox::shell(QStringLiteral("ufw status"));
    int stitchRules = 0;
    for (const QByteArray &l : status.split('\n')) {
        if (!l.contains("# stitch-tunnel"))
            continue;
        ++stitchRules;
        EXPECT_TRUE(l.startsWith(QByteArray::number(sandbox::sshPort()) + "/tcp"))
            << l.toStdString();
    }
    EXPECT_EQ(stitchRules, 4) << "Stitch's four North America addresses, on sshd's port only\n"
                              << status.toStdString();
    EXPECT_FALSE(status.contains(QByteArray::number(proxy.port()))) << status.toStdString();
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Changed);
    EXPECT_TRUE(applyOutput().contains(
        QLatin1String("finding info firewall.ufw_batch 4 rules in one ufw call")))
        << applyOutput().toStdString();

    session.clearTranscript();
    applyOnce();
    EXPECT_EQ(sandbox::shell(QStringLiteral("ufw status")), status);
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Pass);
    bool sawApply = false;
    for (const remote::TranscriptEntry &e : session.transcript().entries()) {
        if (!e.label.startsWith(QLatin1String("Apply steps")))
            continue;
        sawApply = true;
        // All four pairs were recognised in the probe's listing, so the loop skips them all.
        EXPECT_EQ(e.script.count(QStringLiteral("/32@%1").arg(sandbox::sshPort())), 4);
        EXPECT_FALSE(e.stdOut.contains(QLatin1String("changed:"))) << e.stdOut.toStdString();
    }
    EXPECT_TRUE(sawApply);
}

// An ufw without the Python API its own command uses (simulated: its interpreter refuses to run
// our batch) still gets every rule, one `ufw allow` each.
TEST_F(Steps, UfwWithoutItsBatchApiGetsOneCallPerRule)
{
    sandbox::resetFirewall();
    sandbox::shell(QStringLiteral("ufw allow %1/tcp >/dev/null && ufw --force enable >/dev/null")
                       .arg(sandbox::sshPort()));
    sandbox::shell(QStringLiteral(
        "printf '#!/bin/sh\\nfor a; do [ \"$a\" = - ] && { echo no batch API here >&2; exit 3; }; "
        "done\\n"
        "exec /usr/bin/python3 \"$@\"\\n' >/run/py-without-batch && chmod 755 "
        "/run/py-without-batch && sed '1s|.*|#!/run/py-without-batch|' /usr/sbin/ufw "
        ">/run/ufw-old && chmod 755 /run/ufw-old && mount --bind /run/ufw-old /usr/sbin/ufw"));
    const auto restore = qScopeGuard([] {
        sandbox::shell(QStringLiteral("umount /usr/sbin/ufw; rm -f /run/ufw-old "
                                      "/run/py-without-batch"));
        sandbox::resetFirewall();
    });
    ASSERT_TRUE(sandbox::shell(QStringLiteral("head -n 1 /usr/sbin/ufw"))
                    .startsWith("#!/run/py-without-batch"));
    configure(DatabaseType::PostgreSql, sandbox::postgresPort(), QStringLiteral("stitchfwold"));
    SetupRunner runner(session.request());
    Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    EXPECT_TRUE(
        applyOutput().contains(QLatin1String("finding info firewall.ufw_one_call_per_rule ")))
        << applyOutput().toStdString();
    EXPECT_EQ(applyOutput().count(QLatin1String("changed firewall ufw allows")), 4);
    const QByteArray status = sandbox::shell(QStringLiteral("ufw status"));
    EXPECT_EQ(status.count("# stitch-tunnel"), 4) << status.toStdString();
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Changed);
}
