#include "sandbox_env.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STITCH_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList baseArgs(const QTemporaryDir &scratch)
{
    return {QStringLiteral("connect"),
            QStringLiteral("--host"),
            sandbox::host(),
            QStringLiteral("--port"),
            QString::number(sandbox::sshPort()),
            QStringLiteral("--login"),
            QStringLiteral("stitchadmin"),
            QStringLiteral("--known-hosts"),
            scratch.filePath(QStringLiteral("kh")),
            QStringLiteral("--password-file"),
            sandbox::file(QStringLiteral("stitchadmin.password"))};
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

TEST(CliConnect, UnknownHostKeyExitsThreeWithTheFingerprint)
{
    QTemporaryDir scratch;
    CliRun r = runCli(baseArgs(scratch));
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(sandbox::hostKeyFingerprint())) << r.err.toStdString();
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
