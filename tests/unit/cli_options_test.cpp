#include "cli_options.h"

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::cli;

namespace {
Result<CliOptions> parse(QStringList args)
{
    args.prepend(QStringLiteral("stitch-tunnel"));
    return parseCommandLine(args);
}
} // namespace

TEST(CliOptions, ConnectWithDefaults)
{
    auto o = parse({QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("srv"),
                    QStringLiteral("--login"), QStringLiteral("admin")});
    ASSERT_TRUE(o.ok()) << o.error().message.toStdString();
    EXPECT_EQ(o->action, CliOptions::Action::Connect);
    EXPECT_EQ(o->connection.port, 22);
    EXPECT_EQ(o->connection.authMethod, ssh::AuthMethod::Password);
    EXPECT_EQ(o->connection.hostKeyTrust.unknownAction, ssh::UnknownHostKeyAction::Reject);
}

TEST(CliOptions, UsageErrorsNameTheProblemAndTheFix)
{
    struct Case
    {
        QStringList args;
        const char *mentions;
    };
    const QVector<Case> cases{
        {{}, "No command"},
        {{QStringLiteral("launch")}, "Unknown command"},
        {{QStringLiteral("connect"), QStringLiteral("--login"), QStringLiteral("a")},
         "No SSH server"},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h")},
         "No login user"},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h"),
          QStringLiteral("--login"), QStringLiteral("a"), QStringLiteral("--port"),
          QStringLiteral("70000")},
         "not a port"},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h"),
          QStringLiteral("--login"), QStringLiteral("a"), QStringLiteral("--agent"),
          QStringLiteral("--identity"), QStringLiteral("k")},
         "one way to log in"},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h"),
          QStringLiteral("--login"), QStringLiteral("a"), QStringLiteral("--host-key-fingerprint"),
          QStringLiteral("MD5:00")},
         "not a SHA256"},
        {{QStringLiteral("connect"), QStringLiteral("--password"), QStringLiteral("x")},
         "Unknown option"},
    };
    for (const Case &c : cases) {
        auto o = parse(c.args);
        ASSERT_FALSE(o.ok()) << c.mentions;
        EXPECT_EQ(o.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(o.error().message.contains(QString::fromLatin1(c.mentions)))
            << o.error().message.toStdString();
        EXPECT_FALSE(o.error().fix.isEmpty()) << c.mentions;
    }
}

TEST(CliOptions, FingerprintMeansAcceptIfMatching)
{
    auto o = parse({QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h"),
                    QStringLiteral("--login"), QStringLiteral("a"),
                    QStringLiteral("--host-key-fingerprint"),
                    QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU")});
    ASSERT_TRUE(o.ok());
    EXPECT_FALSE(o->connection.hostKeyTrust.expectedFingerprint.isEmpty());
}
