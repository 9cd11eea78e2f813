#include "tcp_connect.h"

#include <QObject>

#include <QElapsedTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace stitch::ssh {

namespace {

void closeSocket(socket_t fd)
{
#ifdef Q_OS_WIN
    closesocket(fd);
#else
    ::close(fd);
#endif
}

int lastSocketError()
{
#ifdef Q_OS_WIN
    return WSAGetLastError();
#else
    return errno;
#endif
}

bool setNonBlocking(socket_t fd, bool on)
{
#ifdef Q_OS_WIN
    u_long mode = on ? 1 : 0;
    return ioctlsocket(fd, FIONBIO, &mode) == 0;
#else
    const int flags = fcntl(fd, F_GETFL, 0);
    return flags >= 0 && fcntl(fd, F_SETFL, on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK)) == 0;
#endif
}

enum class Attempt
{
    Connected,
    Refused,
    TimedOut,
    Unreachable,
    Failed,
    Cancelled
};

// The socket errors told apart: errno values on POSIX, Winsock's own codes on Windows (mingw's
// errno.h also defines ECONNREFUSED and its kind, with numbers Winsock never returns).
#ifdef Q_OS_WIN
constexpr int kRefused = WSAECONNREFUSED;
constexpr int kTimedOut = WSAETIMEDOUT;
constexpr int kNetUnreachable = WSAENETUNREACH;
constexpr int kHostUnreachable = WSAEHOSTUNREACH;
constexpr int kInterrupted = WSAEINTR;
#else
constexpr int kRefused = ECONNREFUSED;
constexpr int kTimedOut = ETIMEDOUT;
constexpr int kNetUnreachable = ENETUNREACH;
constexpr int kHostUnreachable = EHOSTUNREACH;
constexpr int kInterrupted = EINTR;
#endif

// Waits for a non-blocking connect in small slices so cancellation is noticed quickly.
Attempt waitForConnect(socket_t fd, const QElapsedTimer &clock, qint64 timeoutMs,
                       const std::atomic<bool> &cancelled, int &socketError)
{
    while (true) {
        if (cancelled.load())
            return Attempt::Cancelled;
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return Attempt::TimedOut;
        fd_set writeSet;
        fd_set errorSet;
        FD_ZERO(&writeSet);
        FD_ZERO(&errorSet);
        FD_SET(fd, &writeSet);
        FD_SET(fd, &errorSet);
        timeval tv{0, static_cast<int>(std::min<qint64>(left, 100) * 1000)};
        const int n = select(static_cast<int>(fd + 1), nullptr, &writeSet, &errorSet, &tv);
        if (n < 0 && lastSocketError() != kInterrupted)
            return Attempt::Failed;
        if (n <= 0)
            continue;
        int err = 0;
        socklen_t len = sizeof(err);
        getsockopt(fd, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&err), &len);
        socketError = err;
        if (err == 0)
            return Attempt::Connected;
        if (err == kRefused)
            return Attempt::Refused;
        if (err == kTimedOut)
            return Attempt::TimedOut;
        if (err == kNetUnreachable || err == kHostUnreachable)
            return Attempt::Unreachable;
        return Attempt::Failed;
    }
}

// The system's own words, as UTF-16 on every platform (Qt reads FormatMessageW on Windows).
QString socketErrorText(int err)
{
    return qt_error_string(err).trimmed();
}

// The operating system's own words for a failed connect, as " (Network is unreachable)" to
// follow the message; empty when there are none.
QString osReason(int err)
{
    const QString text = err != 0 ? socketErrorText(err) : QString();
    return text.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text);
}

QString lookupErrorText(int gaiError)
{
#ifdef Q_OS_WIN
    // Windows' getaddrinfo returns WSA error codes, and its gai_strerror is a WCHAR macro.
    return socketErrorText(gaiError);
#else
    return QString::fromLocal8Bit(gai_strerror(gaiError));
#endif
}

// Why no address of the server could be connected to, from the most telling failure.
Error connectFailure(Attempt worst, const QString &where, std::chrono::milliseconds timeout,
                     int lastError)
{
    switch (worst) {
    case Attempt::Refused:
        return makeError(ErrorCode::ConnectionRefused,
                         QObject::tr("%1 refused the connection: no SSH server is listening "
                                     "there.")
                             .arg(where),
                         QObject::tr("Check the SSH port (usually 22) and that the SSH server "
                                     "is running."));
    case Attempt::TimedOut:
        return makeError(ErrorCode::ConnectionTimedOut,
                         QObject::tr("%1 did not answer within %2 seconds.")
                             .arg(where)
                             .arg(static_cast<double>(timeout.count()) / 1000.0),
                         QObject::tr("Check the address, and that a firewall lets this "
                                     "computer reach the SSH port."));
    case Attempt::Unreachable:
        return makeError(
            ErrorCode::NetworkUnreachable,
            QObject::tr("There is no network route to %1%2.").arg(where, osReason(lastError)),
            QObject::tr("Check the address and this computer's network "
                        "connection or VPN."),
            socketErrorText(lastError));
    default:
        return makeError(ErrorCode::ConnectionFailed,
                         QObject::tr("Could not connect to %1%2.").arg(where, osReason(lastError)),
                         QObject::tr("Check the address and port."), socketErrorText(lastError));
    }
}

} // namespace

