// SetupRunner::watch: sshd's log on the server, read every few seconds while Stitch connects
// (stitch-tunnel watch). Read-only; one privileged root shell for all the reads.
#include "setup_runner.h"

#include "script_builder.h"
#include "sshd_log.h"

#include <QScopeGuard>
#include <QThread>

#include <algorithm>

namespace stitch::setup {

namespace {

constexpr qint64 kReadEveryMs = 3000;
// After Stitch got in, a little longer: a refused tunnel is logged after the login.
constexpr qint64 kAfterGotInMs = 4000;

// What the watch looks for: the tunnel user logging in with the installed key from Stitch's
// addresses, and a tunnel to the database.
WatchFacts watchFacts(const SetupPlan &p, qint64 durationMs)
{
    WatchFacts facts;
    facts.tunnelUser = p.tunnelUser;
    facts.keyFingerprint = p.keyFingerprint;
    facts.databaseTarget = p.permitOpenTarget();
    facts.sshPort = p.sshPorts.value(0);
    facts.durationMs = durationMs;
    for (const QString &cidr : p.stitchCidrs)
        facts.addresses << cidr.section(QLatin1Char('/'), 0, 0);
    return facts;
}

// sshd's log as read so far: its lines since the watch began, and where the next read goes on.
struct LogSoFar
{
    QString cursor;
    QStringList lines;
};

QString logReadScript(const WatchFacts &facts, const QString &cursor)
{
    return ScriptBuilder(QStringLiteral("sshd_log_read.sh"))
        .set("U", facts.tunnelUser)
        .set("ADDRS", facts.addresses)
        .set("CURSOR", cursor)
        .set("MAXLINES", QStringLiteral("500"))
        .build();
}

// sshd_log_read.sh's output: where the log is and how much it says, then the new lines.
void takeLogRead(const QByteArray &stdOut, WatchFacts &facts, LogSoFar &log)
{
    for (const QByteArray &line : stdOut.split('\n')) {
        if (line.startsWith("log_source="))
            facts.logSource = QString::fromUtf8(line.mid(11));
        else if (line.startsWith("log_level="))
            facts.logLevel = QString::fromUtf8(line.mid(10));
        else if (line.startsWith("cursor="))
            log.cursor = QString::fromUtf8(line.mid(7));
        else if (line.startsWith("line_b64="))
            log.lines << QString::fromUtf8(QByteArray::fromBase64(line.mid(9)));
    }
}

// Tells `seen` of each attempt that is new since the last read or ended differently.
void tellChanged(const QVector<StitchAttempt> &before, const QVector<StitchAttempt> &now,
                 const SetupRunner::AttemptFn &seen)
{
    for (int i = 0; i < now.size(); ++i) {
        const StitchAttempt &a = now[i];
        const bool changed = i >= before.size() || before[i].accepted != a.accepted ||
                             before[i].refusal != a.refusal ||
                             before[i].forwardDenied != a.forwardDenied;
        if (changed && seen)
            seen(a);
    }
}

// Waits until the next read, or less when `stopped` says so.
void waitForNextRead(const std::function<bool()> &stopped)
{
    for (qint64 waited = 0; waited < kReadEveryMs; waited += 100) {
        if (stopped())
            break;
        QThread::msleep(100);
    }
}

} // namespace

Result<WatchReport> SetupRunner::watch(qint64 durationMs, const std::function<void()> &watching,
                                       const AttemptFn &seen)
{
    // A runner the wizard reuses: a stop asked for during an earlier operation or watch must
    // not end this one, and stopSoon() must see that a watch changes nothing.
    beginOperation();
    auto planned = plan();
    if (!planned)
        return planned.error();
    if (!isConnected()) {
        if (Status c = connect(); !c)
            return c.error();
    }
    // One root shell for every read; none left waiting on the server after the watch.
    const auto endShell = qScopeGuard([this] { endPrivilegedShell(); });
    const auto stopped = [this] {
        return stopRequested() || m_connection.isCancelled();
    };
    WatchReport report;
    report.facts = watchFacts(planned.value(), durationMs);

    LogSoFar log;
    QElapsedTimer clock;
    clock.start();
    qint64 gotInAt = -1;
    bool timeUp = false;
    for (bool first = true;; first = false) {
        auto r = m_runner->runPrivileged(QObject::tr("Read sshd's log"),
                                         logReadScript(report.facts, log.cursor));
        if (!r)
            return r.error();
        takeLogRead(r->stdOut, report.facts, log);
        const QVector<StitchAttempt> before = report.attempts;
        report.attempts = parseSshdLog(log.lines);
        tellChanged(before, report.attempts, seen);
        const bool gotIn = std::any_of(report.attempts.cbegin(), report.attempts.cend(),
                                       [](const StitchAttempt &a) { return a.gotIn(); });
        if (gotIn && gotInAt < 0)
            gotInAt = clock.elapsed();
        // Nothing to wait for: sshd's log cannot be read, or says too little.
        if (first && !watchFindings({}, report.facts, false).isEmpty())
            break;
        if (first && watching)
            watching();
        if (gotInAt >= 0 && clock.elapsed() - gotInAt >= kAfterGotInMs)
            break;
        if (clock.elapsed() >= durationMs) {
            timeUp = true;
            break;
        }
        waitForNextRead(stopped);
        if (stopped())
            break;
    }
    report.findings = watchFindings(report.attempts, report.facts, timeUp);
    report.stopped = !timeUp && gotInAt < 0 && report.findings.isEmpty();
    report.gotIn = gotInAt >= 0;
    return report;
}

} // namespace stitch::setup
