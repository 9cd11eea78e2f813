#pragma once

#include "check_verdict.h"
#include "connect_api.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace stitch::stitch_api {

struct CheckWaitOptions
{
    int pollIntervalMs = 5'000;     // between two reads of last-connection-check
    qint64 longestWaitMs = 600'000; // after the write: then "not finished", never a verdict
};

struct SourceCheckOutcome
{
    ConnectionCheck check; // Stitch's own answer (empty when none came in time)
    CheckVerdict verdict;
};

// Writes the SSH values into a source's form and waits for the connection check Stitch then
// runs by itself: reads the last check first, so that only a check started after the write
// counts, then reads it again every pollIntervalMs until it is no longer running, at most
// longestWaitMs. `progress` gets one sentence per phase.
class SourceCheckRun : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<SourceCheckOutcome>)>;
    using Progress = std::function<void(const QString &)>;

    // `api` must outlive this run.
    SourceCheckRun(ConnectApi &api, CheckWaitOptions options, QObject *parent = nullptr);
    ~SourceCheckRun() override;

    // Calls `done` exactly once, unless stop() or this object's end comes first.
    void start(qint64 sourceId, const QJsonObject &properties, Done done, Progress progress = {});
    void stop();

private:
    void poll();
    void finish(Result<SourceCheckOutcome> outcome);

    ConnectApi &m_api;
    CheckWaitOptions m_options;
    qint64 m_sourceId = 0;
    std::optional<ConnectionCheck> m_before;
    ConnectionCheck m_last;
    bool m_saidRunning = false;
    QElapsedTimer m_sinceWrite;
    QTimer m_next;
    Done m_done;
    Progress m_progress;
};

} // namespace stitch::stitch_api
