// "Did Stitch get in?" with Stitch acting from its own address: a network namespace holding one
// of the North America region's real addresses (tests/sandbox/stitch-side.sh) runs the stock
// OpenSSH client with Stitch's key and opens `-N -L` to the database, as Stitch does, while
// `stitch-tunnel watch --region north-america` reads sshd's log. sshd logs through rsyslogd to
// /var/log/auth.log, the file the watch reads on a stock Debian server. Each case must come out
// of `watch --json` with its own cause: exit code, finding codes, and what Stitch saw.
#include "cli_run.h"
#include "sandbox_env.h"
#include "watch_run.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace clirun;
using namespace watchrun;

namespace {

const QString kStitchAddress = QStringLiteral("52.23.137.21"); // north-america's first
const QString kUser = QStringLiteral("stitchside");

QByteArray sideCtl(const QString &args, int *rc)
{
    return sandbox::shell(QStringLiteral("\"$STITCH_SANDBOX_STITCH_SIDE_CTL\" %1 2>&1").arg(args),
                          rc);
}

class StitchFromItsAddress : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sshd.kept());
        int rc = -1;
        const QByteArray out = sideCtl(QStringLiteral("start ") + kStitchAddress, &rc);
        // Never a silent skip: without Stitch's side there is nothing to test.
        ASSERT_EQ(rc, 0) << "Stitch's side could not be set up: " << out.toStdString();
    }
    void TearDown() override
    {
        int rc = -1;
        const QByteArray out = sideCtl(QStringLiteral("stop"), &rc);
        EXPECT_EQ(rc, 0) << "stitch-side.sh stop: " << out.toStdString();
        sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null; userdel -r %1rsa 2>/dev/null; "
                                      "rm -rf /var/lib/stitch-tunnel")
                           .arg(kUser));
    }
    QStringList args(const QString &command, const QString &user, const QString &publicKey) const
    {
        return adminArgs(command, scratch)
               << QStringLiteral("--public-key") << publicKey << QStringLiteral("--tunnel-user")
               << user << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1")
               << QStringLiteral("--region") << QStringLiteral("north-america")
               << QStringLiteral("--json");
    }
    // apply for `user` with `publicKey`, asserted to work.
    void apply(const QString &user, const QString &publicKey, const QStringList &more = {})
    {
        const CliRun r = runCli(args(QStringLiteral("apply"), user, publicKey)
                                << QStringLiteral("--no-self-test") << more);
        ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    }
    // `watch` for `minutes` with `publicKey` as the one installed.
    QStringList watch(const QString &user, const QString &publicKey,
                      const QString &minutes = QStringLiteral("0.2")) const
    {
        return args(QStringLiteral("watch"), user, publicKey)
               << QStringLiteral("--minutes") << minutes;
    }
    // Stitch, from its namespace: `ssh -N -L` to the database port `port` as `user` with the
    // private key `key` (and `options`), then a query through the tunnel, then `after` (shell)
    // while the tunnel is still up. Prints psql's answer ("42" when the database was reached)
    // or its error.
    static QString stitch(const QString &key, const QString &user,
                          const QString &port = QString::number(sandbox::postgresPort()),
                          const QString &options = {}, const QString &after = {})
    {
        return QStringLiteral(
                   "C=$STITCH_SANDBOX_STITCH_SIDE_CTL; "
                   "\"$C\" run ssh -F none -o BatchMode=yes -o StrictHostKeyChecking=no "
                   "-o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o ConnectTimeout=3 "
                   "-o ExitOnForwardFailure=yes %5 -i %1 -p %2 -N -L 127.0.0.1:15432:127.0.0.1:%3 "
                   "%4@198.19.0.1 </dev/null >/dev/null 2>&1 & c=$!; i=0; "
                   "until \"$C\" run bash -c 'exec 3<>/dev/tcp/127.0.0.1/15432' 2>/dev/null || "
                   "! kill -0 $c 2>/dev/null || [ $i -ge 50 ]; do sleep 0.1; i=$((i+1)); done; "
                   "PGPASSWORD=$(cat $STITCH_SANDBOX_DIR/postgres.password) PGCONNECT_TIMEOUT=3 "
                   "timeout 10 \"$C\" run psql -h 127.0.0.1 -p 15432 -U stitch_demo -d "
                   "stitch_demo -tAc 'select 40 + 2' 2>&1; %6 "
                   "kill $c 2>/dev/null; wait $c 2>/dev/null; true")
            .arg(key)
            .arg(sandbox::sshPort())
            .arg(port, user, options, after);
    }
    QString newKey(const QString &name, const QString &type = QStringLiteral("ed25519")) const
    {
        const QString path = scratch.filePath(name);
        sandbox::shell(
            QStringLiteral("ssh-keygen -q -t %1 -N '' -C stitch-account -f %2").arg(type, path));
        return path;
    }

    QTemporaryDir scratch;
    sandbox::StitchKey key;
    SshdConfigKeeper m_sshd;
};

} // namespace

