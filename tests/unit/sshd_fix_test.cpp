// The opt-in sshd fix without a server: which settings it writes (setup/sshd_fix.h), what the
// probe reports about it, the findings that offer it, and lib_sshd.sh's file edits (run here,
// on files in a temporary folder): our block in and out again, every other byte kept.
#include "setup/script_builder.h"
#include "setup/script_output.h"
#include "setup/server_facts.h"
#include "setup/setup_plan.h"
#include "setup/sshd_fix.h"
#include "setup/step_checks.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

SetupPlan plan()
{
    SetupPlan p;
    p.tunnelUser = QStringLiteral("stitch");
    return p;
}

ServerFacts factsWith(const QStringList &sshdLines)
{
    ServerFacts f;
    for (const QString &line : sshdLines)
        f.sshd[line.section(QLatin1Char(' '), 0, 0)] << line.section(QLatin1Char(' '), 1);
    f.sshd[QStringLiteral("port")] << QStringLiteral("22");
    return f;
}

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

TEST(SshdFixSettings, OnlyWhatBlocksTheTunnelUser)
{
    EXPECT_TRUE(sshdFixFor(factsWith({QStringLiteral("allowtcpforwarding yes"),
                                      QStringLiteral("pubkeyauthentication yes")}),
                           plan())
                    .isEmpty());

    const SshdFix fix = sshdFixFor(
        factsWith({QStringLiteral("allowusers admin"), QStringLiteral("allowusers ops@10.0.0.1"),
                   QStringLiteral("allowgroups wheel"), QStringLiteral("allowtcpforwarding remote"),
                   QStringLiteral("disableforwarding yes"),
                   QStringLiteral("pubkeyauthentication no")}),
        plan());
    EXPECT_EQ(fix.settings, QStringList({QStringLiteral("AllowUsers stitch"),
                                         QStringLiteral("AllowGroups stitch"),
                                         QStringLiteral("AllowTcpForwarding local"),
                                         QStringLiteral("DisableForwarding no"),
                                         QStringLiteral("PubkeyAuthentication yes")}));
    EXPECT_EQ(fix.expected.first(), QStringLiteral("allowusers stitch"));

    // Lists that already admit it (patterns too) need nothing.
    EXPECT_TRUE(sshdFixFor(factsWith({QStringLiteral("allowusers admin st*"),
                                      QStringLiteral("allowgroups stitch")}),
                           plan())
                    .isEmpty());
}

TEST(SshdFixSettings, OurBlockStaysAsItIsOnASecondRun)
{
    // sshd -T now looks right because of our block: the same block, nothing else.
    ServerFacts f = factsWith(
        {QStringLiteral("allowusers stitch"), QStringLiteral("allowtcpforwarding local")});
    f.sshdFixLines =
        QStringList{QStringLiteral("Match User stitch"), QStringLiteral("AllowTcpForwarding local"),
                    QStringLiteral("AllowUsers stitch")};
    const SshdFix fix = sshdFixFor(f, plan());
    EXPECT_EQ(fix.settings, QStringList({QStringLiteral("AllowUsers stitch"),
                                         QStringLiteral("AllowTcpForwarding local")}));

    // Something new that blocks is added to it; a strange value in the file is dropped.
    f.sshd[QStringLiteral("pubkeyauthentication")] << QStringLiteral("no");
    f.sshdFixLines << QStringLiteral("AllowGroups a;b");
    EXPECT_EQ(sshdFixFor(f, plan()).settings,
              QStringList({QStringLiteral("AllowUsers stitch"),
                           QStringLiteral("AllowTcpForwarding local"),
                           QStringLiteral("PubkeyAuthentication yes")}));
}

TEST(SshdFixSettings, TheProbeReportsOurBlock)
{
    const ServerFacts f = parseProbeOutput(
        "sshd_dropins=1\nsshd_fix_where=dropin\n"
        "sshd_fix_b64=" +
        QByteArray("Match User stitch\n    AllowUsers stitch\n").toBase64() + "\n");
    EXPECT_TRUE(f.sshdIncludesDropins);
    EXPECT_EQ(f.sshdFixWhere, QStringLiteral("dropin"));
    EXPECT_EQ(f.sshdFixLines, QStringList({QStringLiteral("Match User stitch"),
                                           QStringLiteral("AllowUsers stitch")}));
    EXPECT_TRUE(parseProbeOutput("sshd_fix_where=elsewhere\n").sshdFixWhere.isEmpty());
}

TEST(SshdFixSettings, BlockingFindingsOfferTheFix)
{
    ServerFacts f =
        factsWith({QStringLiteral("allowusers admin"), QStringLiteral("allowtcpforwarding no"),
                   QStringLiteral("authorizedkeysfile /etc/keys/%u")});
    const StepResult r = checkTunnelUser(f, plan(), QString());
    QStringList offered;
    for (const Finding &finding : r.findings) {
        if (finding.remedy.kind == RemedyKind::FixSshd) {
            offered << finding.code;
            EXPECT_EQ(finding.remedy.values, QStringList{finding.fix});
        }
    }
    offered.sort();
    EXPECT_EQ(offered, QStringList({QStringLiteral("sshd.allow_users"),
                                    QStringLiteral("sshd.forwarding_disabled")}))
        << "AuthorizedKeysFile is not the fix's to change";
}

TEST(SshdFixSettings, ScriptOutputSaysWhetherSshdChanged)
{
    ssh::ExecResult r;
    r.stdOut = "changed user created user stitch\n"
               "finding fail sshd.fix_invalid the change was taken out again\n";
    ScriptOutput out = parseScriptOutput(r);
    EXPECT_FALSE(out.sshdChanged());
    ASSERT_EQ(out.findings.size(), 1);
    EXPECT_EQ(out.findings.first().severity, Severity::Fail);
    r.stdOut = "changed sshd wrote sshd settings\n";
    out = parseScriptOutput(r);
    EXPECT_TRUE(out.sshdChanged());
    EXPECT_EQ(out.changesFor(StepId::TunnelUser),
              QStringList{QStringLiteral("wrote sshd settings")});
}

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
