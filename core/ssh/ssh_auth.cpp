// Authentication: password (+ keyboard-interactive), key file, ssh-agent.
#include "ssh_connection.h"

#include <QObject>

#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

namespace stitch::ssh {

namespace {

QStringList methodNames(int mask)
{
    QStringList names;
    if (mask & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (mask & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (mask & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (mask & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    if (mask & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    return names;
}

// libssh would otherwise prompt on the terminal for an encrypted PEM key's passphrase.
int refusePrompt(const char *, char *, size_t, int, int, void *)
{
    return -1;
}

} // namespace

Status SshConnection::authenticate(const ConnectionSettings &settings,
                                   const Credentials &credentials)
{
    if (!isConnected())
        return makeError(ErrorCode::ConnectionLost, QObject::tr("Not connected."),
                         QObject::tr("Connect first."));
    if (Status t = setSessionTimeout(settings.authTimeout); !t)
        return t;
    ssh_session s = m_session.get();
    // "none" first: it is how the server tells which methods it accepts.
    const int none = ssh_userauth_none(s, nullptr);
    if (none == SSH_AUTH_SUCCESS) {
        m_authMethodUsed = QStringLiteral("none");
        return {};
    }
    if (none == SSH_AUTH_ERROR)
        return lostOrCancelled(QStringLiteral("login"));
    m_offeredMethods = methodNames(ssh_userauth_list(s, nullptr));

    Status result;
    switch (settings.authMethod) {
    case AuthMethod::Password:
        result = authWithPassword(settings, credentials);
        break;
    case AuthMethod::KeyFile:
        result = authWithKeyFile(settings, credentials);
        break;
    case AuthMethod::Agent:
        result = authWithAgent(settings);
        break;
    }
    // Logged in or not, later calls must not run with the (shorter) login timeout.
    if (Status t = setSessionTimeout(m_commandTimeout); !t && result)
        return t;
    return result;
}

Status SshConnection::authWithPassword(const ConnectionSettings &settings,
                                       const Credentials &credentials)
{
    ssh_session s = m_session.get();
    const auto denied = [&] {
        return makeError(ErrorCode::AuthenticationFailed,
                         QObject::tr("The server refused the password for %1. The server "
                                     "offers: %2.")
                             .arg(settings.user, m_offeredMethods.join(QStringLiteral(", "))),
                         QObject::tr("Check the user name and password (they are case "
                                     "sensitive), or log in with a key."));
    };
    if (credentials.password.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QObject::tr("No password was given."),
                         QObject::tr("Enter the password, or choose key or agent login."));
    }
    if (m_offeredMethods.contains(QStringLiteral("password"))) {
        const int rc = ssh_userauth_password(s, nullptr, credentials.password.data());
        if (rc == SSH_AUTH_SUCCESS) {
            m_authMethodUsed = QStringLiteral("password");
            return {};
        }
        if (rc == SSH_AUTH_ERROR)
            return lostOrCancelled(QStringLiteral("login"));
    }
    if (!m_offeredMethods.contains(QStringLiteral("keyboard-interactive"))) {
        if (m_offeredMethods.contains(QStringLiteral("password")))
            return denied();
        return makeError(ErrorCode::AuthenticationFailed,
                         QObject::tr("The server does not accept passwords for %1. It "
                                     "offers: %2.")
                             .arg(settings.user, m_offeredMethods.join(QStringLiteral(", "))),
                         QObject::tr("Log in with a private key file or ssh-agent instead."));
    }
    // Keyboard-interactive (PAM): answer hidden prompts with the password. Bounded rounds so a
    // server that keeps asking cannot loop us forever.
    int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    for (int round = 0; rc == SSH_AUTH_INFO && round < 4; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(s);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            ssh_userauth_kbdint_getprompt(s, static_cast<unsigned int>(i), &echo);
            const char *answer = echo ? "" : credentials.password.data();
            // An unanswered prompt would be sent empty: a wrong password, and a lockout count.
            if (ssh_userauth_kbdint_setanswer(s, static_cast<unsigned int>(i), answer) < 0)
                return libsshRefused(QStringLiteral("keyboard-interactive answer"));
        }
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    }
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethodUsed = QStringLiteral("keyboard-interactive");
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return lostOrCancelled(QStringLiteral("login"));
    return denied();
}

Status SshConnection::authWithKeyFile(const ConnectionSettings &settings,
                                      const Credentials &credentials)
{
    const QString path = settings.identityFile;
    QFile file(path);
    const QString chooseKey = QObject::tr("Use the private key file you log in with (for "
                                          "example ~/.ssh/id_ed25519).");
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return withRemedy(
            makeError(
                ErrorCode::KeyFileUnreadable,
                QObject::tr("The private key file %1 cannot be read%2.")
                    .arg(path.isEmpty() ? QStringLiteral("(none chosen)") : path,
                         path.isEmpty() ? QString() : QStringLiteral(": ") + file.errorString()),
                chooseKey),
            RemedyKind::ChooseKeyFile);
    }
    const QByteArray head = file.read(4096);
    file.close();
    if (head.isEmpty()) {
        return withRemedy(makeError(ErrorCode::KeyFileUnreadable,
                                    QObject::tr("The private key file %1 is empty.").arg(path),
                                    chooseKey),
                          RemedyKind::ChooseKeyFile);
    }
    if (head.startsWith("PuTTY-User-Key-File")) {
        return makeError(
            ErrorCode::KeyFileUnreadable,
            QObject::tr("%1 is a PuTTY .ppk key, which cannot be used directly.").arg(path),
            QObject::tr("In PuTTYgen, load it and use Conversions → Export "
                        "OpenSSH key, then use the exported file."));
    }
    if (!head.contains("PRIVATE KEY-----")) {
        return makeError(ErrorCode::KeyFileUnreadable,
                         QObject::tr("%1 is not a private key file.").arg(path),
                         QObject::tr("Use the private key (the file without .pub)."));
    }

    ssh_key rawKey = nullptr;
    const char *passphrase =
        credentials.keyPassphrase.isEmpty() ? nullptr : credentials.keyPassphrase.data();
    const int imported = ssh_pki_import_privkey_file(QFile::encodeName(path).constData(),
                                                     passphrase, refusePrompt, nullptr, &rawKey);
    const KeyHandle key(rawKey);
    if (imported != SSH_OK) {
        // libssh reports a wrong and a missing passphrase the same way.
        if (passphrase == nullptr) {
            return withRemedy(
                makeError(ErrorCode::KeyPassphraseWrong,
                          QObject::tr("The private key %1 is protected by a passphrase.").arg(path),
                          QObject::tr("Give the key's passphrase.")),
                RemedyKind::GiveKeyPassphrase, {path});
        }
        return withRemedy(
            makeError(ErrorCode::KeyPassphraseWrong,
                      QObject::tr("The passphrase for the private key %1 is wrong.").arg(path),
                      QObject::tr("Check the passphrase (it is case sensitive).")),
            RemedyKind::CheckKeyPassphrase, {path});
    }
    const int rc = ssh_userauth_publickey(m_session.get(), nullptr, key.get());
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethodUsed = QStringLiteral("publickey");
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return lostOrCancelled(QStringLiteral("login"));
    return makeError(ErrorCode::AuthenticationFailed,
                     QObject::tr("The server refused the key %1 for %2. The server offers: %3.")
                         .arg(path, settings.user, m_offeredMethods.join(QStringLiteral(", "))),
                     QObject::tr("Check that the key's public half is in ~%1/.ssh/"
                                 "authorized_keys on the server, or log in with a password.")
                         .arg(settings.user));
}

Status SshConnection::authenticateWithKey(const ConnectionSettings &settings, ssh_key key)
{
    if (!isConnected())
        return makeError(ErrorCode::ConnectionLost, QObject::tr("Not connected."),
                         QObject::tr("Connect first."));
    if (Status t = setSessionTimeout(settings.authTimeout); !t)
        return t;
    const int rc = ssh_userauth_publickey(m_session.get(), nullptr, key);
    if (Status t = setSessionTimeout(m_commandTimeout); !t && rc == SSH_AUTH_SUCCESS)
        return t;
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethodUsed = QStringLiteral("publickey");
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return lostOrCancelled(QStringLiteral("login"));
    return makeError(ErrorCode::AuthenticationFailed,
                     QObject::tr("The server refused the key for %1.").arg(settings.user),
                     QObject::tr("Check the findings of the tunnel user step."));
}

Status SshConnection::authWithAgent(const ConnectionSettings &settings)
{
#ifdef Q_OS_WIN
    Q_UNUSED(settings)
    return makeError(ErrorCode::AgentUnavailable,
                     QObject::tr("Logging in with ssh-agent is not available on Windows."),
                     QObject::tr("Choose a key file or a password."));
#else
    if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
        return makeError(ErrorCode::AgentUnavailable,
                         QObject::tr("No ssh-agent is running for this session "
                                     "(SSH_AUTH_SOCK is not set)."),
                         QObject::tr("Start ssh-agent and add your key with ssh-add, or "
                                     "choose a key file."));
    }
    const int rc = ssh_userauth_agent(m_session.get(), nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethodUsed = QStringLiteral("agent");
        return {};
    }
    if (rc == SSH_AUTH_ERROR && m_cancelled.load())
        return lostOrCancelled(QStringLiteral("login"));
    return makeError(ErrorCode::AuthenticationFailed,
                     QObject::tr("The server accepted none of the keys in ssh-agent for %1. "
                                 "The server offers: %2.")
                         .arg(settings.user, m_offeredMethods.join(QStringLiteral(", "))),
                     QObject::tr("Add the right key with ssh-add, or choose a key file or "
                                 "password."));
#endif
}

} // namespace stitch::ssh
