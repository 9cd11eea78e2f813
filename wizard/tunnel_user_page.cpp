#include "tunnel_user_page.h"

#include "session/setup_session.h"
#include "setup/stitch_network.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace stitch::wizard {

TunnelUserPage::TunnelUserPage(SetupSession &session, setup::SetupWorker &worker, QWidget *parent)
    : StepPage(StepId::TunnelUser, session, worker, parent)
{
    setObjectName(QStringLiteral("tunnelUserPage"));
    setTitle(tr("Step 4 of 5: Create the Stitch user"));
    setExplanation(tr("Stitch logs in as a user of its own that can do nothing but hold the "
                      "tunnel. The wizard creates it with its group, a ~/.ssh folder (mode 700) "
                      "and authorized_keys (mode 600) holding the Stitch key on one line, and "
                      "checks that sshd lets this user in and allows the tunnel."));
    setApplyAvailable(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_user = new QLineEdit(session.choices().tunnelUser, this);
    m_user->setObjectName(QStringLiteral("tunnelUserEdit"));
    m_user->setAccessibleName(tr("Tunnel user name"));
    m_user->setMaxLength(32);
    form->addRow(tr("User name:"), m_user);
    topLayout()->addLayout(form);

    m_userError = new QLabel(this);
    m_userError->setObjectName(QStringLiteral("tunnelUserError"));
    m_userError->setAccessibleName(tr("Problem with the user name"));
    m_userError->setWordWrap(true);
    m_userError->setTextFormat(Qt::PlainText);
    styleAsAlert(m_userError);
    m_userError->setVisible(false);
    topLayout()->addWidget(m_userError);

    m_restrict = new QCheckBox(tr("Limit the key to this tunnel only (restrict, permitopen, "
                                  "from)"),
                               this);
    m_restrict->setObjectName(QStringLiteral("restrictKeyCheckBox"));
    m_restrict->setAccessibleName(m_restrict->text());
    m_restrict->setToolTip(tr("Adds options in front of the key in authorized_keys: no shell, no "
                              "other forwarding, a tunnel only to the database's host and port, "
                              "and only from Stitch's addresses."));
    topLayout()->addWidget(m_restrict);
    registerField(QStringLiteral("restrictKey"), m_restrict);

    connect(m_user, &QLineEdit::textEdited, this, [this] { refresh(); });
    connect(m_user, &QLineEdit::editingFinished, this, &TunnelUserPage::commitNameAndCheck);
    connect(&session, &SetupSession::choicesChanged, this, [this] {
        if (!m_user->hasFocus() && m_user->text() != this->session().choices().tunnelUser)
            m_user->setText(this->session().choices().tunnelUser);
    });
    reload();
}

void TunnelUserPage::initializePage()
{
    if (!m_user->hasFocus())
        m_user->setText(session().choices().tunnelUser);
    StepPage::initializePage();
}

bool TunnelUserPage::isComplete() const
{
    // An edited name that is not stored yet has no result.
    return nameValid() && m_user->text() == session().choices().tunnelUser &&
           StepPage::isComplete();
}

bool TunnelUserPage::nameValid() const
{
    return setup::validateTunnelUser(m_user->text()).ok();
}

void TunnelUserPage::commitName()
{
    auto name = setup::validateTunnelUser(m_user->text());
    if (!name || isBusy())
        return;
    SetupChoices choices = session().choices();
    if (choices.tunnelUser == name.value())
        return;
    choices.tunnelUser = name.value();
    session().setChoices(choices);
    refresh();
}

void TunnelUserPage::commitNameAndCheck()
{
    const QString before = session().choices().tunnelUser;
    commitName();
    // A new name has no result yet: look at the server for it (read-only).
    if (session().choices().tunnelUser != before && !isBusy())
        startCheck();
}

bool TunnelUserPage::prepareOperation()
{
    commitName();
    return true;
}

bool TunnelUserPage::canApply(QString *why) const
{
    if (!nameValid()) {
        if (why)
            *why = tr("Enter a valid user name first.");
        return false;
    }
    return StepPage::canApply(why);
}

void TunnelUserPage::refresh()
{
    auto name = setup::validateTunnelUser(m_user->text());
    if (name) {
        m_userError->setVisible(false);
    } else {
        const Error &error = name.error();
        m_userError->setText(error.fix.isEmpty() ? error.message
                                                 : tr("%1 %2").arg(error.message, error.fix));
        m_userError->setVisible(true);
    }
    m_user->setReadOnly(isBusy());
    m_restrict->setEnabled(!isBusy());
    StepPage::refresh();
}

} // namespace stitch::wizard
