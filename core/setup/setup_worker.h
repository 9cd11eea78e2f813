#pragma once

#include "common/error.h"
#include "remote/transcript.h"
#include "run_options.h"
#include "session/step_result.h"
#include "ssh/host_key.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace stitch {
class SetupSession;
}

namespace stitch::setup {

class SetupRunner;

// What the user asked for; one at a time.
enum class Operation
{
    Connect,
    Check,
    Apply,
    Remove
};

// Runs SetupRunner on its own thread so the GUI thread never waits on the network. The GUI
// talks to it only through queued signals: every request carries a snapshot of the session's
// settings, choices and secrets, and results come back as signals that the GUI applies to its
// SetupSession. The SSH connection is made once and reused until the server changes.
class SetupWorker : public QObject
{
    Q_OBJECT
public:
    // `session` is the GUI thread's session: read (snapshotted) on the GUI thread when a request
    // starts, written only from the result signals, which arrive on the GUI thread.
    explicit SetupWorker(SetupSession &session, QObject *parent = nullptr);
    ~SetupWorker() override;

    bool isBusy() const { return m_busy; }
    Operation currentOperation() const { return m_operation; }

    // Each starts one operation on the worker thread; ignored while busy. Connect is implied by
    // the others when needed.
    void start(Operation operation, const RunOptions &options = {});
    // Thread-safe: the running operation ends with ErrorCode::Cancelled; the connection is
    // dropped and made again by the next request.
    void cancel();
    // Forget the connection (e.g. the server settings changed).
    void disconnectFromServer();

    // Stitch's form values as of the last operation.
    QString privilegeDescription() const { return m_privilege; }

signals:
    void busyChanged(bool busy);
    void progress(const QString &message);
    // An unknown host key: ask the user, then set HostKeyTrust and start again.
    void hostKeyUnknown(const stitch::ssh::HostKeyInfo &info);
    // A changed host key: a hard stop.
    void hostKeyChanged(const stitch::ssh::HostKeyInfo &info, const stitch::Error &error);
    void connected(const QString &serverBanner, const QString &authMethod,
                   const QString &privilege);
    void stepResult(stitch::StepId id, const stitch::StepResult &result);
    void transcriptEntry(const stitch::remote::TranscriptEntry &entry);
    void cloudFirewallRules(const QString &rules);
    // Always emitted last, exactly once per start().
    void finished(stitch::setup::Operation operation, bool ok, const stitch::Error &error);

private:
    class Job;
    void onJobDone(Operation operation, bool ok, const Error &error);

    SetupSession &m_session;
    QThread m_thread;
    std::shared_ptr<Job> m_job;
    bool m_busy = false;
    Operation m_operation = Operation::Connect;
    QString m_privilege;
};

} // namespace stitch::setup

Q_DECLARE_METATYPE(stitch::setup::Operation)
