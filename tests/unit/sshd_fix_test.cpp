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

// An RSA Stitch key against an sshd that refuses ssh-rsa signatures (OpenSSH >= 8.8): the block
// accepts them for the tunnel user alone, and sshd -T must then print its list with ssh-rsa at
// the end. Another key type, or an sshd that accepts ssh-rsa, gets nothing; a block of ours that
// already holds it keeps it (so a second run changes nothing).
TEST(SshdFixSettings, AnRsaKeyGetsSshRsaAcceptedForTheTunnelUserOnly)
{
    SetupPlan rsa = plan();
    rsa.keyLine = QStringLiteral("ssh-rsa AAAAB3NzaC1yc2E stitch");
    const QString list = QStringLiteral("ssh-ed25519,rsa-sha2-512,rsa-sha2-256");
    const SshdFix fix =
        sshdFixFor(factsWith({QStringLiteral("pubkeyacceptedalgorithms ") + list}), rsa);
    EXPECT_EQ(fix.settings, QStringList{QStringLiteral("PubkeyAcceptedAlgorithms +ssh-rsa")});
    EXPECT_EQ(fix.expected, QStringList{QStringLiteral("pubkeyacceptedalgorithms ") + list +
                                        QStringLiteral(",ssh-rsa")});

    SetupPlan ed = plan();
    ed.keyLine = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 stitch");
    EXPECT_TRUE(
        sshdFixFor(factsWith({QStringLiteral("pubkeyacceptedalgorithms ") + list}), ed).isEmpty());
    const QString withSha1 = list + QStringLiteral(",ssh-rsa");
    EXPECT_TRUE(sshdFixFor(factsWith({QStringLiteral("pubkeyacceptedalgorithms ") + withSha1}), rsa)
                    .isEmpty());

    ServerFacts inPlace = factsWith({QStringLiteral("pubkeyacceptedalgorithms ") + withSha1});
    inPlace.sshdFixLines = {QStringLiteral("Match User stitch"),
                            QStringLiteral("PubkeyAcceptedAlgorithms +ssh-rsa")};
    const SshdFix again = sshdFixFor(inPlace, rsa);
    EXPECT_EQ(again.settings, fix.settings);
    EXPECT_EQ(again.expected, QStringList{QStringLiteral("pubkeyacceptedalgorithms ") + withSha1});
}

// ClientAliveInterval 0 (OpenSSH's default) is never "fixed" by the tool; ClientAlive lines the
// admin put in our block, as step 4's note says, stay there when apply runs again.
TEST(SshdFixSettings, ClientAliveLinesAreKeptButNeverAdded)
{
    EXPECT_TRUE(sshdFixFor(factsWith({QStringLiteral("clientaliveinterval 0"),
                                      QStringLiteral("clientalivecountmax 3")}),
                           plan())
                    .isEmpty());
    ServerFacts kept = factsWith({QStringLiteral("clientaliveinterval 60")});
    kept.sshdFixLines = {
        QStringLiteral("Match User stitch"), QStringLiteral("AllowTcpForwarding local"),
        QStringLiteral("ClientAliveInterval 60"), QStringLiteral("ClientAliveCountMax 3")};
    const SshdFix fix = sshdFixFor(kept, plan());
    EXPECT_EQ(fix.settings, QStringList({QStringLiteral("AllowTcpForwarding local"),
                                         QStringLiteral("ClientAliveInterval 60"),
                                         QStringLiteral("ClientAliveCountMax 3")}));
    EXPECT_TRUE(fix.expected.contains(QStringLiteral("clientaliveinterval 60")));
}
