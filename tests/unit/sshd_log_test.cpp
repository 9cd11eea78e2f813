// sshd's log lines (OpenSSH 9, LogLevel VERBOSE, as journald, syslog and sshd -E write them)
// read into Stitch's attempts, and the findings a watch makes of them.
#include "setup/sshd_log.h"

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

const QString kFp = QStringLiteral("SHA256:StitchKeyFingerprint0000000000000000000000");

WatchFacts facts()
{
    WatchFacts f;
    f.tunnelUser = QStringLiteral("stitch");
    f.keyFingerprint = kFp;
    f.databaseTarget = QStringLiteral("10.0.1.5:5432");
    f.logSource = QStringLiteral("journald");
    f.logLevel = QStringLiteral("VERBOSE");
    f.addresses = {QStringLiteral("52.23.137.21")};
    f.sshPort = QStringLiteral("22");
    f.durationMs = 10 * 60 * 1000;
    return f;
}

QStringList codes(const QVector<Finding> &findings)
{
    QStringList c;
    for (const Finding &f : findings)
        c << f.code;
    return c;
}

} // namespace

TEST(SshdLog, AcceptedWithTheInstalledKeyIsStitchGettingIn)
{
    const QStringList lines{
        QStringLiteral("2026-12-06T10:41:02+0000 bastion sshd[811]: Connection from 52.23.137.21 "
                       "port 40123 on 10.0.0.4 port 22 rdomain \"\""),
        QStringLiteral("2026-12-06T10:41:02+0000 bastion sshd[811]: Accepted publickey for stitch "
                       "from 52.23.137.21 port 40123 ssh2: ED25519 ") +
            kFp,
        QStringLiteral("2026-12-06T10:41:09+0000 bastion sshd[811]: Disconnected from user stitch "
                       "52.23.137.21 port 40123")};
    const QVector<StitchAttempt> a = parseSshdLog(lines);
    ASSERT_EQ(a.size(), 1);
    EXPECT_TRUE(a[0].gotIn());
    EXPECT_TRUE(a[0].ended);
    EXPECT_EQ(a[0].keyFingerprint, kFp);
    EXPECT_EQ(codes(watchFindings(a, facts(), false)),
              QStringList{QStringLiteral("stitch.got_in")});
    EXPECT_TRUE(attemptSummary(a[0], facts()).contains(QLatin1String("installed key")));
}

TEST(SshdLog, EachRefusalHasItsCause)
{
    struct Case
    {
        QStringList lines;
        const char *code;
    };
    const QString from = QStringLiteral("52.23.137.21 port 40200");
    const Case cases[] = {
        {{QStringLiteral("sshd[9]: Connection from %1 on 10.0.0.4 port 22").arg(from),
          QStringLiteral("sshd[9]: Failed publickey for stitch from %1 ssh2: ED25519 "
                         "SHA256:Other")
              .arg(from),
          QStringLiteral("sshd[9]: Connection closed by authenticating user stitch %1 [preauth]")
              .arg(from)},
         "stitch.key_refused"},
        {{QStringLiteral("Connection from %1 on 10.0.0.4 port 22").arg(from),
          QStringLiteral("userauth_pubkey: signature algorithm ssh-rsa not in "
                         "PubkeyAcceptedAlgorithms [preauth]"),
          QStringLiteral("Connection closed by authenticating user stitch %1 [preauth]").arg(from)},
         "stitch.key_type_refused"},
        {{QStringLiteral("Connection from %1 on 10.0.0.4 port 22").arg(from),
          QStringLiteral("User stitch from 52.23.137.21 not allowed because not listed in "
                         "AllowUsers"),
          QStringLiteral("Connection closed by invalid user stitch %1 [preauth]").arg(from)},
         "stitch.account_not_allowed"},
        {{QStringLiteral("Connection from %1 on 10.0.0.4 port 22").arg(from),
          QStringLiteral("Authentication refused: bad ownership or modes for directory "
                         "/home/stitch"),
          QStringLiteral("Connection closed by authenticating user stitch %1 [preauth]").arg(from)},
         "stitch.bad_modes"},
        {{QStringLiteral("Invalid user stich from %1").arg(from)}, "stitch.wrong_user"},
        {{QStringLiteral("Accepted publickey for stitch from %1 ssh2: ED25519 ").arg(from) + kFp,
          QStringLiteral("Received request from %1 to connect to host 10.0.1.5 port 5433, but "
                         "the request was denied.")
              .arg(from)},
         "stitch.forward_refused"},
        {{QStringLiteral("Accepted publickey for stitch from %1 ssh2: ED25519 SHA256:Laptop")
              .arg(from)},
         "stitch.other_key"},
    };
    for (const Case &c : cases) {
        const QVector<StitchAttempt> a = parseSshdLog(c.lines);
        ASSERT_EQ(a.size(), 1) << c.code;
        EXPECT_FALSE(a[0].gotIn() && QLatin1String(c.code) != QLatin1String("stitch.other_key"))
            << c.code;
        const QStringList found = codes(watchFindings(a, facts(), true));
        EXPECT_TRUE(found.contains(QLatin1String(c.code)))
            << c.code << " got " << found.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(found.contains(QStringLiteral("stitch.got_in"))) << c.code;
    }
    // The forward's target is named, and the key's own.
    const QVector<Finding> f = watchFindings(parseSshdLog(cases[5].lines), facts(), true);
    EXPECT_TRUE(f[0].message.contains(QLatin1String("10.0.1.5:5433")));
    EXPECT_TRUE(f[0].message.contains(QLatin1String("10.0.1.5:5432")));
}

