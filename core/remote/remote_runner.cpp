#include "remote_runner.h"

#include <QObject>

#include "common/shell_quote.h"
#include "ssh/ssh_connection.h"
#include "sudo_output.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace stitch::remote {

namespace {

QByteArray makeNonce()
{
    return QByteArray::number(QRandomGenerator::system()->generate64(), 16);
}

// The status lines come first, each "TAG ssh-connection: …" or "TAG privilege: …" with this
// run's random TAG anywhere in its line (a login shell may have printed a title escape or a
// banner without a line break before it). Returns where the script's own output starts (after
// the privilege line), or -1 when the shell never got that far; `privilege` gets its value.
qsizetype parseStatusLines(const QByteArray &out, const QByteArray &tag, PrivilegeInfo *info,
                           QByteArray *privilege)
{
    for (qsizetype pos = 0; pos < out.size();) {
        qsizetype eol = out.indexOf('\n', pos);
        if (eol < 0)
            eol = out.size();
        const QByteArray line = out.mid(pos, eol - pos);
        const qsizetype at = line.indexOf(tag);
        const QByteArray status = at < 0 ? QByteArray() : line.mid(at + tag.size());
        if (status.startsWith("ssh-connection: ")) {
            info->sshConnection = QString::fromUtf8(status.mid(16)).trimmed();
        } else if (status.startsWith("privilege: ")) {
            *privilege = status.mid(11).trimmed();
            return eol + 1;
        }
        pos = eol + 1;
    }
    return -1;
}

// timeout(1)'s answers in the privileged shell: 124 (stopped by TERM), 137 (by KILL).
bool stoppedByTimeLimit(const ssh::ExecResult &result)
{
    return result.exitSignal.isEmpty() && (result.exitStatus == 124 || result.exitStatus == 137);
}

void redact(ssh::ExecResult &result, const Secret &secret)
{
    // Defence in depth: a script that echoes its stdin must not leak the password. Replacing
    // each occurrence would show where a password that equals ordinary output ("root", a
    // user name) stands; so a stream that contains it is withheld whole.
    if (secret.isEmpty())
        return;
    for (QByteArray *stream : {&result.stdOut, &result.stdErr}) {
        if (stream->contains(secret.bytes())) {
            secureWipe(stream->data(), static_cast<std::size_t>(stream->size()));
            *stream = QByteArrayLiteral("[output withheld: it could contain a password]\n");
        }
    }
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
      m_nonce(makeNonce()),
      // Ends its line, so the status line that follows on stderr starts one of its own.
      m_prompt(QByteArrayLiteral("[stitch-tunnel-sudo-") + m_nonce + QByteArrayLiteral("]\n"))
{
}

RemoteRunner::~RemoteRunner() = default;

QString RemoteRunner::shellLoop(bool sudo) const
{
    // As root: each framed script runs in a /bin/sh of its own (nothing carries over from one
    // script to the next) and is answered by a status line on both streams. Under sudo with a
    // password the frames come through the FIFO named in $1 (sudo's own stdin held only the
    // password); anything that is not a frame is skipped. The server stops a script that runs
    // past the command timeout (timeout(1) ends its whole process group, so a hung ufw or
    // useradd does not outlive it as root) and answers 124; the shell stays usable.
    QString loop;
    if (sudo)
        loop = QStringLiteral("echo \"%1privilege: sudo $(id -u)\"\n"
                              "[ \"$(id -u)\" = 0 ] || exit 1\n"
                              "if [ -n \"$1\" ]; then exec <\"$1\" || exit 1; fi\n")
                   .arg(QString::fromLatin1(statusTag()));
    loop += QStringLiteral(R"SH(_stitch_end='@@stitch-end-%1'; _stitch_run='@@stitch-run-%1 '
_stitch_exec() {
  if command -v timeout >/dev/null 2>&1; then
    timeout -k %3 %2 /bin/sh -c "$_stitch_script"
  else /bin/sh -c "$_stitch_script"; fi
}
while IFS= read -r _stitch_frame; do
  case "$_stitch_frame" in "$_stitch_run"*) ;; *) continue;; esac
  _stitch_rest=${_stitch_frame#"$_stitch_run"}
  _stitch_in=; case "$_stitch_rest" in *' '*) _stitch_in=${_stitch_rest#* };; esac
  _stitch_script=$(printf '%s' "${_stitch_rest%% *}" | base64 -d) ||
    _stitch_script='echo "error script.damaged the script did not arrive intact" >&2; exit 70'
  if [ -n "$_stitch_in" ]; then printf '%s' "$_stitch_in" | base64 -d | _stitch_exec
  else _stitch_exec </dev/null; fi
  _stitch_rc=$?
  echo "$_stitch_end $_stitch_rc"; echo "$_stitch_end $_stitch_rc" >&2
done
)SH")
                .arg(QString::fromLatin1(m_nonce), QString::number(scriptTimeLimit().count()),
                     QString::number(kKillAfter.count()));
    return loop;
}

std::chrono::seconds RemoteRunner::scriptTimeLimit() const
{
    return std::chrono::ceil<std::chrono::seconds>(m_connection.commandTimeout());
}

std::chrono::milliseconds RemoteRunner::replyTimeout() const
{
    // The server's own limit fires first, so we get its answer and keep the shell; ours only
    // catches a server that stopped answering altogether.
    return scriptTimeLimit() + kKillAfter + std::chrono::seconds(2);
}

QByteArray RemoteRunner::statusTag() const
{
    return QByteArrayLiteral("@@stitch-") + m_nonce + ' ';
}

QByteArray RemoteRunner::endMarker() const
{
    return QByteArrayLiteral("@@stitch-end-") + m_nonce;
}

QByteArray RemoteRunner::frame(const QString &script, const QByteArray &stdinData) const
{
    QByteArray f = QByteArrayLiteral("@@stitch-run-") + m_nonce + ' ' + script.toUtf8().toBase64();
    if (!stdinData.isEmpty())
        f += ' ' + stdinData.toBase64();
    return f + '\n';
}

QString RemoteRunner::sudoIntoShellLoop(bool withPassword) const
{
    // With a password, sudo's stdin is a pipe holding that one line: a wrong password meets end
    // of input after one attempt (no lockout counter burnt on our frames), and sudo cannot read
    // ahead into the scripts. The frames reach the root shell through a FIFO in a private
    // directory instead. -k: always authenticate (never lean on a cached ticket); -p: a prompt
    // we can recognise and strip. Without a password, -n: fail rather than wait for one.
    const QString loop = shCommandLine(shellLoop(true));
    if (!withPassword)
        return QStringLiteral("exec sudo -n -- %1\n").arg(loop);
    return QStringLiteral("IFS= read -r _stitch_pw || exit 1\n"
                          // $TMPDIR may be unusable (full, read-only, gone): then $HOME.
                          "_stitch_dir=$(mktemp -d 2>/dev/null ||"
                          " mktemp -d \"$HOME/.stitch-tunnel.XXXXXX\") &&"
                          " mkfifo \"$_stitch_dir/in\" || exit 1\n"
                          "trap 'rm -rf \"$_stitch_dir\"' EXIT\n"
                          // An asynchronous command's stdin is /dev/null unless given explicitly.
                          "exec 3<&0; cat <&3 >\"$_stitch_dir/in\" & _stitch_cat=$!; exec 3<&-\n"
                          "printf '%s\\n' \"$_stitch_pw\" | sudo -k -S -p '%1' -- %2 stitch "
                          "\"$_stitch_dir/in\"\n"
                          "_stitch_rc=$?; _stitch_pw=\n"
                          "kill \"$_stitch_cat\" 2>/dev/null\n"
                          "exit $_stitch_rc\n")
        .arg(QString::fromLatin1(m_prompt), loop);
}

Result<ssh::ExecResult> RemoteRunner::startShell(const Secret &sudoPassword, const QString &script,
                                                 const QByteArray &stdinData, bool *prompted)
{
    endPrivilegedShell();
    const bool withPassword = !sudoPassword.isEmpty();
    const QString outer =
        // Every status line carries this run's random tag, read wherever it stands in its
        // line: a login shell's startup files may print anything first (a terminal-title
        // escape in .bashrc, without a line break).
        // sudo answers in the session's language (LANG from .bashrc or pam_env); its answers
        // are read here, so it speaks C. (The scripts set LC_ALL=C themselves.)
        QStringLiteral("LC_ALL=C; export LC_ALL; unset LANGUAGE\n"
                       "printf '\\n%3ssh-connection: %s\\n' \"$SSH_CONNECTION\"\n"
                       "if [ \"$(id -u)\" = 0 ]; then echo '%3privilege: root'; exec %1; "
                       "fi\n"
                       "if ! command -v sudo >/dev/null 2>&1; then\n"
                       "  echo '%3privilege: no-sudo'; exit 0\n"
                       "fi\n"
                       "%2")
            .arg(shCommandLine(shellLoop(false)), sudoIntoShellLoop(withPassword),
                 QString::fromLatin1(statusTag()));
    auto channel = m_connection.startCommand(shCommandLine(outer));
    if (!channel)
        return channel.error();
    // One buffer, sized up front: growing it would free a copy of the password unwiped.
    const QByteArray scriptFrame = frame(script, stdinData);
    QByteArray input;
    input.reserve(sudoPassword.bytes().size() + 1 + scriptFrame.size());
    if (withPassword)
        input.append(sudoPassword.bytes()).append('\n');
    input.append(scriptFrame);
    const Status written = channel->write(input);
    secureWipe(input.data(), static_cast<std::size_t>(input.size()));
    if (!written)
        return written.error();
    auto result = channel->read(endMarker(), replyTimeout());
    if (!result)
        return result;
    *prompted = result->stdErr.contains(m_prompt);
    result->stdErr = stripSudoPrompt(result->stdErr, m_prompt);
    if (!channel->hasEnded())
        m_shell = std::make_unique<ssh::CommandChannel>(std::move(channel.value()));
    return result;
}

Result<ssh::ExecResult> RemoteRunner::runInShell(const QString &script, const QByteArray &stdinData)
{
    if (Status s = m_shell->write(frame(script, stdinData)); !s) {
        m_shell.reset();
        return s.error();
    }
    auto result = m_shell->read(endMarker(), replyTimeout());
    if (!result || m_shell->hasEnded())
        m_shell.reset(); // timed out, cancelled, lost, or the shell itself ended
    return result;
}

void RemoteRunner::endPrivilegedShell()
{
    // The loop's read ends, and with it the shell and sudo. A failed EOF means the shell is
    // gone already; reset() closes the channel either way.
    if (m_shell)
        static_cast<void>(m_shell->sendEof());
    m_shell.reset();
}

Result<PrivilegeInfo> RemoteRunner::establishPrivilege(const Secret &sudoPassword)
{
    auto first = establishPrivilegeAndRun(sudoPassword, QString(), QString());
    endPrivilegedShell(); // only a check: no root shell left waiting; runPrivileged starts one
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
                         QObject::tr("The sudo password contains a line break."),
                         QObject::tr("Enter the password on one line."));
    }
    m_privilege.reset();
    bool prompted = false;
    const QString entryLabel = label.isEmpty()
                                   ? QObject::tr("Check administrator rights")
                                   : QObject::tr("Check administrator rights; %1").arg(label);
    const QString shown =
        QStringLiteral("# As %1: who am I, may I use sudo (with the password on stdin)? Then, "
                       "as root:\n%2")
            .arg(m_loginUser, script.isEmpty() ? QStringLiteral(":") : script);
    auto result = execute(entryLabel, shown, false, sudoPassword, [&] {
        return startShell(sudoPassword, script.isEmpty() ? QStringLiteral(":") : script, {},
                          &prompted);
    });
    if (!result)
        return result.error();

    const QByteArray out = result->stdOut;
    FirstRun first;
    PrivilegeInfo &info = first.privilege;
    info.loginUser = m_loginUser;
    QByteArray privilege;
    const qsizetype scriptStart = parseStatusLines(out, statusTag(), &info, &privilege);
    const auto failed = [this](Error e) {
        endPrivilegedShell();
        return e;
    };
    if (privilege == "root") {
        info.mode = PrivilegeMode::Root;
    } else if (privilege == "no-sudo") {
        return failed(makeError(ErrorCode::SudoMissing,
                                QObject::tr("%1 is not root and sudo is not installed on the "
                                            "server. Nothing was changed.")
                                    .arg(m_loginUser),
                                QObject::tr("Install sudo on the server (as root: apt-get "
                                            "install sudo / dnf install sudo), or log in as "
                                            "root.")));
    } else if (privilege == "sudo 0") {
        info.mode = prompted ? PrivilegeMode::SudoWithPassword : PrivilegeMode::SudoNoPassword;
    } else {
        if (auto sudoError = classifySudoFailure(result->stdErr, m_loginUser))
            return failed(*sudoError);
        // Say what the server said (e.g. mktemp failing on a full or read-only /tmp).
        const QString said = QString::fromUtf8(result->stdErr.trimmed().right(300));
        return failed(
            makeError(ErrorCode::RemoteCommandFailed,
                      QObject::tr("Could not find out whether %1 may use sudo (exit "
                                  "status %2)%3")
                          .arg(m_loginUser)
                          .arg(result->exitStatus)
                          .arg(said.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + said),
                      QObject::tr("See the transcript for the server's answer.")));
    }
    m_privilege = info;
    m_sudoPassword = info.mode == PrivilegeMode::SudoWithPassword ? sudoPassword.clone() : Secret();
    if (!script.isEmpty()) {
        if (stoppedByTimeLimit(result.value()))
            return ssh::commandTimedOut(m_connection.commandTimeout());
        first.result = result.value();
        first.result.stdOut = out.mid(scriptStart);
    }
    return first;
}

