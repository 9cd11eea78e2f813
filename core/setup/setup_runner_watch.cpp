// SetupRunner::watch: sshd's log on the server, read every few seconds while Stitch connects
// (stitch-tunnel watch). Read-only; one privileged root shell for all the reads.
#include "setup_runner.h"

#include "script_builder.h"
#include "sshd_log.h"

#include <QScopeGuard>
#include <QThread>

namespace stitch::setup {

namespace {

constexpr qint64 kReadEveryMs = 3000;
// After Stitch got in, a little longer: a refused tunnel is logged after the login.
constexpr qint64 kAfterGotInMs = 4000;

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
    const SetupPlan &p = planned.value();
    if (!isConnected()) {
        if (Status c = connect(); !c)
            return c.error();
    }
    // One root shell for every read; none left waiting on the server after the watch.
    const auto endShell = qScopeGuard([this] { endPrivilegedShell(); });
    WatchReport report;
    report.facts.tunnelUser = p.tunnelUser;
    report.facts.keyFingerprint = p.keyFingerprint;
    report.facts.databaseTarget = p.permitOpenTarget();
    report.facts.sshPort = p.sshPorts.value(0);
    report.facts.durationMs = durationMs;
    for (const QString &cidr : p.stitchCidrs)
        report.facts.addresses << cidr.section(QLatin1Char('/'), 0, 0);

    QString cursor;
    QStringList lines;
    QElapsedTimer clock;
    clock.start();
    qint64 gotInAt = -1;
    bool timeUp = false;
    for (bool first = true;; first = false) {
        const QString script = ScriptBuilder(QStringLiteral("sshd_log_read.sh"))
                                   .set("U", p.tunnelUser)
                                   .set("ADDRS", report.facts.addresses)
                                   .set("CURSOR", cursor)
                                   .set("MAXLINES", QStringLiteral("500"))
                                   .build();
        auto r = m_runner->runPrivileged(QObject::tr("Read sshd's log"), script);
        if (!r)
            return r.error();
        for (const QByteArray &line : r->stdOut.split('\n')) {
            if (line.startsWith("log_source="))
                report.facts.logSource = QString::fromUtf8(line.mid(11));
            else if (line.startsWith("log_level="))
                report.facts.logLevel = QString::fromUtf8(line.mid(10));
            else if (line.startsWith("cursor="))
                cursor = QString::fromUtf8(line.mid(7));
            else if (line.startsWith("line_b64="))
                lines << QString::fromUtf8(QByteArray::fromBase64(line.mid(9)));
        }
        const QVector<StitchAttempt> before = report.attempts;
        report.attempts = parseSshdLog(lines);
        for (int i = 0; i < report.attempts.size(); ++i) {
            const StitchAttempt &a = report.attempts[i];
            const bool changed = i >= before.size() || before[i].accepted != a.accepted ||
                                 before[i].refusal != a.refusal ||
                                 before[i].forwardDenied != a.forwardDenied;
            if (changed && seen)
                seen(a);
            if (a.gotIn() && gotInAt < 0)
                gotInAt = clock.elapsed();
        }
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
        for (qint64 waited = 0; waited < kReadEveryMs; waited += 100) {
            if (stopRequested() || m_connection.isCancelled())
                break;
            QThread::msleep(100);
        }
        if (stopRequested() || m_connection.isCancelled())
            break;
    }
    report.findings = watchFindings(report.attempts, report.facts, timeUp);
    report.stopped = !timeUp && gotInAt < 0 && report.findings.isEmpty();
    report.gotIn = gotInAt >= 0;
    return report;
}

} // namespace stitch::setup
