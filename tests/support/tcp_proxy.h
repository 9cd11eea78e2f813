#pragma once

#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace testsupport {

constexpr quint64 kTcpProxyNever = ~quint64(0);

struct TcpProxyOptions
{
    int delayMs = 0;                              // added to each direction (a round trip: 2×)
    quint64 cutAfterClientBytes = kTcpProxyNever; // forward this many client→server bytes, cut
    quint64 cutAfterServerBytes = kTcpProxyNever; // forward this many server→client bytes, cut
    bool hang = false; // at a cut point: stop forwarding but keep the sockets open instead
};

// A TCP proxy on 127.0.0.1 in front of a local server (the sandbox's sshd), running in a thread
// of its own with plain sockets. It can add latency, cut every connection after a number of
// bytes, or hang (stop forwarding but keep the sockets open). Byte counts are totals over all
// connections made through the proxy, so a run that opens a second connection (the self-test)
// keeps counting where the first one left off.
class TcpProxy
{
public:
    static constexpr quint64 kNever = kTcpProxyNever;
    using Options = TcpProxyOptions;

    // The totals when a connection was accepted and when it ended: the client closed its side,
    // or the proxy closed it (or now, if still open).
    struct Span
    {
        quint64 upAtOpen = 0, downAtOpen = 0;
        quint64 upAtClose = 0, downAtClose = 0;
        bool closed = false;
    };

    explicit TcpProxy(quint16 targetPort, Options options = {});
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    bool listening() const { return m_listenFd >= 0; }
    quint16 port() const { return m_port; }
    quint64 bytesUp() const { return m_up.load(); }     // client → server, delivered
    quint64 bytesDown() const { return m_down.load(); } // server → client, delivered
    bool wasCut() const { return m_cut.load(); }
    bool isHanging() const { return m_hung.load(); }
    std::vector<Span> connections() const;

    // Thread-safe. cutNow(): close every connection; later ones are closed at once (the network
    // is gone). hangNow(): stop forwarding; connections stay open until the proxy is destroyed.
    void cutNow();
    void hangNow();

private:
    struct Connection;
    void run();
    void wake();

    quint16 m_targetPort;
    Options m_options;
    int m_listenFd = -1;
    int m_wakePipe[2] = {-1, -1};
    quint16 m_port = 0;
    std::atomic<quint64> m_up{0};
    std::atomic<quint64> m_down{0};
    std::atomic<bool> m_cut{false};
    std::atomic<bool> m_hung{false};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_cutRequested{false};
    mutable std::mutex m_spanMutex;
    std::vector<Span> m_spans;
    std::thread m_thread;
};

} // namespace testsupport
