#include "setup/remote_scripts.h"
#include "setup/server_facts.h"
#include "setup/step_checks.h"

#include <gtest/gtest.h>

#include <functional>

using namespace stitch;
using namespace stitch::setup;

namespace {

SetupPlan plan()
{
    SetupPlan p;
    p.tunnelUser = QStringLiteral("stitch");
    p.stitchCidrs = {QStringLiteral("52.23.137.21/32"), QStringLiteral("52.204.223.208/32")};
    p.keyBlob = QStringLiteral("AAAAC3NzaC1lZDI1NTE5AAAAIA");
    p.sshPorts = {QStringLiteral("22")};
    p.databaseHost = QStringLiteral("localhost");
    p.databasePort = 5432;
    return p;
}

ServerFacts healthyUser()
{
    const QByteArray sshd = "port 22\nusepam yes\nallowtcpforwarding yes\ndisableforwarding no\n"
                            "pubkeyauthentication yes\nauthorizedkeysfile .ssh/authorized_keys "
                            ".ssh/authorized_keys2\npubkeyacceptedalgorithms "
                            "ssh-ed25519,rsa-sha2-512,rsa-sha2-256\n";
    QByteArray out = "probe_version=2\nsshd_rc=0\nsshd_b64=" + sshd.toBase64() +
                     "\nuser_passwd=stitch:x:1001:1001:Stitch SSH tunnel (created by "
                     "stitch-tunnel-wizard):/home/stitch:/usr/sbin/nologin\n"
                     "group_exists=1\nuser_group=stitch\nuser_groups=stitch\naccount_refusal=\n"
                     "user_marked=1\npassword_state=locked\nuid_min=1000\n"
                     "kind_home=directory\nstat_home=750 stitch stitch\n"
                     "kind_ssh=directory\nstat_ssh=700 stitch stitch\n"
                     "kind_ak=file\nstat_ak=600 stitch stitch\nak_lines=1\nak_has_key=1\n"
                     "ak_exact=1\nak_final_newline=1\nak_cr=0\nak_selftest=0\nhas_setpriv=1\n";
    return parseProbeOutput(out);
}

QStringList codes(const StepResult &r, Severity severity)
{
    QStringList c;
    for (const Finding &f : r.findings)
        if (f.severity == severity)
            c << f.code;
    return c;
}

} // namespace

TEST(ProbeOutput, ParsesEveryFact)
{
    const ServerFacts f = healthyUser();
    EXPECT_EQ(f.probeVersion, 2);
    EXPECT_TRUE(f.userExists);
    EXPECT_TRUE(f.userMarked);
    EXPECT_TRUE(f.authorizedKeysExactLine);
    EXPECT_TRUE(f.hasSetpriv);
    EXPECT_EQ(f.sshDir.kind, QStringLiteral("directory"));
    EXPECT_FALSE(f.sshDir.isLink());
    EXPECT_EQ(f.userUid, 1001);
    EXPECT_EQ(f.userHome, QStringLiteral("/home/stitch"));
    EXPECT_EQ(f.sshDir.mode, QStringLiteral("700"));
    EXPECT_EQ(f.sshdValue(QStringLiteral("allowtcpforwarding")), QStringLiteral("yes"));
    EXPECT_EQ(f.sshdPorts(), QStringList{QStringLiteral("22")});
}

TEST(ProbeOutput, GarbageIsHarmless)
{
    const ServerFacts f =
        parseProbeOutput("=\n==\nuser_passwd=a:b\nstat_ssh=1 2\nsshd_b64=!!!\n\xff\xfe");
    EXPECT_FALSE(f.userExists);
    EXPECT_FALSE(f.sshDir.exists);
}

