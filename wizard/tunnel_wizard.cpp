#include "tunnel_wizard.h"

#include "welcome_page.h"

namespace stitch::wizard {

TunnelWizard::TunnelWizard(SetupSession &session, QWidget *parent)
    : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("tunnelWizard"));
    setWindowTitle(tr("Stitch SSH Tunnel Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(WelcomePageId, new WelcomePage(m_session, this));
    resize(900, 640);
}

} // namespace stitch::wizard
