#pragma once

#include "stitch_api/connect_api.h"
#include "stitch_api/source_check.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stitch {
class CredentialStore;
class SetupSession;
} // namespace stitch

namespace stitch::wizard {

// On "Did Stitch get in?", optional: with a Stitch Connect API token (kept in the system
// keychain), choose the Stitch source, send it the values of step 5 and wait for the connection
// check Stitch then runs; its verdict shows in plain words beside what sshd's log showed.
// Nothing here runs without a token.
class StitchCheckPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(StitchCheckPanel)
public:
    StitchCheckPanel(SetupSession &session, CredentialStore &store, QWidget *parent = nullptr);
    ~StitchCheckPanel() override;

    // Tests point it at their fake server (address, CA file) and shorten the waits.
    void setApiOptions(const stitch_api::ConnectApiOptions &options,
                       const stitch_api::CheckWaitOptions &wait);
    // Unfolded: the token field and the rest show; opening reads the token from the keychain.
    bool isOpen() const;
    void setOpen(bool open);
    // Stops a running request or wait (Back, Done, closing the window).
    void stop();

private:
    // Fills the token field from the keychain if it holds one.
    void loadToken();
    bool makeApi();
    void loadSources();
    void sendValues();
    void showVerdict(const stitch_api::SourceCheckOutcome &outcome);
    void showError(const Error &error);
    void setBusy(bool busy);

    SetupSession &m_session;
    CredentialStore &m_store;
    stitch_api::ConnectApiOptions m_apiOptions;
    stitch_api::CheckWaitOptions m_waitOptions;
    std::unique_ptr<stitch_api::SourceCheckRun> m_run; // before m_api: uses it
    std::unique_ptr<stitch_api::ConnectApi> m_api;
    QList<stitch_api::StitchSource> m_sources;

    QCheckBox *m_open = nullptr;
    QWidget *m_body = nullptr; // shown while m_open is ticked
    QLineEdit *m_token = nullptr;
    QPushButton *m_load = nullptr;
    QComboBox *m_sourceBox = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace stitch::wizard
