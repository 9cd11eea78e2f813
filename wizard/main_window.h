#pragma once

#include "setup_controller.h"

#include <QMainWindow>

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

private:
    void createMenus();
    void rebuildRecentMenu();
    void openSetup();
    void saveSetup();
    void exportReport();
    void removeAccess();
    void doItMyself();
    // Remove access is the window's own operation.
    void operationProgress(const QString &) override {}
    void operationFinished(const setup::OperationReport &report) override;
    void showAbout();

    SetupSession &m_session;
    SetupController &m_controller;
    TunnelWizard *m_wizard = nullptr;
    QMenu *m_recentMenu = nullptr;
    TranscriptDock *m_transcript = nullptr;
};

} // namespace stitch::wizard
