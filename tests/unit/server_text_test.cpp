// Text from the server is shown, never obeyed by a terminal: controls and invisible format
// characters become visible escapes; everything else, other scripts included, stays.
#include "common/server_text.h"

#include <gtest/gtest.h>

using stitch::textFromServer;

TEST(ServerText, ControlCharactersBecomeVisibleEscapes)
{
    EXPECT_EQ(
        textFromServer(QStringLiteral("/tmp/x\x1b]0;pwned\x07\r\nforged: all five steps passed")),
        QStringLiteral("/tmp/x\\x1b]0;pwned\\x07\\x0d\\x0aforged: all five steps passed"));
    EXPECT_EQ(textFromServer(QStringLiteral("a\tb\x7f")), QStringLiteral("a\\x09b\\x7f"));
    EXPECT_EQ(textFromServer(QString(QChar(0x9b)) + QStringLiteral("31m")),
              QStringLiteral("\\x9b31m"))
        << "the one-byte CSI of C1";
}

TEST(ServerText, InvisibleFormatCharactersAreShown)
{
    // A right-to-left override makes "gpj.exe" read as "exe.jpg".
    EXPECT_EQ(textFromServer(QStringLiteral("photo") + QChar(0x202e) + QStringLiteral("gpj.exe")),
              QStringLiteral("photo\\u202egpj.exe"));
    EXPECT_EQ(textFromServer(QStringLiteral("st") + QChar(0x200b) + QStringLiteral("itch")),
              QStringLiteral("st\\u200bitch"));
}

TEST(ServerText, OrdinaryTextOfAnyScriptStaysAsItIs)
{
    const QString text = QStringLiteral("Größe: 5 € — こんにちは 🙂 /home/stitch");
    EXPECT_EQ(textFromServer(text), text);
    EXPECT_EQ(textFromServer(QString()), QString());
}