// In: the login from Stitch's address with the key installed, the tunnel opened, and the
// database answering through it. Then a key not installed, and a tunnel to a port other than
// the one the key allows.
TEST_F(StitchFromItsAddress, WatchSeesStitchGetInOrTheKeyOrTheTunnelRefused)
{
    apply(kUser, key.publicLine);

    const WatchRun in = watchWhile(watch(kUser, key.publicLine), stitch(key.privatePath(), kUser));
    EXPECT_EQ(in.stitchOut.trimmed(), QByteArray("42")) << in.stitchOut.toStdString();
    EXPECT_EQ(in.exitCode, 0) << in.err.toStdString() << dump(in.json);
    EXPECT_EQ(in.json.value(QStringLiteral("got_in")), QJsonValue(true)) << dump(in.json);
    EXPECT_EQ(in.json.value(QStringLiteral("log_source")).toString(),
              QStringLiteral("file /var/log/auth.log"));
    EXPECT_TRUE(findingCodes(in.json).contains(QStringLiteral("stitch.got_in"))) << dump(in.json);
    const QJsonArray attempts = in.json.value(QStringLiteral("attempts")).toArray();
    ASSERT_FALSE(attempts.isEmpty()) << dump(in.json);
    EXPECT_EQ(attempts[0][QStringLiteral("address")].toString(), kStitchAddress);

    const QString other = newKey(QStringLiteral("other"));
    const WatchRun refused = watchWhile(watch(kUser, key.publicLine), stitch(other, kUser));
    EXPECT_FALSE(refused.stitchOut.contains("42")) << refused.stitchOut.toStdString();
    EXPECT_EQ(refused.exitCode, 1) << refused.err.toStdString();
    EXPECT_EQ(findingCodes(refused.json), QStringList{QStringLiteral("stitch.key_refused")})
        << dump(refused.json);

    const WatchRun forward =
        watchWhile(watch(kUser, key.publicLine),
                   stitch(key.privatePath(), kUser, QString::number(sandbox::postgresPort() + 1)));
    EXPECT_FALSE(forward.stitchOut.contains("42")) << forward.stitchOut.toStdString();
    EXPECT_EQ(forward.exitCode, 1) << forward.err.toStdString();
    EXPECT_EQ(findingCodes(forward.json), QStringList{QStringLiteral("stitch.forward_refused")})
        << dump(forward.json);
    EXPECT_TRUE(
        dump(forward.json)
            .find(QStringLiteral("127.0.0.1:%1").arg(sandbox::postgresPort() + 1).toStdString()) !=
        std::string::npos);
}

// A client that signs only with ssh-rsa (SHA-1), against an sshd that refuses it (OpenSSH
// >= 8.8's default): the watch names the key type; apply --fix-sshd then accepts ssh-rsa for the
// tunnel user alone, and the same client gets in.
TEST_F(StitchFromItsAddress, AnSshRsaOnlyClientIsNamedAndTheSshdFixLetsItIn)
{
    const QString user = kUser + QStringLiteral("rsa");
    const QString rsa = newKey(QStringLiteral("rsa"), QStringLiteral("rsa"));
    const QString rsaPublic =
        QString::fromUtf8(sandbox::shell(QStringLiteral("cat %1.pub").arg(rsa))).trimmed();
    ASSERT_TRUE(rsaPublic.startsWith(QLatin1String("ssh-rsa "))) << rsaPublic.toStdString();
    apply(user, rsaPublic);
    const QString sha1Only = QStringLiteral("-o PubkeyAcceptedAlgorithms=ssh-rsa");

    const WatchRun refused =
        watchWhile(watch(user, rsaPublic), stitch(rsa, user, QString::number(5432), sha1Only));
    EXPECT_FALSE(refused.stitchOut.contains("42")) << refused.stitchOut.toStdString();
    EXPECT_EQ(refused.exitCode, 1) << refused.err.toStdString();
    EXPECT_EQ(findingCodes(refused.json), QStringList{QStringLiteral("stitch.key_type_refused")})
        << dump(refused.json);
    EXPECT_NE(dump(refused.json).find("--fix-sshd"), std::string::npos) << dump(refused.json);

    apply(user, rsaPublic, {QStringLiteral("--fix-sshd")});
    const WatchRun in =
        watchWhile(watch(user, rsaPublic), stitch(rsa, user, QString::number(5432), sha1Only));
    EXPECT_EQ(in.stitchOut.trimmed(), QByteArray("42")) << in.stitchOut.toStdString();
    EXPECT_EQ(in.exitCode, 0) << in.err.toStdString() << dump(in.json);
    // Only for the tunnel user: sshd -T lists ssh-rsa for it, not for the admin.
    const auto acceptsSha1 = [](const QString &who) {
        return sandbox::shell(QStringLiteral("sshd -T -C user=%1,host=x,addr=%2 | grep -c -E "
                                             "'^pubkeyacceptedalgorithms (.*,)?ssh-rsa(,|$)' || "
                                             "true")
                                  .arg(who, kStitchAddress));
    };
    EXPECT_EQ(acceptsSha1(user), QByteArray("1\n"));
    EXPECT_EQ(acceptsSha1(QStringLiteral("stitchadmin")), QByteArray("0\n"));
}

