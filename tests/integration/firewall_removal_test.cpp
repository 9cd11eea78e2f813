// Removal is the exact inverse of apply on every firewall: on the real ufw, firewalld, iptables
// and nftables of the sandbox, applying twice adds each rule once, a later apply with other
// addresses adds its rule, and removal with only one of the addresses takes out every rule we
// tagged (and reports each one), while the admin's own untagged rules stay.
#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/setup_runner.h"
#include "standalone_script.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace stitch;
using namespace stitch::setup;

namespace {

// Test-net addresses only (198.18.0.0/15), none a prefix of another, so a plain substring
// search in a listing finds exactly one of them whichever way the firewall prints it
// (198.18.0.10, 198.18.0.10/32).
const QStringList kFirst{QStringLiteral("198.18.0.10/32"), QStringLiteral("198.18.0.11/32")};
const QStringList kSecond{QStringLiteral("198.18.1.0/24")};
const QString kUntagged = QStringLiteral("198.18.0.99");

QString hostPart(const QString &cidr)
{
    return cidr.endsWith(QLatin1String("/32")) ? cidr.section(QLatin1Char('/'), 0, 0) : cidr;
}

// One firewall as the tests see it.
struct Firewall
{
    QString setUp;                             // makes it active, with one untagged rule
    std::function<bool(const QString &)> ours; // a listed line is a rule we added
    QString tearDown;                          // after the test
};

class FirewallRemoval : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // (test_main.cpp refuses to run at all without the sandbox: no skip here.)
        sandbox::resetFirewall();
        // Each test starts on a server this tool has not touched: no record of rules an
        // earlier test's firewall reset took away.
        sandbox::shell(QStringLiteral("rm -rf /var/lib/stitch-tunnel"));
        session.setConnection(sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch));
        session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
    }
    void TearDown() override { sandbox::resetFirewall(); }

    void choose(const QStringList &cidrs)
    {
        SetupChoices c =
            sandbox::postgresChoices(QStringLiteral("stitchfwrm"), stitchKey.publicLine);
        c.customCidrs = cidrs;
        session.setChoices(c);
    }
    void apply(const QStringList &cidrs)
    {
        choose(cidrs);
        RunOptions options;
        options.selfTest = false; // the firewall is under test here, not the tunnel
        SetupRunner runner(session.request(options));
        Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    }
    // Removes with only `cidrs` given; returns what the step reported.
    StepResult remove(const QStringList &cidrs)
    {
        choose(cidrs);
        RunOptions options;
        options.removeFirewallRules = true;
        SetupRunner runner(session.request(options));
        Status s = sandbox::recordIn(session, runner.run(Operation::Remove));
        EXPECT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        // What remove did to the firewall is reported under step 1.
        return session.stepResult(StepId::Firewall);
    }

    // Another program holds shadow's lock on /etc/`file` and its shadow twin (a live process's
    // pid in the lock file, as a package manager or vipw leaves it): groupadd or useradd wait
    // for it, then give up. Released when the returned guard goes.
    static auto holdAccountsLock(const QString &file, const QString &twin)
    {
        int rc = -1;
        sandbox::shell(QStringLiteral("sleep 600 </dev/null >/dev/null 2>&1 & printf %s $! "
                                      ">/etc/%1.lock; cp /etc/%1.lock /etc/%2.lock")
                           .arg(file, twin),
                       &rc);
        EXPECT_EQ(rc, 0);
        return qScopeGuard([file, twin] {
            sandbox::shell(QStringLiteral("kill $(cat /etc/%1.lock) 2>/dev/null; "
                                          "rm -f /etc/%1.lock /etc/%2.lock")
                               .arg(file, twin));
        });
    }
    // apply without the self-test, for choices that make it fail on the server.
    Status applyFor(const SetupChoices &choices)
    {
        session.setChoices(choices);
        RunOptions options;
        options.selfTest = false;
        SetupRunner runner(session.request(options));
        return sandbox::recordIn(session, runner.run(Operation::Apply));
    }

    static QStringList lines(const QString &command)
    {
        return QString::fromUtf8(sandbox::shell(command)).split(QLatin1Char('\n'));
    }
    // Our rules in `command`'s listing for the address of `cidr`.
    static int oursFor(const Firewall &fw, const QString &command, const QString &cidr)
    {
        int n = 0;
        for (const QString &l : lines(command))
            n += (fw.ours(l) && l.contains(hostPart(cidr))) ? 1 : 0;
        return n;
    }
    static int ours(const Firewall &fw, const QString &command)
    {
        int n = 0;
        for (const QString &l : lines(command))
            n += fw.ours(l) ? 1 : 0;
        return n;
    }
    static int untagged(const QString &command)
    {
        int n = 0;
        for (const QString &l : lines(command))
            n += l.contains(kUntagged) ? 1 : 0;
        return n;
    }

    // The scenario, the same on every firewall. `listings`: every listing that must agree
    // (firewalld has a runtime and a permanent one); `saved`: prints the rules saved for the
    // next boot, when the firewall keeps them apart.
    void applyTwiceAddOtherThenRemove(const Firewall &fw, const QStringList &listings,
                                      const QString &saved = {},
                                      const std::function<void()> &afterSetUp = {})
    {
        const auto cleanUp = qScopeGuard([&] { sandbox::shell(fw.tearDown); });
        int rc = -1;
        sandbox::shell(fw.setUp, &rc);
        ASSERT_EQ(rc, 0) << fw.setUp.toStdString();
        if (afterSetUp)
            afterSetUp();
        for (const QString &listing : listings)
            ASSERT_EQ(untagged(listing), 1) << sandbox::shell(listing).toStdString();

        apply(kFirst);
        apply(kFirst);
        // (nftables also warns that its rules do not survive a reboot, so not always Pass.)
        EXPECT_NE(session.stepResult(StepId::Firewall).status, StepStatus::Changed)
            << "the second apply found every rule in place";
        for (const QString &listing : listings) {
            for (const QString &cidr : kFirst)
                EXPECT_EQ(oursFor(fw, listing, cidr), 1)
                    << cidr.toStdString() << " in " << listing.toStdString() << ":\n"
                    << sandbox::shell(listing).toStdString();
        }

        apply(kSecond);
        EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Changed);
        QStringList all = listings;
        if (!saved.isEmpty())
            all << saved; // saved as they are now
        for (const QString &listing : all) {
            EXPECT_EQ(oursFor(fw, listing, kSecond.first()), 1)
                << sandbox::shell(listing).toStdString();
            EXPECT_EQ(ours(fw, listing), 3) << sandbox::shell(listing).toStdString();
        }

        const StepResult removed = remove({kFirst.first()});
        for (const QString &listing : all) {
            EXPECT_EQ(ours(fw, listing), 0) << sandbox::shell(listing).toStdString();
            EXPECT_EQ(untagged(listing), 1) << sandbox::shell(listing).toStdString();
        }
        QStringList reported;
        for (const Finding &f : removed.findings) {
            if (f.code == QLatin1String("remove.changed") &&
                f.message.contains(QLatin1String(" no longer allows ")))
                reported << f.message;
        }
        EXPECT_EQ(reported.size(), 3) << reported.join(QLatin1Char('\n')).toStdString();
        for (const QString &cidr : kFirst + kSecond) {
            const QString port = QString::number(sandbox::sshPort());
            bool found = false;
            for (const QString &m : reported)
                found = found || (m.contains(hostPart(cidr)) &&
                                  m.endsWith(QLatin1String(" on port ") + port));
            EXPECT_TRUE(found) << cidr.toStdString() << " not reported:\n"
                               << reported.join(QLatin1Char('\n')).toStdString();
        }
    }

    QTemporaryDir scratch;
    SetupSession session;
    sandbox::StitchKey stitchKey;
};

} // namespace

