#pragma once

#include "sandbox_env.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real stitch-tunnel binary, as a user would, and keeps what it printed.
namespace clirun {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     const QByteArray &standardInput = {}, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STITCH_CLI_PATH), args);
    if (!standardInput.isEmpty())
        p.write(standardInput);
    p.closeWriteChannel();
    // A run that does not end is a failure of its own, never a silent exit code 0.
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError()) +
                    QStringLiteral("\n[test] stitch-tunnel did not end within %1 s")
                        .arg(timeoutMs / 1000)};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// `command` against the sandbox's sshd as stitchadmin with its password file, its real host key
// pre-approved and a known-hosts file in `scratch`; the caller adds what to set up.
inline QStringList adminArgs(const QString &command, const QTemporaryDir &scratch)
{
    return {command,
            QStringLiteral("--host"),
            sandbox::host(),
            QStringLiteral("--port"),
            QString::number(sandbox::sshPort()),
            QStringLiteral("--login"),
            QStringLiteral("stitchadmin"),
            QStringLiteral("--password-file"),
            sandbox::file(QStringLiteral("stitchadmin.password")),
            QStringLiteral("--known-hosts"),
            scratch.filePath(QStringLiteral("kh")),
            QStringLiteral("--host-key-fingerprint"),
            sandbox::hostKeyFingerprint()};
}

// `connect` to the sandbox's sshd as `login` with a fresh known-hosts file in `scratch` (so the
// host key is unknown) and no login secret yet.
inline QStringList connectArgs(const QTemporaryDir &scratch, const QString &login)
{
    return {QStringLiteral("connect"),
            QStringLiteral("--host"),
            sandbox::host(),
            QStringLiteral("--port"),
            QString::number(sandbox::sshPort()),
            QStringLiteral("--login"),
            login,
            QStringLiteral("--known-hosts"),
            scratch.filePath(QStringLiteral("kh"))};
}

// A JSON report's step statuses, "firewall=warn database=pass …", in step order.
inline QString stepStatuses(const QJsonObject &report)
{
    QStringList s;
    for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray())
        s << v[QStringLiteral("id")].toString() + QLatin1Char('=') +
                 v[QStringLiteral("status")].toString();
    return s.join(QLatin1Char(' '));
}

} // namespace clirun
