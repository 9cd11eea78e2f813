// `apply --fix-sshd` against the sandbox's real sshd, run as a user would (the stitch-tunnel
// binary): sshd settings that keep the tunnel user out are fixed for that user alone, the stock
// OpenSSH client then tunnels to PostgreSQL as the tunnel user, the admin still logs in, a
// second run changes nothing, `remove` restores sshd_config byte for byte, and a change that
// fails a check is taken out again with sshd still serving the admin.
#include "cli_run.h"
#include "sandbox_env.h"
#include "support/test_files.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using clirun::CliRun;
using clirun::runCli;

namespace {

const QString kConfig = QStringLiteral("/etc/ssh/sshd_config");
const QString kDropIn = QStringLiteral("/etc/ssh/sshd_config.d/00-stitch-tunnel.conf");

using test::readFileOrMissing;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

using sandbox::reloadSshd;

class SshdFix : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_original = readFileOrMissing(kConfig);
        ASSERT_NE(m_original, QByteArray("<missing>"));
    }
    // Puts the sandbox's sshd back as it was, whatever the test did.
    void TearDown() override
    {
        writeFile(kConfig, m_original);
        sandbox::shell(QStringLiteral("cd /etc/ssh/sshd_config.d 2>/dev/null && rm -f "
                                      "00-stitch-tunnel.conf 50-distribution.conf 60-broken.conf"));
        reloadSshd();
    }

    // sshd_config becomes `bytes`, and sshd runs with it.
    void configure(const QByteArray &bytes)
    {
        ASSERT_TRUE(writeFile(kConfig, bytes));
        int rc = -1;
        const QByteArray err = sandbox::shell(QStringLiteral("sshd -t 2>&1"), &rc);
        ASSERT_EQ(rc, 0) << err.toStdString();
        reloadSshd();
    }

    QStringList args(const QString &command, const QString &tunnelUser) const
    {
        QStringList a = clirun::adminArgs(command, scratch)
                        << QStringLiteral("--public-key") << key.publicLine
                        << QStringLiteral("--tunnel-user") << tunnelUser
                        << QStringLiteral("--json");
        if (command != QLatin1String("remove"))
            a << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1");
        return a;
    }
    CliRun apply(const QString &tunnelUser, bool fix = true) const
    {
        QStringList a = args(QStringLiteral("apply"), tunnelUser);
        if (fix)
            a << QStringLiteral("--fix-sshd");
        return runCli(a);
    }

    static QJsonObject json(const CliRun &r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8());
        EXPECT_TRUE(d.isObject()) << r.out.toStdString() << r.err.toStdString();
        return d.object();
    }
    // The tunnel user step's findings: "code" → the whole finding.
    static QJsonArray userFindings(const QJsonObject &o)
    {
        for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
            if (v[QStringLiteral("id")].toString() == QLatin1String("tunnel_user"))
                return v[QStringLiteral("findings")].toArray();
        }
        return {};
    }
    static QJsonObject finding(const QJsonObject &o, const QString &code)
    {
        for (const QJsonValue &f : userFindings(o)) {
            if (f[QStringLiteral("code")].toString() == code)
                return f.toObject();
        }
        return {};
    }
    static QString status(const QJsonObject &o, const QString &step)
    {
        for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
            if (v[QStringLiteral("id")].toString() == step)
                return v[QStringLiteral("status")].toString();
        }
        return {};
    }
    static QString userStatus(const QJsonObject &o)
    {
        return status(o, QStringLiteral("tunnel_user"));
    }
    // What failed, "step code message" each: the test's message when something did.
    static std::string failures(const QJsonObject &o)
    {
        QStringList failed;
        for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
            for (const QJsonValue &f : v[QStringLiteral("findings")].toArray()) {
                if (f[QStringLiteral("severity")].toString() == QLatin1String("fail"))
                    failed << v[QStringLiteral("id")].toString() + QLatin1Char(' ') +
                                  f[QStringLiteral("code")].toString() + QLatin1Char(' ') +
                                  f[QStringLiteral("message")].toString();
            }
        }
        if (o.contains(QStringLiteral("error")))
            failed << QString::fromUtf8(
                QJsonDocument(o.value(QStringLiteral("error")).toObject()).toJson());
        return failed.join(QLatin1Char('\n')).toStdString();
    }
    // The messages of the sshd changes this run made.
    static QStringList sshdChanges(const QJsonObject &o)
    {
        QStringList changes;
        for (const QJsonValue &f : userFindings(o)) {
            const QString message = f[QStringLiteral("message")].toString();
            if (f[QStringLiteral("code")].toString() == QLatin1String("apply.changed") &&
                message.contains(QLatin1String("sshd")))
                changes << message;
        }
        return changes;
    }

    // Stitch's part, with the stock OpenSSH client: a tunnel as `user` to PostgreSQL, SELECT 1.
    bool tunnelWorks(const QString &user) const
    {
        int rc = -1;
        const QByteArray out = sandbox::shell(
            QStringLiteral(
                "ssh -N -o BatchMode=yes -o ExitOnForwardFailure=yes "
                "-o StrictHostKeyChecking=yes "
                "-o UserKnownHostsFile=$STITCH_SANDBOX_DIR/known_hosts "
                "-i %1 -p 2222 -L 127.0.0.1:15434:127.0.0.1:5432 %2@127.0.0.1 & tunnel=$!; "
                "i=0; until pg_isready -q -h 127.0.0.1 -p 15434 || [ $i -ge 50 ]; do "
                "kill -0 $tunnel 2>/dev/null || break; sleep 0.1; i=$((i+1)); done; "
                "PGPASSWORD=$(cat $STITCH_SANDBOX_DIR/postgres.password) psql -h 127.0.0.1 "
                "-p 15434 -U stitch_demo -d stitch_demo -tAc 'SELECT 1' 2>&1; r=$?; "
                "kill $tunnel 2>/dev/null; wait $tunnel 2>/dev/null; exit $r")
                .arg(key.privatePath(), user),
            &rc);
        return rc == 0 && out == "1\n";
    }
    // A fresh login as the admin with the stock client (its key).
    static bool adminLogsIn()
    {
        int rc = -1;
        sandbox::shell(QStringLiteral("ssh -o BatchMode=yes -o StrictHostKeyChecking=yes "
                                      "-o UserKnownHostsFile=$STITCH_SANDBOX_DIR/known_hosts "
                                      "-i $STITCH_SANDBOX_DIR/keys/admin_ed25519 -p 2222 "
                                      "stitchadmin@127.0.0.1 true </dev/null"),
                       &rc);
        return rc == 0;
    }
    // sshd's effective value of `keyword` for `user`.
    static QByteArray effective(const QString &user, const QString &keyword)
    {
        return sandbox::shell(QStringLiteral("sshd -T -C user=%1,host=x,addr=52.23.137.21 | "
                                             "awk '$1 == \"%2\"' | sort")
                                  .arg(user, keyword));
    }

    QTemporaryDir scratch;
    sandbox::StitchKey key;
    QByteArray m_original;
};

} // namespace