TEST_F(FirewallRemoval, Ufw)
{
    const Firewall ufw{
        QStringLiteral("ufw allow %1/tcp >/dev/null && ufw allow proto tcp from %2 to any port %1 "
                       ">/dev/null && ufw --force enable >/dev/null")
            .arg(sandbox::sshPort())
            .arg(kUntagged),
        [](const QString &l) { return l.trimmed().endsWith(QLatin1String("# stitch-tunnel")); },
        QStringLiteral("true")};
    applyTwiceAddOtherThenRemove(ufw, {QStringLiteral("ufw status")});
}

TEST_F(FirewallRemoval, Firewalld)
{
    ASSERT_TRUE(sandbox::startFirewalld());
    // The record of our rich rules is removed with them; on failure here, so no later test
    // sees it.
    auto stop = qScopeGuard([] {
        sandbox::stopFirewalld();
        sandbox::shell(QStringLiteral("rm -rf /var/lib/stitch-tunnel"));
    });
    ASSERT_EQ(sandbox::shell(QStringLiteral("firewall-cmd --state")), QByteArray("running\n"));
    const QString untaggedRule =
        QStringLiteral("'rule family=ipv4 source address=%1 port port=%2 protocol=tcp accept'")
            .arg(kUntagged)
            .arg(sandbox::sshPort());
    // Rich rules carry no tag: ours are the ones of our form for a Stitch address.
    const Firewall firewalld{
        QStringLiteral("firewall-cmd --add-rich-rule=%1 >/dev/null && "
                       "firewall-cmd --permanent --add-rich-rule=%1 >/dev/null")
            .arg(untaggedRule),
        [](const QString &l) {
            return l.startsWith(QLatin1String("rule family=")) && !l.contains(kUntagged);
        },
        QStringLiteral("true")};
    applyTwiceAddOtherThenRemove(firewalld,
                                 {QStringLiteral("firewall-cmd --list-rich-rules"),
                                  QStringLiteral("firewall-cmd --permanent --list-rich-rules")});
    // The rules' lines left the server's record with them.
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep -c '^rule ' /var/lib/stitch-tunnel/record")),
              QByteArray("0\n"));

    // Stopped, firewalld leaves nothing behind that the other tests would see.
    stop.dismiss();
    sandbox::stopFirewalld();
    EXPECT_FALSE(sandbox::shell(QStringLiteral("nft list tables")).contains("firewalld"));
    int rc = -1;
    sandbox::shell(QStringLiteral("firewall-cmd --state >/dev/null 2>&1"), &rc);
    EXPECT_NE(rc, 0) << "firewalld still answers";
}