TEST(SshdLog, NothingArrivingAndALogThatSaysTooLittleAreSaid)
{
    EXPECT_EQ(codes(watchFindings({}, facts(), true)),
              QStringList{QStringLiteral("stitch.nothing_arrived")});
    EXPECT_TRUE(watchFindings({}, facts(), false).isEmpty()) << "still watching: nothing to say";
    WatchFacts quiet = facts();
    quiet.logLevel = QStringLiteral("QUIET");
    EXPECT_EQ(codes(watchFindings({}, quiet, false)),
              QStringList{QStringLiteral("watch.log_level_too_low")});
    quiet.logLevel = QStringLiteral("SILENT"); // as sshd -T prints QUIET
    EXPECT_EQ(codes(watchFindings({}, quiet, false)),
              QStringList{QStringLiteral("watch.log_level_too_low")});
    WatchFacts none = facts();
    none.logSource = QStringLiteral("none");
    EXPECT_EQ(codes(watchFindings({}, none, false)), QStringList{QStringLiteral("watch.no_log")});
}

TEST(SshdLog, TwoConnectionsFromOneAddressStayApart)
{
    const QStringList lines{
        QStringLiteral("Connection from 52.23.137.21 port 1 on 10.0.0.4 port 22"),
        QStringLiteral("Connection from 52.23.137.21 port 2 on 10.0.0.4 port 22"),
        QStringLiteral("Connection closed by authenticating user stitch 52.23.137.21 port 1 "
                       "[preauth]"),
        QStringLiteral("Accepted publickey for stitch from 52.23.137.21 port 2 ssh2: ED25519 ") +
            kFp};
    const QVector<StitchAttempt> a = parseSshdLog(lines);
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a[0].refusal, QStringLiteral("key_refused"));
    EXPECT_TRUE(a[1].gotIn());
}

// After login, a reset or a read that timed out is the network ending the session (NAT or a
// firewall forgetting an idle connection): said with the ClientAlive fix for the tunnel user.
// The same before login is no such cause; Stitch leaving on its own is none either.
TEST(SshdLog, ASessionTheNetworkCutAfterLoginNamesTheIdleCause)
{
    const QString from = QStringLiteral("52.23.137.21 port 40300");
    const QString accepted =
        QStringLiteral("sshd[7]: Accepted publickey for stitch from %1 ssh2: ED25519 ").arg(from) +
        kFp;
    for (const QString &cut :
         {QStringLiteral("sshd[7]: Connection reset by %1").arg(from),
          QStringLiteral("sshd[7]: Read error from remote host %1: Connection timed out")
              .arg(from)}) {
        const QVector<StitchAttempt> a = parseSshdLog({accepted, cut});
        ASSERT_EQ(a.size(), 1);
        EXPECT_TRUE(a[0].cutByNetwork) << cut.toStdString();
        const QVector<Finding> f = watchFindings(a, facts(), false);
        const QStringList found = codes(f);
        EXPECT_TRUE(found.contains(QStringLiteral("stitch.got_in")));
        ASSERT_TRUE(found.contains(QStringLiteral("stitch.session_cut"))) << cut.toStdString();
        EXPECT_TRUE(f.last().fix.contains(QLatin1String("ClientAliveInterval 60")));
        EXPECT_TRUE(f.last().fix.contains(QLatin1String("Match User stitch")));
    }
    const QVector<StitchAttempt> preauth =
        parseSshdLog({QStringLiteral("sshd[8]: Connection from %1 on 10.0.0.4 port 22").arg(from),
                      QStringLiteral("sshd[8]: Connection reset by %1 [preauth]").arg(from)});
    ASSERT_EQ(preauth.size(), 1);
    EXPECT_FALSE(preauth[0].cutByNetwork);
    const QVector<StitchAttempt> left = parseSshdLog(
        {accepted, QStringLiteral("sshd[7]: Received disconnect from %1:11: disconnected by user")
                       .arg(from)});
    EXPECT_FALSE(
        codes(watchFindings(left, facts(), false)).contains(QStringLiteral("stitch.session_cut")));
}

// An ssh-rsa signature refused: the fix is the tool's own sshd fix, for the tunnel user alone.
TEST(SshdLog, AnSshRsaRefusalOffersTheSshdFix)
{
    const QString from = QStringLiteral("52.23.137.21 port 40400");
    const QVector<Finding> f = watchFindings(
        parseSshdLog({QStringLiteral("Connection from %1 on 10.0.0.4 port 22").arg(from),
                      QStringLiteral("userauth_pubkey: signature algorithm ssh-rsa not in "
                                     "PubkeyAcceptedAlgorithms [preauth]")}),
        facts(), true);
    ASSERT_EQ(codes(f), QStringList{QStringLiteral("stitch.key_type_refused")});
    EXPECT_TRUE(f[0].fix.contains(QLatin1String("--fix-sshd")));
    EXPECT_TRUE(f[0].fix.contains(QLatin1String("PubkeyAcceptedAlgorithms +ssh-rsa")));
}
