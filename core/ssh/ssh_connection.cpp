#include "ssh_connection.h"

#include "fingerprint.h"
#include "libssh_logging.h"
#include "tcp_connect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace stitch::ssh {

SshConnection::SshConnection() = default;

SshConnection::~SshConnection()
{
    disconnect();
}

bool SshConnection::isConnected() const
{
    return m_session && ssh_is_connected(m_session.get());
}

void SshConnection::disconnect()
{
    socket_t fd = SSH_INVALID_SOCKET;
    {
        std::lock_guard<std::mutex> lock(m_fdMutex);
        fd = m_fd;
        m_fd = SSH_INVALID_SOCKET;
    }
    m_session.reset(); // the deleter sends SSH_MSG_DISCONNECT and frees the session
    // libssh 0.10 does not close a socket handed over with SSH_OPTIONS_FD (only after a socket
    // error): without this, every connection stayed open on both ends until the app exited.
    // The identity check keeps us off a number libssh closed and something else reused.
    closeSocketIfSame(fd, m_fdIdentity);
    m_fdIdentity.clear();
}

void SshConnection::cancel()
{
    m_cancelled.store(true);
    std::lock_guard<std::mutex> lock(m_fdMutex);
    shutdownSocket(m_fd); // unblocks a libssh call waiting on the socket; the session is over
}

QString SshConnection::serverBanner() const
{
    if (!m_session)
        return {};
    return QString::fromUtf8(ssh_get_serverbanner(m_session.get()));
}

void SshConnection::setSessionTimeout(std::chrono::milliseconds timeout)
{
    long seconds = static_cast<long>(timeout.count() / 1000);
    long usec = static_cast<long>((timeout.count() % 1000) * 1000);
    ssh_options_set(m_session.get(), SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_session.get(), SSH_OPTIONS_TIMEOUT_USEC, &usec);
}

Error SshConnection::sessionError(ErrorCode code, const QString &message, const QString &fix) const
{
    const QString detail =
        m_session ? QString::fromUtf8(ssh_get_error(m_session.get())) : QString();
    return makeError(code, message, fix, detail);
}

Error SshConnection::lostOrCancelled(const QString &what) const
{
    if (m_cancelled.load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled.").arg(what),
                         QString());
    return sessionError(
        ErrorCode::ConnectionLost,
        QStringLiteral("The connection to the SSH server was lost during: %1.").arg(what),
        QStringLiteral("Check the network and connect again; nothing is left "
                       "half-done on the server."));
}