TEST_F(SshdFix, AllowUsersForTheAdminOnly)
{
    configure(m_original + "AllowUsers stitchadmin\n");
    const QByteArray before = readFileOrMissing(kConfig);

    // Without the opt-in: the finding offers it, nothing in sshd changes.
    const QJsonObject refused = json(apply(QStringLiteral("stitchfa"), false));
    EXPECT_EQ(finding(refused, QStringLiteral("sshd.allow_users"))[QStringLiteral("remedy")],
              QJsonValue(QStringLiteral("fix_sshd")));
    EXPECT_EQ(readFileOrMissing(kConfig), before);
    EXPECT_FALSE(tunnelWorks(QStringLiteral("stitchfa")));

    const CliRun fixed = apply(QStringLiteral("stitchfa"));
    const QJsonObject o = json(fixed);
    EXPECT_EQ(fixed.exitCode, 0) << failures(o) << fixed.err.toStdString();
    EXPECT_EQ(userStatus(o), QStringLiteral("changed"));
    EXPECT_EQ(sshdChanges(o).size(), 1) << failures(o);
    EXPECT_TRUE(tunnelWorks(QStringLiteral("stitchfa")));
    EXPECT_TRUE(adminLogsIn());
    // Other users: exactly as before.
    EXPECT_EQ(effective(QStringLiteral("nosudo"), QStringLiteral("allowusers")),
              QByteArray("allowusers stitchadmin\n"));
    EXPECT_EQ(effective(QStringLiteral("stitchadmin"), QStringLiteral("allowtcpforwarding")),
              QByteArray("allowtcpforwarding yes\n"));
    // Only our block was added: what was there before comes first, byte for byte.
    const QByteArray withFix = readFileOrMissing(kConfig);
    EXPECT_TRUE(withFix.startsWith(before));
    EXPECT_TRUE(withFix.contains("Match User stitchfa\n    AllowUsers stitchfa\n"))
        << withFix.toStdString();

    // A second run changes nothing.
    const CliRun again = apply(QStringLiteral("stitchfa"));
    EXPECT_EQ(again.exitCode, 0) << failures(json(again));
    EXPECT_TRUE(sshdChanges(json(again)).isEmpty());
    EXPECT_EQ(readFileOrMissing(kConfig), withFix);

    // remove: sshd_config exactly as before the fix.
    const CliRun removed = runCli(args(QStringLiteral("remove"), QStringLiteral("stitchfa")));
    EXPECT_EQ(removed.exitCode, 0) << failures(json(removed));
    EXPECT_EQ(readFileOrMissing(kConfig), before);
    EXPECT_FALSE(tunnelWorks(QStringLiteral("stitchfa")));
    EXPECT_TRUE(adminLogsIn());
}

