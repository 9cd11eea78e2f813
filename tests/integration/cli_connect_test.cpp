#include "cli_run.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using clirun::CliRun;
using clirun::runCli;

namespace {

QStringList baseArgs(const QTemporaryDir &scratch)
{
    return clirun::connectArgs(scratch, QStringLiteral("stitchadmin"))
           << QStringLiteral("--password-file")
           << sandbox::file(QStringLiteral("stitchadmin.password"));
}

} // namespace

TEST(CliConnect, ReportsFingerprintAuthAndPrivilege)
{
    QTemporaryDir scratch;
    CliRun r = runCli(baseArgs(scratch)
                      << QStringLiteral("--host-key-fingerprint") << sandbox::hostKeyFingerprint());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(sandbox::hostKeyFingerprint())) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("by password")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("sudo with password")));

    // Second run: the key is known now, no trust option needed; JSON output.
    r = runCli(baseArgs(scratch) << QStringLiteral("--json"));
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"ok\": true")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"status\": \"known\"")));
}

TEST(CliConnect, APinnedFingerprintIsComparedEvenWhenTheHostIsKnown)
{
    QTemporaryDir scratch;
    CliRun r = runCli(baseArgs(scratch)
                      << QStringLiteral("--host-key-fingerprint") << sandbox::hostKeyFingerprint());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Known now; a script that pins another fingerprint must be stopped all the same, before
    // any password is sent.
    const QString wrong = QStringLiteral("SHA256:") + QString(43, QLatin1Char('A'));
    const QByteArray logBefore =
        sandbox::shell(QStringLiteral("wc -l <$STITCH_SANDBOX_DIR/sshd.log"));
    r = runCli(baseArgs(scratch) << QStringLiteral("--host-key-fingerprint") << wrong
                                 << QStringLiteral("--json"));
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject error =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString().toStdString(), "host_key_mismatch")
        << r.out.toStdString();
    const QByteArray newLog =
        sandbox::shell(QStringLiteral("tail -n +%1 $STITCH_SANDBOX_DIR/sshd.log")
                           .arg(logBefore.trimmed().toInt() + 1));
    EXPECT_FALSE(newLog.contains("password for stitchadmin")) << newLog.toStdString();
    EXPECT_FALSE(newLog.contains("Accepted")) << newLog.toStdString();
}

TEST(CliConnect, UnknownHostKeyExitsThreeWithTheFingerprint)
{
    QTemporaryDir scratch;
    CliRun r = runCli(baseArgs(scratch));
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(sandbox::hostKeyFingerprint())) << r.err.toStdString();
    // The fix is the flag to use, with the fingerprint filled in.
    EXPECT_TRUE(r.err.endsWith(QStringLiteral("only if they match, run again with "
                                              "--host-key-fingerprint %1 (or "
                                              "--accept-new-host-key).\n")
                                   .arg(sandbox::hostKeyFingerprint())))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(scratch.filePath(QStringLiteral("kh")))) << "nothing was saved";
}

TEST(CliConnect, FollowsAGermanLocale)
{
    // As git and apt do: the locale's language for what people read, the same exit code.
    QTemporaryDir scratch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    CliRun r = runCli(baseArgs(scratch), env);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("stitch-tunnel: Fehler: Der Server [%1]:%2 ist noch nicht bekannt. Sein "
                       "Host-Schlüssel (ssh-ed25519) hat den Fingerabdruck %3.")
            .arg(sandbox::host())
            .arg(sandbox::sshPort())
            .arg(sandbox::hostKeyFingerprint())))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral(" Abhilfe: "))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("--host-key-fingerprint %1").arg(sandbox::hostKeyFingerprint())))
        << r.err.toStdString();
}

TEST(CliConnect, ChangedHostKeyGivesTheExactSshKeygenCommand)
{
    QTemporaryDir scratch;
    // The known-hosts file remembers another key for this server.
    const QString other = scratch.filePath(QStringLiteral("other"));
    sandbox::shell(QStringLiteral("ssh-keygen -q -N '' -t ed25519 -f %1").arg(other));
    QFile pub(other + QStringLiteral(".pub"));
    ASSERT_TRUE(pub.open(QIODevice::ReadOnly));
    const QString name =
        sandbox::sshPort() == 22
            ? sandbox::host()
            : QStringLiteral("[%1]:%2").arg(sandbox::host()).arg(sandbox::sshPort());
    const QString knownHosts = scratch.filePath(QStringLiteral("kh"));
    QFile kh(knownHosts);
    ASSERT_TRUE(kh.open(QIODevice::WriteOnly));
    kh.write(name.toUtf8() + ' ' + pub.readAll().split(' ').mid(0, 2).join(' ') + '\n');
    kh.close();

    CliRun r = runCli(baseArgs(scratch) << QStringLiteral("--json"));
    EXPECT_EQ(r.exitCode, 3);
    const QJsonObject error =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString().toStdString(), "host_key_changed");
    EXPECT_EQ(error.value(QStringLiteral("remedy")).toString().toStdString(),
              "forget_changed_host_key");
    EXPECT_TRUE(
        error.value(QStringLiteral("fix"))
            .toString()
            .endsWith(QStringLiteral("remove the old entry with: ssh-keygen -R '%1' -f '%2'")
                          .arg(name, knownHosts)))
        << r.out.toStdString();
}

TEST(CliConnect, SilentPortSaysNoGreetingWithinTheTimeout)
{
    // The kernel completes the TCP handshake for a listening socket nobody accepts from: the
    // client is connected and then hears nothing, as from a tarpit.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress(sandbox::host())));
    QTemporaryDir scratch;
    QStringList args = baseArgs(scratch);
    args[args.indexOf(QStringLiteral("--port")) + 1] = QString::number(silent.serverPort());
    CliRun r = runCli(args << QStringLiteral("--connect-timeout") << QStringLiteral("1"));
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("stitch-tunnel: error: %1 port %2 accepted the "
                                                "connection but sent no SSH greeting within 1 s.")
                                     .arg(sandbox::host())
                                     .arg(silent.serverPort())))
        << r.err.toStdString();
}

TEST(CliConnect, UsageErrorWithJsonIsOneObjectOnStdout)
{
    CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("aply")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("ok")), QJsonValue(false));
    EXPECT_EQ(o.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString()
                  .toStdString(),
              "invalid_input");
}

TEST(CliConnect, WrongSudoPasswordIsOneClearLineAndNoSecretLeaks)
{
    QTemporaryDir scratch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STITCH_TUNNEL_SUDO_PASSWORD"), QStringLiteral("Wr0ngSudoPw"));
    CliRun r = runCli(baseArgs(scratch) << QStringLiteral("--accept-new-host-key"), env);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("sudo password"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was changed")));
    EXPECT_FALSE(r.err.contains(QStringLiteral("Wr0ngSudoPw")));
}

TEST(CliConnect, UsageErrorExitsTwo)
{
    CliRun r = runCli({QStringLiteral("connect"), QStringLiteral("--login"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--host")));
}
