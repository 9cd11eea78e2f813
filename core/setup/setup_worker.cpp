#include "setup_worker.h"

#include "session/setup_session.h"
#include "setup_runner.h"

#include <atomic>
#include <mutex>

namespace stitch::setup {

namespace {

// A copy of what one request needs, taken on the GUI thread.
struct Snapshot
{
    ssh::ConnectionSettings connection;
    SetupChoices choices;
    ssh::Credentials credentials;
    RunOptions options;
};

bool sameServer(const ssh::ConnectionSettings &a, const ssh::ConnectionSettings &b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user &&
           a.authMethod == b.authMethod && a.identityFile == b.identityFile &&
           a.knownHostsFile == b.knownHostsFile;
}

} // namespace

// Lives on the worker thread; owns the worker-side session and the SSH connection.
class SetupWorker::Job
{
public:
    explicit Job(SetupWorker *owner) : m_owner(owner)
    {
        m_session.transcript().setListener([owner](const remote::TranscriptEntry &e) {
            emit owner->transcriptEntry(e); // queued to the GUI thread
        });
    }

    void run(Operation operation, const std::shared_ptr<Snapshot> &snapshot)
    {
        Status status = prepare(*snapshot);
        if (status)
            status = ensureConnected();
        // Results are reported only for an operation that reached the server; a failed connect
        // must not wipe what the GUI already knows.
        const bool reachedServer = status.ok();
        if (status) {
            switch (operation) {
            case Operation::Connect:
                m_runner->endPrivilegedShell(); // the user reads on: no root shell waits
                break;
            case Operation::Check:
                emit m_owner->progress(QObject::tr("Checking the server…"));
                status = m_runner->check();
                break;
            case Operation::Apply:
                emit m_owner->progress(QObject::tr("Applying the changes and verifying them…"));
                status = m_runner->apply();
                break;
            case Operation::Remove:
                emit m_owner->progress(QObject::tr("Removing Stitch's access…"));
                status = m_runner->remove();
                break;
            }
        }
        if (operation != Operation::Connect && reachedServer) {
            for (int i = 0; i < kStepCount; ++i) {
                const StepId id = static_cast<StepId>(i);
                emit m_owner->stepResult(id, m_session.stepResult(id));
            }
            emit m_owner->cloudFirewallRules(m_runner->cloudRules());
        }
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, operation, status] {
                owner->onJobDone(operation, status.ok(), status.ok() ? Error{} : status.error());
            },
            Qt::QueuedConnection);
    }

    // The first cancel stops at a safe point (SetupRunner::stopSoon), a second one at once.
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
    Status prepare(Snapshot &snapshot)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopAsked = false;
        const bool reuse = m_runner && m_runner->isConnected() &&
                           !m_runner->connection().isCancelled() &&
                           sameServer(m_session.connection(), snapshot.connection);
        m_session.setConnection(snapshot.connection);
        m_session.credentials() = std::move(snapshot.credentials);
        m_session.setChoices(snapshot.choices);
        if (!reuse)
            m_runner = std::make_unique<SetupRunner>(m_session, snapshot.options);
        else
            m_runner->setOptions(snapshot.options);
        return {};
    }

    Status ensureConnected()
    {
        if (m_runner->isConnected())
            return {};
        emit m_owner->progress(QObject::tr("Connecting to %1…").arg(m_session.connection().host));
        Status s = m_runner->connect();
        const ssh::HostKeyInfo key = m_runner->connection().hostKey();
        if (!s) {
            if (s.error().code == ErrorCode::HostKeyUnknown)
                emit m_owner->hostKeyUnknown(key);
            else if (s.error().code == ErrorCode::HostKeyChanged)
                emit m_owner->hostKeyChanged(key, s.error());
            return s;
        }
        emit m_owner->connected(
            m_runner->connection().serverBanner(), m_runner->connection().authMethodUsed(),
            m_runner->privilege() ? m_runner->privilege()->describe() : QString());
        return {};
    }

    SetupWorker *m_owner;
    SetupSession m_session; // worker-thread copy
    std::mutex m_mutex;     // guards m_runner against cancel()/reset() from the GUI thread
    std::atomic<bool> m_stopAsked{false};
    std::unique_ptr<SetupRunner> m_runner;
};

SetupWorker::SetupWorker(SetupSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_job(std::make_shared<Job>(this))
{
    qRegisterMetaType<stitch::StepId>();
    qRegisterMetaType<stitch::StepResult>();
    qRegisterMetaType<stitch::Error>();
    qRegisterMetaType<stitch::ssh::HostKeyInfo>();
    qRegisterMetaType<stitch::remote::TranscriptEntry>();
    qRegisterMetaType<stitch::setup::Operation>();
    m_thread.setObjectName(QStringLiteral("stitch-ssh-worker"));
    m_thread.start();
    // Results update the GUI's session; the GUI reacts to SetupSession's own signals.
    connect(this, &SetupWorker::stepResult, this,
            [this](StepId id, const StepResult &r) { m_session.setStepResult(id, r); });
    connect(this, &SetupWorker::transcriptEntry, this,
            [this](const remote::TranscriptEntry &e) { m_session.transcript().append(e); });
    connect(this, &SetupWorker::connected, this,
            [this](const QString &, const QString &, const QString &privilege) {
                m_privilege = privilege;
            });
}

SetupWorker::~SetupWorker()
{
    m_job->cancel();
    m_thread.quit();
    m_thread.wait();
}

void SetupWorker::start(Operation operation, const RunOptions &options)
{
    if (m_busy)
        return;
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->connection = m_session.connection();
    snapshot->choices = m_session.choices();
    snapshot->credentials.password = m_session.credentials().password.clone();
    snapshot->credentials.keyPassphrase = m_session.credentials().keyPassphrase.clone();
    snapshot->credentials.sudoPassword = m_session.credentials().sudoPassword.clone();
    snapshot->options = options;
    m_busy = true;
    m_operation = operation;
    emit busyChanged(true);
    // Runs on the worker thread: a context object living there.
    QObject *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [job = m_job, operation, snapshot, context] {
            job->run(operation, snapshot);
            delete context;
        },
        Qt::QueuedConnection);
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

void SetupWorker::onJobDone(Operation operation, bool ok, const Error &error)
{
    m_busy = false;
    emit busyChanged(false);
    emit finished(operation, ok, error);
}

} // namespace stitch::setup