TEST_F(SshdFix, ForwardingOffInAFileWithoutFinalNewline)
{
    // sshd keeps the first value: "no" before the sandbox's own "yes"; no final line break.
    QByteArray config = "AllowTcpForwarding no\n" + m_original;
    config.chop(1);
    configure(config);
    const CliRun applied = apply(QStringLiteral("stitchfb"));
    const QJsonObject o = json(applied);
    // sshd still forbids the admin's own forwarding (the fix is for the tunnel user alone), so
    // step 2's look through the admin's connection is refused; the tunnel user's tunnel in the
    // self-test reached the database, and step 2 says so instead of failing.
    EXPECT_EQ(applied.exitCode, 0) << failures(o);
    EXPECT_EQ(status(o, QStringLiteral("database")), QStringLiteral("pass")) << failures(o);
    EXPECT_TRUE(QJsonDocument(o).toJson().contains("db.reached_by_tunnel_user"));
    EXPECT_EQ(userStatus(o), QStringLiteral("changed")) << failures(o);
    EXPECT_NE(status(o, QStringLiteral("finish")), QStringLiteral("fail")) << failures(o);
    EXPECT_TRUE(tunnelWorks(QStringLiteral("stitchfb")));
    EXPECT_TRUE(adminLogsIn());
    EXPECT_EQ(effective(QStringLiteral("stitchfb"), QStringLiteral("allowtcpforwarding")),
              QByteArray("allowtcpforwarding local\n"));
    EXPECT_EQ(effective(QStringLiteral("stitchadmin"), QStringLiteral("allowtcpforwarding")),
              QByteArray("allowtcpforwarding no\n"));
    const CliRun removed = runCli(args(QStringLiteral("remove"), QStringLiteral("stitchfb")));
    EXPECT_EQ(removed.exitCode, 0) << failures(json(removed));
    EXPECT_EQ(readFileOrMissing(kConfig), config)
        << "the line break added before the block goes too";
}

