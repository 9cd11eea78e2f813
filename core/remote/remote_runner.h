#pragma once

#include "common/result.h"
#include "common/secret.h"
#include "ssh/exec_result.h"
#include "transcript.h"

#include <QString>

namespace stitch::ssh {
class SshConnection;
}

namespace stitch::remote {

enum class PrivilegeMode
{
    Root,             // logged in as root
    SudoNoPassword,   // sudo without a password (NOPASSWD)
    SudoWithPassword, // sudo, password fed on stdin
};

struct PrivilegeInfo
{
    PrivilegeMode mode = PrivilegeMode::Root;
    QString loginUser;
    QString sshConnection; // $SSH_CONNECTION: "client-ip client-port server-ip server-port"
    QString describe() const;
    QString clientAddress() const { return sshConnection.section(QLatin1Char(' '), 0, 0); }
};

// Runs POSIX sh scripts on the server, as the login user or as root, and records each in the
// transcript. The sudo password only ever travels on the command's stdin, after a prompt that
// is unique to this runner; it never appears in a command line, environment or transcript.
class RemoteRunner
{
public:
    RemoteRunner(ssh::SshConnection &connection, Transcript &transcript, QString loginUser);

    // What establishPrivilegeAndRun() learnt, and what its first privileged script printed.
    struct FirstRun
    {
        PrivilegeInfo privilege;
        ssh::ExecResult result; // of the script, as root; empty when no script was given
    };

    // One round trip: finds out whether we are root, or may use sudo (with or without the
    // password). Wrong password, not in sudoers and requiretty each give their own error.
    Result<PrivilegeInfo> establishPrivilege(const Secret &sudoPassword);
    // The same round trip, which then runs `script` as root (saves a channel and a sudo
    // authentication). The script's own failure is in FirstRun::result, not an error.
    Result<FirstRun> establishPrivilegeAndRun(const Secret &sudoPassword, const QString &label,
                                              const QString &script);

    Result<ssh::ExecResult> run(const QString &label, const QString &script,
                                const QByteArray &stdinData = {});
    // Requires establishPrivilege() to have succeeded.
    Result<ssh::ExecResult> runPrivileged(const QString &label, const QString &script,
                                          const QByteArray &stdinData = {});

    const QByteArray &sudoPrompt() const { return m_prompt; }

private:
    Result<ssh::ExecResult> execute(const QString &label, const QString &script,
                                    const QString &commandLine, const QByteArray &stdinData,
                                    bool privileged, const Secret *redact,
                                    bool *promptSeen = nullptr);
    QString sudoCommandLine(const QString &script) const;

    ssh::SshConnection &m_connection;
    Transcript &m_transcript;
    QString m_loginUser;
    QByteArray m_prompt;
    std::optional<PrivilegeInfo> m_privilege;
    Secret m_sudoPassword;
};

} // namespace stitch::remote
