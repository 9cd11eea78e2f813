// Running one remote command and collecting its output and exit status.
#include "ssh_connection.h"

#include <libssh/callbacks.h>

#include <QDeadlineTimer>

namespace stitch::ssh {

namespace {

// Filled by libssh's channel callbacks; only exit-signal is unreachable through the plain API.
struct ExitInfo
{
    QString signal;
};

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                  void *userdata)
{
    static_cast<ExitInfo *>(userdata)->signal = QString::fromLatin1(signal);
}

constexpr int kPollSliceMs = 20;

} // namespace

Result<ExecResult> SshConnection::exec(const QString &command, const QByteArray &stdinData,
                                       std::optional<std::chrono::milliseconds> timeout)
{
    const QString what = QStringLiteral("running a command on the server");
    if (m_cancelled.load())
        return lostOrCancelled(what);
    if (!isConnected())
        return makeError(ErrorCode::ConnectionLost, QStringLiteral("Not connected."),
                         QStringLiteral("Connect first."));
    ssh_session s = m_session.get();
    const QDeadlineTimer deadline(timeout.value_or(m_commandTimeout).count());

    const double seconds = static_cast<double>(timeout.value_or(m_commandTimeout).count()) / 1000.0;
    const auto timedOut = [seconds] {
        return makeError(
            ErrorCode::Timeout,
            QStringLiteral("The server did not finish the command within %1 seconds.").arg(seconds),
            QStringLiteral("Check that the server is not overloaded, then try again."));
    };

    ChannelHandle channel(ssh_channel_new(s));
    if (!channel)
        return lostOrCancelled(what);
    // SSH_AGAIN: no answer within the session timeout (a hung connection), not a lost one.
    int rc = ssh_channel_open_session(channel.get());
    if (rc != SSH_OK)
        return rc == SSH_AGAIN && !m_cancelled.load() ? timedOut() : lostOrCancelled(what);
    ++m_channelsOpened;

    ExitInfo exitInfo;
    ssh_channel_callbacks_struct callbacks{};
    callbacks.userdata = &exitInfo;
    callbacks.channel_exit_signal_function = onExitSignal;
    ssh_callbacks_init(&callbacks);
    ssh_set_channel_callbacks(channel.get(), &callbacks);

    const QByteArray commandBytes = command.toUtf8();
    rc = ssh_channel_request_exec(channel.get(), commandBytes.constData());
    if (rc != SSH_OK)
        return rc == SSH_AGAIN && !m_cancelled.load() ? timedOut() : lostOrCancelled(what);

    for (qsizetype written = 0; written < stdinData.size();) {
        const int n = ssh_channel_write(channel.get(), stdinData.constData() + written,
                                        static_cast<uint32_t>(stdinData.size() - written));
        if (n == SSH_ERROR)
            return lostOrCancelled(what);
        written += n;
    }
    ssh_channel_send_eof(channel.get());

    ExecResult result;
    char buffer[16384];
    while (true) {
        if (m_cancelled.load())
            return lostOrCancelled(what);
        if (deadline.hasExpired()) {
            ssh_channel_request_send_signal(channel.get(), "TERM");
            return timedOut();
        }
        bool gotData = false;
        for (int isStderr = 0; isStderr <= 1; ++isStderr) {
            const int n =
                ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR)
                return lostOrCancelled(what);
            if (n > 0) {
                (isStderr ? result.stdErr : result.stdOut).append(buffer, n);
                gotData = true;
            }
        }
        if (gotData)
            continue;
        if (ssh_channel_is_eof(channel.get()))
            break;
        // Waits for either stream: libssh buffers stderr while it waits for stdout.
        if (ssh_channel_poll_timeout(channel.get(), kPollSliceMs, 0) == SSH_ERROR)
            return lostOrCancelled(what);
    }
    // Drain anything that came in the same packet as the EOF.
    for (int isStderr = 0; isStderr <= 1; ++isStderr) {
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, isStderr)) >
               0)
            (isStderr ? result.stdErr : result.stdOut).append(buffer, n);
    }
    // Waits (bounded by the session timeout) for exit-status or exit-signal and the close.
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    result.exitSignal = exitInfo.signal;
    if (result.exitStatus == -1 && result.exitSignal.isEmpty() && !isConnected())
        return lostOrCancelled(what);
    return result;
}

} // namespace stitch::ssh