TEST_F(SshdFix, AMatchBlockThatBlocksTheTunnelUser)
{
    const QByteArray config = m_original + "Match User stitchfc,nobody\n"
                                           "    AllowTcpForwarding no\n"
                                           "    DisableForwarding yes\n"
                                           "    PubkeyAuthentication no\n";
    configure(config);
    const CliRun fixed = apply(QStringLiteral("stitchfc"));
    EXPECT_EQ(fixed.exitCode, 0) << failures(json(fixed)) << fixed.err.toStdString();
    EXPECT_TRUE(tunnelWorks(QStringLiteral("stitchfc")));
    EXPECT_TRUE(adminLogsIn());
    // Ours comes before the admin's Match block (the first Match value wins); theirs stays.
    const QByteArray withFix = readFileOrMissing(kConfig);
    EXPECT_LT(withFix.indexOf("Match User stitchfc\n"), withFix.indexOf("Match User stitchfc,"));
    EXPECT_EQ(effective(QStringLiteral("nobody"), QStringLiteral("disableforwarding")),
              QByteArray("disableforwarding yes\n"));
    const CliRun removed = runCli(args(QStringLiteral("remove"), QStringLiteral("stitchfc")));
    EXPECT_EQ(removed.exitCode, 0) << failures(json(removed));
    EXPECT_EQ(readFileOrMissing(kConfig), config);
}

TEST_F(SshdFix, DropInBeforeTheDistributionsOwn)
{
    sandbox::shell(QStringLiteral("mkdir -p /etc/ssh/sshd_config.d && printf 'AllowTcpForwarding "
                                  "no\\n' >/etc/ssh/sshd_config.d/50-distribution.conf"));
    const QByteArray config =
        "Include /etc/ssh/sshd_config.d/*.conf\n" + m_original + "AllowUsers stitchadmin\n";
    configure(config);
    const QJsonObject o = json(apply(QStringLiteral("stitchfd")));
    // Step 2 fails as above: the distribution's drop-in forbids the admin's forwarding.
    EXPECT_EQ(userStatus(o), QStringLiteral("changed")) << failures(o);
    EXPECT_NE(status(o, QStringLiteral("finish")), QStringLiteral("fail")) << failures(o);
    EXPECT_EQ(readFileOrMissing(kConfig), config)
        << "the drop-in holds the fix; sshd_config is untouched";
    const QByteArray dropIn = readFileOrMissing(kDropIn);
    EXPECT_TRUE(dropIn.contains("Match User stitchfd\n    AllowUsers stitchfd\n    "
                                "AllowTcpForwarding local\n"))
        << dropIn.toStdString();
    EXPECT_TRUE(tunnelWorks(QStringLiteral("stitchfd")));
    EXPECT_TRUE(adminLogsIn());

    const CliRun again = apply(QStringLiteral("stitchfd"));
    EXPECT_TRUE(sshdChanges(json(again)).isEmpty()) << failures(json(again));
    EXPECT_EQ(readFileOrMissing(kDropIn), dropIn);

    const CliRun removed = runCli(args(QStringLiteral("remove"), QStringLiteral("stitchfd")));
    EXPECT_EQ(removed.exitCode, 0) << failures(json(removed));
    EXPECT_EQ(readFileOrMissing(kDropIn), QByteArray("<missing>"));
    EXPECT_EQ(readFileOrMissing(kConfig), config);
    EXPECT_EQ(readFileOrMissing(QStringLiteral("/etc/ssh/sshd_config.d/50-distribution.conf")),
              QByteArray("AllowTcpForwarding no\n"));
}

