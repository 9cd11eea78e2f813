// The CLI's setup commands (check, apply, remove) and their options, run as a user would: the
// real stitch-tunnel binary against the sandbox server.
#include "cli_run.h"
#include "common/shell_quote.h"
#include "sandbox_env.h"
#include "setup/remote_scripts.h"
#include "support/test_files.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using clirun::CliRun;
using clirun::runCli;

namespace {

using test::readFileOrMissing;

class CliCommands : public ::testing::Test
{
protected:
    // `command` (remove) for `tunnelUser`, logged in as stitchadmin by password, host key
    // pre-approved.
    QStringList args(const QString &command, const QString &tunnelUser) const
    {
        return clirun::adminArgs(command, scratch)
               << QStringLiteral("--public-key") << key.publicLine
               << QStringLiteral("--tunnel-user") << tunnelUser;
    }
    // check and apply also name the database.
    QStringList setupArgs(const QString &command, const QString &tunnelUser) const
    {
        return args(command, tunnelUser)
               << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1")
               << QStringLiteral("--db-user") << QStringLiteral("stitch_demo");
    }
    static QJsonObject json(const CliRun &r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8());
        EXPECT_TRUE(d.isObject()) << r.out.toStdString() << r.err.toStdString();
        return d.object();
    }
    static QStringList codes(const QJsonObject &o, const QString &step)
    {
        QStringList c;
        for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
            if (v[QStringLiteral("id")].toString() != step)
                continue;
            for (const QJsonValue &f : v[QStringLiteral("findings")].toArray())
                c << f[QStringLiteral("code")].toString();
        }
        return c;
    }
    QByteArray authorizedKeysLine() const
    {
        return "restrict,port-forwarding,permitopen=\"127.0.0.1:5432\",permitlisten=\"127.0.0.1:"
               "1\",command=\"/usr/sbin/nologin\" " +
               key.publicLine.toUtf8() + '\n';
    }

    QTemporaryDir scratch;
    sandbox::StitchKey key;
};

const QString kNoSelfTest = QStringLiteral("--no-self-test");
const QString kJson = QStringLiteral("--json");

} // namespace

TEST_F(CliCommands, CheckChangesNothingAndItsReportSaysWhatIsMissing)
{
    const QByteArray before = sandbox::serverState();
    const QString reportJson = scratch.filePath(QStringLiteral("check.json"));
    CliRun r = runCli(setupArgs(QStringLiteral("check"), QStringLiteral("stitchclicheck"))
                      << kJson << QStringLiteral("--report") << reportJson);
    EXPECT_EQ(r.exitCode, 1) << "the tunnel user is missing: a failing check\n"
                             << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(sandbox::serverState(), before) << "check changes nothing";
    const QJsonObject o = json(r);
    EXPECT_EQ(clirun::stepStatuses(o), QStringLiteral("firewall=warn database=pass public_key=pass "
                                                      "tunnel_user=fail finish=skipped"));
    EXPECT_TRUE(codes(o, QStringLiteral("tunnel_user")).contains(QStringLiteral("user.missing")))
        << codes(o, QStringLiteral("tunnel_user")).join(QLatin1Char(' ')).toStdString();

    // The report file: exactly these fields, with the values of this run.
    const QJsonObject report = QJsonDocument::fromJson(readFileOrMissing(reportJson)).object();
    EXPECT_EQ(report.keys(), QStringList({QStringLiteral("ok"), QStringLiteral("steps"),
                                          QStringLiteral("stitch")}))
        << readFileOrMissing(reportJson).toStdString();
    EXPECT_EQ(report.value(QStringLiteral("ok")), QJsonValue(false));
    EXPECT_EQ(clirun::stepStatuses(report), clirun::stepStatuses(o));
    EXPECT_EQ(report.value(QStringLiteral("stitch")).toObject(),
              QJsonObject({{QStringLiteral("ssh_host"), sandbox::host()},
                           {QStringLiteral("ssh_host_source"), QStringLiteral("connected_address")},
                           {QStringLiteral("ssh_port"), sandbox::sshPort()},
                           {QStringLiteral("ssh_user"), QStringLiteral("stitchclicheck")},
                           {QStringLiteral("db_host"), QStringLiteral("127.0.0.1")},
                           {QStringLiteral("db_port"), 5432}}));
    for (const QJsonValue &step : report.value(QStringLiteral("steps")).toArray()) {
        for (const QJsonValue &f : step[QStringLiteral("findings")].toArray()) {
            QStringList keys = f.toObject().keys();
            keys.removeOne(QStringLiteral("remedy")); // only where there is one
            EXPECT_EQ(keys, QStringList({QStringLiteral("code"), QStringLiteral("fix"),
                                         QStringLiteral("message"), QStringLiteral("severity")}))
                << step[QStringLiteral("id")].toString().toStdString();
        }
    }
    // The Markdown report says the same.
    const QString reportMd = scratch.filePath(QStringLiteral("check.md"));
    r = runCli(setupArgs(QStringLiteral("check"), QStringLiteral("stitchclicheck"))
               << QStringLiteral("--report") << reportMd);
    EXPECT_EQ(r.exitCode, 1);
    const QByteArray md = readFileOrMissing(reportMd);
    EXPECT_TRUE(md.contains("stitchclicheck")) << md.toStdString();
    EXPECT_TRUE(md.contains("user.missing") || md.contains("does not exist")) << md.toStdString();
}

