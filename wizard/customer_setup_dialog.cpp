#include "customer_setup_dialog.h"

#include "setup/stitch_network.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {

const DatabaseType kTypes[] = {DatabaseType::PostgreSql, DatabaseType::MySql,
                               DatabaseType::SqlServer, DatabaseType::Oracle,
                               DatabaseType::MongoDb};

QSpinBox *portSpin(QWidget *parent, const char *name, quint16 value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(1, 65535);
    spin->setValue(value);
    return spin;
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &text,
                    const QString &accessible)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

CustomerSetupDialog::CustomerSetupDialog(const SetupFileContents &start, QWidget *parent)
    : QDialog(parent), m_start(start)
{
    setObjectName(QStringLiteral("customerSetupDialog"));
    setWindowTitle(tr("New setup for a customer"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Fill in what you know of the customer's server and save it as a setup file. Nothing "
           "connects and no password is asked for: the customer opens the file (double-click, "
           "or File → Open setup…), types their password and goes through the steps."),
        this);
    intro->setObjectName(QStringLiteral("customerSetupIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(connectionRows());
    layout->addLayout(stitchRows());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("customerSetupError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Save setup…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("customerSaveButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerSetupDialog::askWhereAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLayout *CustomerSetupDialog::connectionRows()
{
    const ssh::ConnectionSettings &c = m_start.connection;
    m_host = lineEdit(this, "customerHostEdit", c.host, tr("SSH server address"));
    m_host->setPlaceholderText(tr("bastion.example.com or 203.0.113.10"));
    m_port = portSpin(this, "customerPortSpin", c.port);
    m_port->setAccessibleName(tr("SSH port"));
    m_login = lineEdit(this, "customerLoginEdit", c.user, tr("Login user"));
    m_login->setPlaceholderText(tr("The customer's admin account (may use sudo)"));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *hostLabel = new QLabel(tr("SSH ser&ver:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Login user:"), m_login);
    return form;
}

QLayout *CustomerSetupDialog::stitchRows()
{
    const SetupChoices &c = m_start.choices;
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("customerRegionCombo"));
    m_region->setAccessibleName(tr("Stitch data pipeline region"));
    for (const setup::StitchRegion &r : setup::stitchRegions())
        m_region->addItem(r.name, r.id);
    m_region->setCurrentIndex(qMax(0, m_region->findData(c.region)));
    m_region->setEnabled(c.customCidrs.isEmpty()); // a custom list replaces the region's

    m_databaseType = new QComboBox(this);
    m_databaseType->setObjectName(QStringLiteral("customerDatabaseTypeCombo"));
    m_databaseType->setAccessibleName(tr("Database type"));
    for (const DatabaseType t : kTypes) {
        m_databaseType->addItem(databaseDisplayName(t));
        if (t == c.databaseType)
            m_databaseType->setCurrentIndex(m_databaseType->count() - 1);
    }
    m_databaseHost = lineEdit(this, "customerDatabaseHostEdit", c.databaseHost,
                              tr("Database host as the SSH server sees it"));
    m_databasePort = portSpin(this, "customerDatabasePortSpin", c.databasePort);
    m_databasePort->setAccessibleName(tr("Database port"));
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databaseHost, 1);
    databaseRow->addWidget(new QLabel(tr("Port:"), this));
    databaseRow->addWidget(m_databasePort);
    m_tunnelUser = lineEdit(this, "customerTunnelUserEdit", c.tunnelUser, tr("Tunnel user name"));

    m_publicKey = new QPlainTextEdit(c.publicKey, this);
    m_publicKey->setObjectName(QStringLiteral("customerPublicKeyEdit"));
    m_publicKey->setAccessibleName(tr("Stitch public key"));
    m_publicKey->setPlaceholderText(tr("ssh-rsa AAAA… (Stitch: integration settings → SSH "
                                       "Tunnel)"));
    m_publicKey->setTabChangesFocus(true);
    m_publicKey->setMaximumHeight(80);

    m_enableFirewall = new QCheckBox(tr("Turn on &ufw when no firewall is active (it then closes "
                                        "every other inbound port)"),
                                     this);
    m_enableFirewall->setObjectName(QStringLiteral("customerEnableFirewallCheck"));
    m_enableFirewall->setChecked(m_start.optIns.enableFirewall);
    m_keyFromStitchOnly =
        new QCheckBox(tr("Accept Stitch's &key only from Stitch's addresses"), this);
    m_keyFromStitchOnly->setObjectName(QStringLiteral("customerKeyFromStitchOnlyCheck"));
    m_keyFromStitchOnly->setChecked(m_start.optIns.keyFromStitchOnly);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Stitch &region:"), m_region);
    form->addRow(tr("&Database type:"), m_databaseType);
    auto *databaseLabel = new QLabel(tr("Database &host:"), this);
    databaseLabel->setBuddy(m_databaseHost);
    form->addRow(databaseLabel, databaseRow);
    form->addRow(tr("&Tunnel user:"), m_tunnelUser);
    form->addRow(tr("Stitch &public key:"), m_publicKey);
    form->addRow(QString(), m_enableFirewall);
    form->addRow(QString(), m_keyFromStitchOnly);
    return form;
}

SetupFileContents CustomerSetupDialog::contents() const
{
    SetupFileContents c = m_start;
    c.connection.host = m_host->text().trimmed();
    c.connection.port = static_cast<quint16>(m_port->value());
    c.connection.user = m_login->text().trimmed();
    if (c.choices.customCidrs.isEmpty())
        c.choices.region = m_region->currentData().toString();
    c.choices.databaseType = kTypes[qBound(0, m_databaseType->currentIndex(), 4)];
    c.choices.databaseHost = m_databaseHost->text().trimmed();
    c.choices.databasePort = static_cast<quint16>(m_databasePort->value());
    c.choices.tunnelUser = m_tunnelUser->text().trimmed();
    c.choices.publicKey = m_publicKey->toPlainText().trimmed();
    c.optIns.enableFirewall = m_enableFirewall->isChecked();
    c.optIns.keyFromStitchOnly = m_keyFromStitchOnly->isChecked();
    return c;
}

Status CustomerSetupDialog::saveTo(const QString &path)
{
    const SetupFileContents c = contents();
    Status s = saveSetupFile(path, c.connection, c.choices, c.optIns);
    m_error->setVisible(!s.ok());
    if (!s) {
        m_error->setText(s.error().oneLine());
        styleAsAlert(m_error);
        return s;
    }
    emit saved(path);
    return s;
}

void CustomerSetupDialog::askWhereAndSave()
{
    const QString host = contents().connection.host;
    const QString name =
        (host.isEmpty() ? QStringLiteral("setup") : host) + QStringLiteral(".stitch-tunnel");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the customer's setup"), QDir::home().filePath(name),
        tr("Stitch tunnel setup (*.stitch-tunnel *.json)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

} // namespace stitch::wizard
