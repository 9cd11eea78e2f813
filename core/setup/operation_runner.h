#pragma once

#include "operation_report.h"
#include "setup_request.h"
#include "sshd_log.h"

#include <QObject>
#include <QString>

#include <optional>

namespace stitch::setup {

// How a watch for Stitch's own connection ended: what it saw, or why it could not watch.
struct WatchOutcome
{
    WatchReport report;
    std::optional<Error> error; // set when the watch could not run (connect, sudo, the plan)
};

// What the wizard's controller needs of whatever runs its operations: SetupWorker (a thread with
// a SetupRunner) in the app, a fake in the controller's unit test, so the controller's routing
// is tested in milliseconds without a server.
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isBusy() const = 0;
    // Starts one operation (connecting first when needed); false while one is running.
    virtual bool start(Operation operation, SetupRequest request) = 0;
    // Watches sshd's log for Stitch's own connection for at most `durationMs`; false while an
    // operation runs. cancel() ends it at once (a watch changes nothing).
    virtual bool startWatch(SetupRequest request, qint64 durationMs) = 0;
    // Thread-safe. The first call stops at a safe point (before any change: at once; after:
    // the running change finishes and the self-test key is removed), a second one at once.
    // The operation then finishes with ErrorCode::Cancelled.
    virtual void cancel() = 0;
    // Forget the connection (e.g. the server settings changed); ignored while busy.
    virtual void disconnectFromServer() = 0;

signals:
    void progress(const QString &message);
    // Exactly once per successful start(), after the runner went idle.
    void finished(const stitch::setup::OperationReport &report);
    // A watch: once the log's end is known (from now on, what Stitch does is seen)...
    void watchStarted();
    // ...each attempt as it comes or changes, in a sentence (attemptSummary)...
    void watchAttempt(const QString &summary);
    // ...and exactly once per successful startWatch(), after the runner went idle.
    void watchFinished(const stitch::setup::WatchOutcome &outcome);
};

} // namespace stitch::setup

Q_DECLARE_METATYPE(stitch::setup::WatchOutcome)