TEST_F(CliCommands, ApplyThenRemoveThenRemoveUser)
{
    const QString user = QStringLiteral("stitchcliapply");
    const QString ak = QStringLiteral("/home/stitchcliapply/.ssh/authorized_keys");
    const auto cleanup = qScopeGuard(
        [] { sandbox::shell(QStringLiteral("userdel -r stitchcliapply 2>/dev/null")); });
    CliRun r = runCli(setupArgs(QStringLiteral("apply"), user) << kJson);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(clirun::stepStatuses(json(r)),
              QStringLiteral("firewall=warn database=pass public_key=pass "
                             "tunnel_user=changed finish=warn"));
    EXPECT_EQ(readFileOrMissing(ak), authorizedKeysLine());
    EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c '%a %U %G' /home/stitchcliapply/.ssh ") + ak),
              QByteArray("700 stitchcliapply stitchcliapply\n600 stitchcliapply stitchcliapply\n"));

    r = runCli(args(QStringLiteral("remove"), user) << kJson);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(readFileOrMissing(ak), QByteArray()) << "Stitch's key is out, the file stays";
    int rc = -1;
    sandbox::shell(QStringLiteral("getent passwd stitchcliapply"), &rc);
    EXPECT_EQ(rc, 0) << "without --remove-user the user stays";

    r = runCli(args(QStringLiteral("remove"), user) << QStringLiteral("--remove-user") << kJson);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    sandbox::shell(QStringLiteral("getent passwd stitchcliapply"), &rc);
    EXPECT_EQ(rc, 2) << "--remove-user deletes the user";
    sandbox::shell(QStringLiteral("getent group stitchcliapply"), &rc);
    EXPECT_EQ(rc, 2) << "and its group";
}

// --public-host is Stitch's SSH Host in the JSON, the text and the reports; the private-address
// warning of step 5 (the sandbox is 127.0.0.1) stays until a public name is given.
TEST_F(CliCommands, PublicHostIsTheSshHostForStitchEverywhere)
{
    const QString user = QStringLiteral("stitchclipublic");
    const auto cleanup = qScopeGuard(
        [] { sandbox::shell(QStringLiteral("userdel -r stitchclipublic 2>/dev/null")); });
    const QString publicHost = QStringLiteral("--public-host");
    const QString name = QStringLiteral("bastion.example.com");
    const QByteArray before = sandbox::serverState();

    // check: JSON and both report files.
    const QString reportMd = scratch.filePath(QStringLiteral("check.md"));
    const QString reportJson = scratch.filePath(QStringLiteral("check.json"));
    CliRun r = runCli(setupArgs(QStringLiteral("check"), user)
                      << publicHost << QStringLiteral("Bastion.Example.com") << kJson
                      << QStringLiteral("--report") << reportJson);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    QJsonObject stitch = json(r).value(QStringLiteral("stitch")).toObject();
    EXPECT_EQ(stitch.value(QStringLiteral("ssh_host")).toString(), name);
    EXPECT_EQ(stitch.value(QStringLiteral("ssh_host_source")).toString(),
              QStringLiteral("public_host"));
    EXPECT_EQ(QJsonDocument::fromJson(readFileOrMissing(reportJson))
                  .object()
                  .value(QStringLiteral("stitch"))
                  .toObject(),
              stitch);
    r = runCli(setupArgs(QStringLiteral("check"), user)
               << publicHost << name << QStringLiteral("--report") << reportMd);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("  SSH Host         bastion.example.com\n")))
        << r.out.toStdString();
    EXPECT_TRUE(readFileOrMissing(reportMd).contains("| SSH Host | bastion.example.com |"))
        << readFileOrMissing(reportMd).toStdString();
    EXPECT_EQ(sandbox::serverState(), before) << "check changes nothing";

    // A bad value: exit 2 with the error, before anything runs.
    for (const char *bad :
         {"ssh://bastion.example.com", "bastion.example.com:22", "a b", "$(id)"}) {
        r = runCli(setupArgs(QStringLiteral("apply"), user)
                   << publicHost << QString::fromLatin1(bad) << kJson);
        EXPECT_EQ(r.exitCode, 2) << bad << r.out.toStdString();
        const QJsonObject error = json(r).value(QStringLiteral("error")).toObject();
        EXPECT_TRUE(error.value(QStringLiteral("message"))
                        .toString()
                        .startsWith(QStringLiteral("--public-host: ")))
            << bad << r.out.toStdString();
        EXPECT_FALSE(error.value(QStringLiteral("fix")).toString().isEmpty()) << bad;
        EXPECT_EQ(sandbox::serverState(), before) << bad << ": nothing changed";
    }
    r = runCli(setupArgs(QStringLiteral("apply"), user)
               << publicHost << QStringLiteral("bastion.example.com:22"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("port"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("bastion.example.com"))) << r.err.toStdString();

    // apply with a public host that is itself private: the warning stays, naming it.
    r = runCli(setupArgs(QStringLiteral("apply"), user)
               << publicHost << QStringLiteral("10.20.30.40") << kJson);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    QJsonObject o = json(r);
    EXPECT_TRUE(
        codes(o, QStringLiteral("finish")).contains(QStringLiteral("finish.private_ssh_host")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("--public-host"))) << "the fix names the option";
    EXPECT_EQ(o.value(QStringLiteral("stitch")).toObject().value(QStringLiteral("ssh_host")),
              QJsonValue(QStringLiteral("10.20.30.40")));

    // apply with a public name: the warning is gone, the self-test still ran.
    r = runCli(setupArgs(QStringLiteral("apply"), user) << publicHost << name << kJson);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    o = json(r);
    EXPECT_EQ(clirun::stepStatuses(o), QStringLiteral("firewall=warn database=pass public_key=pass "
                                                      "tunnel_user=pass finish=pass"));
    EXPECT_FALSE(
        codes(o, QStringLiteral("finish")).contains(QStringLiteral("finish.private_ssh_host")));
    EXPECT_TRUE(codes(o, QStringLiteral("finish")).contains(QStringLiteral("selftest.login")));
    EXPECT_EQ(o.value(QStringLiteral("stitch")).toObject().value(QStringLiteral("ssh_host")),
              QJsonValue(name));
}