TEST_F(SshdFix, AChangeThatFailsSshdTIsTakenOutAndSshdIsNotReloaded)
{
    const QByteArray config =
        "Include /etc/ssh/sshd_config.d/*.conf\n" + m_original + "AllowUsers stitchadmin\n";
    configure(config);
    // An sshd whose `sshd -t` rejects any configuration with our drop-in in it (as an older
    // OpenSSH would reject a keyword inside Match): first on root's PATH, in this namespace
    // only.
    int rc = -1;
    sandbox::shell(
        QStringLiteral(
            "mount -t tmpfs stitch-test-sbin /usr/local/sbin && "
            "printf '#!/bin/sh\\nif [ \"$1\" = -t ] && [ -e %1 ]; then echo \"%1: line 3: "
            "Directive AllowUsers is not allowed within a Match block\" >&2; exit 255; fi\\n"
            "exec /usr/sbin/sshd \"$@\"\\n' >/usr/local/sbin/sshd && "
            "chmod 755 /usr/local/sbin/sshd")
            .arg(kDropIn),
        &rc);
    ASSERT_EQ(rc, 0);
    const auto unmount =
        qScopeGuard([] { sandbox::shell(QStringLiteral("umount /usr/local/sbin")); });
    const QByteArray pidBefore = readFileOrMissing(sandbox::file(QStringLiteral("sshd.pid")));

    const CliRun r = apply(QStringLiteral("stitchfe"));
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject o = json(r);
    const QJsonObject invalid = finding(o, QStringLiteral("sshd.fix_invalid"));
    EXPECT_EQ(invalid[QStringLiteral("severity")], QJsonValue(QStringLiteral("fail")))
        << failures(o);
    EXPECT_TRUE(invalid[QStringLiteral("message")].toString().contains(
        QLatin1String("not allowed within a Match block")))
        << failures(o);
    EXPECT_EQ(readFileOrMissing(kDropIn), QByteArray("<missing>"));
    EXPECT_EQ(readFileOrMissing(kConfig), config);
    EXPECT_TRUE(adminLogsIn());
    EXPECT_FALSE(tunnelWorks(QStringLiteral("stitchfe")));
    EXPECT_EQ(effective(QStringLiteral("stitchfe"), QStringLiteral("allowusers")),
              QByteArray("allowusers stitchadmin\n"));
    EXPECT_EQ(readFileOrMissing(sandbox::file(QStringLiteral("sshd.pid"))), pidBefore);
}

TEST_F(SshdFix, ALoginThatFailsAfterTheReloadRollsBack)
{
    // sshd -t and sshd -T pass, but the tunnel user must give a password after its key, which
    // the tool does not check: its login fails after the reload, so the change goes again.
    const QByteArray config = m_original + "AllowUsers stitchadmin\n"
                                           "Match User stitchff\n"
                                           "    AuthenticationMethods publickey,password\n";
    configure(config);
    const CliRun r = apply(QStringLiteral("stitchff"));
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject o = json(r);
    const QJsonObject rolledBack = finding(o, QStringLiteral("sshd.fix_rolled_back"));
    EXPECT_EQ(rolledBack[QStringLiteral("severity")], QJsonValue(QStringLiteral("fail")))
        << failures(o);
    EXPECT_TRUE(rolledBack[QStringLiteral("message")].toString().contains(
        QLatin1String("could not log in")));
    EXPECT_EQ(readFileOrMissing(kConfig), config);
    EXPECT_TRUE(adminLogsIn());
    EXPECT_EQ(effective(QStringLiteral("stitchff"), QStringLiteral("allowusers")),
              QByteArray("allowusers stitchadmin\n"));
}

TEST_F(SshdFix, RefusedWhereItMakesNoSense)
{
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("remove")}) {
        const CliRun r =
            runCli(args(command, QStringLiteral("stitchfg")) << QStringLiteral("--fix-sshd"));
        EXPECT_EQ(r.exitCode, 2) << command.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QLatin1String("--fix-sshd"))) << r.out.toStdString();
    }
}
