#pragma once

#include "setup/operation_runner.h"

#include <QList>

namespace stitch::test {

// Stands for the worker thread: starts nothing, and finishes when the test says so, in the
// worker's order (idle first, then the signal). For the controller and the pages without a
// server.
class FakeOperationRunner : public setup::OperationRunner
{
public:
    bool isBusy() const override { return m_busy; }
    bool start(setup::Operation operation, setup::SetupRequest request) override
    {
        if (m_busy)
            return false;
        m_busy = true;
        operations.append(operation);
        lastRequest = std::move(request);
        return true;
    }
    bool startWatch(setup::SetupRequest request, qint64) override
    {
        if (m_busy)
            return false;
        m_busy = true;
        lastRequest = std::move(request);
        return true;
    }
    void cancel() override { ++cancels; }
    void disconnectFromServer() override { ++disconnects; }

    void finish(const setup::OperationReport &report)
    {
        m_busy = false;
        emit finished(report);
    }
    void finishWatch(const setup::WatchOutcome &outcome)
    {
        m_busy = false;
        emit watchFinished(outcome);
    }

    QList<setup::Operation> operations;
    setup::SetupRequest lastRequest;
    int cancels = 0;
    int disconnects = 0;

private:
    bool m_busy = false;
};

} // namespace stitch::test
