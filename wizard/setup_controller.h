#pragma once

#include "session/setup_file.h"
#include "setup/operation_report.h"
#include "setup/operation_runner.h"
#include "setup/run_options.h"

#include <QObject>
#include <QPointer>

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// A page (or window) that starts operations: the controller tells it, and only it, how its
// operation goes.
class OperationClient
{
public:
    virtual ~OperationClient() = default;
    virtual void operationProgress(const QString &message) = 0;
    // After the report was applied to the session.
    virtual void operationFinished(const setup::OperationReport &report) = 0;
};

// A page that watches for Stitch's own connection: the controller tells it, and only it, how
// the watch goes.
class WatchClient
{
public:
    virtual ~WatchClient() = default;
    // sshd's log is being read: what Stitch does from now on is seen.
    virtual void watchStarted() = 0;
    virtual void watchAttempt(const QString &summary) = 0;
    virtual void watchFinished(const setup::WatchOutcome &outcome) = 0;
};

// The one place between the pages and the worker thread (an OperationRunner: SetupWorker in the
// app, a fake in tests/unit/setup_controller_test.cpp): pages ask it to start an operation;
// it applies each report to the shared SetupSession (which tells every page what changed) and
// routes progress and the report to the page that asked.
class SetupController : public QObject
{
    Q_OBJECT
public:
    SetupController(SetupSession &session, setup::OperationRunner &worker,
                    QObject *parent = nullptr);

    SetupSession &session() const { return m_session; }
    bool isBusy() const;
    setup::Operation currentOperation() const { return m_operation; }
    // Busy with an operation that changes the server (Apply, Remove): Back is off and closing
    // waits for its script.
    bool isChangingServer() const;

    // False while another operation runs. `client` must be a QObject (a page); if it is gone
    // when the report arrives, the session still gets the report.
    bool start(OperationClient *client, setup::Operation operation,
               const setup::RunOptions &options = {});
    // Watches sshd's log for Stitch's connection for at most `durationMs` (read-only, so it
    // changes no step result); false while an operation runs. `client` must be a QObject.
    bool startWatch(WatchClient *client, qint64 durationMs);
    bool isWatching() const { return isBusy() && m_watching; }
    // The first call stops at a safe point, a second one at once (see OperationRunner::cancel).
    void cancel();
    // Stops at a safe point (the running script finishes), unless a stop was already asked
    // for: never the second, immediate stop.
    void stopSafely();
    // The server settings changed: the next operation connects afresh.
    void disconnectFromServer();

    // The opt-ins the user ticked on any page (turn on ufw, the key only from Stitch's
    // addresses, use an existing account): every operation a page starts runs with them.
    const setup::RunOptions &optIns() const { return m_optIns; }
    void setOptIn(bool setup::RunOptions::*option, bool on);
    // The opt-ins a setup file carries, from and into the ticked ones (the pages' boxes follow).
    SetupOptIns savedOptIns() const;
    void setSavedOptIns(const SetupOptIns &optIns);

signals:
    void busyChanged(bool busy);
    // After a report was applied, whoever started it (MainWindow remembers working servers).
    void reportApplied(const stitch::setup::OperationReport &report);
    void optInsChanged();

private:
    void onProgress(const QString &message);
    void onFinished(const setup::OperationReport &report);
    void onWatchStarted();
    void onWatchAttempt(const QString &summary);
    void onWatchFinished(const setup::WatchOutcome &outcome);
    WatchClient *watchClient() const;
    OperationClient *client() const;

    SetupSession &m_session;
    setup::OperationRunner &m_worker;
    setup::Operation m_operation = setup::Operation::Connect;
    setup::RunOptions m_optIns;
    QPointer<QObject> m_clientObject; // guards m_client: pages can be deleted mid-operation
    OperationClient *m_client = nullptr;
    bool m_stopAsked = false;              // cancel() was called during this operation
    bool m_watching = false;               // the worker runs a watch, not an operation
    QPointer<QObject> m_watchClientObject; // guards m_watchClient
    WatchClient *m_watchClient = nullptr;
};

} // namespace stitch::wizard