TcpSocket::~TcpSocket()
{
    if (m_fd != kInvalidSocket)
        closeSocket(m_fd);
}

TcpSocket &TcpSocket::operator=(TcpSocket &&other) noexcept
{
    if (this != &other) {
        if (m_fd != kInvalidSocket)
            closeSocket(m_fd);
        m_fd = other.release();
    }
    return *this;
}

socket_t TcpSocket::release()
{
    const socket_t fd = m_fd;
    m_fd = kInvalidSocket;
    return fd;
}

QByteArray socketIdentity(socket_t fd)
{
    if (fd == kInvalidSocket)
        return {};
    sockaddr_storage address{};
#ifdef Q_OS_WIN
    int length = sizeof address;
#else
    socklen_t length = sizeof address;
#endif
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(&address), static_cast<qsizetype>(length));
}

void closeSocketIfSame(socket_t fd, const QByteArray &identity)
{
    if (!identity.isEmpty() && socketIdentity(fd) == identity)
        closeSocket(fd);
}

void shutdownSocket(socket_t fd)
{
    if (fd == kInvalidSocket)
        return;
#ifdef Q_OS_WIN
    ::shutdown(fd, SD_BOTH);
#else
    ::shutdown(fd, SHUT_RDWR);
#endif
}

Result<TcpSocket> connectTcp(const QString &host, quint16 port, std::chrono::milliseconds timeout,
                             const std::atomic<bool> &cancelled)
{
    const QString where = QStringLiteral("%1 port %2").arg(host).arg(port);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *found = nullptr;
    const QByteArray portText = QByteArray::number(port);
    const int gai = getaddrinfo(host.toUtf8().constData(), portText.constData(), &hints, &found);
    if (gai != 0) {
        return makeError(ErrorCode::HostNotFound,
                         QObject::tr("The server name %1 could not be found (%2).")
                             .arg(host, lookupErrorText(gai)),
                         QObject::tr("Check the spelling of the server address, or use its IP "
                                     "address."),
                         lookupErrorText(gai));
    }
    const std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);

    QElapsedTimer clock;
    clock.start();
    Attempt worst = Attempt::Failed;
    int lastError = 0;
    for (addrinfo *ai = addresses.get(); ai; ai = ai->ai_next) {
#ifdef SOCK_CLOEXEC
        // Child processes (helpers the app starts) must not inherit the SSH connection.
        TcpSocket sock(::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol));
#else
        TcpSocket sock(::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol));
#endif
        if (sock.get() == kInvalidSocket || !setNonBlocking(sock.get(), true))
            continue;
        int err = 0;
        Attempt attempt = Attempt::Failed;
        if (::connect(sock.get(), ai->ai_addr, static_cast<socklen_t>(ai->ai_addrlen)) == 0) {
            attempt = Attempt::Connected;
        } else {
            err = lastSocketError();
#ifdef Q_OS_WIN
            const bool inProgress = err == WSAEWOULDBLOCK;
#else
            const bool inProgress = err == EINPROGRESS;
#endif
            attempt = inProgress
                          ? waitForConnect(sock.get(), clock, timeout.count(), cancelled, err)
                          : (err == kRefused ? Attempt::Refused : Attempt::Failed);
        }
        // libssh's blocking calls (and their timeouts) expect a blocking socket.
        if (attempt == Attempt::Connected && !setNonBlocking(sock.get(), false)) {
            attempt = Attempt::Failed;
            err = lastSocketError();
        }
        if (attempt == Attempt::Connected)
            return sock;
        if (attempt == Attempt::Cancelled) {
            return makeError(ErrorCode::Cancelled, QObject::tr("Connecting was cancelled."),
                             QString());
        }
        lastError = err;
        // Report the most telling failure: refused beats unreachable beats a generic failure.
        if (attempt == Attempt::TimedOut || worst == Attempt::Failed ||
            (attempt == Attempt::Refused && worst != Attempt::TimedOut))
            worst = attempt;
        if (attempt == Attempt::TimedOut)
            break; // the whole budget is spent
    }

    return connectFailure(worst, where, timeout, lastError);
}

} // namespace stitch::ssh
