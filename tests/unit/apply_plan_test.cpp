// What the confirmation shows before Apply: only changes, in sentences, from the check's facts;
// and the digests that tie Apply to what was confirmed (of the scripts, and of what the probe
// saw on the server: facts_digest in lib_probe.sh, run here with this machine's /bin/sh).
#include "setup/apply_plan.h"
#include "setup/script_builder.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

SetupPlan plan()
{
    SetupPlan p;
    p.tunnelUser = QStringLiteral("stitch");
    p.stitchCidrs = {QStringLiteral("52.23.137.21/32"), QStringLiteral("52.204.223.208/32")};
    p.keyLine = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA stitch");
    p.keyBlob = QStringLiteral("AAAAC3NzaC1lZDI1NTE5AAAAIA");
    p.sshPorts = {QStringLiteral("22")};
    p.databaseHost = QStringLiteral("10.0.1.5");
    p.databasePort = 5432;
    p.adminAddress = QStringLiteral("198.51.100.7");
    p.loginUser = QStringLiteral("admin");
    return p;
}

// sshd blocks forwarding; no firewall is active; two services listen besides SSH.
ServerFacts noUserYet()
{
    const QByteArray sshd = "port 22\nusepam yes\nallowtcpforwarding no\ndisableforwarding no\n"
                            "pubkeyauthentication yes\nauthorizedkeysfile .ssh/authorized_keys\n";
    return parseProbeOutput("probe_version=4\nsshd_rc=0\nsshd_b64=" + sshd.toBase64() +
                            "\nfirewall=ufw\nfirewall_active=0\nlisten_port=22\nlisten_port=80\n"
                            "listen_port=5432\ngroup_exists=0\nuser_passwd=\n"
                            "key_file=/home/stitch/.ssh/authorized_keys\nkey_file_as=stitch\n"
                            "has_setpriv=1\nfacts_sha=0123456789abcdef\n");
}

RunOptions noSelfTest()
{
    RunOptions o;
    o.selfTest = false;
    return o;
}

QString joined(const QStringList &changes)
{
    return changes.join(QLatin1Char('\n'));
}

QByteArray factsDigest(const QByteArray &probeOutput)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"),
              scriptFile(QStringLiteral("lib_probe.sh")) + QStringLiteral("\nfacts_digest\n")});
    sh.write(probeOutput);
    sh.closeWriteChannel();
    EXPECT_TRUE(sh.waitForFinished(20000));
    EXPECT_EQ(sh.exitCode(), 0) << sh.readAllStandardError().toStdString();
    return sh.readAllStandardOutput().trimmed();
}

} // namespace

TEST(PlannedChanges, ANewAccountIsCreatedAndGetsTheKey)
{
    const QString changes = joined(plannedChanges(plan(), noUserYet(), noSelfTest()));
    EXPECT_TRUE(changes.startsWith(QStringLiteral("Create the user stitch,")))
        << changes.toStdString();
    EXPECT_TRUE(changes.contains(QStringLiteral("/home/stitch/.ssh/authorized_keys")));
    EXPECT_TRUE(changes.contains(QStringLiteral("10.0.1.5:5432 and nothing else")));
    EXPECT_FALSE(changes.contains(QStringLiteral("ufw"))) << "no firewall is turned on unasked";
    EXPECT_FALSE(changes.contains(QStringLiteral("sshd"))) << "sshd is not changed unasked";
    EXPECT_FALSE(changes.contains(QStringLiteral("self-test")));
}

TEST(PlannedChanges, OptInsSayWhatTheyDo)
{
    SetupPlan p = plan();
    p.enableFirewall = true;
    p.fixSshd = true;
    const QStringList changes = plannedChanges(p, noUserYet(), RunOptions{});
    ASSERT_FALSE(changes.isEmpty());
    // Turning ufw on comes first (step 1) and names the services it closes, read from the server.
    EXPECT_TRUE(changes.first().startsWith(QStringLiteral("Turn on ufw, allowing your address "
                                                          "198.51.100.7")));
    EXPECT_TRUE(changes.first().contains(QStringLiteral("closed to other machines: 80, 5432")))
        << changes.first().toStdString();
    EXPECT_TRUE(joined(changes).contains(QStringLiteral("Match User stitch")));
    EXPECT_TRUE(changes.last().contains(QStringLiteral("temporary self-test key")));
}