TEST_F(FirewallRemoval, Iptables)
{
    // Saved where Debian's iptables-persistent keeps them (the overlay /etc is thrown away);
    // then a rule the admin added for this boot only, which must stay out of the saved file.
    const auto cleanUp =
        qScopeGuard([] { sandbox::shell(QStringLiteral("rm -rf /etc/iptables")); });
    const QString runtimeOnly = QStringLiteral("198.18.0.98");
    const Firewall iptables{
        QStringLiteral("mkdir -p /etc/iptables && iptables -A INPUT -i lo -j ACCEPT && "
                       "iptables -A INPUT -s %1 -p tcp --dport %2 -j ACCEPT && "
                       "iptables -P INPUT DROP && iptables-save >/etc/iptables/rules.v4 && "
                       "iptables -A INPUT -s %3 -p tcp --dport 8080 -j ACCEPT")
            .arg(kUntagged)
            .arg(sandbox::sshPort())
            .arg(runtimeOnly),
        [](const QString &l) { return l.contains(QLatin1String("--comment stitch-tunnel")); },
        QStringLiteral("true")};
    QByteArray savedBefore;
    std::function<void()> afterSetUp = [&] {
        savedBefore = sandbox::shell(QStringLiteral("cat /etc/iptables/rules.v4"));
    };
    applyTwiceAddOtherThenRemove(iptables, {QStringLiteral("iptables -S")},
                                 QStringLiteral("cat /etc/iptables/rules.v4"), afterSetUp);
    // Only our lines came and went: the saved file is as it was, byte for byte, and the
    // admin's rule for this boot only was never made permanent.
    const QByteArray savedAfter = sandbox::shell(QStringLiteral("cat /etc/iptables/rules.v4"));
    EXPECT_EQ(savedAfter, savedBefore);
    EXPECT_FALSE(savedAfter.contains(runtimeOnly.toUtf8())) << savedAfter.toStdString();
    EXPECT_TRUE(sandbox::shell(QStringLiteral("iptables -S")).contains(runtimeOnly.toUtf8()));
}

