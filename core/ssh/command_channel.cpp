// A remote command with an open stdin; the one read loop for every command we run.
#include "command_channel.h"

#include <QObject>

#include "ssh_connection.h"

#include <libssh/callbacks.h>

#include <QDeadlineTimer>

namespace stitch::ssh {

namespace {
constexpr int kPollSliceMs = 20;
} // namespace

Error commandTimedOut(std::chrono::milliseconds timeout)
{
    return makeError(ErrorCode::Timeout,
                     QObject::tr("The server did not finish the command within %1 seconds.")
                         .arg(static_cast<double>(timeout.count()) / 1000.0),
                     QObject::tr("Check that the server is not overloaded, then try again."));
}

// Filled by libssh's channel callbacks; only exit-signal is unreachable through the plain API.
struct CommandChannel::Callbacks
{
    ssh_channel_callbacks_struct libssh{};
    QString exitSignal;

    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *,
                             const char *, void *userdata)
    {
        static_cast<Callbacks *>(userdata)->exitSignal = QString::fromLatin1(signal);
    }
};

CommandChannel::CommandChannel(SshConnection &connection, ChannelHandle channel)
    : m_connection(&connection), m_callbacks(std::make_unique<Callbacks>()),
      m_channel(std::move(channel))
{
    m_callbacks->libssh.userdata = m_callbacks.get();
    m_callbacks->libssh.channel_exit_signal_function = Callbacks::onExitSignal;
    ssh_callbacks_init(&m_callbacks->libssh);
}

Result<CommandChannel> CommandChannel::attach(SshConnection &connection, ChannelHandle channel)
{
    CommandChannel attached(connection, std::move(channel));
    if (ssh_set_channel_callbacks(attached.m_channel.get(), &attached.m_callbacks->libssh) !=
        SSH_OK)
        return connection.libsshRefused(QStringLiteral("exit-signal callback"));
    return attached;
}

CommandChannel::~CommandChannel()
{
    // libssh keeps a channel we free before the server closed it until the close arrives, and
    // would still call our callbacks for what comes before it (a TERMed command's exit-signal).
    if (m_channel)
        ssh_remove_channel_callbacks(m_channel.get(), &m_callbacks->libssh);
}

CommandChannel::CommandChannel(CommandChannel &&) noexcept = default;
CommandChannel &CommandChannel::operator=(CommandChannel &&) noexcept = default;

Status CommandChannel::write(const QByteArray &data)
{
    return m_connection->writeAll(m_channel.get(), data, QStringLiteral("sending to a command"));
}

Status CommandChannel::sendEof()
{
    if (ssh_channel_send_eof(m_channel.get()) != SSH_OK)
        return m_connection->lostOrCancelled(QStringLiteral("sending to a command"));
    return {};
}

bool CommandChannel::hasEnded() const
{
    return ssh_channel_is_eof(m_channel.get()) != 0;
}

qsizetype CommandChannel::findMarker(const QByteArray &buffer, const QByteArray &marker,
                                     qsizetype *lineEnd)
{
    // Only at the start of a line: the marker is random to a run, but a root shell's command
    // line (and so the marker) can be read by every local account while it runs, and text one
    // of them controls (a file name, a link target) is printed only inside our own lines.
    for (qsizetype at = buffer.indexOf(marker); at >= 0; at = buffer.indexOf(marker, at + 1)) {
        if (at > 0 && buffer[at - 1] != '\n')
            continue;
        const qsizetype end = buffer.indexOf('\n', at);
        if (end < 0)
            return -1; // the rest of the line is still on its way
        *lineEnd = end + 1;
        return at;
    }
    return -1;
}

Result<ExecResult> CommandChannel::read(const QByteArray &marker, std::chrono::milliseconds timeout)
{
    constexpr qsizetype kMaxOutputBytes = 16 * 1024 * 1024;
    const QString what = QStringLiteral("running a command on the server");
    const QDeadlineTimer deadline(timeout.count());
    ExecResult result;
    char buffer[16384];
    qsizetype outAt = -1, errAt = -1, outEnd = 0, errEnd = 0;
    while (true) {
        if (!marker.isEmpty()) {
            if (outAt < 0)
                outAt = findMarker(m_out, marker, &outEnd);
            if (errAt < 0)
                errAt = findMarker(m_err, marker, &errEnd);
            if (outAt >= 0 && errAt >= 0)
                break;
        }
        if (m_connection->isCancelled())
            return m_connection->lostOrCancelled(what);
        if (deadline.hasExpired()) {
            ssh_channel_request_send_signal(m_channel.get(), "TERM");
            return commandTimedOut(timeout);
        }
        bool gotData = false;
        for (int isStderr = 0; isStderr <= 1; ++isStderr) {
            const int n =
                ssh_channel_read_nonblocking(m_channel.get(), buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR)
                return m_connection->lostOrCancelled(what);
            if (n > 0) {
                (isStderr ? m_err : m_out).append(buffer, n);
                gotData = true;
            }
            // Our scripts print a few KiB: a flood is a broken or hostile server, not data.
            if (m_out.size() + m_err.size() > kMaxOutputBytes) {
                ssh_channel_request_send_signal(m_channel.get(), "TERM");
                return makeError(ErrorCode::RemoteCommandFailed,
                                 QObject::tr("The command printed more than %1 MiB; the "
                                             "rest was not read.")
                                     .arg(kMaxOutputBytes / (1024 * 1024)),
                                 QObject::tr("See the transcript for what it printed; check "
                                             "the server."));
            }
        }
        if (gotData)
            continue;
        if (ssh_channel_is_eof(m_channel.get())) {
            // Ended (before its marker, if it had one): everything it said, and how it ended.
            for (int isStderr = 0; isStderr <= 1; ++isStderr) {
                int n = 0;
                while ((n = ssh_channel_read_nonblocking(m_channel.get(), buffer, sizeof buffer,
                                                         isStderr)) > 0)
                    (isStderr ? m_err : m_out).append(buffer, n);
            }
            result.stdOut = std::exchange(m_out, {});
            result.stdErr = std::exchange(m_err, {});
            // Waits (bounded by the session timeout) for exit-status or exit-signal and close.
            result.exitStatus = ssh_channel_get_exit_status(m_channel.get());
            result.exitSignal = m_callbacks->exitSignal;
            if (result.exitStatus == -1 && result.exitSignal.isEmpty() &&
                !m_connection->isConnected())
                return m_connection->lostOrCancelled(what);
            return result;
        }
        // Waits for either stream: libssh buffers stderr while it waits for stdout.
        if (ssh_channel_poll_timeout(m_channel.get(), kPollSliceMs, 0) == SSH_ERROR)
            return m_connection->lostOrCancelled(what);
    }
    const QByteArray statusLine = m_out.mid(outAt + marker.size(), outEnd - outAt - marker.size());
    bool ok = false;
    result.exitStatus = statusLine.trimmed().toInt(&ok);
    if (!ok)
        result.exitStatus = -1;
    result.stdOut = m_out.left(outAt);
    result.stdErr = m_err.left(errAt);
    m_out.remove(0, outEnd);
    m_err.remove(0, errEnd);
    return result;
}

} // namespace stitch::ssh