Result<ssh::ExecResult> RemoteRunner::run(const QString &label, const QString &script,
                                          const QByteArray &stdinData)
{
    return execute(label, script, false, m_sudoPassword,
                   [&] { return m_connection.exec(shCommandLine(script), stdinData); });
}

Result<ssh::ExecResult> RemoteRunner::runPrivileged(const QString &label, const QString &script,
                                                    const QByteArray &stdinData)
{
    if (!m_privilege) {
        return makeError(ErrorCode::SudoPasswordRequired,
                         QObject::tr("Administrator rights were not confirmed yet."),
                         QObject::tr("Connect and check privileges first."));
    }
    auto result = execute(label, script, true, m_sudoPassword, [&]() -> Result<ssh::ExecResult> {
        if (m_shell)
            return runInShell(script, stdinData);
        bool prompted = false;
        auto started = startShell(m_sudoPassword, script, stdinData, &prompted);
        if (started) {
            PrivilegeInfo seen;
            QByteArray privilege;
            const qsizetype scriptStart =
                parseStatusLines(started->stdOut, statusTag(), &seen, &privilege);
            started->stdOut = scriptStart < 0 ? QByteArray() : started->stdOut.mid(scriptStart);
        }
        return started;
    });
    if (result && stoppedByTimeLimit(result.value()))
        return ssh::commandTimedOut(m_connection.commandTimeout());
    if (result && result->exitStatus != 0) {
        if (auto sudoError = classifySudoFailure(result->stdErr, m_loginUser))
            return *sudoError;
    }
    return result;
}

Result<ssh::ExecResult> RemoteRunner::execute(const QString &label, const QString &shownScript,
                                              bool privileged, const Secret &secret,
                                              const Runner &runner)
{
    TranscriptEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.label = label;
    entry.script = shownScript;
    entry.privileged = privileged;
    QElapsedTimer clock;
    clock.start();
    auto result = runner();
    entry.elapsedMs = clock.elapsed();
    if (result) {
        redact(result.value(), secret);
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
