#include "common/secret.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;

TEST(Secret, FileLoseslineBreakAndRejectsSecondLine)
{
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("one"));
    const QString two = dir.filePath(QStringLiteral("two"));
    QFile f1(one);
    ASSERT_TRUE(f1.open(QIODevice::WriteOnly));
    f1.write("s3cret pass\r\n");
    f1.close();
    QFile f2(two);
    ASSERT_TRUE(f2.open(QIODevice::WriteOnly));
    f2.write("a\nb\n");
    f2.close();

    auto s = Secret::fromFile(one);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->bytes(), QByteArray("s3cret pass"));
    auto bad = Secret::fromFile(two);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    auto missing = Secret::fromFile(dir.filePath(QStringLiteral("nope")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::LocalIoError);
    EXPECT_FALSE(missing.error().message.contains(QStringLiteral("s3cret")));
}

TEST(Secret, TakenFromEnvironmentIsRemovedThere)
{
    qputenv("STITCH_TEST_SECRET", "hunter2");
    Secret s = Secret::takeFromEnvironment("STITCH_TEST_SECRET");
    EXPECT_EQ(s.bytes(), QByteArray("hunter2"));
    EXPECT_FALSE(qEnvironmentVariableIsSet("STITCH_TEST_SECRET"));
}

TEST(Secret, ClearWipesTheBuffer)
{
    Secret s(QByteArray("topsecret"));
    const char *p = s.data();
    s.clear();
    EXPECT_TRUE(s.isEmpty());
    // clear() keeps the wiped buffer until the Secret dies (secret.h), so p may be read.
    ASSERT_EQ(s.data(), p);
    EXPECT_EQ(QByteArray(p, 9), QByteArray(9, '\0'));
}
