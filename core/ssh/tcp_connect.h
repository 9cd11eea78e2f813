#pragma once

#include "common/result.h"

#include "libssh_types.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>

namespace stitch::ssh {

// A connected TCP socket; closed on destruction unless released to libssh.
class TcpSocket
{
public:
    TcpSocket() = default;
    explicit TcpSocket(socket_t fd) : m_fd(fd) {}
    ~TcpSocket();
    TcpSocket(TcpSocket &&other) noexcept : m_fd(other.release()) {}
    TcpSocket &operator=(TcpSocket &&other) noexcept;
    TcpSocket(const TcpSocket &) = delete;
    TcpSocket &operator=(const TcpSocket &) = delete;

    socket_t get() const { return m_fd; }
    socket_t release();

private:
    socket_t m_fd = kInvalidSocket;
};

// Resolves host (name, IPv4 or IPv6 literal) and connects to the first address that answers,
// within timeout; polls `cancelled` so another thread can stop it. Tells "name not found",
// "refused", "timed out" and "unreachable" apart because each has a different fix.
Result<TcpSocket> connectTcp(const QString &host, quint16 port, std::chrono::milliseconds timeout,
                             const std::atomic<bool> &cancelled);

// The local address of a connected socket (empty if fd is not one): tells whether a socket
// number still refers to the same socket, or was closed and reused meanwhile.
QByteArray socketIdentity(socket_t fd);
// Closes fd only if it is still the socket `identity` was taken from.
void closeSocketIfSame(socket_t fd, const QByteArray &identity);

// Unblocks any thread reading from fd (used to cancel a blocking libssh call).
void shutdownSocket(socket_t fd);

} // namespace stitch::ssh
