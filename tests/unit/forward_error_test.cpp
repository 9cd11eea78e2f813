#include "ssh/forward_error.h"

#include <gtest/gtest.h>

using namespace stitch;
using stitch::ssh::classifyForwardFailure;

namespace {
ErrorCode classify(const char *text)
{
    return classifyForwardFailure(QString::fromLatin1(text), QStringLiteral("db"), 5432).code;
}
} // namespace

TEST(ForwardError, TellsTheFourFailuresApart)
{
    EXPECT_EQ(classify("Channel opening failure: channel 3 error (1) administratively prohibited: "
                       "open failed"),
              ErrorCode::ForwardProhibited);
    EXPECT_EQ(classify("Channel opening failure: channel 3 error (2) Connection refused"),
              ErrorCode::ForwardRefused);
    EXPECT_EQ(classify("Channel opening failure: channel 3 error (2) Connection timed out"),
              ErrorCode::ForwardTimedOut);
    EXPECT_EQ(classify("Channel opening failure: channel 3 error (2) Name or service not known"),
              ErrorCode::ForwardNameNotResolved);
    EXPECT_EQ(
        classify(
            "Channel opening failure: channel 3 error (2) Temporary failure in name resolution"),
        ErrorCode::ForwardNameNotResolved);
    EXPECT_EQ(classify("Channel opening failure: channel 3 error (4) resource shortage"),
              ErrorCode::ForwardFailed);
}

TEST(ForwardError, MessagesNameTheTargetAndAFix)
{
    const Error e = classifyForwardFailure(
        QStringLiteral("Channel opening failure: channel 0 error (2) Connection refused"),
        QStringLiteral("10.1.2.3"), 3306);
    EXPECT_TRUE(e.message.contains(QStringLiteral("10.1.2.3 port 3306")));
    EXPECT_FALSE(e.fix.isEmpty());
    EXPECT_TRUE(e.detail.contains(QStringLiteral("Connection refused")));
}
