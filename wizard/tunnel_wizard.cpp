#include "tunnel_wizard.h"

#include "connect_page.h"
#include "database_page.h"
#include "finish_page.h"
#include "firewall_page.h"
#include "model/setup_session.h"
#include "on_screen_values.h"
#include "public_key_page.h"
#include "setup_controller.h"
#include "step_list.h"
#include "tunnel_user_page.h"
#include "watch_page.h"
#include "welcome_page.h"
#include "window_fit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace stitch::wizard {

TunnelWizard::TunnelWizard(SetupSession &session, SetupController &controller,
                           CredentialStore &store, QWidget *parent)
    : QWizard(parent), m_session(session), m_controller(controller)
{
    setObjectName(QStringLiteral("tunnelWizard"));
    setWindowTitle(tr("Stitch SSH Tunnel Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(WelcomePageId, new WelcomePage(m_session, this));
    setPage(ConnectPageId, new ConnectPage(m_session, m_controller, store, this));
    setPage(FirewallPageId, new FirewallPage(m_session, m_controller, this));
    setPage(DatabasePageId, new DatabasePage(m_session, m_controller, this));
    setPage(PublicKeyPageId, new PublicKeyPage(m_session, m_controller, this));
    setPage(TunnelUserPageId, new TunnelUserPage(m_session, m_controller, this));
    setPage(FinishPageId, new FinishPage(m_session, m_controller, this));
    setPage(WatchPageId, new WatchPage(m_session, m_controller, store, this));
    // Long pages scroll inside the page; Back, Next and Close stay on screen.
    for (const int id : pageIds())
        makePageScrollable(page(id));
    setStartId(WelcomePageId);
    // Mnemonics for keyboard-only use.
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setButtonText(QWizard::CancelButton, tr("&Close"));

    m_steps = new StepList(m_session, *this, this);
    m_steps->addRow(WelcomePageId, std::nullopt, tr("Welcome"));
    m_steps->addRow(ConnectPageId, std::nullopt, tr("Connect"));
    m_steps->addRow(FirewallPageId, StepId::Firewall, tr("1. SSH port"));
    m_steps->addRow(DatabasePageId, StepId::Database, tr("2. Database"));
    m_steps->addRow(PublicKeyPageId, StepId::PublicKey, tr("3. Stitch key"));
    m_steps->addRow(TunnelUserPageId, StepId::TunnelUser, tr("4. Stitch user"));
    m_steps->addRow(FinishPageId, StepId::Finish, tr("5. Finish in Stitch"));
    m_steps->addRow(WatchPageId, std::nullopt, tr("Did Stitch get in?"));
    setSideWidget(m_steps);

    // Every page's error can be selected and copied (the context menu's Copy) for support.
    for (QLabel *label : findChildren<QLabel *>()) {
        const QString name = label->objectName();
        if (name == QLatin1String("errorLabel") || name == QLatin1String("hostNote") ||
            name.endsWith(QLatin1String("Error")))
            label->setTextInteractionFlags(label->textInteractionFlags() |
                                           Qt::TextSelectableByMouse);
    }
    watchForTyping();
    // QWizard enables Back again whenever a page's completeness changes: guard after it.
    for (const int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &TunnelWizard::guardBackButton);
    connect(this, &QWizard::currentIdChanged, this, &TunnelWizard::guardBackButton);
    connect(&m_controller, &SetupController::busyChanged, this, [this](bool busy) {
        if (!busy && currentPage())
            emit currentPage()->completeChanged(); // QWizard sets Back as it should be
        guardBackButton();
    });
}

void TunnelWizard::watchForTyping()
{
    // Only what the user does counts: textEdited, activated and clicked, never a programmatic
    // change (loading a setup, the demo's prefill).
    const auto typed = [this] {
        m_typed = true;
    };
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (!edit->isReadOnly())
            connect(edit, &QLineEdit::textEdited, this, typed);
    }
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>()) {
        if (edit->isReadOnly())
            continue;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (edit->hasFocus())
                m_typed = true;
        });
    }
    for (QComboBox *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::activated, this, typed);
    for (QRadioButton *choice : findChildren<QRadioButton *>())
        connect(choice, &QRadioButton::clicked, this, typed);
}

void TunnelWizard::guardBackButton()
{
    if (m_controller.isChangingServer())
        button(QWizard::BackButton)->setEnabled(false);
}

void TunnelWizard::reject()
{
    emit closeRequested();
}

void TunnelWizard::onScreenSetup(ssh::ConnectionSettings &connection, SetupChoices &choices) const
{
    connection = m_session.connection();
    choices = m_session.choices();
    // A page not shown since the start still holds its defaults, not the session's values.
    for (const int id : visitedIds()) {
        if (const auto *values = dynamic_cast<const OnScreenValues *>(page(id)))
            values->addOnScreenValues(connection, choices);
    }
}

void TunnelWizard::reloadFromSession()
{
    restart();
    m_typed = false;
}

} // namespace stitch::wizard
