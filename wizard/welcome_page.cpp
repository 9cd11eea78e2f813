#include "welcome_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stitch::wizard {

WelcomePage::WelcomePage(SetupSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Set up an SSH tunnel for Stitch"));
    auto *text = new QLabel(
        tr("<p>This wizard prepares your SSH server so that Stitch can reach your database "
           "through an SSH tunnel, and checks every step on the real server.</p>"
           "<p>You need: the SSH server's address and an account that may use sudo, the Stitch "
           "public key from the Stitch web app, and where your database is.</p>"),
        this);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace stitch::wizard