// --region picks the addresses allowed in the firewall; --remove-firewall-rules takes exactly
// those out again and leaves the admin's own rule.
TEST_F(CliCommands, RegionRulesAreAddedAndRemovedWithRemoveFirewallRules)
{
    sandbox::resetFirewall();
    const auto restore = qScopeGuard([] {
        sandbox::resetFirewall();
        sandbox::shell(QStringLiteral("userdel -r stitchcliregion 2>/dev/null"));
    });
    sandbox::shell(QStringLiteral("ufw allow %1/tcp >/dev/null && ufw --force enable >/dev/null")
                       .arg(sandbox::sshPort()));
    const QString user = QStringLiteral("stitchcliregion");
    CliRun r =
        runCli(setupArgs(QStringLiteral("apply"), user)
               << QStringLiteral("--region") << QStringLiteral("europe") << kNoSelfTest << kJson);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QByteArray rules = sandbox::shell(
        QStringLiteral("ufw status | grep 'stitch-tunnel' | awk '{print $3}' | sort"));
    EXPECT_EQ(rules, QByteArray("18.158.16.164\n18.158.251.55\n3.126.102.29\n52.57.235.168\n"))
        << "Europe's four addresses, not North America's";

    r = runCli(args(QStringLiteral("remove"), user)
               << QStringLiteral("--remove-firewall-rules") << kJson);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QByteArray status = sandbox::shell(QStringLiteral("ufw status"));
    EXPECT_EQ(status.count("stitch-tunnel"), 0) << status.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("ufw status | grep -c '^%1/tcp *ALLOW *Anywhere *$'")
                                 .arg(sandbox::sshPort())),
              QByteArray("1\n"))
        << "the admin's own rule stays\n"
        << status.toStdString();
}

TEST_F(CliCommands, DbTypeChoosesTheProtocolSpoken)
{
    // MariaDB answers as MySQL; the default (PostgreSQL) would only see a wrong protocol there.
    CliRun r =
        runCli(setupArgs(QStringLiteral("check"), QStringLiteral("stitchclidb"))
               << QStringLiteral("--db-type") << QStringLiteral("mysql")
               << QStringLiteral("--db-port") << QString::number(sandbox::mysqlPort()) << kJson);
    const QJsonObject o = json(r);
    EXPECT_TRUE(clirun::stepStatuses(o).contains(QStringLiteral("database=pass")))
        << r.out.toStdString();
    r = runCli(setupArgs(QStringLiteral("check"), QStringLiteral("stitchclidb"))
               << QStringLiteral("--db-port") << QString::number(sandbox::mysqlPort()) << kJson);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(clirun::stepStatuses(json(r)).contains(QStringLiteral("database=fail")))
        << r.out.toStdString();
}

TEST_F(CliCommands, AgentLogsInWithTheKeysInSshAgent)
{
    // The sandbox's ssh-agent holds stitchadmin's key (tests/sandbox/run-in-sandbox.sh).
    QStringList connect = clirun::connectArgs(scratch, QStringLiteral("stitchadmin"))
                          << QStringLiteral("--host-key-fingerprint")
                          << sandbox::hostKeyFingerprint() << QStringLiteral("--agent")
                          << QStringLiteral("--sudo-password-file")
                          << sandbox::file(QStringLiteral("stitchadmin.password")) << kJson;
    CliRun r = runCli(connect);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("agent"))) << r.out.toStdString();

    QProcessEnvironment noAgent = QProcessEnvironment::systemEnvironment();
    noAgent.remove(QStringLiteral("SSH_AUTH_SOCK"));
    r = runCli(connect, noAgent);
    EXPECT_EQ(r.exitCode, 3) << "no agent, no login\n" << r.out.toStdString();
}

