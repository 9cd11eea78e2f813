#pragma once

#include "step_page.h"

class QLabel;

namespace stitch::wizard {

// Step 2: the SSH server can reach the database. Shows where the tunnel leads and what the
// server found when it spoke to the database there.
class DatabasePage : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(DatabasePage)
public:
    DatabasePage(SetupSession &session, SetupController &controller, QWidget *parent = nullptr);

private:
    void showChoices();

    QLabel *m_type = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_port = nullptr;
};

} // namespace stitch::wizard
