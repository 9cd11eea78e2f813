// direct-tcpip channels: the same path Stitch's tunnel takes to the database.
#include "forward_error.h"
#include "ssh_connection.h"

#include <QObject>

#include <QDeadlineTimer>
#include <QThread>

#include <libssh/libssh.h>

namespace stitch::ssh {

Result<ForwardChannel> SshConnection::openForward(const QString &host, quint16 port,
                                                  std::chrono::milliseconds timeout)
{
    const QString what = QStringLiteral("opening a tunnel to %1:%2").arg(host).arg(port);
    if (m_cancelled.load())
        return lostOrCancelled(what);
    if (!isConnected())
        return makeError(ErrorCode::ConnectionLost, QObject::tr("Not connected."),
                         QObject::tr("Connect first."));
    ssh_session s = m_session.get();
    ChannelHandle channel(ssh_channel_new(s));
    if (!channel)
        return lostOrCancelled(what);
    ++m_channelsOpened;

    // sshd only answers once its own connect() to the database finished, which for a dropping
    // firewall takes minutes: poll non-blocking so our timeout and cancel() decide.
    const QByteArray hostBytes = host.toUtf8();
    const QDeadlineTimer deadline(timeout.count());
    ssh_set_blocking(s, 0);
    int rc = SSH_AGAIN;
    while (true) {
        rc = ssh_channel_open_forward(channel.get(), hostBytes.constData(), port, "127.0.0.1", 0);
        if (rc != SSH_AGAIN || m_cancelled.load() || deadline.hasExpired())
            break;
        QThread::msleep(5);
    }
    ssh_set_blocking(s, 1);

    if (rc == SSH_OK)
        return ForwardChannel(*this, std::move(channel));
    if (m_cancelled.load())
        return lostOrCancelled(what);
    if (rc == SSH_AGAIN) {
        // The late answer for this channel is discarded by libssh once the channel is freed.
        return makeError(ErrorCode::ForwardTimedOut,
                         QObject::tr("The SSH server got no answer from %1 port %2 within %3 "
                                     "seconds (timed out).")
                             .arg(host)
                             .arg(port)
                             .arg(static_cast<double>(timeout.count()) / 1000.0),
                         QObject::tr("A firewall between the SSH server and the database "
                                     "probably drops the traffic: allow the SSH server's "
                                     "private address on port %1.")
                             .arg(port));
    }
    if (!isConnected())
        return lostOrCancelled(what);
    return classifyForwardFailure(QString::fromUtf8(ssh_get_error(s)), host, port);
}

ForwardChannel::ForwardChannel(SshConnection &connection, ChannelHandle channel)
    : m_connection(&connection), m_channel(std::move(channel))
{
}

Status ForwardChannel::write(const QByteArray &data)
{
    return m_connection->writeAll(m_channel.get(), data,
                                  QStringLiteral("sending through the tunnel"));
}

Result<QByteArray> ForwardChannel::read(std::chrono::milliseconds timeout, int minBytes,
                                        int maxBytes)
{
    QByteArray data;
    const QDeadlineTimer deadline(timeout.count());
    char buffer[8192];
    while (data.size() < minBytes && !deadline.hasExpired()) {
        if (m_connection->isCancelled())
            return m_connection->lostOrCancelled(QStringLiteral("reading through the tunnel"));
        const int want = std::min<int>(static_cast<int>(sizeof buffer),
                                       maxBytes - static_cast<int>(data.size()));
        if (want <= 0)
            break;
        const int n =
            ssh_channel_read_timeout(m_channel.get(), buffer, static_cast<uint32_t>(want), 0, 20);
        if (n == SSH_ERROR)
            return m_connection->lostOrCancelled(QStringLiteral("reading through the tunnel"));
        if (n > 0)
            data.append(buffer, n);
        else if (ssh_channel_is_eof(m_channel.get()))
            break;
    }
    return data;
}

bool ForwardChannel::atEnd() const
{
    return ssh_channel_is_eof(m_channel.get()) != 0;
}

} // namespace stitch::ssh
