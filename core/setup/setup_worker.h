#pragma once

#include "operation_report.h"
#include "run_options.h"
#include "setup_request.h"
#include "sshd_log.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace stitch::setup {

// How a watch for Stitch's own connection ended: what it saw, or why it could not watch.
struct WatchOutcome
{
    WatchReport report;
    std::optional<Error> error; // set when the watch could not run (connect, sudo, the plan)
};

// Runs SetupRunner on its own thread so the GUI thread never waits on the network: a thin
// adapter. start() takes the operation's request (a plain value the caller built); the worker
// thread hands it to core and sends the OperationReport back as one finished() signal. Nothing is
// written back behind the caller's back: applying the report is the caller's business. The SSH
// connection is made once and reused until the server changes.
class SetupWorker : public QObject
{
    Q_OBJECT
public:
    explicit SetupWorker(QObject *parent = nullptr);
    ~SetupWorker() override;

    bool isBusy() const { return m_busy; }

    // Starts one operation (connecting first when needed); false while one is running.
    bool start(Operation operation, SetupRequest request);
    // Watches sshd's log for Stitch's own connection (SetupRunner::watch) for at most
    // `durationMs`, connecting first when needed; false while an operation runs. cancel()
    // ends it at once (a watch changes nothing).
    bool startWatch(SetupRequest request, qint64 durationMs);
    // Thread-safe. The first call stops at a safe point (before any change: at once; after:
    // the running change finishes and the self-test key is removed), a second one at once.
    // The operation then finishes with ErrorCode::Cancelled.
    void cancel();
    // Forget the connection (e.g. the server settings changed); ignored while busy.
    void disconnectFromServer();

signals:
    void progress(const QString &message);
    // Exactly once per successful start(), after the worker went idle.
    void finished(const stitch::setup::OperationReport &report);
    // A watch: once the log's end is known (from now on, what Stitch does is seen)...
    void watchStarted();
    // ...each attempt as it comes or changes, in a sentence (attemptSummary)...
    void watchAttempt(const QString &summary);
    // ...and exactly once per successful startWatch(), after the worker went idle.
    void watchFinished(const stitch::setup::WatchOutcome &outcome);

private:
    class Job;

    QThread m_thread;
    std::shared_ptr<Job> m_job;
    bool m_busy = false;
};

} // namespace stitch::setup

Q_DECLARE_METATYPE(stitch::setup::WatchOutcome)
