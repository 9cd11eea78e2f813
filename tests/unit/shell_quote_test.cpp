#include "common/shell_quote.h"

#include <gtest/gtest.h>

using namespace stitch;

TEST(ShellQuote, NulIsRejected)
{
    QString v = QStringLiteral("a");
    v += QChar(0);
    auto quoted = shellQuote(v);
    ASSERT_FALSE(quoted.ok());
    EXPECT_EQ(quoted.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(quoted.error().message.contains(QStringLiteral("NUL")));
}
