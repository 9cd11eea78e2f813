#include "firewall_page.h"

#include "cloud_rules_box.h"
#include "model/setup_session.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace stitch::wizard {

FirewallPage::FirewallPage(SetupSession &session, SetupController &controller, QWidget *parent)
    : StepPage(StepId::Firewall, session, controller, parent)
{
    setObjectName(QStringLiteral("firewallPage"));
    setTitle(tr("Step 1 of 5: Let Stitch reach the SSH port"));
    setExplanation(tr("Stitch connects to your SSH server from a few fixed IP addresses. The "
                      "server's firewall must let exactly these addresses reach the SSH port, "
                      "so that Stitch gets in and nobody else is invited."));
    StepPolicy policy;
    policy.mayApply = true;
    setPolicy(policy);

    m_cloudBox = new CloudRulesBox(this);
    m_cloudBox->setRules(session.cloudRules());
    m_cloudBox->setVisible(false);
    bottomLayout()->addWidget(m_cloudBox);

    m_enableFirewall =
        new QCheckBox(tr("Turn on ufw for me (closes every other incoming port)"), this);
    m_enableFirewall->setObjectName(QStringLiteral("enableFirewallCheckBox"));
    m_enableFirewall->setAccessibleName(m_enableFirewall->text());
    m_enableFirewall->setToolTip(
        tr("When you apply, ufw allows your current address and Stitch's addresses on the SSH "
           "port, then it is enabled: every other incoming connection (web, database replicas, "
           "monitoring, other admins' addresses) is then refused. \"Apply changes…\" lists the "
           "ports that listen now. Without this, the wizard never turns a firewall on."));
    m_enableFirewall->setVisible(false);
    bottomLayout()->addWidget(m_enableFirewall);
    bindOptIn(m_enableFirewall, &setup::RunOptions::enableFirewall);
    connect(m_enableFirewall, &QCheckBox::toggled, this, [this] { refresh(); });

    reload();
}

bool FirewallPage::noHostFirewall() const
{
    for (const Finding &f : result().findings) {
        if (f.code == QLatin1String("firewall.none_active"))
            return true;
    }
    return false;
}

bool FirewallPage::deferredToTunnelUser() const
{
    if (result().status != StepStatus::Fail || canApply(nullptr))
        return false;
    for (const Finding &f : result().findings) {
        if (f.severity == Severity::Fail && f.code != QLatin1String("firewall.stitch_blocked"))
            return false;
    }
    return true;
}

QString FirewallPage::acknowledgement() const
{
    if (deferredToTunnelUser())
        return tr("Continue; the wizard adds these rules in step 4, together with the Stitch "
                  "user");
    return StepPage::acknowledgement().isEmpty() ? QString() : tr("I understand; continue anyway");
}

void FirewallPage::resultChanged()
{
    m_cloudBox->setRules(session().cloudRules()); // they change with step 1's result
}

void FirewallPage::refresh()
{
    const bool none = noHostFirewall();
    m_cloudBox->setVisible(none && !m_cloudBox->isEmpty());
    m_enableFirewall->setVisible(none || m_enableFirewall->isChecked());
    m_enableFirewall->setEnabled(!isBusy());
    StepPage::refresh();
}

} // namespace stitch::wizard
