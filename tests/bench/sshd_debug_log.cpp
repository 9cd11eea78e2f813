#include "sshd_debug_log.h"

#include "integration/sandbox_env.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace bench {

namespace {

QString sandboxFile(const char *prefix)
{
    return qEnvironmentVariable("STITCH_SANDBOX_DIR") + QLatin1Char('/') + QLatin1String(prefix);
}

int countLines(const QByteArray &log, const char *needle)
{
    int n = 0;
    for (const QByteArray &line : log.split('\n')) {
        if (line.contains(needle))
            ++n;
    }
    return n;
}

} // namespace

ServerCounts parseSshdDebugLog(const QByteArray &log)
{
    // OpenSSH 9.2 at LogLevel DEBUG1: sshd.c logs each accepted connection, serverloop.c each
    // channel open with its type, session.c each exec request.
    ServerCounts c;
    c.connections = countLines(log, "Connection from ");
    c.sessionChannels = countLines(log, "server_input_channel_open: ctype session");
    c.forwardChannels = countLines(log, "server_input_channel_open: ctype direct-tcpip");
    c.execRequests = countLines(log, " request exec ");
    return c;
}

DebugSshd::DebugSshd(quint16 port)
    : m_port(port),
      m_logPath(sandboxFile("bench-sshd-debug-") + QString::number(port) + QStringLiteral(".log"))
{
    QFile::remove(m_logPath);
    m_sshd = std::make_unique<sandbox::ExtraSshd>(
        port, QStringList{QStringLiteral("LogLevel=DEBUG1")}, QString(), m_logPath);
    if (!m_sshd->started())
        return;
    m_started = true;
    // The start-up probe connection itself is logged: start counting after it.
    QThread::msleep(200);
    resetLog();
}

DebugSshd::~DebugSshd() = default;

void DebugSshd::resetLog()
{
    QFile f(m_logPath);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.close();
}

QByteArray DebugSshd::log() const
{
    QFile f(m_logPath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ServerCounts DebugSshd::counts(int settleMs) const
{
    // sshd's children write their last lines a moment after the client is gone: wait until the
    // log has been quiet for 300 ms.
    const QDeadlineTimer deadline(settleMs);
    QByteArray text = log();
    while (!deadline.hasExpired()) {
        QThread::msleep(300);
        const QByteArray again = log();
        if (again.size() == text.size())
            break;
        text = again;
    }
    return parseSshdDebugLog(text);
}

} // namespace bench
