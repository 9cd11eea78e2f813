#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bench {

// One timed run of something.
struct Sample
{
    double ms = 0;
    bool ok = false;
    QString note; // why it failed, or a detail worth keeping
};

struct Stats
{
    int runs = 0;
    int failures = 0;
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats statsOf(const QVector<Sample> &samples); // over the successful samples only
double medianOf(QVector<double> values);
QJsonObject toJson(const QVector<Sample> &samples);

// A finished child process and its wall time, from just before start() to its exit.
struct ProcessRun
{
    double ms = 0;
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

ProcessRun
runProcess(const QString &program, const QStringList &arguments, const QByteArray &stdinData = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 600000);

// /bin/sh -c on the sandbox host (we run inside its namespaces); output and status.
ProcessRun sh(const QString &script, int timeoutMs = 600000);

// Single-quotes a value for POSIX sh.
QString quote(const QString &value);

// Peak resident set size of this process (VmHWM), in KiB.
qint64 peakRssKb();

qint64 monotonicNs();

} // namespace bench
