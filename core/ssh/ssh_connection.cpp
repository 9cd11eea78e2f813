#include "ssh_connection.h"

#include <QObject>

#include "fingerprint.h"
#include "host_key_trust.h"
#include "libssh_logging.h"
#include "tcp_connect.h"

#include <QElapsedTimer>
#include <QFile>

#include <libssh/libssh.h>

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
    socket_t fd = kInvalidSocket;
    {
        std::lock_guard<std::mutex> lock(m_fdMutex);
        fd = m_fd;
        m_fd = kInvalidSocket;
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

Status SshConnection::setSessionTimeout(std::chrono::milliseconds timeout)
{
    // libssh counts both values together; a refused one would leave an old or no timeout
    // (libssh's default waits forever for a silent server).
    long seconds = static_cast<long>(timeout.count() / 1000);
    long usec = static_cast<long>((timeout.count() % 1000) * 1000);
    if (ssh_options_set(m_session.get(), SSH_OPTIONS_TIMEOUT, &seconds) != SSH_OK ||
        ssh_options_set(m_session.get(), SSH_OPTIONS_TIMEOUT_USEC, &usec) != SSH_OK)
        return libsshRefused(QStringLiteral("timeout"));
    return {};
}

Error SshConnection::libsshRefused(const QString &setting) const
{
    return sessionError(ErrorCode::SshProtocolError,
                        QStringLiteral("libssh refused the %1 setting.").arg(setting),
                        QObject::tr("The installed libssh does not work as expected; "
                                    "reinstall or update it."));
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
        return makeError(ErrorCode::Cancelled, QObject::tr("%1 was cancelled.").arg(what),
                         QString());
    return sessionError(
        ErrorCode::ConnectionLost,
        QObject::tr("The connection to the SSH server was lost during: %1.").arg(what),
        QObject::tr("Check the network and connect again; nothing is left "
                    "half-done on the server."));
}

namespace {

Error connectingCancelled()
{
    return makeError(ErrorCode::Cancelled, QObject::tr("Connecting was cancelled."), {});
}

} // namespace

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
        return connectingCancelled();

    auto socket = connectTcp(settings.host, settings.port, settings.connectTimeout, m_cancelled);
    if (!socket)
        return socket.error();

    m_session.reset(ssh_new());
    if (!m_session)
        return makeError(ErrorCode::SshProtocolError, QStringLiteral("libssh is out of memory."),
                         {});
    if (Status configured = configureSession(settings); !configured)
        return configured;

    if (!setSessionTimeout(settings.connectTimeout))
        return refusedSetting("timeout");
    {
        std::lock_guard<std::mutex> lock(m_fdMutex);
        m_fd = socket->get();
        m_fdIdentity = socketIdentity(m_fd);
    }
    socket_t fd = socket->release(); // closed by disconnect()
    if (ssh_options_set(m_session.get(), SSH_OPTIONS_FD, &fd) != SSH_OK)
        return refusedSetting("socket");
    if (m_cancelled.load()) {
        disconnect();
        return connectingCancelled();
    }
    if (Status shookHands = handshake(settings); !shookHands)
        return shookHands;

    Status verified = verifyHostKey(settings);
    if (!verified)
        disconnect();
    return verified;
}

Error SshConnection::refusedSetting(const char *setting)
{
    Error e = libsshRefused(QLatin1String(setting));
    disconnect();
    return e;
}

Status SshConnection::configureSession(const ConnectionSettings &settings)
{
    ssh_session s = m_session.get();
    // Nothing from ~/.ssh/config may change how we verify or authenticate.
    int no = 0;
    if (ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no) != SSH_OK)
        return refusedSetting("ignore-~/.ssh/config");
    const QByteArray host = settings.host.toUtf8();
    unsigned int port = settings.port;
    const QByteArray user = settings.user.toUtf8();
    if (ssh_options_set(s, SSH_OPTIONS_HOST, host.constData()) != SSH_OK ||
        ssh_options_set(s, SSH_OPTIONS_PORT, &port) != SSH_OK) {
        return sessionError(ErrorCode::InvalidInput,
                            QObject::tr("The server address %1 is not valid.").arg(settings.host),
                            QObject::tr("Enter a host name or an IP address."));
    }
    if (settings.user.isEmpty() ||
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData()) != SSH_OK) {
        return sessionError(ErrorCode::InvalidInput,
                            QObject::tr("The login name \"%1\" is not valid.").arg(settings.user),
                            QObject::tr("Enter the user name you log in to the server with."));
    }

    const QString knownHosts =
        settings.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : settings.knownHostsFile;
    const QString readOnlyKnownHosts =
        settings.useOpenSshKnownHosts ? openSshKnownHostsFile() : knownHosts;
    if (ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(knownHosts).constData()) !=
            SSH_OK ||
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS,
                        QFile::encodeName(readOnlyKnownHosts).constData()) != SSH_OK)
        return refusedSetting("known-hosts file");
    return {};
}

