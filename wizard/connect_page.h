#pragma once

#include "on_screen_values.h"
#include "setup_controller.h"
#include "ssh/connection_settings.h"
#include "ssh/host_key.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace stitch {
class CredentialStore;
class SetupSession;
struct Error;
} // namespace stitch

namespace stitch::wizard {

class BusyRow;

// Where the SSH server is and how to log in. Next runs a real connection test (host key,
// login, sudo) off the GUI thread: the first validatePage() starts it and returns false, the
// result then moves the wizard on (Nextcloud's two-pass pattern).
class ConnectPage : public QWizardPage, public OperationClient, public OnScreenValues
{
    Q_OBJECT
public:
    // `store` keeps the remembered passwords (the system keychain in the app); it must outlive
    // the page.
    ConnectPage(SetupSession &session, SetupController &controller, CredentialStore &store,
                QWidget *parent = nullptr);

    void initializePage() override;
    // Keeps what was typed when going Back (QWizardPage's default resets the fields).
    void cleanupPage() override {}
    bool validatePage() override;
    bool isComplete() const override;
    void addOnScreenValues(ssh::ConnectionSettings &connection,
                           SetupChoices &choices) const override;

private:
    // The constructor's parts, in the order the fields are made (their tab order).
    QLayout *buildHostRow();
    void buildAuthFields();
    void buildSudoFieldsAndNotes();
    QFormLayout *buildForm(QLayout *hostRow);
    void connectFields();
    void startConnect();
    void operationProgress(const QString &message) override;
    void operationFinished(const setup::OperationReport &report) override;
    void askAboutHostKey(const ssh::HostKeyInfo &info);
    void onInputChanged();
    // "alice@srv:2222" (or "srv:2222", "ssh://…", "[::1]:22") typed as the server: its parts go
    // into their own fields, and the page says so. False when the text cannot be split.
    bool splitHostField();
    void updateAuthFields();
    ssh::AuthMethod authMethod() const;
    int sudoMode() const;
    void setBusy(bool busy);
    void loadRememberedPassword();
    void rememberPasswords();

    SetupSession &m_session;
    SetupController &m_controller;
    CredentialStore &m_store;
    bool m_verified = false;
    bool m_connecting = false;
    bool m_usedRememberedPassword = false;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_authMethod = nullptr;
    QStackedWidget *m_authStack = nullptr;
    QWidget *m_passwordPane = nullptr;
    QWidget *m_keyPane = nullptr;
    QWidget *m_agentPane = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_identity = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QComboBox *m_sudoMode = nullptr;
    QLineEdit *m_sudoPassword = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_sudoPasswordLabel = nullptr;
    QLabel *m_hostNote = nullptr; // what splitHostField() did, or how to write the server
    BusyRow *m_busyRow = nullptr;
    QLabel *m_status = nullptr; // the busy row's label: progress, then the outcome
};

} // namespace stitch::wizard
