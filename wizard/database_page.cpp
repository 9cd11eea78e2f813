#include "database_page.h"

#include "model/setup_session.h"
#include "setup/stitch_network.h"
#include "setup_controller.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace stitch::wizard {

namespace {

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

DatabasePage::DatabasePage(SetupSession &session, SetupController &controller, QWidget *parent)
    : StepPage(StepId::Database, session, controller, parent)
{
    setObjectName(QStringLiteral("databasePage"));
    setTitle(tr("Step 2 of 5: Let the SSH server reach the database"));
    setExplanation(tr("Stitch's tunnel ends at the SSH server, which then connects to the "
                      "database. So the database's firewall and access rules must admit the SSH "
                      "server's own (private) address, not Stitch's. The wizard opens a real "
                      "connection through the SSH server and checks that the database answers."));

    buildWhereForm();

    // Optional: with Stitch's database user, the check asks the database itself whether its
    // access rules admit the SSH server. Never a password.
    auto *login = new QFormLayout;
    login->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("databaseUserEdit"));
    m_user->setAccessibleName(tr("Stitch's database user"));
    m_user->setPlaceholderText(tr("optional, e.g. stitch"));
    m_user->setMaxLength(63);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("databaseNameEdit"));
    m_name->setAccessibleName(tr("Database name"));
    m_name->setPlaceholderText(tr("optional; PostgreSQL's default is the user's name"));
    m_name->setMaxLength(63);
    m_ssl = new QCheckBox(tr("Stitch connects with SSL"), this);
    m_ssl->setObjectName(QStringLiteral("databaseSslCheckBox"));
    m_ssl->setAccessibleName(m_ssl->text());
    login->addRow(tr("Stitch's database user:"), m_user);
    login->addRow(tr("Database name:"), m_name);
    login->addRow(QString(), m_ssl);
    topLayout()->addLayout(login);

    m_loginError = new QLabel(this);
    m_loginError->setObjectName(QStringLiteral("databaseLoginError"));
    m_loginError->setAccessibleName(tr("Problem with the database login"));
    m_loginError->setWordWrap(true);
    m_loginError->setTextFormat(Qt::PlainText);
    styleAsAlert(m_loginError);
    m_loginError->setVisible(false);
    topLayout()->addWidget(m_loginError);

    const auto showError = [this] {
        const auto user =
            setup::validateDatabaseName(m_user->text(), setup::DatabaseNameKind::User);
        const auto name =
            setup::validateDatabaseName(m_name->text(), setup::DatabaseNameKind::Database);
        const auto host = setup::validateDatabaseHost(m_host->text());
        const Error *e = !host   ? &host.error()
                         : !user ? &user.error()
                         : !name ? &name.error()
                                 : nullptr;
        m_loginError->setText(e ? e->message + QLatin1Char(' ') + e->fix : QString());
        m_loginError->setVisible(e != nullptr);
    };
    connect(m_host, &QLineEdit::textEdited, this, showError);
    connect(m_host, &QLineEdit::editingFinished, this, &DatabasePage::commitLoginAndCheck);
    connect(m_port, &QSpinBox::editingFinished, this, &DatabasePage::commitLoginAndCheck);
    connect(m_user, &QLineEdit::textEdited, this, showError);
    connect(m_name, &QLineEdit::textEdited, this, showError);
    connect(m_user, &QLineEdit::editingFinished, this, &DatabasePage::commitLoginAndCheck);
    connect(m_name, &QLineEdit::editingFinished, this, &DatabasePage::commitLoginAndCheck);
    connect(m_ssl, &QCheckBox::toggled, this, &DatabasePage::commitLoginAndCheck);

    connect(&controller, &SetupController::busyChanged, this, [this](bool busy) {
        if (!busy && m_editWhileBusy)
            QMetaObject::invokeMethod(this, &DatabasePage::commitLoginAndCheck,
                                      Qt::QueuedConnection);
    });
    connect(&session, &SetupSession::choicesChanged, this, &DatabasePage::showChoices);
    showChoices();
    reload();
}

void DatabasePage::buildWhereForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_type = valueLabel(QStringLiteral("databaseTypeValue"), tr("Database type"), this);
    // Host and port can be corrected here, where the check shows the problem.
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("stepDatabaseHostEdit"));
    m_host->setAccessibleName(tr("Database host as the SSH server sees it"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("stepDatabasePortSpin"));
    m_port->setAccessibleName(tr("Database port"));
    m_port->setRange(1, 65535);
    form->addRow(tr("Database:"), m_type);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    topLayout()->addLayout(form);

    auto *hint = new QLabel(tr("The host is the database's address as the SSH server sees it: "
                               "\"localhost\" means the SSH server itself. Correct host or port "
                               "here and the wizard checks again; the database type is chosen "
                               "on the Welcome page."),
                            this);
    hint->setObjectName(QStringLiteral("databaseHostHint"));
    hint->setAccessibleName(tr("About the database host"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    topLayout()->addWidget(hint);
}

void DatabasePage::showChoices()
{
    const SetupChoices &c = session().choices();
    m_type->setText(databaseDisplayName(c.databaseType));
    if (!m_host->hasFocus() && m_host->text() != c.databaseHost)
        m_host->setText(c.databaseHost);
    if (!m_port->hasFocus() && m_port->value() != c.databasePort)
        m_port->setValue(c.databasePort);
    if (!m_user->hasFocus() && m_user->text() != c.databaseUser)
        m_user->setText(c.databaseUser);
    if (!m_name->hasFocus() && m_name->text() != c.databaseName)
        m_name->setText(c.databaseName);
    if (m_ssl->isChecked() != c.databaseSsl) {
        const QSignalBlocker block(m_ssl);
        m_ssl->setChecked(c.databaseSsl);
    }
}

bool DatabasePage::loginValid() const
{
    return setup::validateDatabaseHost(m_host->text()).ok() &&
           setup::validateDatabaseName(m_user->text(), setup::DatabaseNameKind::User).ok() &&
           setup::validateDatabaseName(m_name->text(), setup::DatabaseNameKind::Database).ok();
}

bool DatabasePage::commitLogin()
{
    if (!loginValid() || isBusy())
        return false;
    SetupChoices choices = session().choices();
    const QString host = setup::validateDatabaseHost(m_host->text()).value();
    const auto port = static_cast<quint16>(m_port->value());
    const QString user = m_user->text().trimmed();
    const QString name = m_name->text().trimmed();
    if (choices.databaseHost == host && choices.databasePort == port &&
        choices.databaseUser == user && choices.databaseName == name &&
        choices.databaseSsl == m_ssl->isChecked())
        return false;
    choices.databaseHost = host;
    choices.databasePort = port;
    choices.databaseUser = user;
    choices.databaseName = name;
    choices.databaseSsl = m_ssl->isChecked();
    session().setChoices(choices);
    return true;
}

void DatabasePage::commitLoginAndCheck()
{
    // An edit made while a check runs is taken as soon as it ends, not dropped.
    m_editWhileBusy = isBusy();
    if (m_editWhileBusy)
        return;
    // A new login has no result yet: ask the database again (read-only).
    if (commitLogin())
        startCheck();
}

bool DatabasePage::prepareOperation()
{
    commitLogin();
    return true;
}

} // namespace stitch::wizard
