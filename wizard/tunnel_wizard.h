#pragma once

#include <QWizard>

namespace stitch {
class SetupSession;
namespace setup {
class SetupWorker;
}
} // namespace stitch

namespace stitch::wizard {

// The five steps of Stitch's guide as wizard pages, after Welcome and Connect. Every page gets
// the one shared SetupSession and the worker that talks to the server off the GUI thread.
class TunnelWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        WelcomePageId,
        ConnectPageId,
        FirewallPageId,
        DatabasePageId,
        PublicKeyPageId,
        TunnelUserPageId,
        FinishPageId,
    };

    TunnelWizard(SetupSession &session, setup::SetupWorker &worker, QWidget *parent = nullptr);

    // Restarts at Welcome with the session's (possibly reloaded) values.
    void reloadFromSession();

private:
    SetupSession &m_session;
    setup::SetupWorker &m_worker;
};

} // namespace stitch::wizard
