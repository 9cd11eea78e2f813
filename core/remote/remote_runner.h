#pragma once

#include "common/result.h"
#include "common/secret.h"
#include "ssh/exec_result.h"
#include "transcript.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace stitch::ssh {
class CommandChannel;
class SshConnection;
} // namespace stitch::ssh

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
// transcript. The sudo password only ever travels on stdin, once, after a prompt that is unique
// to this runner; it never appears in a command line, environment or transcript.
//
// Privileged scripts run in one root shell on one channel: a single sudo authentication, then
// each script is one round trip (sent base64-framed on the shell's stdin, answered with a status
// line). The shell stays until endPrivilegedShell(); the next privileged script starts a new one.
class RemoteRunner
{
public:
    RemoteRunner(ssh::SshConnection &connection, Transcript &transcript, QString loginUser);
    ~RemoteRunner();

    // What establishPrivilegeAndRun() learnt, and what its first privileged script printed.
    struct FirstRun
    {
        PrivilegeInfo privilege;
        ssh::ExecResult result; // of the script, as root; empty when no script was given
    };

    // One round trip: finds out whether we are root, or may use sudo (with or without the
    // password). Wrong password, not in sudoers and requiretty each give their own error.
    // Leaves no privileged shell open.
    Result<PrivilegeInfo> establishPrivilege(const Secret &sudoPassword);
    // The same round trip, which then runs `script` as root (the privileged shell stays open for
    // the scripts that follow). The script's own failure is in FirstRun::result, not an error.
    Result<FirstRun> establishPrivilegeAndRun(const Secret &sudoPassword, const QString &label,
                                              const QString &script);

    Result<ssh::ExecResult> run(const QString &label, const QString &script,
                                const QByteArray &stdinData = {});
    // Requires establishPrivilege() to have succeeded.
    Result<ssh::ExecResult> runPrivileged(const QString &label, const QString &script,
                                          const QByteArray &stdinData = {});
    // Closes the privileged shell (its sudo session ends with it).
    void endPrivilegedShell();
    bool hasPrivilegedShell() const { return m_shell != nullptr; }

private:
    using Runner = std::function<Result<ssh::ExecResult>()>;
    Result<ssh::ExecResult> execute(const QString &label, const QString &shownScript,
                                    bool privileged, const Secret &secret, const Runner &runner);
    // Starts the privileged shell with `script` as its first script; the privilege lines it
    // prints come first in the result's stdout.
    Result<ssh::ExecResult> startShell(const Secret &sudoPassword, const QString &script,
                                       const QByteArray &stdinData, bool *prompted);
    Result<ssh::ExecResult> runInShell(const QString &script, const QByteArray &stdinData);
    QByteArray frame(const QString &script, const QByteArray &stdinData) const;
    QByteArray endMarker() const; // "<marker> <exit status>" ends each reply
    QByteArray statusTag() const; // starts each status line of the shell ("…privilege: root")
    std::chrono::seconds scriptTimeLimit() const;
    std::chrono::milliseconds replyTimeout() const;
    static constexpr std::chrono::seconds kKillAfter{2}; // from TERM to KILL
    QString shellLoop(bool sudo) const;
    QString sudoIntoShellLoop(bool withPassword) const; // the outer script's sudo part

    ssh::SshConnection &m_connection;
    Transcript &m_transcript;
    QString m_loginUser;
    QByteArray m_nonce;
    QByteArray m_prompt;
    std::optional<PrivilegeInfo> m_privilege;
    Secret m_sudoPassword;
    std::unique_ptr<ssh::CommandChannel> m_shell;
};

} // namespace stitch::remote
