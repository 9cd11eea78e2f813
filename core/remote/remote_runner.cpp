#include "remote_runner.h"

#include "common/shell_quote.h"
#include "ssh/ssh_connection.h"
#include "sudo_output.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace stitch::remote {

namespace {
QByteArray makeUniquePrompt()
{
    const quint64 nonce = QRandomGenerator::system()->generate64();
    return QByteArrayLiteral("[stitch-tunnel-sudo-") + QByteArray::number(nonce, 16) +
           QByteArrayLiteral("]");
}
} // namespace

QString PrivilegeInfo::describe() const
{
    switch (mode) {
    case PrivilegeMode::Root:
        return QStringLiteral("root login");
    case PrivilegeMode::SudoNoPassword:
        return QStringLiteral("sudo without password (as %1)").arg(loginUser);
    case PrivilegeMode::SudoWithPassword:
        return QStringLiteral("sudo with password (as %1)").arg(loginUser);
    }
    return {};
}

RemoteRunner::RemoteRunner(ssh::SshConnection &connection, Transcript &transcript,
                           QString loginUser)
    : m_connection(connection), m_transcript(transcript), m_loginUser(std::move(loginUser)),
      m_prompt(makeUniquePrompt())
{
}

QString RemoteRunner::sudoCommandLine(const QString &script) const
{
    // -k: always ask, so a cached sudo ticket cannot make our password line spill into the
    // command's stdin; -S: read it from stdin; -p: a prompt we can strip and recognise.
    return QStringLiteral("sudo -k -S -p '%1' -- %2")
        .arg(QString::fromLatin1(m_prompt), shCommandLine(script));
}

Result<PrivilegeInfo> RemoteRunner::establishPrivilege(const Secret &sudoPassword)
{
    auto first = establishPrivilegeAndRun(sudoPassword, QString(), QString());
    if (!first)
        return first.error();
    return first->privilege;
}

Result<RemoteRunner::FirstRun> RemoteRunner::establishPrivilegeAndRun(const Secret &sudoPassword,
                                                                      const QString &label,
                                                                      const QString &script)
{
    if (sudoPassword.bytes().contains('\n') || sudoPassword.bytes().contains('\0')) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The sudo password contains a line break."),
                         QStringLiteral("Enter the password on one line."));
    }
    m_privilege.reset();
    // As root: the marker, then the script with stdin closed. Without a password prompt
    // (root, NOPASSWD) our password line is still unread on stdin; the script must never see it.
    QString asRoot = QStringLiteral("echo \"stitch-privilege: sudo $(id -u)\"\n");
    if (!script.isEmpty())
        asRoot += QStringLiteral("exec </dev/null\n") + shCommandLine(script) + QLatin1Char('\n');
    const QString check =
        QStringLiteral("echo \"stitch-ssh-connection: $SSH_CONNECTION\"\n"
                       "if [ \"$(id -u)\" = 0 ]; then echo 'stitch-privilege: root'; %2fi\n"
                       "if ! command -v sudo >/dev/null 2>&1; then\n"
                       "  echo 'stitch-privilege: no-sudo'; exit 0\n"
                       "fi\n"
                       "exec sudo -k -S -p '%1' -- %3\n")
            .arg(QString::fromLatin1(m_prompt),
                 script.isEmpty()
                     ? QStringLiteral("exit 0; ")
                     : QStringLiteral("exec </dev/null; exec %1; ").arg(shCommandLine(script)),
                 shCommandLine(asRoot));
    // The transcript shows the readable script, not its base64 travel form.
    const QString shown =
        script.isEmpty() ? check : check + QStringLiteral("# … then, as root:\n") + script;
    QByteArray input;
    if (!sudoPassword.isEmpty())
        input = sudoPassword.bytes() + '\n';
    bool prompted = false;
    const QString entryLabel = label.isEmpty()
                                   ? QStringLiteral("Check administrator rights")
                                   : QStringLiteral("Check administrator rights; %1").arg(label);
    auto result =
        execute(entryLabel, shown, shCommandLine(check), input, false, &sudoPassword, &prompted);
    secureWipe(input.data(), static_cast<std::size_t>(input.size()));
    if (!result)
        return result.error();

    const QByteArray out = result->stdOut;
    FirstRun first;
    PrivilegeInfo &info = first.privilege;
    info.loginUser = m_loginUser;
    // The privilege lines come first; whatever follows the "stitch-privilege:" line is the
    // script's own output.
    qsizetype scriptStart = -1;
    for (qsizetype pos = 0; pos < out.size() && scriptStart < 0;) {
        qsizetype eol = out.indexOf('\n', pos);
        if (eol < 0)
            eol = out.size();
        const QByteArray line = out.mid(pos, eol - pos);
        if (line.startsWith("stitch-ssh-connection: "))
            info.sshConnection = QString::fromUtf8(line.mid(23)).trimmed();
        else if (line.startsWith("stitch-privilege: "))
            scriptStart = eol + 1;
        pos = eol + 1;
    }
    const QByteArray privilegeLines = scriptStart < 0 ? out : out.left(scriptStart);
    if (privilegeLines.contains("stitch-privilege: root")) {
        info.mode = PrivilegeMode::Root;
    } else if (privilegeLines.contains("stitch-privilege: no-sudo")) {
        return makeError(ErrorCode::SudoMissing,
                         QStringLiteral("%1 is not root and sudo is not installed on the server. "
                                        "Nothing was changed.")
                             .arg(m_loginUser),
                         QStringLiteral("Install sudo on the server (as root: apt-get install "
                                        "sudo / dnf install sudo), or log in as root."));
    } else if (privilegeLines.contains("stitch-privilege: sudo 0")) {
        info.mode = prompted ? PrivilegeMode::SudoWithPassword : PrivilegeMode::SudoNoPassword;
    } else {
        if (auto sudoError = classifySudoFailure(result->stdErr, m_loginUser))
            return *sudoError;
        return makeError(ErrorCode::RemoteCommandFailed,
                         QStringLiteral("Could not find out whether %1 may use sudo (exit status "
                                        "%2).")
                             .arg(m_loginUser)
                             .arg(result->exitStatus),
                         QStringLiteral("See the transcript for the server's answer."));
    }
    m_privilege = info;
    m_sudoPassword = info.mode == PrivilegeMode::SudoWithPassword ? sudoPassword.clone() : Secret();
    if (!script.isEmpty()) {
        first.result = result.value();
        first.result.stdOut = out.mid(scriptStart);
    }
    return first;
}