TEST_F(CliCommands, ADatabaseThatAnswersInAnotherProtocolFailsTheCheck)
{
    // MySQL chosen, PostgreSQL on the port: Stitch could never log in, so no green and no exit 0.
    const CliRun r =
        runCli(setupArgs(QStringLiteral("check"), QStringLiteral("stitchcliproto"))
               << QStringLiteral("--db-type") << QStringLiteral("mysql")
               << QStringLiteral("--db-port") << QString::number(sandbox::postgresPort()) << kJson);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_TRUE(clirun::stepStatuses(o).contains(QStringLiteral("database=fail")))
        << clirun::stepStatuses(o).toStdString();
    // PostgreSQL waits for the client to speak first, so a MySQL client hears nothing.
    EXPECT_TRUE(codes(o, QStringLiteral("database")).contains(QStringLiteral("db.no_answer")))
        << codes(o, QStringLiteral("database")).join(QLatin1Char(' ')).toStdString();
}

TEST_F(CliCommands, AnUnwritableReportPathIsRefusedBeforeAnythingChanges)
{
    const QString user = QStringLiteral("stitchclireport");
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    const QByteArray before = sandbox::serverState();
    const QString missing = scratch.filePath(QStringLiteral("no/such/folder/report.md"));
    CliRun r = runCli(setupArgs(QStringLiteral("apply"), user)
                      << kNoSelfTest << QStringLiteral("--report") << missing);
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("the folder %1 does not exist")
                                   .arg(scratch.filePath(QStringLiteral("no/such/folder")))))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was sent to the server")))
        << r.err.toStdString();
    EXPECT_EQ(sandbox::serverState(), before) << "a refused report path changes nothing";
    const QString folder = scratch.filePath(QStringLiteral("a-folder.md"));
    ASSERT_TRUE(QDir().mkpath(folder));
    r = runCli(setupArgs(QStringLiteral("check"), user) << QStringLiteral("--report") << folder);
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("it is a folder"))) << r.err.toStdString();
}

TEST_F(CliCommands, AReRunWhoseDatabaseFailsKeepsTheWorkingTunnel)
{
    const QString user = QStringLiteral("stitchclikeep");
    const QString ak = QStringLiteral("/home/%1/.ssh/authorized_keys").arg(user);
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    CliRun r = runCli(setupArgs(QStringLiteral("apply"), user) << kNoSelfTest);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QByteArray working = readFileOrMissing(ak);
    ASSERT_EQ(working, authorizedKeysLine());
    const QByteArray before = sandbox::serverState();

    // A mistyped port: nothing listens there.
    r = runCli(setupArgs(QStringLiteral("apply"), user)
               << kNoSelfTest << QStringLiteral("--db-port") << QStringLiteral("5433") << kJson);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_TRUE(clirun::stepStatuses(o).contains(QStringLiteral("database=fail")))
        << clirun::stepStatuses(o).toStdString();
    EXPECT_TRUE(codes(o, QStringLiteral("tunnel_user"))
                    .contains(QStringLiteral("apply.kept_working_setup")))
        << r.out.toStdString();
    EXPECT_EQ(readFileOrMissing(ak), working) << "the working key line was rewritten";
    EXPECT_EQ(sandbox::serverState(), before) << "a failed re-run changed the server";

    // And the tunnel to 5432 still carries Stitch's traffic.
    int rc = -1;
    const QByteArray out = sandbox::shell(
        QStringLiteral(
            "ssh -N -F none -o BatchMode=yes -o ExitOnForwardFailure=yes -o IdentitiesOnly=yes "
            "-o StrictHostKeyChecking=yes -o UserKnownHostsFile=$STITCH_SANDBOX_DIR/known_hosts "
            "-i %1 -p %2 -L 127.0.0.1:15437:127.0.0.1:5432 %3@127.0.0.1 & tunnel=$!; "
            "i=0; until pg_isready -q -h 127.0.0.1 -p 15437 || [ $i -ge 50 ]; do "
            "sleep 0.1; i=$((i+1)); done; "
            "PGPASSWORD=$(cat $STITCH_SANDBOX_DIR/postgres.password) psql -h 127.0.0.1 "
            "-p 15437 -U stitch_demo -d stitch_demo -tAc 'SELECT 1'; r=$?; kill $tunnel; exit $r")
            .arg(key.privatePath())
            .arg(sandbox::sshPort())
            .arg(user),
        &rc);
    EXPECT_EQ(rc, 0) << out.toStdString();
    EXPECT_EQ(out, QByteArray("1\n"));
}

