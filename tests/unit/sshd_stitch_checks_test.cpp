// Checks of sshd before Stitch tries: the key's type against PubkeyAcceptedAlgorithms (RSA keys
// and OpenSSH >= 8.8's refusal of ssh-rsa signatures), MaxStartups, ClientAliveInterval.
#include "setup/server_facts.h"
#include "setup/sshd_stitch_checks.h"

#include <gtest/gtest.h>

#include <optional>

using namespace stitch;
using namespace stitch::setup;

namespace {

const QString kUser = QStringLiteral("stitch");
// OpenSSH 9's default for PubkeyAcceptedAlgorithms (sshd -T), without ssh-rsa.
const QString kDefault = QStringLiteral(
    "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,rsa-sha2-512,"
    "rsa-sha2-256");

ServerFacts sshdWith(const QString &algorithms, const QString &clientAlive = QStringLiteral("300"))
{
    ServerFacts f;
    f.sshd[QStringLiteral("pubkeyacceptedalgorithms")] = {algorithms};
    f.sshd[QStringLiteral("clientaliveinterval")] = {clientAlive};
    f.sshd[QStringLiteral("maxstartups")] = {QStringLiteral("10:30:100")};
    return f;
}

// A copy: the findings are often a temporary.
std::optional<Finding> find(const QVector<Finding> &findings, const char *code)
{
    for (const Finding &f : findings) {
        if (f.code == QLatin1String(code))
            return f;
    }
    return std::nullopt;
}

} // namespace

// OpenSSH >= 8.8: an RSA key works only when the client signs with rsa-sha2; whether Stitch's
// does is unknown, so it is a note (pass) that says so and names the fix, not a pass or a fail.
TEST(SshdStitchChecks, AnRsaKeyOnADefaultSshdIsANoteThatSaysWhatIsNotKnown)
{
    const QVector<Finding> out =
        sshdStitchChecks(sshdWith(kDefault), kUser, QStringLiteral("ssh-rsa"));
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].code, QStringLiteral("sshd.rsa_sha2_only"));
    EXPECT_EQ(out[0].severity, Severity::Pass);
    EXPECT_TRUE(out[0].message.contains(QLatin1String("is not known")))
        << out[0].message.toStdString();
    EXPECT_TRUE(out[0].fix.contains(QLatin1String("--fix-sshd"))) << out[0].fix.toStdString();
    EXPECT_TRUE(out[0].fix.contains(QLatin1String("PubkeyAcceptedAlgorithms +ssh-rsa")));

    // ssh-rsa accepted (an older sshd, or the fix in place): nothing to say.
    EXPECT_TRUE(sshdStitchChecks(sshdWith(kDefault + QStringLiteral(",ssh-rsa")), kUser,
                                 QStringLiteral("ssh-rsa"))
                    .isEmpty());
    // An Ed25519 key on the default: nothing either.
    EXPECT_TRUE(
        sshdStitchChecks(sshdWith(kDefault), kUser, QStringLiteral("ssh-ed25519")).isEmpty());
}

// No RSA algorithm at all: refused whatever the client does; the sshd fix is offered.
TEST(SshdStitchChecks, AKeyTypeSshdDoesNotAcceptFails)
{
    const ServerFacts edOnly = sshdWith(QStringLiteral("ssh-ed25519"));
    const std::optional<Finding> rsa =
        find(sshdStitchChecks(edOnly, kUser, QStringLiteral("ssh-rsa")), "sshd.key_type_refused");
    ASSERT_TRUE(rsa.has_value());
    EXPECT_EQ(rsa->severity, Severity::Fail);
    EXPECT_EQ(rsa->remedy.kind, RemedyKind::FixSshd);
    const std::optional<Finding> ecdsa =
        find(sshdStitchChecks(edOnly, kUser, QStringLiteral("ecdsa-sha2-nistp256")),
             "sshd.key_type_refused");
    ASSERT_TRUE(ecdsa.has_value());
    EXPECT_TRUE(ecdsa->message.contains(QLatin1String("ecdsa-sha2-nistp256")));
}

// ClientAliveInterval 0 is OpenSSH's default: a note with the Match-block lines, never a warning.
TEST(SshdStitchChecks, ClientAliveOffIsANoteWithTheMatchBlockFix)
{
    const QVector<Finding> out = sshdStitchChecks(sshdWith(kDefault, QStringLiteral("0")), kUser,
                                                  QStringLiteral("ssh-ed25519"));
    const std::optional<Finding> note = find(out, "sshd.client_alive_off");
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(note->severity, Severity::Pass);
    EXPECT_TRUE(note->fix.contains(QLatin1String("ClientAliveInterval 60")));
    EXPECT_TRUE(note->fix.contains(QLatin1String("ClientAliveCountMax 3")));
    EXPECT_TRUE(note->fix.contains(QLatin1String("Match User stitch")));
    EXPECT_FALSE(find(sshdStitchChecks(sshdWith(kDefault, QStringLiteral("60")), kUser,
                                       QStringLiteral("ssh-ed25519")),
                      "sshd.client_alive_off")
                     .has_value());
    // Without sshd -T nothing is claimed.
    EXPECT_TRUE(sshdStitchChecks(ServerFacts{}, kUser, QStringLiteral("ssh-rsa")).isEmpty());
}

TEST(SshdStitchChecks, ALowMaxStartupsWarns)
{
    ServerFacts f = sshdWith(kDefault);
    f.sshd[QStringLiteral("maxstartups")] = {QStringLiteral("2:30:10")};
    const std::optional<Finding> w =
        find(sshdStitchChecks(f, kUser, QStringLiteral("ssh-ed25519")), "sshd.max_startups_low");
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->severity, Severity::Warn);
}
