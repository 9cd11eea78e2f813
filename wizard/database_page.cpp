#include "database_page.h"

#include "session/setup_session.h"

#include <QFormLayout>
#include <QLabel>

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

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_type = valueLabel(QStringLiteral("databaseTypeValue"), tr("Database type"), this);
    m_host = valueLabel(QStringLiteral("databaseHostValue"), tr("Database host"), this);
    m_port = valueLabel(QStringLiteral("databasePortValue"), tr("Database port"), this);
    form->addRow(tr("Database:"), m_type);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    topLayout()->addLayout(form);

    auto *hint = new QLabel(tr("The host is the database's address as the SSH server sees it: "
                               "\"localhost\" means the SSH server itself. To change these, go "
                               "back to the connection page."),
                            this);
    hint->setObjectName(QStringLiteral("databaseHostHint"));
    hint->setAccessibleName(tr("About the database host"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    topLayout()->addWidget(hint);

    connect(&session, &SetupSession::choicesChanged, this, &DatabasePage::showChoices);
    showChoices();
    reload();
}

void DatabasePage::showChoices()
{
    const SetupChoices &c = session().choices();
    m_type->setText(databaseDisplayName(c.databaseType));
    m_host->setText(c.databaseHost);
    m_port->setText(QString::number(c.databasePort));
}

} // namespace stitch::wizard