namespace {

QString fingerprintOf(const sandbox::StitchKey &key)
{
    return QString::fromUtf8(
               sandbox::shell(
                   QStringLiteral("ssh-keygen -lf %1.pub | cut -d' ' -f2").arg(key.privatePath())))
        .trimmed();
}

} // namespace

TEST_F(CliCommands, ANewStitchKeyReplacesTheOldOneAndRemoveTakesEveryRecordedKey)
{
    const QString user = QStringLiteral("stitchclirotate");
    const QString ak = QStringLiteral("/home/%1/.ssh/authorized_keys").arg(user);
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    const sandbox::StitchKey rotated;
    const auto applyWith = [&](const sandbox::StitchKey &k, const QStringList &extra = {}) {
        return runCli(clirun::adminArgs(QStringLiteral("apply"), scratch)
                      << QStringLiteral("--public-key") << k.publicLine
                      << QStringLiteral("--tunnel-user") << user << QStringLiteral("--db-host")
                      << QStringLiteral("127.0.0.1") << QStringLiteral("--db-user")
                      << QStringLiteral("stitch_demo") << kNoSelfTest << extra);
    };

    CliRun r = applyWith(key);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    ASSERT_TRUE(key.opensTunnelAs(user));

    // Stitch's key rotated: the new one replaces the old, and says so.
    r = applyWith(rotated);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("replaced Stitch key %1 by %2")
                                   .arg(fingerprintOf(key), fingerprintOf(rotated))))
        << r.out.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep -c . ") + ak), QByteArray("1\n"));
    EXPECT_FALSE(key.opensTunnelAs(user)) << "the old Stitch key still opens the tunnel";
    EXPECT_TRUE(rotated.opensTunnelAs(user));

    // --keep-old-key keeps both, and check names the earlier one.
    r = applyWith(key, {QStringLiteral("--keep-old-key")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(key.opensTunnelAs(user));
    EXPECT_TRUE(rotated.opensTunnelAs(user));
    r = runCli(setupArgs(QStringLiteral("check"), user) << kJson);
    EXPECT_TRUE(codes(json(r), QStringLiteral("tunnel_user"))
                    .contains(QStringLiteral("user.older_stitch_key")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(fingerprintOf(rotated))) << r.out.toStdString();

    // remove without the key: every key this tool recorded goes, and none opens a tunnel.
    r = runCli(clirun::adminArgs(QStringLiteral("remove"), scratch)
               << QStringLiteral("--tunnel-user") << user);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_FALSE(key.opensTunnelAs(user));
    EXPECT_FALSE(rotated.opensTunnelAs(user));
    EXPECT_EQ(readFileOrMissing(ak), QByteArray());
    EXPECT_FALSE(sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record 2>/dev/null"))
                     .contains(" " + user.toUtf8() + " "))
        << "the record still names the removed keys";

    // Nothing left to remove: said, not a silent pass.
    r = runCli(clirun::adminArgs(QStringLiteral("remove"), scratch)
               << QStringLiteral("--tunnel-user") << user);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("no Stitch key of this tool is recorded for %1").arg(user)))
        << r.out.toStdString();
}

// "-" is standard input for the file options (one of them at a time) and standard output for
// playbook --output: a password piped in logs in, a key piped in is the key that is checked.
TEST_F(CliCommands, DashReadsStandardInputAndWritesStandardOutput)
{
    QStringList check = clirun::adminArgs(QStringLiteral("check"), scratch);
    const int at = static_cast<int>(check.indexOf(QStringLiteral("--password-file")));
    ASSERT_GE(at, 0);
    const QByteArray password =
        readFileOrMissing(sandbox::file(QStringLiteral("stitchadmin.password")));
    check[at + 1] = QStringLiteral("-");
    check << QStringLiteral("--public-key") << key.publicLine << QStringLiteral("--tunnel-user")
          << QStringLiteral("stitchdash") << QStringLiteral("--db-host")
          << QStringLiteral("127.0.0.1") << kJson;
    const CliRun viaStdin = runCli(check, QProcessEnvironment::systemEnvironment(), password);
    EXPECT_NE(viaStdin.exitCode, 3) << "the password piped in did not log in:\n"
                                    << viaStdin.out.toStdString() << viaStdin.err.toStdString();
    EXPECT_EQ(json(viaStdin).value(QStringLiteral("steps")).toArray().size(), 5)
        << viaStdin.out.toStdString();

    QStringList keyFromStdin = setupArgs(QStringLiteral("check"), QStringLiteral("stitchdash"));
    const int keyAt = static_cast<int>(keyFromStdin.indexOf(QStringLiteral("--public-key")));
    keyFromStdin[keyAt] = QStringLiteral("--public-key-file");
    keyFromStdin[keyAt + 1] = QStringLiteral("-");
    keyFromStdin << kJson;
    const CliRun keyRun = runCli(keyFromStdin, QProcessEnvironment::systemEnvironment(),
                                 key.publicLine.toUtf8() + '\n');
    EXPECT_TRUE(
        codes(json(keyRun), QStringLiteral("public_key")).contains(QStringLiteral("key.valid")))
        << keyRun.out.toStdString();

    // Both from standard input: refused before anything is read or connected.
    QStringList both = keyFromStdin;
    both[both.indexOf(QStringLiteral("--password-file")) + 1] = QStringLiteral("-");
    const CliRun refused = runCli(both);
    EXPECT_EQ(refused.exitCode, 2) << refused.out.toStdString() << refused.err.toStdString();
    EXPECT_TRUE(refused.out.contains(QLatin1String("Only one option can read standard input")))
        << refused.out.toStdString();

    const CliRun playbook =
        runCli({QStringLiteral("playbook"), QStringLiteral("--public-key"), key.publicLine,
                QStringLiteral("--output"), QStringLiteral("-")});
    EXPECT_EQ(playbook.exitCode, 0) << playbook.err.toStdString();
    EXPECT_TRUE(playbook.out.startsWith(QLatin1String("#")))
        << playbook.out.left(200).toStdString();
    EXPECT_FALSE(QFile::exists(QStringLiteral("-")));
}

