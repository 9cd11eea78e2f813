#pragma once

#include "step_page.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace stitch::wizard {

// Step 4: the Stitch user, its ~/.ssh and authorized_keys with the key, and what sshd thinks of
// that user. Apply creates or repairs all of it (and step 1's firewall rules).
class TunnelUserPage : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(TunnelUserPage)
public:
    TunnelUserPage(SetupSession &session, SetupController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    bool canStart() const override { return nameValid(); }
    bool prepareOperation() override;
    bool canApply(QString *why) const override;
    void refresh() override;

private:
    bool nameValid() const;
    // Stores a valid edited name in the session (which forgets this step's old result).
    void commitName();
    void commitNameAndCheck();

    QLineEdit *m_user = nullptr;
    QLabel *m_userError = nullptr;
    QCheckBox *m_restrict = nullptr;
    QCheckBox *m_adopt = nullptr;
    QCheckBox *m_fixSshd = nullptr;
};

} // namespace stitch::wizard
