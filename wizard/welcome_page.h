#pragma once

#include <QWizardPage>

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// Explains in plain words what will happen and what the admin needs at hand.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(SetupSession &session, QWidget *parent = nullptr);

private:
    SetupSession &m_session;
};

} // namespace stitch::wizard