// --enable-firewall says first what turning ufw on closes (a service listening on 8081 here),
// keeps SSH open to the range --keep-ssh-from names, records what it did, and remove leaves ufw
// on and says so. --keep-ssh-from alone is a usage error.
TEST_F(CliCommands, EnableFirewallSaysWhatItClosesAndKeepsSshOpenWhereAsked)
{
    sandbox::resetFirewall();
    sandbox::shell(QStringLiteral("rm -rf /var/lib/stitch-tunnel"));
    const QString user = QStringLiteral("stitchcliufwon");
    const auto restore = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("pkill -f stitch-listen-8081; userdel -r %1 2>/dev/null; "
                                      "rm -rf /var/lib/stitch-tunnel")
                           .arg(user));
        sandbox::resetFirewall();
    });
    sandbox::shell(QStringLiteral(
        "python3 -c 'import socket, time; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, "
        "socket.SO_REUSEADDR, 1); s.bind((\"0.0.0.0\", 8081)); s.listen(); time.sleep(600)' "
        "stitch-listen-8081 </dev/null >/dev/null 2>&1 &"));
    for (int i = 0;
         i < 50 && !sandbox::shell(QStringLiteral("ss -Hltn 'sport = :8081'")).contains("8081");
         ++i)
        QThread::msleep(100);
    const QString keep = QStringLiteral("198.18.5.0/24");

    const CliRun alone = runCli(setupArgs(QStringLiteral("check"), user)
                                << QStringLiteral("--keep-ssh-from") << keep);
    EXPECT_EQ(alone.exitCode, 2) << alone.out.toStdString() << alone.err.toStdString();
    EXPECT_TRUE(
        (alone.out + alone.err).contains(QLatin1String("--keep-ssh-from needs --enable-firewall")));

    const QStringList enable{QStringLiteral("--enable-firewall"), QStringLiteral("--keep-ssh-from"),
                             keep};
    const CliRun check = runCli(setupArgs(QStringLiteral("check"), user) << enable << kJson);
    QString closes;
    for (const QJsonValue &v : json(check).value(QStringLiteral("steps")).toArray()) {
        for (const QJsonValue &f : v[QStringLiteral("findings")].toArray()) {
            if (f[QStringLiteral("code")].toString() == QLatin1String("firewall.enable_closes"))
                closes = f[QStringLiteral("severity")].toString() + QLatin1Char(' ') +
                         f[QStringLiteral("message")].toString();
        }
    }
    EXPECT_TRUE(closes.startsWith(QLatin1String("warn "))) << check.out.toStdString();
    EXPECT_TRUE(closes.contains(QLatin1String("8081"))) << closes.toStdString();
    EXPECT_TRUE(closes.contains(keep)) << closes.toStdString();
    EXPECT_FALSE(closes.contains(QStringLiteral("%1,").arg(sandbox::sshPort())))
        << "SSH's own port is not among the closed ones: " << closes.toStdString();

    CliRun r = runCli(setupArgs(QStringLiteral("apply"), user) << enable << kNoSelfTest << kJson);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QByteArray status = sandbox::shell(QStringLiteral("ufw status"));
    EXPECT_TRUE(status.contains("Status: active")) << status.toStdString();
    EXPECT_EQ(sandbox::shell(
                  QStringLiteral("ufw status | grep -c '198.18.5.0/24 *# stitch-tunnel admin'")),
              QByteArray("1\n"))
        << status.toStdString();
    const QByteArray record = sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record"));
    EXPECT_TRUE(record.contains(
        QStringLiteral("admin-rule ufw %1 %2\n").arg(keep).arg(sandbox::sshPort()).toUtf8()))
        << record.toStdString();
    EXPECT_TRUE(record.contains("\nufw-enabled\n")) << record.toStdString();

    r = runCli(args(QStringLiteral("remove"), user)
               << QStringLiteral("--remove-firewall-rules") << kJson);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(codes(json(r), QStringLiteral("firewall"))
                    .contains(QStringLiteral("firewall.ufw_stays_on")))
        << r.out.toStdString();
    EXPECT_TRUE(sandbox::shell(QStringLiteral("ufw status")).contains("Status: active"));
}

