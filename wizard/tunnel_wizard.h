#pragma once

#include <QWizard>

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// The desktop wizard. Every page gets the one shared SetupSession.
class TunnelWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId };

    explicit TunnelWizard(SetupSession &session, QWidget *parent = nullptr);

private:
    SetupSession &m_session;
};

} // namespace stitch::wizard
