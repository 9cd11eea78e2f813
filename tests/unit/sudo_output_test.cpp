#include "remote/sudo_output.h"

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::remote;

TEST(SudoOutput, RecognisesEachComplaint)
{
    const QString u = QStringLiteral("alice");
    EXPECT_EQ(
        classifySudoFailure("[p]Sorry, try again.\n[p]sudo: 1 incorrect password attempt\n", u)
            ->code,
        ErrorCode::SudoWrongPassword);
    EXPECT_EQ(classifySudoFailure("alice is not in the sudoers file.\n", u)->code,
              ErrorCode::SudoNotAllowed);
    EXPECT_EQ(classifySudoFailure("Sorry, user alice may not run sudo on host.\n", u)->code,
              ErrorCode::SudoNotAllowed);
    EXPECT_EQ(classifySudoFailure("sudo: sorry, you must have a tty to run sudo\n", u)->code,
              ErrorCode::SudoRequiresTty);
    EXPECT_EQ(classifySudoFailure("sudo: no password was provided\n", u)->code,
              ErrorCode::SudoPasswordRequired);
    EXPECT_EQ(classifySudoFailure("sudo: a password is required\n", u)->code,
              ErrorCode::SudoPasswordRequired);
    EXPECT_FALSE(classifySudoFailure("useradd: user 'stitch' already exists\n", u).has_value());
}

TEST(SudoOutput, ErrorsSayNothingChangedAndHowToFix)
{
    const auto e = classifySudoFailure("Sorry, try again.", QStringLiteral("bob"));
    ASSERT_TRUE(e.has_value());
    EXPECT_TRUE(e->message.contains(QStringLiteral("bob")));
    EXPECT_TRUE(e->message.contains(QStringLiteral("Nothing was changed")));
    EXPECT_FALSE(e->fix.isEmpty());
}

TEST(SudoOutput, StripsOnlyOurPrompt)
{
    EXPECT_EQ(stripSudoPrompt("[x-1]real error\n[x-1]", "[x-1]"), QByteArray("real error\n"));
}
