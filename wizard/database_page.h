#pragma once

#include "step_page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stitch::wizard {

// Step 2: the SSH server can reach the database. Shows where the tunnel leads and what the
// server found when it spoke to the database there; with Stitch's database user, whether the
// database's access rules admit the SSH server (checked without a password).
class DatabasePage : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(DatabasePage)
public:
    DatabasePage(SetupSession &session, SetupController &controller, QWidget *parent = nullptr);

protected:
    bool canStart() const override { return loginValid(); }
    bool prepareOperation() override;

private:
    // Where the tunnel leads (type, host, port; host and port editable) and what "host" means.
    void buildWhereForm();
    void showChoices();
    bool loginValid() const;
    // Stores a valid edited login in the session (which forgets this step's old result); true
    // when it changed.
    bool commitLogin();
    void commitLoginAndCheck();

    QLabel *m_type = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_ssl = nullptr;
    QLabel *m_loginError = nullptr;
    bool m_editWhileBusy = false; // an edit came while a check ran: take it when that ends
};

} // namespace stitch::wizard
