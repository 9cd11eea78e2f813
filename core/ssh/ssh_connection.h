#pragma once

#include "command_channel.h"
#include "common/result.h"
#include "connection_settings.h"
#include "exec_result.h"
#include "host_key.h"
#include "ssh_handles.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>

namespace stitch::ssh {

class ForwardChannel;

// One SSH connection to the server. Use it from one thread at a time (libssh's rule); only
// cancel() may be called from another thread.
class SshConnection
{
public:
    SshConnection();
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    // TCP connect, SSH handshake and host key verification. No credential is sent before the
    // host key is trusted.
    Status connect(const ConnectionSettings &settings);
    // Logs in with the configured method. On failure the error lists what the server offers.
    Status authenticate(const ConnectionSettings &settings, const Credentials &credentials);
    // Logs in with a key held in memory (the self-test's throwaway key).
    Status authenticateWithKey(const ConnectionSettings &settings, ssh_key key);

    // Runs `command` through the login shell, feeds `stdinData`, collects both output streams
    // in one loop. Fails only when the command could not be run or finished (timeout, cancel,
    // connection lost); a non-zero exit status is a normal ExecResult.
    Result<ExecResult> exec(const QString &command, const QByteArray &stdinData = {},
                            std::optional<std::chrono::milliseconds> timeout = std::nullopt);
    // Starts `command` through the login shell and leaves its stdin open (see CommandChannel).
    Result<CommandChannel> startCommand(const QString &command);
    std::chrono::milliseconds commandTimeout() const { return m_commandTimeout; }

    // Asks the server to open a TCP connection to host:port, as Stitch's tunnel will.
    Result<ForwardChannel> openForward(const QString &host, quint16 port,
                                       std::chrono::milliseconds timeout);

    // Thread-safe: makes the current and every later call fail with Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    bool isConnected() const;
    void disconnect();

    const HostKeyInfo &hostKey() const { return m_hostKey; }
    QString serverBanner() const;
    QString authMethodUsed() const { return m_authMethodUsed; }
    QStringList offeredAuthMethods() const { return m_offeredMethods; }
    int channelsOpened() const { return m_channelsOpened; }

private:
    friend class CommandChannel;
    friend class ForwardChannel;
    // connect()'s steps after the TCP connection: libssh's settings for this server (never
    // ~/.ssh/config), the SSH handshake, and the host key.
    Status configureSession(const ConnectionSettings &settings);
    Status handshake(const ConnectionSettings &settings);
    // Why the handshake failed: cancelled, a server that never greeted, or one that did.
    Error handshakeError(const ConnectionSettings &settings, bool silent) const;
    Status verifyHostKey(const ConnectionSettings &settings);
    Status authWithPassword(const ConnectionSettings &settings, const Credentials &credentials);
    Status authWithKeyFile(const ConnectionSettings &settings, const Credentials &credentials);
    Status authWithAgent(const ConnectionSettings &settings);
    Error sessionError(ErrorCode code, const QString &message, const QString &fix) const;
    Error lostOrCancelled(const QString &what) const;
    // Writes all of `data` to a channel of this connection (its command's stdin, or a tunnel).
    Status writeAll(ssh_channel channel, const QByteArray &data, const QString &what) const;
    // Bounds every blocking libssh call from now on (handshake, login, channel requests).
    Status setSessionTimeout(std::chrono::milliseconds timeout);
    // "libssh refused the <setting> setting": the setup calls our promises rest on.
    Error libsshRefused(const QString &setting) const;
    // The promises of connect() (no ~/.ssh/config, our own known-hosts files, our own socket)
    // rest on its settings: one refused is a stop, never a silent default. Disconnects.
    Error refusedSetting(const char *setting);

    SessionHandle m_session;
    HostKeyInfo m_hostKey;
    QString m_authMethodUsed;
    QStringList m_offeredMethods;
    std::chrono::milliseconds m_commandTimeout{120000};
    int m_channelsOpened = 0;

    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_fdMutex; // guards m_fd against cancel() racing disconnect()
    socket_t m_fd = kInvalidSocket;
    QByteArray m_fdIdentity; // socketIdentity(m_fd) when it was handed to libssh
};

// A direct-tcpip channel: bytes to and from host:port as the SSH server sees it.
class ForwardChannel
{
public:
    ForwardChannel(SshConnection &connection, ChannelHandle channel);
    ForwardChannel(ForwardChannel &&) noexcept = default;
    ForwardChannel &operator=(ForwardChannel &&) noexcept = default;

    Status write(const QByteArray &data);
    // Reads what arrives within `timeout`, at most maxBytes; stops early once `minBytes` came.
    Result<QByteArray> read(std::chrono::milliseconds timeout, int minBytes = 1,
                            int maxBytes = 65536);
    bool atEnd() const;

private:
    SshConnection *m_connection;
    ChannelHandle m_channel;
};

} // namespace stitch::ssh
