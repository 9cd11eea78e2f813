#include "tcp_proxy.h"

#include <QByteArray>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <deque>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testsupport {

namespace {

using Clock = std::chrono::steady_clock;

struct Chunk
{
    Clock::time_point due;
    QByteArray data;
    qsizetype offset = 0;
    bool eof = false;      // half-close the destination once everything before it went out
    bool cutAfter = false; // the cut point: cut (or hang) once this chunk is delivered
};

void closeFd(int &fd)
{
    if (fd >= 0) {
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
    }
    fd = -1;
}

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

} // namespace

struct TcpProxy::Connection
{
    int client = -1;
    int server = -1;
    std::deque<Chunk> up;   // waiting to go to the server
    std::deque<Chunk> down; // waiting to go to the client
    bool clientEof = false; // nothing more to read from the client
    bool serverEof = false;
    bool upShut = false; // EOF passed on to the server
    bool downShut = false;
    std::size_t span = 0;
};

TcpProxy::TcpProxy(quint16 targetPort, Options options)
    : m_targetPort(targetPort), m_options(options)
{
    if (::pipe2(m_wakePipe, O_NONBLOCK | O_CLOEXEC) != 0)
        return;
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_listenFd < 0)
        return;
    const int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 ||
        ::listen(m_listenFd, 16) != 0 ||
        ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
        closeFd(m_listenFd);
        return;
    }
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this] { run(); });
}

TcpProxy::~TcpProxy()
{
    m_stop.store(true);
    wake();
    if (m_thread.joinable())
        m_thread.join();
    closeFd(m_listenFd);
    closeFd(m_wakePipe[0]);
    closeFd(m_wakePipe[1]);
}

std::vector<TcpProxy::Span> TcpProxy::connections() const
{
    std::lock_guard<std::mutex> lock(m_spanMutex);
    std::vector<Span> spans = m_spans;
    for (Span &s : spans) {
        if (!s.closed) {
            s.upAtClose = m_up.load();
            s.downAtClose = m_down.load();
        }
    }
    return spans;
}

void TcpProxy::cutNow()
{
    m_cutRequested.store(true);
    wake();
}

void TcpProxy::hangNow()
{
    m_hung.store(true);
    wake();
}

void TcpProxy::wake()
{
    if (m_wakePipe[1] >= 0) {
        const char c = 'w';
        [[maybe_unused]] const ssize_t n = ::write(m_wakePipe[1], &c, 1);
    }
}