Status SshConnection::connect(const ConnectionSettings &settings)
{
    installLibsshLogging();
    disconnect();
    m_hostKey = HostKeyInfo{};
    m_hostKey.host = settings.host;
    m_hostKey.port = settings.port;
    m_commandTimeout = settings.commandTimeout;
    m_channelsOpened = 0;
    if (m_cancelled.load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("Connecting was cancelled."), {});

    auto socket = connectTcp(settings.host, settings.port, settings.connectTimeout, m_cancelled);
    if (!socket)
        return socket.error();

    m_session.reset(ssh_new());
    if (!m_session)
        return makeError(ErrorCode::SshProtocolError, QStringLiteral("libssh is out of memory."),
                         {});
    ssh_session s = m_session.get();

    // The promises below (no ~/.ssh/config, our own known-hosts files, our own socket) rest on
    // these settings: one refused is a stop, never a silent default.
    const auto refused = [this](const char *setting) {
        Error e = sessionError(
            ErrorCode::SshProtocolError,
            QStringLiteral("libssh refused the %1 setting.").arg(QLatin1String(setting)),
            QStringLiteral("The installed libssh does not work as expected; "
                           "reinstall or update it."));
        disconnect();
        return e;
    };
    // Nothing from ~/.ssh/config may change how we verify or authenticate.
    int no = 0;
    if (ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no) != SSH_OK)
        return refused("ignore-~/.ssh/config");
    const QByteArray host = settings.host.toUtf8();
    unsigned int port = settings.port;
    const QByteArray user = settings.user.toUtf8();
    if (ssh_options_set(s, SSH_OPTIONS_HOST, host.constData()) != SSH_OK ||
        ssh_options_set(s, SSH_OPTIONS_PORT, &port) != SSH_OK) {
        return sessionError(
            ErrorCode::InvalidInput,
            QStringLiteral("The server address %1 is not valid.").arg(settings.host),
            QStringLiteral("Enter a host name or an IP address."));
    }
    if (settings.user.isEmpty() ||
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData()) != SSH_OK) {
        return sessionError(
            ErrorCode::InvalidInput,
            QStringLiteral("The login name \"%1\" is not valid.").arg(settings.user),
            QStringLiteral("Enter the user name you log in to the server with."));
    }

    const QString knownHosts =
        settings.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : settings.knownHostsFile;
    const QString readOnlyKnownHosts =
        settings.useOpenSshKnownHosts ? openSshKnownHostsFile() : knownHosts;
    if (ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(knownHosts).constData()) !=
            SSH_OK ||
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS,
                        QFile::encodeName(readOnlyKnownHosts).constData()) != SSH_OK)
        return refused("known-hosts file");

    setSessionTimeout(settings.connectTimeout);
    {
        std::lock_guard<std::mutex> lock(m_fdMutex);
        m_fd = socket->get();
        m_fdIdentity = socketIdentity(m_fd);
    }
    socket_t fd = socket->release(); // closed by disconnect()
    if (ssh_options_set(s, SSH_OPTIONS_FD, &fd) != SSH_OK)
        return refused("socket");
    if (m_cancelled.load()) {
        disconnect();
        return makeError(ErrorCode::Cancelled, QStringLiteral("Connecting was cancelled."), {});
    }

    QElapsedTimer handshakeClock;
    handshakeClock.start();
    if (ssh_connect(s) != SSH_OK) {
        // A port that accepts and then stays silent until the time limit (a tarpit, a service
        // waiting for its client to speak first) is told apart from one that answers wrongly:
        // the user then knows waiting longer or retrying will not help.
        const bool silent = ssh_get_serverbanner(s) == nullptr &&
                            handshakeClock.elapsed() >= settings.connectTimeout.count() * 9 / 10;
        const QString what =
            silent
                ? QStringLiteral("sent no SSH greeting within %1 s")
                      .arg(QString::number(
                          std::chrono::duration<double>(settings.connectTimeout).count(), 'g', 3))
                : QStringLiteral("the SSH handshake failed");
        Error e =
            m_cancelled.load()
                ? makeError(ErrorCode::Cancelled, QStringLiteral("Connecting was cancelled."), {})
                : sessionError(ErrorCode::SshProtocolError,
                               QStringLiteral("%1 port %2 accepted the connection but %3.")
                                   .arg(settings.host)
                                   .arg(settings.port)
                                   .arg(what),
                               QStringLiteral("Check that this port belongs to an SSH "
                                              "server (not a web server or database)."));
        disconnect();
        return e;
    }

    Status verified = verifyHostKey(settings);
    if (!verified)
        disconnect();
    return verified;
}

