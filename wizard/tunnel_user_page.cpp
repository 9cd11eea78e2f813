#include "tunnel_user_page.h"

#include "model/setup_session.h"
#include "setup/stitch_network.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace stitch::wizard {

TunnelUserPage::TunnelUserPage(SetupSession &session, SetupController &controller, QWidget *parent)
    : StepPage(StepId::TunnelUser, session, controller, parent)
{
    setObjectName(QStringLiteral("tunnelUserPage"));
    setTitle(tr("Step 4 of 5: Create the Stitch user"));
    setExplanation(tr("Stitch logs in as a user of its own that can do nothing but hold the "
                      "tunnel. The wizard creates it with its group, a ~/.ssh folder (mode 700) "
                      "and authorized_keys (mode 600) holding the Stitch key on one line, and "
                      "checks that sshd lets this user in and allows the tunnel."));
    StepPolicy policy;
    policy.mayApply = true;
    setPolicy(policy);

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

    m_restrict = new QCheckBox(tr("Accept the key only from Stitch's addresses"), this);
    m_restrict->setObjectName(QStringLiteral("keyFromStitchOnlyCheckBox"));
    m_restrict->setAccessibleName(m_restrict->text());
    m_restrict->setToolTip(tr("The key can always do nothing but hold a tunnel to the database's "
                              "host and port. This also adds from=\"…\" with Stitch's addresses, "
                              "so the key is refused from anywhere else."));
    topLayout()->addWidget(m_restrict);
    bindOptIn(m_restrict, &setup::RunOptions::keyFromStitchOnly);

    m_adopt = new QCheckBox(tr("Use the existing account (this wizard did not create it)"), this);
    m_adopt->setObjectName(QStringLiteral("adoptExistingUserCheckBox"));
    m_adopt->setAccessibleName(m_adopt->text());
    m_adopt->setToolTip(tr("Tick this only if the account is meant for Stitch's tunnel and "
                           "nothing else: Stitch's key is added to it."));
    m_adopt->setVisible(false);
    topLayout()->addWidget(m_adopt);
    bindOptIn(m_adopt, &setup::RunOptions::adoptExistingUser);

    m_fixSshd = new QCheckBox(tr("Fix sshd for the tunnel user"), this);
    m_fixSshd->setObjectName(QStringLiteral("fixSshdCheckBox"));
    m_fixSshd->setAccessibleName(m_fixSshd->text());
    m_fixSshd->setToolTip(
        tr("When you apply, the wizard adds a \"Match User\" block for the tunnel user alone that "
           "lets it in and allows its tunnel, checks it with sshd -t and sshd -T, and reloads "
           "sshd. If a fresh login as you or the tunnel user's login then fails, the block is "
           "taken out again. Open sessions stay open; settings for other users are not "
           "touched."));
    m_fixSshd->setVisible(false);
    topLayout()->addWidget(m_fixSshd);
    bindOptIn(m_fixSshd, &setup::RunOptions::fixSshd);
    connect(m_fixSshd, &QCheckBox::toggled, this, [this] { refresh(); });

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
    // Offered only once the server has shown that the account exists and is not ours.
    bool notOurs = false;
    bool sshdBlocks = false; // offered only when sshd's settings keep the tunnel user out
    const StepResult &result = session().stepResult(StepId::TunnelUser);
    for (const Finding &f : result.findings) {
        // An account apply refuses is never used: nothing is offered for it.
        if (!result.refusals.isEmpty() && !result.refusals.contains(f.code))
            continue;
        notOurs = notOurs || f.code == QLatin1String("user.not_ours");
        sshdBlocks = sshdBlocks || f.remedy.kind == RemedyKind::FixSshd;
    }
    m_fixSshd->setVisible(sshdBlocks || m_fixSshd->isChecked());
    m_fixSshd->setEnabled(!isBusy());
    m_adopt->setVisible(notOurs || m_adopt->isChecked());
    m_adopt->setEnabled(!isBusy());
    StepPage::refresh();
}

} // namespace stitch::wizard