// No saved rules file: apply does not save the whole live ruleset to make one (that would
// make every rule of this boot permanent); it says the rules will not survive a reboot.
TEST_F(FirewallRemoval, IptablesWithoutASavedFileIsNotPersistedAndSaysSo)
{
    const auto cleanUp =
        qScopeGuard([] { sandbox::shell(QStringLiteral("rm -rf /etc/iptables")); });
    int rc = -1;
    sandbox::shell(QStringLiteral("mkdir -p /etc/iptables && iptables -A INPUT -i lo -j ACCEPT "
                                  "&& iptables -P INPUT DROP"),
                   &rc);
    ASSERT_EQ(rc, 0);
    apply(kFirst);
    bool warned = false;
    QStringList said;
    for (const Finding &f : session.stepResult(StepId::Firewall).findings) {
        warned = warned || f.code == QLatin1String("firewall.iptables_not_saved");
        said << f.code + QLatin1Char(' ') + f.message;
    }
    EXPECT_TRUE(warned) << said.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("ls -A /etc/iptables")), QByteArray());
    remove(kFirst);
}

TEST_F(FirewallRemoval, Nftables)
{
    const Firewall nft{
        QStringLiteral("nft add table inet filter && nft add chain inet filter input "
                       "'{ type filter hook input priority 0; policy drop; }' && "
                       "nft add rule inet filter input iif lo accept && "
                       "nft add rule inet filter input ip saddr %1 tcp dport %2 accept")
            .arg(kUntagged)
            .arg(sandbox::sshPort()),
        [](const QString &l) { return l.contains(QLatin1String("comment \"stitch-tunnel\"")); },
        QStringLiteral("true")};
    applyTwiceAddOtherThenRemove(nft, {QStringLiteral("nft list ruleset")});

    // Nothing of ours left: removing again says so and changes nothing.
    const StepResult again = remove({kFirst.first()});
    bool said = false;
    for (const Finding &f : again.findings) {
        said = said || f.code == QLatin1String("firewall.nothing_tagged");
        EXPECT_FALSE(f.message.contains(QLatin1String("no longer allows")))
            << f.message.toStdString();
    }
    EXPECT_TRUE(said);
}

// The script an admin runs by hand (the CLI's `script`) is idempotent on the firewall too: run
// twice against nftables, it adds each rule once and changes nothing the second time.
TEST_F(FirewallRemoval, StandaloneScriptAddsNftablesRulesOnce)
{
    sandbox::shell(QStringLiteral("nft add table inet filter && nft add chain inet filter input "
                                  "'{ type filter hook input priority 0; policy drop; }' && "
                                  "nft add rule inet filter input iif lo accept"));
    const QString path = writeStandaloneScript(
        {QStringLiteral("--tunnel-user"), QStringLiteral("stitchfwscript"),
         QStringLiteral("--public-key"), stitchKey.publicLine, QStringLiteral("--allow-ip"),
         kFirst[0], QStringLiteral("--allow-ip"), kFirst[1]},
        scratch);
    ASSERT_FALSE(path.isEmpty());
    int rc = -1;
    const QByteArray first = sandbox::shell(QStringLiteral("sh ") + path, &rc);
    EXPECT_EQ(rc, 0);
    EXPECT_EQ(first.count("changed firewall nftables allows"), 2) << first.toStdString();
    const QByteArray second = sandbox::shell(QStringLiteral("sh ") + path, &rc);
    EXPECT_EQ(rc, 0);
    EXPECT_FALSE(second.contains("changed firewall")) << second.toStdString();
    const QByteArray ruleset = sandbox::shell(QStringLiteral("nft list ruleset"));
    EXPECT_EQ(ruleset.count("comment \"stitch-tunnel\""), 2) << ruleset.toStdString();
}

