// The CLI's password prompt on a real pseudo-terminal: what is typed is read but never shown,
// and the terminal is as it was afterwards.
#include "terminal_prompt.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace stitch;

namespace {

// Everything the terminal showed so far (the master side), waiting up to `ms` for `until`.
QByteArray shown(int master, const QByteArray &until, int ms = 5000)
{
    QByteArray out;
    for (int i = 0; i < ms / 10 && !out.contains(until); ++i) {
        char buf[256];
        const ssize_t n = ::read(master, buf, sizeof buf);
        if (n > 0)
            out.append(buf, static_cast<int>(n));
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return out;
}

} // namespace

TEST(TerminalPrompt, ReadsTheLineUnshownAndRestoresTheTerminal)
{
    int master = -1;
    int slave = -1;
    ASSERT_EQ(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    termios before{};
    ASSERT_EQ(::tcgetattr(slave, &before), 0);
    ASSERT_TRUE(before.c_lflag & ECHO) << "a fresh terminal echoes";

    Result<Secret> typed = Secret();
    std::thread reader([&] {
        typed = cli::readHiddenLine(QStringLiteral("Password for admin@db: "), slave, slave);
    });
    const QByteArray prompt = shown(master, "Password for admin@db: ");
    ASSERT_TRUE(prompt.contains("Password for admin@db: ")) << prompt.toStdString();
    ASSERT_EQ(::write(master, "s3cret pw\n", 10), 10);
    reader.join();

    ASSERT_TRUE(typed.ok()) << typed.error().oneLine().toStdString();
    EXPECT_EQ(typed->bytes(), QByteArray("s3cret pw"));
    const QByteArray after = shown(master, "\n", 300);
    EXPECT_FALSE((prompt + after).contains("s3cret")) << (prompt + after).toStdString();
    EXPECT_TRUE(after.contains('\n')) << "the Enter is shown";
    termios restored{};
    ASSERT_EQ(::tcgetattr(slave, &restored), 0);
    EXPECT_TRUE(restored.c_lflag & ECHO);
    EXPECT_EQ(restored.c_lflag, before.c_lflag);
    ::close(master);
    ::close(slave);
}

TEST(TerminalPrompt, AClosedTerminalIsAnErrorThatNamesTheOtherWays)
{
    int master = -1;
    int slave = -1;
    ASSERT_EQ(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    Result<Secret> typed = Secret();
    std::thread reader(
        [&] { typed = cli::readHiddenLine(QStringLiteral("Password: "), slave, slave); });
    shown(master, "Password: ");
    ::close(master); // the terminal goes away
    reader.join();
    ASSERT_FALSE(typed.ok());
    EXPECT_TRUE(typed.error().fix.contains(QLatin1String("--password-file")))
        << typed.error().oneLine().toStdString();
    ::close(slave);
}