// sshd admits only the users in AllowUsers, and the tunnel user is not among them.
TEST_F(StitchFromItsAddress, AnAccountSshdDoesNotAllowIsNamed)
{
    apply(kUser, key.publicLine);
    const QString err = m_sshd.with(QStringLiteral("AllowUsers stitchadmin"));
    ASSERT_TRUE(err.isEmpty()) << err.toStdString();

    const WatchRun r = watchWhile(watch(kUser, key.publicLine), stitch(key.privatePath(), kUser));
    EXPECT_FALSE(r.stitchOut.contains("42")) << r.stitchOut.toStdString();
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_EQ(findingCodes(r.json), QStringList{QStringLiteral("stitch.account_not_allowed")})
        << dump(r.json);
    EXPECT_NE(dump(r.json).find("AllowUsers"), std::string::npos) << dump(r.json);
}

// A firewall drops Stitch's address: Stitch's client times out, nothing reaches sshd, and the
// watch says so when its time is up, with the firewall and the SSH Host/Port as the causes. Then
// sshd at LogLevel QUIET: the watch says it cannot see, at once.
TEST_F(StitchFromItsAddress, NothingArrivesThroughAFirewallAndAQuietSshdIsSaid)
{
    apply(kUser, key.publicLine);
    const auto undrop = qScopeGuard([] {
        int rc = -1;
        sideCtl(QStringLiteral("undrop"), &rc);
    });
    int rc = -1;
    const QByteArray dropped = sideCtl(QStringLiteral("drop"), &rc);
    ASSERT_EQ(rc, 0) << dropped.toStdString();

    const WatchRun nothing = watchWhile(watch(kUser, key.publicLine, QStringLiteral("0.1")),
                                        stitch(key.privatePath(), kUser));
    EXPECT_FALSE(nothing.stitchOut.contains("42")) << nothing.stitchOut.toStdString();
    EXPECT_EQ(nothing.exitCode, 1) << nothing.err.toStdString();
    EXPECT_EQ(findingCodes(nothing.json), QStringList{QStringLiteral("stitch.nothing_arrived")})
        << dump(nothing.json);
    EXPECT_NE(dump(nothing.json).find("Nothing from Stitch's addresses (52.23.137.21, "),
              std::string::npos)
        << dump(nothing.json);
    EXPECT_NE(dump(nothing.json).find("in 6 s"), std::string::npos) << dump(nothing.json);

    const QString err = m_sshd.with(QStringLiteral("LogLevel QUIET"));
    ASSERT_TRUE(err.isEmpty()) << err.toStdString();
    const WatchRun quiet = watchWhile(watch(kUser, key.publicLine, QStringLiteral("0.1")), {});
    EXPECT_EQ(quiet.exitCode, 1) << quiet.err.toStdString();
    EXPECT_EQ(findingCodes(quiet.json), QStringList{QStringLiteral("watch.log_level_too_low")})
        << dump(quiet.json);
}

// Stitch gets in, then something between it and the server forgets the idle connection and
// answers sshd with a reset (stitch-side.sh cut; sshd probes every second here, so it writes
// soon): the watch says Stitch got in and that the network cut the session, with the
// ClientAlive lines for the tunnel user.
TEST_F(StitchFromItsAddress, ASessionTheNetworkCutsIsNamedWithTheClientAliveFix)
{
    apply(kUser, key.publicLine);
    const QString err = m_sshd.with(QStringLiteral("ClientAliveInterval 1"));
    ASSERT_TRUE(err.isEmpty()) << err.toStdString();
    const auto uncut = qScopeGuard([] {
        int rc = -1;
        sideCtl(QStringLiteral("uncut"), &rc);
    });
    // Polls sshd's log for the reset (at most 5 s), then the tunnel ends.
    const QString cut =
        QStringLiteral(
            "\"$C\" cut; i=0; until grep -q 'from remote host %1 port .*Connection reset' "
            "/var/log/auth.log || [ $i -ge 50 ]; do sleep 0.1; i=$((i+1)); done;")
            .arg(kStitchAddress);
    const WatchRun r = watchWhile(
        watch(kUser, key.publicLine),
        stitch(key.privatePath(), kUser, QString::number(sandbox::postgresPort()), {}, cut));
    EXPECT_EQ(r.stitchOut.trimmed(), QByteArray("42")) << r.stitchOut.toStdString();
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(findingCodes(r.json),
              QStringList({QStringLiteral("stitch.got_in"), QStringLiteral("stitch.session_cut")}))
        << dump(r.json);
    EXPECT_NE(dump(r.json).find("ClientAliveInterval 60"), std::string::npos) << dump(r.json);
    const QJsonArray attempts = r.json.value(QStringLiteral("attempts")).toArray();
    ASSERT_EQ(attempts.size(), 1) << dump(r.json);
    EXPECT_EQ(attempts[0][QStringLiteral("cut_by_network")], QJsonValue(true));
}
