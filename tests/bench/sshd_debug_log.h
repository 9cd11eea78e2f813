#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace sandbox {
class ExtraSshd;
}

namespace bench {

// What the server saw, counted from sshd's own DEBUG1 log: the one place that sees every
// connection and channel of every client (libssh, the stock ssh, Ansible's ControlMaster).
struct ServerCounts
{
    int connections = 0;     // TCP connections accepted by sshd
    int sessionChannels = 0; // "session" channels: one per remote command (exec)
    int forwardChannels = 0; // "direct-tcpip" channels: the database probes / tunnel
    int execRequests = 0;
    int channels() const { return sessionChannels + forwardChannels; }
};

ServerCounts parseSshdDebugLog(const QByteArray &log);

// A second sshd of the sandbox (same sshd_config, same host key, same users) on its own port,
// logging at DEBUG1 to a file, so a test can count what a client really did. Only meaningful
// inside tests/sandbox/run-in-sandbox.sh.
class DebugSshd
{
public:
    explicit DebugSshd(quint16 port);
    ~DebugSshd();
    DebugSshd(const DebugSshd &) = delete;
    DebugSshd &operator=(const DebugSshd &) = delete;

    bool started() const { return m_started; }
    quint16 port() const { return m_port; }
    // Forgets what was logged so far (counts start again from zero).
    void resetLog();
    // Counts once the log has settled (sshd's children log a moment after the client left).
    ServerCounts counts(int settleMs = 3000) const;
    QByteArray log() const;

private:
    quint16 m_port;
    QString m_logPath;
    std::unique_ptr<sandbox::ExtraSshd> m_sshd;
    bool m_started = false;
};

} // namespace bench