TEST(PlannedChanges, AnActiveFirewallGetsOnlyTheMissingAddresses)
{
    ServerFacts facts = noUserYet();
    facts.firewallActive = true;
    facts.firewall = FirewallKind::Ufw;
    facts.firewallStatus = QStringLiteral("Status: active\n22/tcp ALLOW IN 52.23.137.21\n");
    const QStringList changes = plannedChanges(plan(), facts, noSelfTest());
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_EQ(changes.first(), QStringLiteral("Allow Stitch's addresses 52.204.223.208/32 on TCP "
                                              "port 22 in ufw (rules tagged \"stitch-tunnel\")."));
}

TEST(PlannedChanges, NothingInPlaceMeansNoChange)
{
    const QByteArray sshd = "port 22\nusepam yes\nallowtcpforwarding yes\n"
                            "authorizedkeysfile .ssh/authorized_keys\n";
    const ServerFacts done = parseProbeOutput(
        "probe_version=4\nsshd_rc=0\nsshd_b64=" + sshd.toBase64() +
        "\nfirewall=none\nfirewall_active=0\nuser_passwd=stitch:x:1001:1001:Stitch SSH tunnel "
        "(created by stitch-tunnel-wizard):/home/stitch:/usr/sbin/nologin\ngroup_exists=1\n"
        "user_group=stitch\nuser_groups=stitch\naccount_refusal=\nuser_marked=1\n"
        "password_state=locked\nkey_file=/home/stitch/.ssh/authorized_keys\n"
        "key_file_as=stitch\nkind_home=directory\nstat_home=750 stitch stitch\n"
        "kind_ssh=directory\nstat_ssh=700 stitch stitch\nkind_ak=file\n"
        "stat_ak=600 stitch stitch\nak_has_key=1\nak_exact=1\nak_final_newline=1\n");
    EXPECT_EQ(plannedChanges(plan(), done, noSelfTest()), QStringList());
}

TEST(PlannedChanges, EachStepsApplyChangesOnlyItsOwnStep)
{
    SetupPlan p = plan();
    p.enableFirewall = true;
    RunOptions firewallOnly;
    firewallOnly.applyTunnelUser = false;
    const QStringList step1 = plannedChanges(p, noUserYet(), firewallOnly);
    ASSERT_EQ(step1.size(), 1) << joined(step1).toStdString();
    EXPECT_TRUE(step1.first().startsWith(QStringLiteral("Turn on ufw")));
    RunOptions userOnly;
    userOnly.applyFirewall = false;
    const QString step4 = joined(plannedChanges(p, noUserYet(), userOnly));
    EXPECT_FALSE(step4.contains(QStringLiteral("ufw"))) << step4.toStdString();
    EXPECT_TRUE(step4.startsWith(QStringLiteral("Create the user stitch")));
    const ApplyPlan a = makeApplyPlan(p, noUserYet(), firewallOnly);
    EXPECT_EQ(a.digest, applyPlanDigest(a.firewallScript, QString()));
    EXPECT_FALSE(a.tunnelUserPart);
}

TEST(ApplyPlanDigest, NamesExactlyTheScripts)
{
    const ApplyPlan a = makeApplyPlan(plan(), noUserYet(), RunOptions{});
    EXPECT_EQ(a.digest.size(), 16);
    EXPECT_EQ(a.digest, makeApplyPlan(plan(), noUserYet(), RunOptions{}).digest) << "deterministic";
    EXPECT_EQ(a.digest, applyPlanDigest(a.firewallScript, a.tunnelUserScript));
    SetupPlan other = plan();
    other.keyOptions = QStringLiteral("restrict,port-forwarding,permitopen=\"10.0.1.5:5433\"");
    EXPECT_NE(makeApplyPlan(other, noUserYet(), RunOptions{}).digest.toStdString(),
              a.digest.toStdString());
    EXPECT_NE(applyPlanDigest(a.firewallScript + a.tunnelUserScript, QString()), a.digest)
        << "where one script ends counts";
}

TEST(FactsDigest, SameServerSameDigestWhateverTheOrderAndSessions)
{
    const QByteArray facts = "probe_version=4\nuser_passwd=\nlisten_port=22\nlisten_port=80\n";
    const QByteArray digest = factsDigest(facts);
    EXPECT_EQ(digest.size(), 16) << digest.toStdString();
    EXPECT_EQ(factsDigest("listen_port=80\nprobe_version=4\nlisten_port=22\nuser_passwd=\n"),
              digest);
    EXPECT_EQ(factsDigest(facts + "ssh_peer=203.0.113.9\n"), digest)
        << "an SSH session coming or going is no change to what apply does";
    EXPECT_NE(factsDigest("probe_version=4\nuser_passwd=stitch:x:1001:1001::/home/stitch:/bin/sh\n"
                          "listen_port=22\nlisten_port=80\n"),
              digest);
}
