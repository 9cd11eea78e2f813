#include "tunnel_wizard.h"

#include "connect_page.h"
#include "database_page.h"
#include "finish_page.h"
#include "firewall_page.h"
#include "public_key_page.h"
#include "tunnel_user_page.h"
#include "welcome_page.h"
#include "window_fit.h"

namespace stitch::wizard {

TunnelWizard::TunnelWizard(SetupSession &session, SetupController &controller,
                           CredentialStore &store, QWidget *parent)
    : QWizard(parent), m_session(session), m_controller(controller)
{
    setObjectName(QStringLiteral("tunnelWizard"));
    setWindowTitle(tr("Stitch SSH Tunnel Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(WelcomePageId, new WelcomePage(m_session, this));
    setPage(ConnectPageId, new ConnectPage(m_session, m_controller, store, this));
    setPage(FirewallPageId, new FirewallPage(m_session, m_controller, this));
    setPage(DatabasePageId, new DatabasePage(m_session, m_controller, this));
    setPage(PublicKeyPageId, new PublicKeyPage(m_session, m_controller, this));
    setPage(TunnelUserPageId, new TunnelUserPage(m_session, m_controller, this));
    setPage(FinishPageId, new FinishPage(m_session, m_controller, this));
    // Long pages scroll inside the page; Back, Next and Close stay on screen.
    for (const int id : pageIds())
        makePageScrollable(page(id));
    setStartId(WelcomePageId);
    // Mnemonics for keyboard-only use.
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
}

void TunnelWizard::reloadFromSession()
{
    restart();
}

} // namespace stitch::wizard
