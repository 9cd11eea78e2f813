// lib_sshd.sh's file edits, run with this machine's /bin/sh on files in a temporary folder: our
// block in and out again, every other byte kept.
#include "setup/script_builder.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

// lib_sshd.sh with its files in `dir`; `body` runs after it.
QByteArray runLib(const QTemporaryDir &dir, const QString &body, int *exitCode = nullptr)
{
    const QString script = scriptFile(QStringLiteral("lib_sshd.sh")) +
                           QStringLiteral("SSHD_CONF=%1/sshd_config\nSSHD_DIR=%1/sshd_config.d\n"
                                          "SSHD_DROPIN=$SSHD_DIR/00-stitch-tunnel.conf\n")
                               .arg(dir.path()) +
                           body;
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    p.waitForFinished(20000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class LibSshd : public ::testing::Test
{
protected:
    QString conf() const { return dir.filePath(QStringLiteral("sshd_config")); }
    QString block() const { return dir.filePath(QStringLiteral("block")); }
    // conf() with our block for "stitch" put in, then taken out again: both results.
    std::pair<QByteArray, QByteArray> inAndOut(const QByteArray &config)
    {
        writeAll(conf(), config);
        runLib(dir, QStringLiteral("printf '%s\\n' \"$SSHD_BEGIN\" 'Match User stitch' "
                                   "'    AllowUsers stitch' \"$SSHD_END\" >'%1'")
                        .arg(block()));
        const QByteArray with =
            runLib(dir, QStringLiteral("sshd_with_block \"%1\" \"%2\"").arg(conf(), block()));
        writeAll(conf(), with);
        const QByteArray without =
            runLib(dir, QStringLiteral("sshd_without_block \"%1\"").arg(conf()));
        return {with, without};
    }
    QTemporaryDir dir;
};

TEST_F(LibSshd, AppendedAtTheEndAndRemovedByteForByte)
{
    for (const QByteArray &config : {QByteArray("Port 22\nAllowUsers admin\n"),
                                     QByteArray("Port 22\nAllowUsers admin"), QByteArray()}) {
        const auto [with, without] = inAndOut(config);
        EXPECT_TRUE(with.startsWith(config));
        EXPECT_TRUE(
            with.endsWith("Match User stitch\n    AllowUsers stitch\n# <<< stitch-tunnel\n"))
            << with.toStdString();
        EXPECT_EQ(without, config);
    }
}

TEST_F(LibSshd, BeforeTheFirstMatchBlockAndRemovedByteForByte)
{
    const QByteArray config = "Port 22\n  match User x\n  AllowTcpForwarding no\n"
                              "Match all\nPasswordAuthentication no";
    const auto [with, without] = inAndOut(config);
    EXPECT_TRUE(with.startsWith("Port 22\n# >>> stitch-tunnel")) << with.toStdString();
    EXPECT_TRUE(with.endsWith("# <<< stitch-tunnel\n  match User x\n  AllowTcpForwarding no\n"
                              "Match all\nPasswordAuthentication no"))
        << with.toStdString();
    EXPECT_EQ(without, config);
}

TEST_F(LibSshd, TheDropInFolderCountsOnlyWhenIncludedBeforeAnyMatch)
{
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("sshd_config.d")));
    writeAll(conf(), "Include /etc/ssh/sshd_config.d/*.conf\nPort 22\n");
    EXPECT_EQ(runLib(dir, QStringLiteral("sshd_includes_dropins")), QByteArray("1\n"));
    writeAll(conf(), "Port 22\nMatch all\nInclude /etc/ssh/sshd_config.d/*.conf\n");
    EXPECT_EQ(runLib(dir, QStringLiteral("sshd_includes_dropins")), QByteArray("0\n"));
    writeAll(conf(), "Port 22\n");
    EXPECT_EQ(runLib(dir, QStringLiteral("sshd_includes_dropins")), QByteArray("0\n"));
}
