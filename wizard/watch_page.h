#pragma once

#include "setup_controller.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace stitch {
class CredentialStore;
class SetupSession;
} // namespace stitch

namespace stitch::wizard {

class FindingsView;
class StitchCheckPanel;

// After step 5: "Did Stitch get in?" Watch for Stitch reads sshd's log on the server (on the
// worker thread, through the SetupController) while the admin starts Stitch's connection
// check, shows each attempt as it comes, and ends with one sentence — Stitch got in, or not —
// and each finding with its fix. Stop, Back, Done and closing the window end the watch. Below,
// optional, Stitch's own verdict through its Connect API (StitchCheckPanel).
class WatchPage : public QWizardPage, public WatchClient
{
    Q_OBJECT
    Q_DISABLE_COPY(WatchPage)
public:
    WatchPage(SetupSession &session, SetupController &controller, CredentialStore &store,
              QWidget *parent = nullptr);

    // How long a watch lasts at most (10 minutes unless set; tests shorten it).
    void setWatchDuration(qint64 ms) { m_durationMs = ms; }

    void initializePage() override;
    // Going Back stops a running watch (and keeps every choice).
    void cleanupPage() override;
    // Done stops a running watch.
    bool validatePage() override;

private:
    void startWatch();
    void stopWatch();
    void refresh();
    void watchStarted() override;
    void watchAttempt(const QString &summary) override;
    void watchFinished(const setup::WatchOutcome &outcome) override;
    QString durationText() const;

    SetupSession &m_session;
    SetupController &m_controller;
    qint64 m_durationMs = 10 * 60 * 1000;
    bool m_stopping = false;

    QLabel *m_instructions = nullptr;
    QPushButton *m_watch = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_attempts = nullptr;
    QLabel *m_verdict = nullptr;
    FindingsView *m_findings = nullptr;
    StitchCheckPanel *m_stitchCheck = nullptr; // optional: Stitch's own check, Connect API
};

} // namespace stitch::wizard