TEST(TunnelUserCheck, HealthyUserPasses)
{
    const StepResult r = checkTunnelUser(healthyUser(), plan(), QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(r.status, StepStatus::Pass)
        << codes(r, Severity::Fail).join(QLatin1Char(' ')).toStdString();
}

TEST(TunnelUserCheck, EachProblemHasItsOwnFailure)
{
    struct Case
    {
        const char *sshdLine; // replaces a healthy sshd -T line
        const char *code;
    };
    const Case cases[] = {
        {"allowtcpforwarding no", "sshd.forwarding_disabled"},
        {"allowtcpforwarding remote", "sshd.forwarding_disabled"},
        {"disableforwarding yes", "sshd.disable_forwarding"},
        {"pubkeyauthentication no", "sshd.pubkey_disabled"},
        {"allowusers alice bob@10.0.0.1", "sshd.allow_users"},
        {"denyusers stit*", "sshd.deny_users"},
        {"allowgroups admins", "sshd.allow_groups"},
        {"denygroups stitch", "sshd.deny_groups"},
        {"pubkeyacceptedalgorithms rsa-sha2-512", "sshd.key_type_refused"},
        {"usepam no", "user.locked"},
    };
    for (const Case &c : cases) {
        ServerFacts f = healthyUser();
        const QString line = QString::fromLatin1(c.sshdLine);
        f.sshd[line.section(QLatin1Char(' '), 0, 0)] = {line.section(QLatin1Char(' '), 1)};
        const StepResult r = checkTunnelUser(f, plan(), QStringLiteral("ssh-ed25519"));
        EXPECT_EQ(r.status, StepStatus::Fail) << c.code;
        EXPECT_TRUE(codes(r, Severity::Fail).contains(QString::fromLatin1(c.code)))
            << c.code << " got " << codes(r, Severity::Fail).join(QLatin1Char(' ')).toStdString();
    }
}

// sshd's AuthorizedKeysFile as the probe resolved it (probe version 4: key_file, key_file_as).
TEST(TunnelUserCheck, TheKeyFileIsWhereSshdReadsIt)
{
    const QByteArray head = "probe_version=4\nuser_passwd=stitch:x:1001:1001:m:/home/stitch:"
                            "/usr/sbin/nologin\nhas_setpriv=1\nuser_marked=1\n";
    // No file the tool may write, keys from a program: refused before any change, naming both.
    const QByteArray sshd = "authorizedkeysfile none\nauthorizedkeyscommand /usr/bin/keys %u\n";
    ServerFacts none = parseProbeOutput(head + "sshd_rc=0\nsshd_b64=" + sshd.toBase64() +
                                        "\nkey_file=\nkey_file_as=\n");
    const QVector<Finding> refusals = tunnelUserRefusals(none, plan());
    ASSERT_EQ(refusals.size(), 1);
    EXPECT_EQ(refusals[0].code, QStringLiteral("sshd.authorized_keys_file"));
    EXPECT_TRUE(refusals[0].message.contains(QLatin1String("/usr/bin/keys %u")))
        << refusals[0].message.toStdString();

    // Root's key folder: root's file with mode 644 is right, 600 is not (sshd reads it as the
    // user); ~/.ssh is not looked at.
    ServerFacts root = parseProbeOutput(
        head + "key_file=/etc/ssh/authorized_keys/stitch\nkey_file_as=root\n"
               "key_files=/etc/ssh/authorized_keys/stitch\nkind_ssh=directory\n"
               "stat_ssh=755 root root\nkind_ak=file\nstat_ak=644 root root\nak_has_key=1\n"
               "ak_exact=1\n");
    EXPECT_TRUE(root.keyFileByRoot);
    EXPECT_EQ(root.keyDir(), QStringLiteral("/etc/ssh/authorized_keys"));
    EXPECT_TRUE(tunnelUserRefusals(root, plan()).isEmpty());
    StepResult r = checkTunnelUser(root, plan(), QStringLiteral("ssh-ed25519"));
    EXPECT_TRUE(codes(r, Severity::Fail).isEmpty())
        << codes(r, Severity::Fail).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(codes(r, Severity::Pass).contains(QStringLiteral("user.key_file")));
    root.authorizedKeys.mode = QStringLiteral("600");
    r = checkTunnelUser(root, plan(), QStringLiteral("ssh-ed25519"));
    EXPECT_TRUE(codes(r, Severity::Fail).contains(QStringLiteral("user.authorized_keys")));
    // Another account's file in root's folder is refused.
    root.authorizedKeys.owner = QStringLiteral("alice");
    root.authorizedKeys.mode = QStringLiteral("644");
    EXPECT_FALSE(tunnelUserRefusals(root, plan()).isEmpty());

    // An older probe (before AuthorizedKeysFile was read) meant ~/.ssh/authorized_keys.
    EXPECT_EQ(healthyUser().keyFile, QStringLiteral("/home/stitch/.ssh/authorized_keys"));
    EXPECT_TRUE(healthyUser().keyFileIsDefault());
}

TEST(TunnelUserCheck, ModesOwnersAndMissingKey)
{
    ServerFacts f = healthyUser();
    f.sshDir.mode = QStringLiteral("755");
    f.authorizedKeys.mode = QStringLiteral("644");
    f.home.mode = QStringLiteral("777");
    f.authorizedKeysHasKey = false;
    const StepResult r = checkTunnelUser(f, plan(), QStringLiteral("ssh-ed25519"));
    const QStringList failures = codes(r, Severity::Fail);
    EXPECT_TRUE(tunnelUserRefusals(f, plan()).isEmpty()); // modes are fixed, not refused
    EXPECT_TRUE(failures.contains(QStringLiteral("user.ssh_dir")));
    EXPECT_TRUE(failures.contains(QStringLiteral("user.authorized_keys")));
    EXPECT_TRUE(failures.contains(QStringLiteral("user.home_writable")));
    EXPECT_TRUE(failures.contains(QStringLiteral("user.key_missing")));
}

TEST(TunnelUserCheck, KeyWithOtherOptionsIsRewritten)
{
    ServerFacts f = healthyUser();
    f.authorizedKeysExactLine = false; // the blob is there, with stale or no options
    const StepResult r = checkTunnelUser(f, plan(), QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(codes(r, Severity::Fail), QStringList{QStringLiteral("user.key_options")});
}

TEST(TunnelUserRefusal, AccountsThatMustNeverCarryTheKey)
{
    const struct
    {
        const char *refusal; // what lib_tunnel_account.sh's account_refusal printed
        const char *code;
    } cases[] = {
        {"uid0 0", "user.uid0"},
        {"system 998 1000", "user.system_account"},
        {"login stitchadmin", "user.login_user"},
        {"admin_group sudo", "user.administrator"},
        {"root_group docker", "user.root_equivalent_group"},
        {"uid_max 70000 60000", "user.uid_above_max"},
        {"sudoer", "user.sudoer"},
        {"something-new x", "user.refused"},
    };
    for (const auto &c : cases) {
        ServerFacts f = healthyUser();
        f.accountRefusal = QString::fromLatin1(c.refusal);
        SetupPlan p = plan();
        p.adoptExistingUser = true; // confirming never overrides these
        const QVector<Finding> refusals = tunnelUserRefusals(f, p);
        ASSERT_EQ(refusals.size(), 1) << c.refusal;
        EXPECT_EQ(refusals.first().code, QString::fromLatin1(c.code));
        EXPECT_EQ(refusals.first().severity, Severity::Fail);
        EXPECT_FALSE(refusals.first().fix.isEmpty());
        EXPECT_TRUE(codes(checkTunnelUser(f, p, QStringLiteral("ssh-ed25519")), Severity::Fail)
                        .contains(QString::fromLatin1(c.code)));
    }
}

TEST(TunnelUserRefusal, AnAccountWeDidNotCreateNeedsConfirmation)
{
    ServerFacts f = healthyUser();
    f.userMarked = false;
    SetupPlan p = plan();
    ASSERT_EQ(tunnelUserRefusals(f, p).size(), 1);
    EXPECT_EQ(tunnelUserRefusals(f, p).first().code, QStringLiteral("user.not_ours"));
    p.adoptExistingUser = true;
    EXPECT_TRUE(tunnelUserRefusals(f, p).isEmpty());
}

TEST(TunnelUserRefusal, LinksAndForeignFilesUnderTheHomeAreNeverTouched)
{
    const auto linked = [](FileState *st, const char *target) {
        st->kind = QStringLiteral("link");
        st->linkTarget = QString::fromLatin1(target);
    };
    struct Case
    {
        std::function<void(ServerFacts &)> make;
        const char *code;
        const char *mentions;
    };
    const Case cases[] = {
        {[&](ServerFacts &f) { linked(&f.sshDir, "/etc/update-motd.d"); }, "user.ssh_dir_link",
         "/etc/update-motd.d"},
        {[&](ServerFacts &f) { linked(&f.authorizedKeys, "/etc/shadow"); },
         "user.authorized_keys_link", "/etc/shadow"},
        {[&](ServerFacts &f) { linked(&f.home, "/root"); }, "user.home_link", "/root"},
        {[](ServerFacts &f) { f.sshDir.owner = QStringLiteral("root"); }, "user.ssh_dir_owner",
         "root"},
        {[](ServerFacts &f) { f.authorizedKeys.owner = QStringLiteral("alice"); },
         "user.authorized_keys_owner", "alice"},
        {[](ServerFacts &f) { f.authorizedKeys.kind = QStringLiteral("other"); },
         "user.authorized_keys_kind", "authorized_keys"},
        {[](ServerFacts &f) { f.hasSetpriv = false; }, "tools.no_setpriv", "setpriv"},
    };
    for (const Case &c : cases) {
        ServerFacts f = healthyUser();
        c.make(f);
        const QVector<Finding> refusals = tunnelUserRefusals(f, plan());
        ASSERT_EQ(refusals.size(), 1) << c.code;
        EXPECT_EQ(refusals.first().code, QString::fromLatin1(c.code));
        EXPECT_TRUE(refusals.first().message.contains(QString::fromLatin1(c.mentions)))
            << refusals.first().message.toStdString();
        EXPECT_FALSE(refusals.first().fix.isEmpty());
    }
}

TEST(TunnelUserCheck, MissingUser)
{
    ServerFacts f = healthyUser();
    f.userExists = false;
    const StepResult r = checkTunnelUser(f, plan(), QStringLiteral("ssh-ed25519"));
    EXPECT_TRUE(codes(r, Severity::Fail).contains(QStringLiteral("user.missing")));
}

TEST(FirewallCheck, NoFirewallIsAWarningWithCloudRules)
{
    ServerFacts f;
    const StepResult r = checkFirewall(f, plan());
    EXPECT_EQ(r.status, StepStatus::Warn);
    const QString rules = cloudFirewallRules(plan());
    EXPECT_TRUE(rules.contains(QStringLiteral("--cidr 52.23.137.21/32")));
    EXPECT_TRUE(
        rules.contains(QStringLiteral("--source-ranges 52.23.137.21/32,52.204.223.208/32")));
}

TEST(FirewallCheck, RecognisesRulesInEachListing)
{
    const char *ufw =
        "22/tcp                     ALLOW IN    52.23.137.21               # stitch-tunnel\n"
        "22/tcp                     ALLOW IN    52.204.223.208             # stitch-tunnel\n";
    const char *ipt = "-A INPUT -s 52.23.137.21/32 -p tcp -m tcp --dport 22 -m comment --comment "
                      "stitch-tunnel -j ACCEPT\n"
                      "-A INPUT -s 52.204.223.208/32 -p tcp -m tcp --dport 22 -m comment --comment "
                      "stitch-tunnel -j ACCEPT\n";
    for (const char *listing : {ufw, ipt}) {
        ServerFacts f;
        f.firewall = FirewallKind::Ufw;
        f.firewallActive = true;
        f.firewallStatus = QString::fromLatin1(listing);
        EXPECT_EQ(checkFirewall(f, plan()).status, StepStatus::Pass) << listing;
        f.firewallStatus = f.firewallStatus.section(QLatin1Char('\n'), 0, 0);
        EXPECT_EQ(checkFirewall(f, plan()).status, StepStatus::Fail) << listing;
    }
    EXPECT_FALSE(firewallListingAllows(QStringLiteral("22/tcp ALLOW IN 52.23.137.210"),
                                       QStringLiteral("52.23.137.21/32"), QStringLiteral("22")));
}

TEST(FirewallCheck, OtherPortsAndOutgoingRulesDoNotCount)
{
    const QString cidr = QStringLiteral("52.23.137.21/32");
    EXPECT_TRUE(firewallListingAllows(QStringLiteral("2222/tcp ALLOW IN 52.23.137.21"), cidr,
                                      QStringLiteral("2222")));
    EXPECT_FALSE(firewallListingAllows(QStringLiteral("22222/tcp ALLOW IN 52.23.137.21"), cidr,
                                       QStringLiteral("2222")));
    EXPECT_FALSE(firewallListingAllows(QStringLiteral("22/tcp ALLOW IN 52.23.137.21"), cidr,
                                       QStringLiteral("2222")));
    EXPECT_FALSE(firewallListingAllows(QStringLiteral("52.23.137.21 2222/tcp ALLOW OUT Anywhere"),
                                       cidr, QStringLiteral("2222")));
    EXPECT_TRUE(firewallListingAllows(
        QStringLiteral("-A INPUT -s 52.23.137.21/32 -p tcp -m tcp --dport 2222 -j ACCEPT"), cidr,
        QStringLiteral("2222")));
}

TEST(FirewallScript, UsesTheProbesListingInsteadOfAskingAgain)
{
    SetupPlan p = plan();
    ServerFacts f;
    f.probeVersion = 2;
    f.firewall = FirewallKind::Ufw;
    f.firewallActive = true;
    f.firewallStatus = QStringLiteral(
        "22/tcp                     ALLOW IN    52.23.137.21               # stitch-tunnel\n");
    const QString script = firewallScript(p, f).build();
    EXPECT_TRUE(script.contains(QLatin1String("\nFW='ufw'\n")));
    EXPECT_TRUE(script.contains(QLatin1String("\nFW_ACTIVE='1'\n")));
    EXPECT_TRUE(script.contains(QLatin1String("\nPRESENT='52.23.137.21/32@22'\n")))
        << qPrintable(script);

    // Without a probe (the standalone script), FW stays unset and the script looks itself.
    const QString standalone = firewallScript(p, ServerFacts()).build();
    EXPECT_FALSE(standalone.contains(QLatin1String("\nFW=")));
    EXPECT_TRUE(standalone.contains(
        QLatin1String("if [ -z \"${FW:-}\" ]; then PRESENT=; detect_firewall; fi")));
}

TEST(ProbeOutput, TheRouteToTheDatabaseGivesTheAddressItSees)
{
    const ServerFacts f = parseProbeOutput("addr=10.0.0.5\naddr=198.18.0.1\ndb_addr=198.18.0.2\n"
                                           "db_route_to=198.18.0.2\ndb_route_src=198.18.0.1\n"
                                           "db_route_dev=stdb0\n");
    EXPECT_EQ(f.privateAddresses,
              QStringList({QStringLiteral("10.0.0.5"), QStringLiteral("198.18.0.1")}));
    EXPECT_EQ(f.databaseRouteTo, QStringLiteral("198.18.0.2"));
    EXPECT_EQ(f.databaseSourceAddress, QStringLiteral("198.18.0.1"));
    EXPECT_EQ(f.databaseRouteInterface, QStringLiteral("stdb0"));
    EXPECT_FALSE(f.databaseIsLocal);

    // The server's output is untrusted: only a plain address counts as the source.
    const ServerFacts bad = parseProbeOutput("db_route_src=198.18.0.1; reboot\n"
                                             "db_route_to=fe80::1%eth0\n");
    EXPECT_TRUE(bad.databaseSourceAddress.isEmpty());
    EXPECT_TRUE(bad.databaseRouteTo.isEmpty());
    EXPECT_TRUE(parseProbeOutput("db_route_local=1\n").databaseIsLocal);
}

// When the login shell hid the admin's address (SSH_CONNECTION never read), turning ufw on is
// refused up front: it could not allow the admin first.
TEST(FirewallCheck, AnUnknownAdminAddressStopsTurningUfwOn)
{
    ServerFacts f = parseProbeOutput("probe_version=4\nfirewall=ufw\nfirewall_active=0\n");
    SetupPlan p = plan();
    p.enableFirewall = true;
    p.adminAddress.clear();
    EXPECT_TRUE(codes(checkFirewall(f, p), Severity::Fail)
                    .contains(QStringLiteral("firewall.admin_address_unknown")));
    p.adminAddress = QStringLiteral("203.0.113.7");
    EXPECT_FALSE(codes(checkFirewall(f, p), Severity::Fail)
                     .contains(QStringLiteral("firewall.admin_address_unknown")));
}

// A MaxStartups that low lets scanners crowd Stitch out; the default says nothing.
TEST(TunnelUserCheck, ALowMaxStartupsIsAWarning)
{
    ServerFacts f = healthyUser();
    f.sshd[QStringLiteral("maxstartups")] = {QStringLiteral("10:30:100")};
    EXPECT_FALSE(codes(checkTunnelUser(f, plan(), QStringLiteral("ssh-ed25519")), Severity::Warn)
                     .contains(QStringLiteral("sshd.max_startups_low")));
    f.sshd[QStringLiteral("maxstartups")] = {QStringLiteral("2:30:10")};
    EXPECT_TRUE(codes(checkTunnelUser(f, plan(), QStringLiteral("ssh-ed25519")), Severity::Warn)
                    .contains(QStringLiteral("sshd.max_startups_low")));
}