// remove --turn-off-ufw undoes what --enable-firewall turned on: refused, changing nothing,
// while the server's record does not say this tool turned ufw on; after apply turned it on,
// ufw is inactive again, the rule that admitted the admin is gone and the record keeps neither.
TEST_F(CliCommands, TurnOffUfwUndoesOnlyWhatThisToolTurnedOn)
{
    sandbox::resetFirewall();
    sandbox::shell(QStringLiteral("rm -rf /var/lib/stitch-tunnel"));
    const QString user = QStringLiteral("stitchcliufwoff");
    const auto restore = qScopeGuard([&] {
        sandbox::shell(
            QStringLiteral("userdel -r %1 2>/dev/null; rm -rf /var/lib/stitch-tunnel").arg(user));
        sandbox::resetFirewall();
    });
    const QString turnOff = QStringLiteral("--turn-off-ufw");
    // What a refusal must leave as it was (serverState() also holds iptables' packet counters,
    // which SSH traffic changes while ufw is on).
    const auto state = [] {
        return sandbox::shell(QStringLiteral(
            "ufw status verbose; ufw show added; cat /var/lib/stitch-tunnel/record 2>/dev/null; "
            "cat /etc/passwd /etc/group; find /home -name authorized_keys -exec sha256sum {} +"));
    };

    // The admin's own ufw, not ours: refused before any change.
    sandbox::shell(QStringLiteral("ufw --force enable >/dev/null"));
    QByteArray before = state();
    CliRun r = runCli(args(QStringLiteral("remove"), user) << turnOff);
    EXPECT_NE(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE((r.out + r.err).contains(QLatin1String("ufw was not turned on by this tool")))
        << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(state(), before);
    EXPECT_TRUE(sandbox::shell(QStringLiteral("ufw status")).contains("Status: active"));
    sandbox::resetFirewall();

    r = runCli(setupArgs(QStringLiteral("apply"), user)
               << QStringLiteral("--enable-firewall") << kNoSelfTest << kJson);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    ASSERT_TRUE(sandbox::shell(QStringLiteral("ufw status")).contains("Status: active"));
    QByteArray record = sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record"));
    ASSERT_TRUE(record.contains("\nufw-enabled\n")) << record.toStdString();
    ASSERT_TRUE(record.contains("admin-rule ufw ")) << record.toStdString();

    r = runCli(args(QStringLiteral("remove"), user)
               << QStringLiteral("--remove-firewall-rules") << turnOff << kJson);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QStringList firewall = codes(json(r), QStringLiteral("firewall"));
    EXPECT_FALSE(firewall.contains(QStringLiteral("firewall.ufw_stays_on")))
        << firewall.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("ufw turned off"))) << r.out.toStdString();
    const QByteArray status = sandbox::shell(QStringLiteral("ufw status"));
    EXPECT_TRUE(status.contains("Status: inactive")) << status.toStdString();
    EXPECT_FALSE(sandbox::shell(QStringLiteral("ufw show added")).contains("stitch-tunnel"))
        << sandbox::shell(QStringLiteral("ufw show added")).toStdString();
    record = sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record 2>/dev/null"));
    EXPECT_FALSE(record.contains("ufw-enabled")) << record.toStdString();
    EXPECT_FALSE(record.contains("admin-rule")) << record.toStdString();
    EXPECT_FALSE(record.contains("rule ufw")) << record.toStdString();

    // Now the record says nothing of ufw: asking again is refused, and changes nothing.
    before = state();
    r = runCli(args(QStringLiteral("remove"), user) << turnOff);
    EXPECT_NE(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(state(), before);
}

// apply stops before any change on an account the tool did not make, and its fix names the
// option that confirms it (as check's does), not core's words for the wizard.
TEST_F(CliCommands, ApplyOnAnExistingAccountNamesAdoptExistingUser)
{
    const QString user = QStringLiteral("stitchexisting");
    sandbox::shell(QStringLiteral("useradd -m -s /usr/sbin/nologin %1").arg(user));
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    const QByteArray before = sandbox::serverState();
    const CliRun r = runCli(setupArgs(QStringLiteral("apply"), user) << kNoSelfTest);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE((r.out + r.err).contains(QLatin1String("--adopt-existing-user")))
        << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(sandbox::serverState(), before);
}

// A connection that fails keeps the operating system's own reason.
TEST_F(CliCommands, AConnectErrorKeepsTheSystemsReason)
{
    QStringList a = clirun::adminArgs(QStringLiteral("connect"), scratch);
    a[a.indexOf(QStringLiteral("--host")) + 1] = QStringLiteral("no-such-host.invalid");
    const CliRun r = runCli(a);
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("could not be found (")))
        << r.out.toStdString() << r.err.toStdString();
}

