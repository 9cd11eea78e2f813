#pragma once

#include <QWizard>

namespace stitch {
class CredentialStore;
class SetupSession;
} // namespace stitch

namespace stitch::wizard {

class SetupController;
// The five steps of Stitch's guide as wizard pages, after Welcome and Connect. Every page gets
// the one shared SetupSession and the SetupController that runs operations off the GUI thread.
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

    // `store` remembers passwords for the Connect page; it must outlive the wizard.
    TunnelWizard(SetupSession &session, SetupController &controller, CredentialStore &store,
                 QWidget *parent = nullptr);

    // Restarts at Welcome with the session's (possibly reloaded) values.
    void reloadFromSession();

private:
    SetupSession &m_session;
    SetupController &m_controller;
};

} // namespace stitch::wizard
