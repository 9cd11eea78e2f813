#pragma once

#include "step_page.h"

class QCheckBox;

namespace stitch::wizard {

class CloudRulesBox;

// Step 1: Stitch's addresses may reach the SSH port. Shows ready-made cloud firewall rules when
// the host has no firewall, and offers (opt-in) to turn on ufw with the admin's address first.
class FirewallPage : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(FirewallPage)
public:
    FirewallPage(SetupSession &session, SetupController &controller, QWidget *parent = nullptr);

protected:
    QString acknowledgement() const override;
    void refresh() override;
    void resultChanged() override;

private:
    bool noHostFirewall() const;
    // Stitch is blocked by the host firewall, and the rules can only be added once the key is
    // known: applying happens in step 4 together with the user.
    bool deferredToTunnelUser() const;

    CloudRulesBox *m_cloudBox = nullptr;
    QCheckBox *m_enableFirewall = nullptr;
};

} // namespace stitch::wizard
