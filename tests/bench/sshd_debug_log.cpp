#include "sshd_debug_log.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpSocket>
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
      m_logPath(sandboxFile("bench-sshd-debug-") + QString::number(port) + QStringLiteral(".log")),
      m_process(std::make_unique<QProcess>())
{
    QFile::remove(m_logPath);
    const QStringList args{QStringLiteral("-D"),
                           QStringLiteral("-f"),
                           QStringLiteral("/etc/ssh/sshd_config"),
                           QStringLiteral("-p"),
                           QString::number(port),
                           QStringLiteral("-o"),
                           QStringLiteral("PidFile=none"),
                           QStringLiteral("-o"),
                           QStringLiteral("LogLevel=DEBUG1"),
                           QStringLiteral("-E"),
                           m_logPath};
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    m_process->start(QStringLiteral("/usr/sbin/sshd"), args);
    if (!m_process->waitForStarted(5000))
        return;
    for (int i = 0; i < 100 && !m_started; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_started = probe.waitForConnected(100);
        if (!m_started)
            QThread::msleep(50);
    }
    // The probe connection itself is logged: start counting after it.
    QThread::msleep(200);
    resetLog();
}

DebugSshd::~DebugSshd()
{
    m_process->terminate();
    if (!m_process->waitForFinished(3000))
        m_process->kill();
    m_process->waitForFinished(3000);
}

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