Status SshConnection::handshake(const ConnectionSettings &settings)
{
    ssh_session s = m_session.get();
    QElapsedTimer handshakeClock;
    handshakeClock.start();
    if (ssh_connect(s) == SSH_OK)
        return {};
    // A server that never greets (a stuck sshd, a port that waits for its client to speak
    // first) differs from one that greets and then fails: libssh waited the whole timeout.
    const bool silent = ssh_get_serverbanner(s) == nullptr &&
                        handshakeClock.elapsed() >= settings.connectTimeout.count();
    Error e = handshakeError(settings, silent);
    disconnect();
    return e;
}

Error SshConnection::handshakeError(const ConnectionSettings &settings, bool silent) const
{
    if (m_cancelled.load())
        return connectingCancelled();
    if (silent) {
        return sessionError(
            ErrorCode::ConnectionTimedOut,
            QObject::tr("%1 port %2 accepted the connection but sent "
                        "no SSH greeting within %3 s.")
                .arg(settings.host)
                .arg(settings.port)
                .arg(QString::number(std::chrono::duration<double>(settings.connectTimeout).count(),
                                     'g', 3)),
            QObject::tr("Check that this port belongs to an SSH "
                        "server (not a web server or database), "
                        "and that the server is not overloaded."));
    }
    return sessionError(ErrorCode::SshProtocolError,
                        QObject::tr("%1 port %2 accepted the connection but the "
                                    "SSH handshake failed.")
                            .arg(settings.host)
                            .arg(settings.port),
                        QObject::tr("Check that this port belongs to an SSH "
                                    "server (not a web server or database)."));
}

Status SshConnection::verifyHostKey(const ConnectionSettings &settings)
{
    ssh_session s = m_session.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK) {
        return sessionError(ErrorCode::SshProtocolError,
                            QObject::tr("The server did not present a host key."), {});
    }
    const KeyHandle key(rawKey);
    m_hostKey.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    m_hostKey.fingerprint = sha256Fingerprint(key.get());
    if (m_hostKey.fingerprint.isEmpty()) {
        return sessionError(ErrorCode::SshProtocolError,
                            QObject::tr("Could not compute the host key fingerprint."), {});
    }

    const QString knownHosts =
        settings.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : settings.knownHostsFile;
    QStringList files{knownHosts};
    if (settings.useOpenSshKnownHosts)
        files << openSshKnownHostsFile();

    const KnownHostsVerdict verdict = classifyKnownHosts(ssh_session_is_known_server(s));
    m_hostKey.status = hostKeyStatus(verdict);
    if (m_hostKey.status == HostKeyStatus::Changed)
        m_hostKey.savedKeys = knownHostKeys(files, settings.host, settings.port);
    const auto decision = decideHostKeyTrust(m_hostKey, verdict, settings.hostKeyTrust, files);
    if (!decision) {
        Error e = decision.error();
        if (verdict == KnownHostsVerdict::Unreadable)
            e.detail = QString::fromUtf8(ssh_get_error(s)); // which file, and why
        if (e.code == ErrorCode::HostKeyChanged) {
            // The remedy names the files that hold the stale entry, so a front end can give
            // the exact command that removes it (the app's own file, ~/.ssh/known_hosts, or both).
            QStringList values{knownHostsName(settings.host, settings.port)};
            for (const QString &file : files)
                if (!knownHostKeys({file}, settings.host, settings.port).empty())
                    values << file;
            e.remedy = Remedy{RemedyKind::ForgetChangedHostKey, values};
        }
        return e;
    }
    if (decision.value() != HostKeyAcceptance::Save)
        return {};

    // The line is libssh's (its host name and key format match what it looks up later); the
    // writing is ours, so that a failure says why and the folder is created first.
    char *rawEntry = nullptr;
    if (ssh_session_export_known_hosts_entry(s, &rawEntry) != SSH_OK) {
        return hostKeyNotSaved(knownHosts, QString::fromUtf8(ssh_get_error(s)));
    }
    const CStringHandle entry(rawEntry);
    if (Status saved = appendKnownHostsEntry(knownHosts, QByteArray(entry.get())); !saved)
        return saved;
    m_hostKey.savedNow = true;
    return {};
}

} // namespace stitch::ssh
