#include "setup_controller.h"

#include "model/setup_session.h"

namespace stitch::wizard {

SetupController::SetupController(SetupSession &session, setup::OperationRunner &worker,
                                 QObject *parent)
    : QObject(parent), m_session(session), m_worker(worker)
{
    connect(&m_worker, &setup::OperationRunner::progress, this, &SetupController::onProgress);
    connect(&m_worker, &setup::OperationRunner::finished, this, &SetupController::onFinished);
    connect(&m_worker, &setup::OperationRunner::watchStarted, this,
            &SetupController::onWatchStarted);
    connect(&m_worker, &setup::OperationRunner::watchAttempt, this,
            &SetupController::onWatchAttempt);
    connect(&m_worker, &setup::OperationRunner::watchFinished, this,
            &SetupController::onWatchFinished);
}

bool SetupController::isBusy() const
{
    return m_worker.isBusy();
}

bool SetupController::isChangingServer() const
{
    return isBusy() && !m_watching &&
           (m_operation == setup::Operation::Apply || m_operation == setup::Operation::Remove);
}

bool SetupController::start(OperationClient *client, setup::Operation operation,
                            const setup::RunOptions &options)
{
    if (!m_worker.start(operation, m_session.request(options)))
        return false;
    m_operation = operation;
    m_watching = false;
    m_stopAsked = false;
    m_client = client;
    m_clientObject = dynamic_cast<QObject *>(client);
    emit busyChanged(true);
    if (OperationClient *c = this->client())
        c->operationProgress(setup::operationBusyText(operation));
    return true;
}

bool SetupController::startWatch(WatchClient *client, qint64 durationMs)
{
    if (!m_worker.startWatch(m_session.request(m_optIns), durationMs))
        return false;
    m_watching = true;
    m_stopAsked = false;
    m_watchClient = client;
    m_watchClientObject = dynamic_cast<QObject *>(client);
    emit busyChanged(true);
    return true;
}

void SetupController::cancel()
{
    m_stopAsked = true;
    m_worker.cancel();
}

void SetupController::stopSafely()
{
    if (!m_stopAsked && isBusy())
        cancel();
}

void SetupController::disconnectFromServer()
{
    m_worker.disconnectFromServer();
}

void SetupController::setOptIn(bool setup::RunOptions::*option, bool on)
{
    if (m_optIns.*option == on)
        return;
    m_optIns.*option = on;
    emit optInsChanged();
}

SetupOptIns SetupController::savedOptIns() const
{
    SetupOptIns saved;
    saved.enableFirewall = m_optIns.enableFirewall;
    saved.keyFromStitchOnly = m_optIns.keyFromStitchOnly;
    saved.adoptExistingUser = m_optIns.adoptExistingUser;
    saved.fixSshd = m_optIns.fixSshd;
    return saved;
}

void SetupController::setSavedOptIns(const SetupOptIns &optIns)
{
    setOptIn(&setup::RunOptions::enableFirewall, optIns.enableFirewall);
    setOptIn(&setup::RunOptions::keyFromStitchOnly, optIns.keyFromStitchOnly);
    setOptIn(&setup::RunOptions::adoptExistingUser, optIns.adoptExistingUser);
    setOptIn(&setup::RunOptions::fixSshd, optIns.fixSshd);
}

WatchClient *SetupController::watchClient() const
{
    return m_watchClientObject ? m_watchClient : nullptr;
}

void SetupController::onWatchStarted()
{
    if (WatchClient *c = watchClient())
        c->watchStarted();
}

void SetupController::onWatchAttempt(const QString &summary)
{
    if (WatchClient *c = watchClient())
        c->watchAttempt(summary);
}

void SetupController::onWatchFinished(const setup::WatchOutcome &outcome)
{
    WatchClient *c = watchClient();
    m_watchClient = nullptr;
    m_watchClientObject = nullptr;
    m_watching = false;
    emit busyChanged(false);
    if (c)
        c->watchFinished(outcome);
}

OperationClient *SetupController::client() const
{
    return m_clientObject ? m_client : nullptr;
}

void SetupController::onProgress(const QString &message)
{
    if (OperationClient *c = client())
        c->operationProgress(message);
}

void SetupController::onFinished(const setup::OperationReport &report)
{
    OperationClient *c = client();
    m_client = nullptr;
    m_clientObject = nullptr;
    // One model change first: every page whose step the report names refreshes once, already
    // seeing the worker idle; the busy state then refreshes only the pages that still show it.
    // The page that asked hears last, with the session up to date (its error, its follow-up).
    m_session.takeReport(report);
    emit busyChanged(false);
    if (c)
        c->operationFinished(report);
    emit reportApplied(report);
}

} // namespace stitch::wizard