Status SshConnection::verifyHostKey(const ConnectionSettings &settings)
{
    ssh_session s = m_session.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK) {
        return sessionError(ErrorCode::SshProtocolError,
                            QStringLiteral("The server did not present a host key."), {});
    }
    const KeyHandle key(rawKey);
    m_hostKey.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    unsigned char *rawHash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &rawHash, &hashLen) != 0) {
        return sessionError(ErrorCode::SshProtocolError,
                            QStringLiteral("Could not compute the host key fingerprint."), {});
    }
    const HashHandle hash(rawHash);
    const CStringHandle printable(
        ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash.get(), hashLen));
    m_hostKey.fingerprint = QString::fromLatin1(printable.get());

    const QString knownHosts =
        settings.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : settings.knownHostsFile;
    QStringList files{knownHosts};
    if (settings.useOpenSshKnownHosts)
        files << openSshKnownHostsFile();

    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        m_hostKey.status = HostKeyStatus::Known;
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        m_hostKey.status = HostKeyStatus::Changed;
        m_hostKey.savedKeys = knownHostKeys(files, settings.host, settings.port);
        QStringList saved;
        for (const KnownHostKey &k : m_hostKey.savedKeys)
            saved << QStringLiteral("%1 %2").arg(k.keyType, k.fingerprint);
        // The remedy names the files that hold the stale entry, so a front end can give the
        // exact command that removes it (the app's own file, or ~/.ssh/known_hosts, or both).
        const QString name = knownHostsName(settings.host, settings.port);
        QStringList remedyValues{name};
        for (const QString &file : files)
            if (!knownHostKeys({file}, settings.host, settings.port).empty())
                remedyValues << file;
        return withRemedy(
            makeError(
                ErrorCode::HostKeyChanged,
                QStringLiteral("The host key of %1 has CHANGED. Expected %2, but the server now "
                               "presents %3 %4. Either the server was rebuilt, or someone is "
                               "intercepting the connection. Nothing was sent to the server.")
                    .arg(name,
                         saved.isEmpty() ? QStringLiteral("a different key")
                                         : saved.join(QStringLiteral(" or ")),
                         m_hostKey.keyType, m_hostKey.fingerprint),
                QStringLiteral(
                    "Ask the server's administrator for its current fingerprint. Only if "
                    "it matches, remove the old entry for this server from %1.")
                    .arg(files.join(QStringLiteral(" / ")))),
            RemedyKind::ForgetChangedHostKey, remedyValues);
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        return sessionError(ErrorCode::LocalIoError,
                            QStringLiteral("The known-hosts file could not be read."),
                            QStringLiteral("Check the permissions of %1.").arg(knownHosts));
    }

    m_hostKey.status = HostKeyStatus::Unknown;
    const HostKeyTrust &trust = settings.hostKeyTrust;
    if (!trust.expectedFingerprint.isEmpty()) {
        const QString expected = normalizeFingerprint(trust.expectedFingerprint);
        if (expected.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"%1\" is not a SHA256 fingerprint.")
                                 .arg(trust.expectedFingerprint),
                             QStringLiteral("Paste the fingerprint as `ssh-keygen -lf` prints "
                                            "it, e.g. SHA256:abc…"));
        }
        if (expected != m_hostKey.fingerprint) {
            return makeError(ErrorCode::HostKeyMismatch,
                             QStringLiteral("The server's host key %1 does not match the "
                                            "expected fingerprint %2. Nothing was sent to the "
                                            "server.")
                                 .arg(m_hostKey.fingerprint, expected),
                             QStringLiteral("Check that you connect to the right server and "
                                            "that the fingerprint was copied completely."));
        }
    } else if (trust.unknownAction == UnknownHostKeyAction::Reject) {
        return withRemedy(
            makeError(ErrorCode::HostKeyUnknown,
                      QStringLiteral("The server %1 is not known yet. Its %2 host key has "
                                     "the fingerprint %3.")
                          .arg(knownHostsName(settings.host, settings.port), m_hostKey.keyType,
                               m_hostKey.fingerprint),
                      QStringLiteral("Compare the fingerprint with the one the server's "
                                     "administrator gives you (ssh-keygen -lf "
                                     "/etc/ssh/ssh_host_*_key.pub), then accept it.")),
            RemedyKind::AcceptHostKey, {m_hostKey.fingerprint});
    }

    if (trust.unknownAction != UnknownHostKeyAction::AcceptOnce) {
        QDir().mkpath(QFileInfo(knownHosts).absolutePath());
        if (ssh_session_update_known_hosts(s) != SSH_OK) {
            return sessionError(
                ErrorCode::HostKeyStoreFailed,
                QStringLiteral("The host key could not be saved to %1.").arg(knownHosts),
                QStringLiteral("Check that the folder is writable, or connect "
                               "once without saving."));
        }
        m_hostKey.savedNow = true;
    }
    return {};
}

} // namespace stitch::ssh