Result<ssh::ExecResult> RemoteRunner::run(const QString &label, const QString &script,
                                          const QByteArray &stdinData)
{
    return execute(label, script, shCommandLine(script), stdinData, false, &m_sudoPassword);
}

Result<ssh::ExecResult> RemoteRunner::runPrivileged(const QString &label, const QString &script,
                                                    const QByteArray &stdinData)
{
    if (!m_privilege) {
        return makeError(ErrorCode::SudoPasswordRequired,
                         QStringLiteral("Administrator rights were not confirmed yet."),
                         QStringLiteral("Connect and check privileges first."));
    }
    if (m_privilege->mode == PrivilegeMode::Root)
        return execute(label, script, shCommandLine(script), stdinData, true, &m_sudoPassword);

    QByteArray input;
    if (m_privilege->mode == PrivilegeMode::SudoWithPassword)
        input = m_sudoPassword.bytes() + '\n';
    input += stdinData;
    auto result = execute(label, script, sudoCommandLine(script), input, true, &m_sudoPassword);
    secureWipe(input.data(), static_cast<std::size_t>(input.size()));
    if (result && result->exitStatus != 0) {
        if (auto sudoError = classifySudoFailure(result->stdErr, m_loginUser))
            return *sudoError;
    }
    return result;
}

Result<ssh::ExecResult> RemoteRunner::execute(const QString &label, const QString &script,
                                              const QString &commandLine,
                                              const QByteArray &stdinData, bool privileged,
                                              const Secret *redact, bool *promptSeen)
{
    TranscriptEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.label = label;
    entry.script = script;
    entry.privileged = privileged;
    QElapsedTimer clock;
    clock.start();
    auto result = m_connection.exec(commandLine, stdinData);
    entry.elapsedMs = clock.elapsed();
    if (result) {
        if (promptSeen)
            *promptSeen = result->stdErr.contains(m_prompt);
        result->stdErr = stripSudoPrompt(result->stdErr, m_prompt);
        // Defence in depth: a script that echoes its stdin must not leak the password.
        if (redact && !redact->isEmpty()) {
            result->stdOut.replace(redact->bytes(), QByteArrayLiteral("[redacted]"));
            result->stdErr.replace(redact->bytes(), QByteArrayLiteral("[redacted]"));
        }
        entry.exitStatus = result->exitStatus;
        entry.stdOut = QString::fromUtf8(result->stdOut);
        entry.stdErr = QString::fromUtf8(result->stdErr);
    } else {
        entry.error = result.error().oneLine();
    }
    m_transcript.append(std::move(entry));
    return result;
}

} // namespace stitch::remote
