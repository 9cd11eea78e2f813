// Removal is the exact inverse of apply on every firewall: on the real ufw, firewalld, iptables
// and nftables of the sandbox, applying twice adds each rule once, a later apply with other
// addresses adds its rule, and removal with only one of the addresses takes out every rule we
// tagged (and reports each one), while the admin's own untagged rules stay.
#include "sandbox_env.h"
#include "session/setup_session.h"
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
        if (!sandbox::available())
            GTEST_SKIP() << "needs tests/sandbox/run-in-sandbox.sh";
        sandbox::resetFirewall();
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
        SetupRunner runner(session, options);
        Status s = runner.connect();
        if (s)
            s = sandbox::recordIn(session, runner.apply());
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    }
    // Removes with only `cidrs` given; returns what the step reported.
    StepResult remove(const QStringList &cidrs)
    {
        choose(cidrs);
        RunOptions options;
        options.removeFirewallRules = true;
        SetupRunner runner(session, options);
        Status s = runner.connect();
        if (s)
            s = sandbox::recordIn(session, runner.remove());
        EXPECT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        // What remove did to the firewall is reported under step 1.
        return session.stepResult(StepId::Firewall);
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
                                      const QString &saved = {})
    {
        const auto cleanUp = qScopeGuard([&] { sandbox::shell(fw.tearDown); });
        int rc = -1;
        sandbox::shell(fw.setUp, &rc);
        ASSERT_EQ(rc, 0) << fw.setUp.toStdString();
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
    EXPECT_EQ(sandbox::shell(QStringLiteral("test -e /var/lib/stitch-tunnel/firewalld-rules || "
                                            "echo gone")),
              QByteArray("gone\n"));

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
    // Saved where Debian's iptables-persistent keeps them; the overlay /etc is thrown away.
    const Firewall iptables{
        QStringLiteral("mkdir -p /etc/iptables && iptables -A INPUT -i lo -j ACCEPT && "
                       "iptables -A INPUT -s %1 -p tcp --dport %2 -j ACCEPT && "
                       "iptables -P INPUT DROP")
            .arg(kUntagged)
            .arg(sandbox::sshPort()),
        [](const QString &l) { return l.contains(QLatin1String("--comment stitch-tunnel")); },
        QStringLiteral("rm -rf /etc/iptables")};
    applyTwiceAddOtherThenRemove(iptables, {QStringLiteral("iptables -S")},
                                 QStringLiteral("cat /etc/iptables/rules.v4"));
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