void TcpProxy::run()
{
    std::vector<std::unique_ptr<Connection>> conns;
    std::vector<int> held; // accepted while hanging: kept open, never forwarded
    quint64 readUp = 0, readDown = 0;
    bool upLimitHit = false, downLimitHit = false;
    const auto delay = std::chrono::milliseconds(m_options.delayMs);

    const auto closeConnection = [&](Connection &c) {
        closeFd(c.client);
        closeFd(c.server);
        c.up.clear();
        c.down.clear();
        std::lock_guard<std::mutex> lock(m_spanMutex);
        Span &s = m_spans[c.span];
        if (!s.closed) {
            s.closed = true;
            s.upAtClose = m_up.load();
            s.downAtClose = m_down.load();
        }
    };
    const auto cutAll = [&] {
        m_cut.store(true);
        for (auto &c : conns)
            closeConnection(*c);
        conns.clear();
    };
    const auto reachCutPoint = [&] {
        if (m_options.hang)
            m_hung.store(true);
        else
            cutAll();
    };
    // Reads what `from` has; queues it for the other side, truncated at the cut point.
    const auto pump = [&](Connection &c, bool upward) -> bool {
        const int fd = upward ? c.client : c.server;
        quint64 &total = upward ? readUp : readDown;
        bool &limitHit = upward ? upLimitHit : downLimitHit;
        const quint64 limit =
            upward ? m_options.cutAfterClientBytes : m_options.cutAfterServerBytes;
        char buffer[16384];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        Chunk chunk;
        chunk.due = Clock::now() + delay;
        if (n == 0) {
            (upward ? c.clientEof : c.serverEof) = true;
            chunk.eof = true;
            if (upward) { // the client is done with this connection: that is where it ends
                std::lock_guard<std::mutex> lock(m_spanMutex);
                Span &span = m_spans[c.span];
                if (!span.closed) {
                    span.closed = true;
                    span.upAtClose = m_up.load();
                    span.downAtClose = m_down.load();
                }
            }
        } else {
            quint64 take = static_cast<quint64>(n);
            if (limit != kNever && total + take >= limit) {
                take = limit - total;
                chunk.cutAfter = true;
                limitHit = true;
            }
            total += take;
            chunk.data = QByteArray(buffer, static_cast<qsizetype>(take));
        }
        (upward ? c.up : c.down).push_back(std::move(chunk));
        return true;
    };
    // Sends what is due; returns false when the connection broke.
    const auto flush = [&](Connection &c, bool upward, bool *cutPoint) -> bool {
        std::deque<Chunk> &queue = upward ? c.up : c.down;
        const int fd = upward ? c.server : c.client;
        const auto now = Clock::now();
        while (!queue.empty() && queue.front().due <= now) {
            Chunk &chunk = queue.front();
            while (chunk.offset < chunk.data.size()) {
                const ssize_t n =
                    ::send(fd, chunk.data.constData() + chunk.offset,
                           static_cast<size_t>(chunk.data.size() - chunk.offset), MSG_NOSIGNAL);
                if (n < 0)
                    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
                chunk.offset += n;
                (upward ? m_up : m_down).fetch_add(static_cast<quint64>(n));
            }
            if (chunk.eof) {
                ::shutdown(fd, SHUT_WR);
                (upward ? c.upShut : c.downShut) = true;
            }
            const bool cut = chunk.cutAfter;
            queue.pop_front();
            if (cut) {
                *cutPoint = true;
                return true;
            }
        }
        return true;
    };

    while (!m_stop.load()) {
        if (m_cutRequested.exchange(false))
            cutAll();
        const bool hung = m_hung.load();

        const std::size_t polled = hung ? 0 : conns.size();
        std::vector<pollfd> fds;
        fds.push_back({m_wakePipe[0], POLLIN, 0});
        fds.push_back({m_listenFd, POLLIN, 0});
        int timeoutMs = -1;
        const auto now = Clock::now();
        const auto considerQueue = [&](const std::deque<Chunk> &q, short &events) {
            if (q.empty())
                return;
            if (q.front().due <= now) {
                events |= POLLOUT;
                return;
            }
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(q.front().due - now);
            const int ms = static_cast<int>(wait.count());
            timeoutMs = timeoutMs < 0 ? ms : std::min(timeoutMs, ms);
        };
        if (!hung) {
            for (auto &c : conns) {
                short clientEvents = 0, serverEvents = 0;
                if (!c->clientEof && !upLimitHit)
                    clientEvents |= POLLIN;
                if (!c->serverEof && !downLimitHit)
                    serverEvents |= POLLIN;
                considerQueue(c->up, serverEvents);
                considerQueue(c->down, clientEvents);
                fds.push_back({c->client, clientEvents, 0});
                fds.push_back({c->server, serverEvents, 0});
            }
        }
        if (::poll(fds.data(), static_cast<nfds_t>(fds.size()), timeoutMs) < 0 && errno != EINTR)
            break;
        if (fds[0].revents & POLLIN) {
            char drain[64];
            while (::read(m_wakePipe[0], drain, sizeof drain) > 0) {
            }
        }
        if (m_stop.load())
            break;
        if (fds[1].revents & POLLIN) {
            const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                if (m_cut.load()) {
                    int fd = client;
                    closeFd(fd); // the network is gone
                } else if (m_hung.load()) {
                    held.push_back(client);
                } else {
                    auto c = std::make_unique<Connection>();
                    c->client = client;
                    c->server = connectLoopback(m_targetPort);
                    {
                        std::lock_guard<std::mutex> lock(m_spanMutex);
                        c->span = m_spans.size();
                        m_spans.push_back({m_up.load(), m_down.load(), 0, 0, false});
                    }
                    if (c->server < 0) {
                        closeConnection(*c);
                    } else {
                        const int one = 1;
                        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                        setNonBlocking(c->client);
                        setNonBlocking(c->server);
                        conns.push_back(std::move(c));
                    }
                }
            }
        }
        if (hung || m_hung.load())
            continue;

        bool cutPoint = false;
        for (std::size_t i = 0; i < polled && !cutPoint; ++i) {
            Connection &c = *conns[i];
            const pollfd &pc = fds[2 + 2 * i];
            const pollfd &ps = fds[3 + 2 * i];
            bool ok = true;
            if (pc.revents & (POLLIN | POLLHUP | POLLERR))
                ok = ok && pump(c, true);
            if (ps.revents & (POLLIN | POLLHUP | POLLERR))
                ok = ok && pump(c, false);
            ok = ok && flush(c, true, &cutPoint);
            if (!cutPoint)
                ok = ok && flush(c, false, &cutPoint);
            const bool finished = c.upShut && c.downShut && c.up.empty() && c.down.empty();
            if (!ok || finished)
                closeConnection(c);
        }
        if (cutPoint)
            reachCutPoint();
        conns.erase(
            std::remove_if(conns.begin(), conns.end(), [](const auto &c) { return c->client < 0; }),
            conns.end());
    }
    for (auto &c : conns)
        closeConnection(*c);
    for (int &fd : held)
        closeFd(fd);
}

} // namespace testsupport
