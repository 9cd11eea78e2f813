#include "common/input_validation.h"
#include "common/stitch_regions.h"

#include <gtest/gtest.h>

using namespace stitch;

TEST(StitchNetwork, RegionsComeFromTheDataFile)
{
    auto na = stitchRegion(QStringLiteral("north-america"));
    ASSERT_TRUE(na.ok());
    EXPECT_EQ(
        na->cidrs,
        QStringList({QStringLiteral("52.23.137.21/32"), QStringLiteral("52.204.223.208/32"),
                     QStringLiteral("52.204.228.32/32"), QStringLiteral("52.204.230.227/32")}));
    auto eu = stitchRegion(QStringLiteral("europe"));
    ASSERT_TRUE(eu.ok());
    EXPECT_EQ(eu->cidrs.size(), 4);
    EXPECT_TRUE(eu->cidrs.contains(QStringLiteral("3.126.102.29/32")));
    auto bad = stitchRegion(QStringLiteral("mars"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().fix.contains(QStringLiteral("north-america")));
}

TEST(StitchNetwork, CidrsAreNormalisedOrRefused)
{
    EXPECT_EQ(normalizeCidr(QStringLiteral(" 52.23.137.21 ")).value(),
              QStringLiteral("52.23.137.21/32"));
    EXPECT_EQ(normalizeCidr(QStringLiteral("10.1.0.0/16")).value(), QStringLiteral("10.1.0.0/16"));
    EXPECT_EQ(normalizeCidr(QStringLiteral("2001:db8::1")).value(),
              QStringLiteral("2001:db8::1/128"));
    for (const char *bad :
         {"", "1.2.3", "1.2.3.4/33", "1.2.3.4/", "0.0.0.0/0", "10.0.0.1/8", "1.2.3.4/24/1",
          "a.b.c.d", "1.2.3.4; rm -rf /", "1.2.3.4/+8", "fe80::1%eth0"}) {
        auto r = normalizeCidr(QString::fromLatin1(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
        EXPECT_FALSE(r.error().fix.isEmpty());
    }
}

TEST(StitchNetwork, DatabaseHostAndPort)
{
    EXPECT_EQ(validateDatabaseHost(QStringLiteral("DB.Internal")).value(),
              QStringLiteral("db.internal"));
    EXPECT_EQ(validateDatabaseHost(QStringLiteral("10.0.1.5")).value(), QStringLiteral("10.0.1.5"));
    EXPECT_EQ(validateDatabaseHost(QStringLiteral("::1")).value(), QStringLiteral("::1"));
    for (const char *bad :
         {"", "db;reboot", "$(id)", "a b", "db\"x", "-oProxyCommand=x", "db:5432", "`x`"}) {
        EXPECT_FALSE(validateDatabaseHost(QString::fromLatin1(bad)).ok()) << bad;
    }
    EXPECT_EQ(validatePort(QStringLiteral("5432")).value(), 5432);
    EXPECT_FALSE(validatePort(QStringLiteral("0")).ok());
    EXPECT_FALSE(validatePort(QStringLiteral("65536")).ok());
    EXPECT_FALSE(validatePort(QStringLiteral("22a")).ok());
}

TEST(StitchNetwork, TunnelUserNames)
{
    EXPECT_TRUE(validateTunnelUser(QStringLiteral("stitch")).ok());
    EXPECT_TRUE(validateTunnelUser(QStringLiteral("_stitch-2")).ok());
    for (const char *bad : {"root", "-x", "a b", "$(id)", "Stitch", "0abc", "",
                            "a23456789012345678901234567890123", "sshd", "x;y"}) {
        auto r = validateTunnelUser(QString::fromLatin1(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    }
}
