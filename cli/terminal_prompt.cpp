#include "terminal_prompt.h"

#include <QObject>

#ifdef Q_OS_WIN
#include <conio.h>
#include <cstdio>
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace stitch::cli {

namespace {

Error promptFailed()
{
    return makeError(ErrorCode::LocalIoError,
                     QObject::tr("Could not read the password from the terminal."),
                     QObject::tr("Give it with --password-file FILE (- reads standard input) or "
                                 "the variable STITCH_TUNNEL_PASSWORD."));
}

} // namespace

#ifdef Q_OS_WIN

bool standardInputIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

Result<Secret> readHiddenLine(const QString &prompt, int, int)
{
    std::fputws(reinterpret_cast<const wchar_t *>(prompt.utf16()), stderr);
    std::fflush(stderr);
    QString typed;
    for (;;) {
        const wint_t c = _getwch();
        if (c == WEOF)
            return promptFailed();
        if (c == L'\r' || c == L'\n')
            break;
        if (c == 3) // Ctrl-C
            return makeError(ErrorCode::Cancelled, QObject::tr("Stopped at the password prompt."),
                             QObject::tr("Run the command again when you are ready."));
        if (c == L'\b') {
            typed.chop(1);
            continue;
        }
        typed.append(QChar(static_cast<char16_t>(c)));
    }
    std::fputws(L"\n", stderr);
    Secret secret(typed.toUtf8());
    typed.fill(QChar(u'\0'));
    return secret;
}

#else

bool standardInputIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

Result<Secret> readHiddenLine(const QString &prompt, int inFd, int outFd)
{
    termios saved{};
    if (::tcgetattr(inFd, &saved) != 0)
        return promptFailed();
    termios hidden = saved;
    hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    hidden.c_lflag |= ECHONL; // the Enter is shown, the password is not
    // Echo off before the prompt shows: nothing typed after it can appear on screen.
    const QByteArray text = prompt.toUtf8();
    if (::tcsetattr(inFd, TCSAFLUSH, &hidden) != 0)
        return promptFailed();
    if (::write(outFd, text.constData(), static_cast<size_t>(text.size())) < 0) {
        ::tcsetattr(inFd, TCSAFLUSH, &saved);
        return promptFailed();
    }
    // One byte at a time: nothing after the line is taken from the terminal.
    // Reserved up front: growing the buffer would leave copies of the password unwiped.
    QByteArray line;
    line.reserve(4096);
    bool ended = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(inFd, &c, 1);
        if (n <= 0 || c == '\n' || line.size() >= 4095) {
            ended = n > 0;
            break;
        }
        line.append(c);
    }
    ::tcsetattr(inFd, TCSAFLUSH, &saved);
    if (!ended && line.isEmpty())
        return promptFailed();
    if (line.endsWith('\r'))
        line.chop(1);
    return Secret(std::move(line));
}

#endif

} // namespace stitch::cli
