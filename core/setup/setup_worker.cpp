#include "setup_worker.h"

#include "setup_runner.h"

#include <atomic>
#include <functional>
#include <mutex>

namespace stitch::setup {

namespace {

bool sameServer(const ssh::ConnectionSettings &a, const ssh::ConnectionSettings &b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user &&
           a.authMethod == b.authMethod && a.identityFile == b.identityFile &&
           a.knownHostsFile == b.knownHostsFile;
}

// One operation to run, copied on the caller's thread.
struct Request
{
    Operation operation = Operation::Check;
    SetupRequest setup;
};

} // namespace

// Lives on the worker thread: the runner with its connection and its copy of the request.
class SetupWorker::Job
{
public:
    OperationReport run(Request &request, const SetupRunner::ProgressFn &progress)
    {
        prepare(request);
        return m_runner->run(request.operation, progress);
    }

    // `started` once the log's end is known; `seen` with each attempt, as a sentence.
    WatchOutcome watch(Request &request, qint64 durationMs, const std::function<void()> &started,
                       const std::function<void(const QString &)> &seen)
    {
        prepare(request);
        WatchOutcome outcome;
        const auto planned = m_runner->plan();
        if (!planned) {
            outcome.error = planned.error();
            return outcome;
        }
        WatchFacts facts; // what each attempt is told against
        facts.tunnelUser = planned->tunnelUser;
        facts.keyFingerprint = planned->keyFingerprint;
        auto watched = m_runner->watch(durationMs, started, [&](const StitchAttempt &attempt) {
            seen(attemptSummary(attempt, facts));
        });
        if (watched)
            outcome.report = std::move(watched.value());
        else
            outcome.error = watched.error();
        return outcome;
    }

    void prepare(Request &request)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopAsked = false;
            const bool reuse = m_runner && m_runner->isConnected() &&
                               !m_runner->connection().isCancelled() &&
                               sameServer(m_runner->request().connection, request.setup.connection);
            if (reuse)
                m_runner->setRequest(std::move(request.setup));
            else
                m_runner = std::make_unique<SetupRunner>(std::move(request.setup));
        }
    }

    void cancel()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_runner)
            return;
        if (m_stopAsked.exchange(true))
            m_runner->cancel();
        else
            m_runner->stopSoon();
    }

    void reset()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_runner.reset();
    }

private:
    std::mutex m_mutex; // guards m_runner against cancel()/reset() from the GUI thread
    std::atomic<bool> m_stopAsked{false};
    std::unique_ptr<SetupRunner> m_runner;
};

SetupWorker::SetupWorker(QObject *parent) : OperationRunner(parent), m_job(std::make_shared<Job>())
{
    qRegisterMetaType<stitch::setup::OperationReport>();
    qRegisterMetaType<stitch::setup::WatchOutcome>();
    m_thread.setObjectName(QStringLiteral("stitch-ssh-worker"));
    m_thread.start();
}

SetupWorker::~SetupWorker()
{
    m_job->cancel();
    m_thread.quit();
    m_thread.wait();
}

bool SetupWorker::start(Operation operation, SetupRequest setup)
{
    if (m_busy)
        return false;
    auto request = std::make_shared<Request>(Request{operation, std::move(setup)});
    m_busy = true;
    // Runs on the worker thread: a context object living there.
    QObject *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [this, job = m_job, request, context] {
            OperationReport report = job->run(*request, [this](const QString &message) {
                emit progress(message); // queued to the receivers' thread
            });
            QMetaObject::invokeMethod(
                this,
                [this, report = std::move(report)] {
                    m_busy = false;
                    emit finished(report);
                },
                Qt::QueuedConnection);
            delete context;
        },
        Qt::QueuedConnection);
    return true;
}

bool SetupWorker::startWatch(SetupRequest setup, qint64 durationMs)
{
    if (m_busy)
        return false;
    auto request = std::make_shared<Request>(Request{Operation::Check, std::move(setup)});
    m_busy = true;
    QObject *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [this, job = m_job, request, context, durationMs] {
            // The signals are sent on the GUI thread, in the order they happened.
            WatchOutcome outcome = job->watch(
                *request, durationMs,
                [this] { QMetaObject::invokeMethod(this, [this] { emit watchStarted(); }); },
                [this](const QString &summary) {
                    QMetaObject::invokeMethod(this,
                                              [this, summary] { emit watchAttempt(summary); });
                });
            QMetaObject::invokeMethod(
                this,
                [this, outcome = std::move(outcome)] {
                    m_busy = false;
                    emit watchFinished(outcome);
                },
                Qt::QueuedConnection);
            delete context;
        },
        Qt::QueuedConnection);
    return true;
}

void SetupWorker::cancel()
{
    m_job->cancel();
}

void SetupWorker::disconnectFromServer()
{
    if (!m_busy)
        m_job->reset();
}

} // namespace stitch::setup
