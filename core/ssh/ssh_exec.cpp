// Starting remote commands; exec() runs one to its end.
#include "command_channel.h"
#include "ssh_connection.h"

#include <QObject>

#include <QDeadlineTimer>

#include <libssh/libssh.h>

namespace stitch::ssh {

Result<CommandChannel> SshConnection::startCommand(const QString &command)
{
    const QString what = QStringLiteral("running a command on the server");
    if (m_cancelled.load())
        return lostOrCancelled(what);
    if (!isConnected())
        return makeError(ErrorCode::ConnectionLost, QObject::tr("Not connected."),
                         QObject::tr("Connect first."));
    const auto failed = [&](int rc) {
        // SSH_AGAIN: no answer within the session timeout (a hung connection), not a lost one.
        if (rc == SSH_AGAIN && !m_cancelled.load()) {
            return makeError(
                ErrorCode::Timeout,
                QObject::tr("The server did not answer within %1 seconds.")
                    .arg(static_cast<double>(m_commandTimeout.count()) / 1000.0),
                QObject::tr("Check that the server is not overloaded, then try again."));
        }
        return lostOrCancelled(what);
    };
    ChannelHandle handle(ssh_channel_new(m_session.get()));
    if (!handle)
        return lostOrCancelled(what);
    if (const int rc = ssh_channel_open_session(handle.get()); rc != SSH_OK)
        return failed(rc);
    ++m_channelsOpened;
    ssh_channel raw = handle.get();
    auto channel = CommandChannel::attach(*this, std::move(handle)); // callbacks before exec
    if (!channel)
        return channel.error();
    const QByteArray commandBytes = command.toUtf8();
    if (const int rc = ssh_channel_request_exec(raw, commandBytes.constData()); rc != SSH_OK)
        return failed(rc);
    return channel;
}

Status SshConnection::writeAll(ssh_channel channel, const QByteArray &data,
                               const QString &what) const
{
    // libssh returns 0 while the peer's window is full; a peer that never opens it again must
    // not hold us forever: the command timeout bounds the whole write.
    const QDeadlineTimer deadline(m_commandTimeout.count());
    for (qsizetype written = 0; written < data.size();) {
        const int n = ssh_channel_write(channel, data.constData() + written,
                                        static_cast<uint32_t>(data.size() - written));
        if (n == SSH_ERROR || isCancelled())
            return lostOrCancelled(what);
        if (n == 0 && deadline.hasExpired())
            return makeError(ErrorCode::Timeout,
                             QObject::tr("The server took no data for %1 s while %2.")
                                 .arg(m_commandTimeout.count() / 1000)
                                 .arg(what),
                             QObject::tr("Check the server's load and the network, then try "
                                         "again."));
        written += n;
    }
    return {};
}

Result<ExecResult> SshConnection::exec(const QString &command, const QByteArray &stdinData,
                                       std::optional<std::chrono::milliseconds> timeout)
{
    auto channel = startCommand(command);
    if (!channel)
        return channel.error();
    if (Status s = channel->write(stdinData); !s)
        return s.error();
    if (Status s = channel->sendEof(); !s)
        return s.error();
    return channel->read(QByteArray(), timeout.value_or(m_commandTimeout));
}

} // namespace stitch::ssh
