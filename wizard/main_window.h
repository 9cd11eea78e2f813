#pragma once

#include <QMainWindow>

namespace stitch {
class SetupSession;
namespace setup {
class SetupWorker;
}
} // namespace stitch

namespace stitch::wizard {

class TranscriptDock;
class TunnelWizard;

// The window around the wizard: menus (setup files, report, remove access, do it myself) and
// the transcript panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SetupSession &session, setup::SetupWorker &worker, QWidget *parent = nullptr);

    TunnelWizard *tunnelWizard() const { return m_wizard; }

private:
    void createMenus();
    void rebuildRecentMenu();
    void openSetup();
    void saveSetup();
    void exportReport();
    void removeAccess();
    void doItMyself();
    void showAbout();

    SetupSession &m_session;
    setup::SetupWorker &m_worker;
    TunnelWizard *m_wizard = nullptr;
    QMenu *m_recentMenu = nullptr;
    TranscriptDock *m_transcript = nullptr;
};

} // namespace stitch::wizard
