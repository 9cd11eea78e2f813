#pragma once

#include "operation_runner.h"
#include "run_options.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace stitch::setup {

// Runs SetupRunner on its own thread so the GUI thread never waits on the network: a thin
// adapter. start() takes the operation's request (a plain value the caller built); the worker
// thread hands it to core and sends the OperationReport back as one finished() signal. Nothing is
// written back behind the caller's back: applying the report is the caller's business. The SSH
// connection is made once and reused until the server changes.
class SetupWorker : public OperationRunner
{
    Q_OBJECT
public:
    explicit SetupWorker(QObject *parent = nullptr);
    ~SetupWorker() override;

    bool isBusy() const override { return m_busy; }

    // OperationRunner's; see there.
    bool start(Operation operation, SetupRequest request) override;
    bool startWatch(SetupRequest request, qint64 durationMs) override;
    void cancel() override;
    void disconnectFromServer() override;

private:
    class Job;

    QThread m_thread;
    std::shared_ptr<Job> m_job;
    bool m_busy = false;
};

} // namespace stitch::setup
