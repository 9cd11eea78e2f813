// shellQuote() and shCommandLine() checked by running their output through this machine's
// shells: the values arrive byte for byte.
#include "common/shell_quote.h"

#include <QProcess>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace stitch;

namespace {

// Runs `sh -c <commandLine>` locally and returns what it printed.
QByteArray runSh(const QString &shell, const QString &commandLine)
{
    QProcess p;
    p.start(shell, {QStringLiteral("-c"), commandLine});
    EXPECT_TRUE(p.waitForFinished(10000));
    return p.readAllStandardOutput();
}

} // namespace

TEST(ShellQuote, ValueArrivesAsOneByteIdenticalArgument)
{
    const QStringList values{QString(),
                             QStringLiteral("plain"),
                             QStringLiteral("it's"),
                             QStringLiteral("a b\tc\nd"),
                             QStringLiteral("$(touch /tmp/pwned) `id` ${HOME} $HOME"),
                             QStringLiteral("; rm -rf / #"),
                             QStringLiteral("'\"'\"\\'\\\\"),
                             QStringLiteral("-n"),
                             QStringLiteral("ünïcödé ✓ 日本")};
    for (const QString &v : values) {
        auto quoted = shellQuote(v);
        ASSERT_TRUE(quoted.ok());
        const QByteArray out =
            runSh(QStringLiteral("/bin/sh"), QStringLiteral("printf '%s|' ") + quoted.value());
        EXPECT_EQ(out, v.toUtf8() + '|') << v.toStdString();
    }
}

TEST(ShellQuote, RandomStringsRoundTrip)
{
    QRandomGenerator rng(42);
    const QString alphabet = QStringLiteral("ab '\"\\$`;&|()<>*?[]{}~#!\n\t=%é");
    for (int round = 0; round < 50; ++round) {
        QString v;
        const int len = static_cast<int>(rng.bounded(1, 24));
        for (int i = 0; i < len; ++i)
            v += alphabet.at(static_cast<int>(rng.bounded(alphabet.size())));
        const QByteArray out = runSh(QStringLiteral("/bin/sh"),
                                     QStringLiteral("printf '%s|' ") + shellQuote(v).value());
        ASSERT_EQ(out, v.toUtf8() + '|') << v.toStdString();
    }
}

TEST(ShCommandLine, RunsTheScriptUnderEveryLoginShell)
{
    const QString script = QStringLiteral("x='it'\\''s'; printf '%s\\n' \"$x\" \"$(echo ok)\"\n"
                                          "echo \"line2 $((1 + 2))\"");
    const QString line = shCommandLine(script);
    // The login shell only sees base64 and a fixed frame: no user text, no backslash.
    EXPECT_FALSE(line.contains(QLatin1Char('\\')));
    EXPECT_FALSE(line.contains(QStringLiteral("it")));
    for (const QString &shell :
         {QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash"), QStringLiteral("/bin/dash")}) {
        EXPECT_EQ(runSh(shell, line), QByteArray("it's\nok\nline2 3\n")) << shell.toStdString();
    }
}