// A login shell that prints without a line break (a terminal-title escape in .bashrc, which
// bash reads even for `ssh host command`) does not hide the admin's own address: --enable-firewall
// still knows it, allows it first and turns ufw on.
TEST_F(CliCommands, ALoginShellThatPrintsDoesNotHideTheAdminsAddress)
{
    sandbox::resetFirewall();
    const QString user = QStringLiteral("stitchclititle");
    const QByteArray bashrc = sandbox::shell(QStringLiteral("cat /home/stitchadmin/.bashrc"));
    const auto restore = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("printf '%s' %1 | base64 -d >/home/stitchadmin/.bashrc; "
                                      "userdel -r %2 2>/dev/null; rm -rf /var/lib/stitch-tunnel")
                           .arg(QString::fromLatin1(bashrc.toBase64()), user));
        sandbox::resetFirewall();
    });
    sandbox::shell(QStringLiteral("printf '%s\\n' \"printf '\\\\033]0;admin@bastion\\\\007'\" "
                                  "| cat - /home/stitchadmin/.bashrc >/tmp/bashrc.new && "
                                  "cat /tmp/bashrc.new >/home/stitchadmin/.bashrc"));
    ASSERT_TRUE(sandbox::shell(QStringLiteral("head -n 1 /home/stitchadmin/.bashrc"))
                    .startsWith("printf '\\033]0;"));
    const CliRun r = runCli(setupArgs(QStringLiteral("apply"), user)
                            << QStringLiteral("--enable-firewall") << kNoSelfTest);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("ufw status | grep -c '127.0.0.1 *# stitch-tunnel "
                                            "admin'")),
              QByteArray("1\n"))
        << sandbox::shell(QStringLiteral("ufw status")).toStdString();
}

// The disk that holds ~/.ssh is full: authorized_keys stays as it was, and the error says the
// operating system's reason, not "cannot read".
TEST_F(CliCommands, AFullDiskKeepsAuthorizedKeysAndSaysWhy)
{
    const QString user = QStringLiteral("stitchfulldisk");
    const QString ssh = QStringLiteral("/home/%1/.ssh").arg(user);
    sandbox::shell(QStringLiteral("useradd -m -s /usr/sbin/nologin -c %1 %2 && mkdir -m 700 %3 && "
                                  "mount -t tmpfs -o size=16k,mode=700,uid=$(id -u %2),gid=$(id -g "
                                  "%2) stitch-full %3 && runuser -u %2 -- sh -c 'printf \"%4\\n\" "
                                  ">%3/authorized_keys && chmod 600 %3/authorized_keys && dd "
                                  "if=/dev/zero of=%3/fill bs=1k 2>/dev/null; true'")
                       .arg(stitch::shellQuote(stitch::setup::tunnelAccountMarker()).value(), user,
                            ssh,
                            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtherOtherOther"
                                           "OtherOtherOtherOtherOtherOth0 laptop")));
    const auto cleanup = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("umount -l %1; userdel -r %2 2>/dev/null").arg(ssh, user));
    });
    const QByteArray before = sandbox::shell(QStringLiteral("cat %1/authorized_keys").arg(ssh));
    ASSERT_TRUE(before.contains("laptop")) << before.toStdString();
    const CliRun r = runCli(setupArgs(QStringLiteral("apply"), user) << kNoSelfTest);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QLatin1String("No space left on device")))
        << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("cat %1/authorized_keys").arg(ssh)), before);
}

// remove without --remove-firewall-rules says which rules stay (by the record) and how to take
// them out; with it, they go and nothing is said to stay.
TEST_F(CliCommands, RemoveSaysWhichFirewallRulesStay)
{
    sandbox::resetFirewall();
    sandbox::shell(QStringLiteral("rm -rf /var/lib/stitch-tunnel"));
    const QString user = QStringLiteral("stitchclikept");
    const auto restore = qScopeGuard([&] {
        sandbox::resetFirewall();
        sandbox::shell(
            QStringLiteral("userdel -r %1 2>/dev/null; rm -rf /var/lib/stitch-tunnel").arg(user));
    });
    sandbox::shell(QStringLiteral("ufw allow %1/tcp >/dev/null && ufw --force enable >/dev/null")
                       .arg(sandbox::sshPort()));
    CliRun r = runCli(setupArgs(QStringLiteral("apply"), user) << kNoSelfTest);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();

    r = runCli(args(QStringLiteral("remove"), user) << kJson);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(
        codes(json(r), QStringLiteral("firewall")).contains(QStringLiteral("firewall.rules_kept")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("--remove-firewall-rules"))) << r.out.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("ufw status | grep -c '# stitch-tunnel$'")),
              QByteArray("4\n"));

    r = runCli(args(QStringLiteral("remove"), user)
               << QStringLiteral("--remove-firewall-rules") << kJson);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_FALSE(
        codes(json(r), QStringLiteral("firewall")).contains(QStringLiteral("firewall.rules_kept")))
        << r.out.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("ufw status | grep -c '# stitch-tunnel$'")),
              QByteArray("0\n"));
}