// An admin's own rich rule for a Stitch address, written without /32, is the same rule as ours:
// apply adds no second one, the record names only the rule apply added, and remove, which takes
// out only what the record names, leaves the admin's rule in place.
TEST_F(FirewallRemoval, FirewalldKeepsTheAdminsOwnRuleForAStitchAddress)
{
    ASSERT_TRUE(sandbox::startFirewalld());
    const auto stop = qScopeGuard([] {
        sandbox::stopFirewalld();
        sandbox::shell(QStringLiteral("rm -rf /var/lib/stitch-tunnel"));
    });
    const QString port = QString::number(sandbox::sshPort());
    const QString admins = hostPart(kFirst[0]); // 198.18.0.10, no /32
    int rc = -1;
    sandbox::shell(QStringLiteral("r='rule family=ipv4 source address=%1 port port=%2 "
                                  "protocol=tcp accept'; firewall-cmd --add-rich-rule=\"$r\" "
                                  ">/dev/null && firewall-cmd --permanent --add-rich-rule=\"$r\" "
                                  ">/dev/null")
                       .arg(admins, port),
                   &rc);
    ASSERT_EQ(rc, 0);
    const QString both = QStringLiteral(
        "firewall-cmd --list-rich-rules; firewall-cmd --permanent --list-rich-rules");

    apply(kFirst);
    const QString rules = QString::fromUtf8(sandbox::shell(both));
    EXPECT_EQ(rules.count(QStringLiteral("address=\"%1\"").arg(admins)), 2) << rules.toStdString();
    EXPECT_EQ(rules.count(QStringLiteral("address=\"%1\"").arg(kFirst[0])), 0)
        << "a second rule for the admin's address:\n"
        << rules.toStdString();
    EXPECT_EQ(rules.count(QStringLiteral("address=\"%1\"").arg(kFirst[1])), 2)
        << rules.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep '^rule ' /var/lib/stitch-tunnel/record")),
              QStringLiteral("rule firewalld %1 %2\n").arg(kFirst[1], port).toUtf8());

    remove(kFirst);
    const QString after = QString::fromUtf8(sandbox::shell(both));
    EXPECT_EQ(after.count(QStringLiteral("address=\"%1\"").arg(admins)), 2)
        << "the admin's own rule was removed:\n"
        << after.toStdString();
    EXPECT_FALSE(after.contains(hostPart(kFirst[1]))) << after.toStdString();
}

// A failed apply takes back the firewall rules it added: the account cannot be created
// (another program holds the lock on /etc/group, as a package manager or an admin's vipw
// would), so no Stitch rule stays open for an account that is not there; the admin's rule
// stays, the record names nothing, and the error says what was taken back.
TEST_F(FirewallRemoval, FailedApplyTakesBackTheRulesItAdded)
{
    int rc = -1;
    sandbox::shell(QStringLiteral("nft add table inet filter && nft add chain inet filter input "
                                  "'{ type filter hook input priority 0; policy drop; }' && "
                                  "nft add rule inet filter input iif lo accept && "
                                  "nft add rule inet filter input ip saddr %1 tcp dport %2 accept")
                       .arg(kUntagged)
                       .arg(sandbox::sshPort()),
                   &rc);
    ASSERT_EQ(rc, 0);
    const auto unlock = holdAccountsLock(QStringLiteral("group"), QStringLiteral("gshadow"));
    const QString user = QStringLiteral("stitchfwundo");
    SetupChoices c = sandbox::postgresChoices(user, stitchKey.publicLine);
    c.customCidrs = kFirst;
    const Status s = applyFor(c);
    ASSERT_FALSE(s.ok()) << "the account was created although /etc/group was locked";
    EXPECT_TRUE(s.error().message.contains(QLatin1String("taken back")))
        << s.error().oneLine().toStdString();
    // The OS's own reason, not only "groupadd failed".
    EXPECT_TRUE(s.error().message.contains(QLatin1String("cannot lock /etc/group")))
        << s.error().oneLine().toStdString();

    const QByteArray ruleset = sandbox::shell(QStringLiteral("nft list ruleset"));
    EXPECT_FALSE(ruleset.contains("stitch-tunnel")) << ruleset.toStdString();
    EXPECT_TRUE(ruleset.contains(kUntagged.toUtf8())) << ruleset.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep -c '^rule ' /var/lib/stitch-tunnel/record")),
              QByteArray("0\n"));
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd %1 || echo none").arg(user)),
              QByteArray("none\n"));
}

// useradd fails after the group was made for it (another program holds /etc/passwd's lock):
// the group goes too, so the failed run leaves nothing of the account behind.
TEST_F(FirewallRemoval, FailedUseraddTakesItsNewGroupAlong)
{
    const auto unlock = holdAccountsLock(QStringLiteral("passwd"), QStringLiteral("shadow"));
    const QString user = QStringLiteral("stitchgrpundo");
    const Status s = applyFor(sandbox::postgresChoices(user, stitchKey.publicLine));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QLatin1String("useradd")))
        << s.error().oneLine().toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent group %1 || echo none").arg(user)),
              QByteArray("none\n"));
}
