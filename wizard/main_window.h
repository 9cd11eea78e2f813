#pragma once

#include "common/result.h"
#include "session/setup_file.h"
#include "setup_controller.h"

#include <QMainWindow>
#include <QSize>

namespace stitch {
class CredentialStore;
class SetupSession;
} // namespace stitch

namespace stitch::wizard {

class TranscriptDock;
class TunnelWizard;

// The window around the wizard: menus (setup files, report, remove access, do it myself) and
// the transcript panel.
class MainWindow : public QMainWindow, public OperationClient
{
    Q_OBJECT
public:
    // `store` remembers passwords (the system keychain in the app); it must outlive the window.
    MainWindow(SetupSession &session, SetupController &controller, CredentialStore &store,
               QWidget *parent = nullptr);

    TunnelWizard *tunnelWizard() const { return m_wizard; }

    // Opens a setup file (File → Open setup…, or `stitch-tunnel-wizard FILE`): its values and
    // opt-ins fill the pages, from Welcome. A bad file is said in a message box; false then.
    bool openSetupFile(const QString &path);
    // Help → Copy diagnostics: what support asks for, with what is on screen; no secret.
    QString diagnostics() const;
    // Help → Save support bundle…: the diagnostics as a text file.
    Status saveSupportBundle(const QString &path) const;

protected:
    void showEvent(QShowEvent *event) override;
    // Asks before discarding typed values; during Apply or Remove, asks and then closes once
    // the running script has finished (the server is never left half-changed).
    void closeEvent(QCloseEvent *event) override;

private:
    // The window's size where the screen has room for it (frame excluded).
    static constexpr QSize kPreferredSize{960, 680};

    void createMenus();
    void rebuildRecentMenu();
    void openSetup();
    void saveSetup();
    void newCustomerSetup();
    void copyDiagnostics();
    void askAndSaveSupportBundle();
    // The setup on screen, with the ticked opt-ins (what Save setup writes).
    SetupFileContents onScreenSetup() const;
    void exportReport();
    void exportPlaybook();
    void removeAccess();
    void doItMyself();
    // Remove access is the window's own operation: its phases show on the current page.
    void operationProgress(const QString &message) override;
    void operationFinished(const setup::OperationReport &report) override;
    void showAbout();
    void askToDiscard();
    void askToCloseAfterChanges();
    void closeWhenIdle();

    SetupSession &m_session;
    SetupController &m_controller;
    TunnelWizard *m_wizard = nullptr;
    QMenu *m_recentMenu = nullptr;
    TranscriptDock *m_transcript = nullptr;
    bool m_fittedOnShow = false;
    bool m_closeConfirmed = false; // the user said yes (or finished): close without asking
    bool m_closeWhenIdle = false;  // close once the running operation has finished
};

} // namespace stitch::wizard
