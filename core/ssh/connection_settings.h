#pragma once

#include "common/secret.h"

#include <QString>

#include <chrono>

namespace stitch::ssh {

enum class AuthMethod
{
    Password, // password, then keyboard-interactive answered with the same password
    KeyFile,  // private key file, with an optional passphrase
    Agent,    // keys held by ssh-agent (SSH_AUTH_SOCK)
};

// libssh 0.10 talks to ssh-agent only over a Unix socket: on Windows it has no agent login at
// all (no Pageant), so the front ends do not offer it there.
constexpr bool agentLoginAvailable()
{
#ifdef Q_OS_WIN
    return false;
#else
    return true;
#endif
}

enum class UnknownHostKeyAction
{
    Reject,        // stop with HostKeyUnknown so the caller can ask the user
    AcceptOnce,    // trust for this connection only
    AcceptAndSave, // trust and remember in the app's known-hosts file
};

struct HostKeyTrust
{
    UnknownHostKeyAction unknownAction = UnknownHostKeyAction::Reject;
    // "SHA256:…" the user got from the server's owner. When set, an unknown key is accepted
    // only if it matches (and then saved unless AcceptOnce).
    QString expectedFingerprint;
};

// Everything needed to reach and log in to the SSH server, except secrets.
struct ConnectionSettings
{
    QString host;
    quint16 port = 22;
    QString user;
    AuthMethod authMethod = AuthMethod::Password;
    QString identityFile;

    // Empty: the app's own file under the platform's app-data folder.
    QString knownHostsFile;
    // Also trust (never write) the user's OpenSSH known-hosts file.
    bool useOpenSshKnownHosts = true;
    HostKeyTrust hostKeyTrust;

    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds authTimeout{20000};
    std::chrono::milliseconds commandTimeout{120000};
};

// Secrets for one connection; move-only, wiped on destruction.
struct Credentials
{
    Secret password;      // login password (AuthMethod::Password)
    Secret keyPassphrase; // passphrase of identityFile, may be empty
    Secret sudoPassword;  // empty: sudo without password, or root login

    Credentials clone() const // secrets are move-only: an explicit copy
    {
        return Credentials{password.clone(), keyPassphrase.clone(), sudoPassword.clone()};
    }
};

} // namespace stitch::ssh
