#include "bench_util.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include <algorithm>
#include <ctime>

namespace bench {

double medianOf(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Stats statsOf(const QVector<Sample> &samples)
{
    Stats s;
    QVector<double> good;
    for (const Sample &sample : samples) {
        ++s.runs;
        if (sample.ok)
            good << sample.ms;
        else
            ++s.failures;
    }
    if (!good.isEmpty()) {
        s.median = medianOf(good);
        s.min = *std::min_element(good.begin(), good.end());
        s.max = *std::max_element(good.begin(), good.end());
    }
    return s;
}

QJsonObject toJson(const QVector<Sample> &samples)
{
    const Stats s = statsOf(samples);
    QJsonArray raw;
    QJsonArray notes;
    for (const Sample &sample : samples) {
        raw.append(sample.ok ? sample.ms : -1.0);
        if (!sample.note.isEmpty())
            notes.append(sample.note);
    }
    QJsonObject o{{QStringLiteral("median_ms"), s.median},  {QStringLiteral("min_ms"), s.min},
                  {QStringLiteral("max_ms"), s.max},        {QStringLiteral("runs"), s.runs},
                  {QStringLiteral("failures"), s.failures}, {QStringLiteral("samples_ms"), raw}};
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), notes);
    return o;
}

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QByteArray &stdinData, const QProcessEnvironment &environment,
                      int timeoutMs)
{
    ProcessRun r;
    QProcess p;
    p.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    r.ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessRun sh(const QString &script, int timeoutMs)
{
    return runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, {},
                      QProcessEnvironment::systemEnvironment(), timeoutMs);
}

QString quote(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

} // namespace bench
