#include "setup_worker.h"

#include "session/setup_session.h"
#include "setup_runner.h"

#include <atomic>
#include <mutex>

namespace stitch::setup {

namespace {

bool sameServer(const ssh::ConnectionSettings &a, const ssh::ConnectionSettings &b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user &&
           a.authMethod == b.authMethod && a.identityFile == b.identityFile &&
           a.knownHostsFile == b.knownHostsFile;
}

ssh::Credentials cloneCredentials(const ssh::Credentials &c)
{
    ssh::Credentials copy;
    copy.password = c.password.clone();
    copy.keyPassphrase = c.keyPassphrase.clone();
    copy.sudoPassword = c.sudoPassword.clone();
    return copy;
}

// What one request reads, copied on the caller's thread.
struct Request
{
    Operation operation = Operation::Check;
    ssh::ConnectionSettings connection;
    SetupChoices choices;
    ssh::Credentials credentials;
    RunOptions options;
};

} // namespace

// Lives on the worker thread: the session copy core reads, and the runner with its connection.
class SetupWorker::Job
{
public:
    OperationReport run(Request &request, const SetupRunner::ProgressFn &progress)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopAsked = false;
            const bool reuse = m_runner && m_runner->isConnected() &&
                               !m_runner->connection().isCancelled() &&
                               sameServer(m_input.connection(), request.connection);
            m_input.setConnection(request.connection);
            m_input.setCredentials(std::move(request.credentials));
            m_input.setChoices(request.choices);
            if (reuse)
                m_runner->setOptions(request.options);
            else
                m_runner = std::make_unique<SetupRunner>(m_input, request.options);
        }
        return m_runner->run(request.operation, progress);
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
    SetupSession m_input; // worker-thread copy of what the operation reads; core never writes it
    std::mutex m_mutex;   // guards m_runner against cancel()/reset() from the GUI thread
    std::atomic<bool> m_stopAsked{false};
    std::unique_ptr<SetupRunner> m_runner;
};

SetupWorker::SetupWorker(QObject *parent) : QObject(parent), m_job(std::make_shared<Job>())
{
    qRegisterMetaType<stitch::setup::OperationReport>();
    m_thread.setObjectName(QStringLiteral("stitch-ssh-worker"));
    m_thread.start();
}

SetupWorker::~SetupWorker()
{
    m_job->cancel();
    m_thread.quit();
    m_thread.wait();
}

bool SetupWorker::start(Operation operation, const SetupSession &session, const RunOptions &options)
{
    if (m_busy)
        return false;
    auto request = std::make_shared<Request>();
    request->operation = operation;
    request->connection = session.connection();
    request->choices = session.choices();
    request->credentials = cloneCredentials(session.credentials());
    request->options = options;
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
