// The opt-in sshd fix without a server: which settings it writes (setup/sshd_fix.h), what the
// probe reports about it and the findings that offer it. lib_sshd.sh's file edits are in
// lib_sshd_test.cpp.
#include "setup/script_builder.h"
#include "setup/script_output.h"
#include "setup/server_facts.h"
#include "setup/setup_plan.h"
#include "setup/sshd_fix.h"
#include "setup/step_checks.h"

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
