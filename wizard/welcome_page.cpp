#include "welcome_page.h"

#include "widget_helpers.h"

#include "model/setup_session.h"
#include "setup/stitch_network.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {
const DatabaseType kTypes[] = {DatabaseType::PostgreSql, DatabaseType::MySql,
                               DatabaseType::SqlServer, DatabaseType::Oracle,
                               DatabaseType::MongoDb};
}

WelcomePage::WelcomePage(SetupSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Set up an SSH tunnel for Stitch"));
    auto *intro = new QLabel(tr("This wizard prepares your SSH server so that Stitch can reach "
                                "your database through an SSH tunnel. It does the five steps of "
                                "Stitch's guide for you, and checks each one on the real server "
                                "before it moves on. Nothing changes without your confirmation."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));

    auto *needs = new QLabel(
        tr("<b>You need:</b> the SSH server's address and an account there that may use sudo; "
           "the Stitch public key (Stitch: integration settings → SSH Tunnel); and where the "
           "database is, as seen from the SSH server."),
        this);
    needs->setWordWrap(true);
    needs->setObjectName(QStringLiteral("needsLabel"));

    QFormLayout *form = buildForm();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    styleAsAlert(m_error);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(needs);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

    connectFields();
}

// Where Stitch connects from: a region, or a custom list of addresses.
void WelcomePage::buildRegionFields()
{
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Stitch data pipeline region"));
    for (const setup::StitchRegion &r : setup::stitchRegions())
        m_region->addItem(r.name, r.id);
    m_region->addItem(tr("Custom list of addresses"), QString());

    m_customCidrs = new QPlainTextEdit(this);
    m_customCidrs->setObjectName(QStringLiteral("customCidrEdit"));
    m_customCidrs->setAccessibleName(tr("Custom Stitch addresses"));
    m_customCidrs->setPlaceholderText(tr("One address or range per line, e.g. 52.23.137.21/32"));
    m_customCidrs->setTabChangesFocus(true);
    m_customCidrs->setMaximumHeight(80);
    m_customCidrs->setVisible(false);
}

// Integration or destination.
QLayout *WelcomePage::buildKindChoice()
{
    m_integration = new QRadioButton(tr("&Integration (Stitch reads from this database)"), this);
    m_integration->setObjectName(QStringLiteral("integrationRadio"));
    m_destination = new QRadioButton(tr("De&stination (Stitch loads into this database)"), this);
    m_destination->setObjectName(QStringLiteral("destinationRadio"));
    m_integration->setChecked(true);
    auto *kind = new QVBoxLayout;
    kind->addWidget(m_integration);
    kind->addWidget(m_destination);
    return kind;
}

// The database's type, host and port as the SSH server sees them.
QLayout *WelcomePage::buildDatabaseFields()
{
    m_databaseType = new QComboBox(this);
    m_databaseType->setObjectName(QStringLiteral("databaseTypeCombo"));
    m_databaseType->setAccessibleName(tr("Database type"));
    m_databaseType->addItem(tr("PostgreSQL"));
    m_databaseType->addItem(tr("MySQL / MariaDB"));
    m_databaseType->addItem(tr("Microsoft SQL Server"));
    m_databaseType->addItem(tr("Oracle"));
    m_databaseType->addItem(tr("MongoDB"));

    m_databaseHost = new QLineEdit(this);
    m_databaseHost->setObjectName(QStringLiteral("databaseHostEdit"));
    m_databaseHost->setAccessibleName(tr("Database host as the SSH server sees it"));
    m_databaseHost->setPlaceholderText(tr("e.g. localhost, 10.0.1.5 or db.internal"));
    m_databasePort = new QSpinBox(this);
    m_databasePort->setObjectName(QStringLiteral("databasePortSpin"));
    m_databasePort->setAccessibleName(tr("Database port"));
    m_databasePort->setRange(1, 65535);
    auto *db = new QHBoxLayout;
    db->addWidget(m_databaseHost, 1);
    db->addWidget(new QLabel(tr("Port:"), this));
    db->addWidget(m_databasePort);
    return db;
}

QFormLayout *WelcomePage::buildForm()
{
    buildRegionFields();
    QLayout *kind = buildKindChoice();
    QLayout *db = buildDatabaseFields();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Stitch &region:"), m_region);
    auto *regionHint = new QLabel(tr("Where to find it: in the Stitch web app, under Account "
                                     "settings. The region decides the addresses Stitch "
                                     "connects from."),
                                  this);
    regionHint->setObjectName(QStringLiteral("regionHint"));
    regionHint->setWordWrap(true);
    form->addRow(QString(), regionHint);
    form->addRow(QString(), m_customCidrs);
    form->addRow(tr("Stitch uses it as:"), kind);
    form->addRow(tr("&Database type:"), m_databaseType);
    // A row holding a layout gets no buddy from QFormLayout: make the label ourselves so the
    // mnemonic works (and the '&' is not shown).
    auto *hostLabel = new QLabel(tr("Database &host:"), this);
    hostLabel->setBuddy(m_databaseHost);
    form->addRow(hostLabel, db);
    auto *hostHint = new QLabel(tr("As the SSH server reaches it: often localhost, or a private "
                                   "address."),
                                this);
    hostHint->setObjectName(QStringLiteral("databaseHostHint"));
    form->addRow(QString(), hostHint);
    return form;
}

void WelcomePage::connectFields()
{
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_customCidrs->setVisible(m_region->currentData().toString().isEmpty());
        emit completeChanged();
    });
    connect(m_customCidrs, &QPlainTextEdit::textChanged, this, &WelcomePage::completeChanged);
    connect(m_databaseHost, &QLineEdit::textChanged, this, &WelcomePage::completeChanged);
    connect(m_databaseType, &QComboBox::currentIndexChanged, this,
            &WelcomePage::onDatabaseTypeChanged);
    // Step 2 may correct the database host and port: Back to this page shows them, and Next
    // does not put the old ones back.
    connect(&m_session, &SetupSession::choicesChanged, this, [this] {
        const SetupChoices &c = m_session.choices();
        if (m_databaseHost->text() != c.databaseHost)
            m_databaseHost->setText(c.databaseHost);
        if (m_databasePort->value() != c.databasePort)
            m_databasePort->setValue(c.databasePort);
    });
}

void WelcomePage::initializePage()
{
    const SetupChoices &c = m_session.choices();
    const int regionIndex =
        c.customCidrs.isEmpty() ? m_region->findData(c.region) : m_region->count() - 1;
    m_region->setCurrentIndex(qMax(0, regionIndex));
    m_customCidrs->setPlainText(c.customCidrs.join(QLatin1Char('\n')));
    m_customCidrs->setVisible(!c.customCidrs.isEmpty());
    (c.isDestination ? m_destination : m_integration)->setChecked(true);
    for (int i = 0; i < 5; ++i) {
        if (kTypes[i] == c.databaseType)
            m_databaseType->setCurrentIndex(i);
    }
    m_databaseHost->setText(c.databaseHost);
    m_databasePort->setValue(c.databasePort);
}

void WelcomePage::onDatabaseTypeChanged()
{
    // A port still at some type's default follows the type; a port the user typed stays.
    const int index = qBound(0, m_databaseType->currentIndex(), 4);
    for (DatabaseType t : kTypes) {
        if (m_databasePort->value() == defaultDatabasePort(t)) {
            m_databasePort->setValue(defaultDatabasePort(kTypes[index]));
            break;
        }
    }
}

bool WelcomePage::isComplete() const
{
    if (m_databaseHost->text().trimmed().isEmpty())
        return false;
    return !m_region->currentData().toString().isEmpty() ||
           !m_customCidrs->toPlainText().trimmed().isEmpty();
}

void WelcomePage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void WelcomePage::addOnScreenValues(ssh::ConnectionSettings &, SetupChoices &c) const
{
    c.region = m_region->currentData().toString();
    c.customCidrs.clear();
    if (c.region.isEmpty()) {
        c.region = QStringLiteral("north-america");
        const QStringList lines = m_customCidrs->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            auto cidr = setup::normalizeCidr(line);
            if (!line.trimmed().isEmpty())
                c.customCidrs << (cidr ? cidr.value() : line.trimmed());
        }
    }
    c.isDestination = m_destination->isChecked();
    c.databaseType = kTypes[qBound(0, m_databaseType->currentIndex(), 4)];
    c.databaseHost = m_databaseHost->text().trimmed();
    c.databasePort = static_cast<quint16>(m_databasePort->value());
}

bool WelcomePage::validatePage()
{
    SetupChoices c = m_session.choices();
    c.region = m_region->currentData().toString();
    c.customCidrs.clear();
    if (c.region.isEmpty()) {
        c.region = QStringLiteral("north-america");
        const QStringList lines = m_customCidrs->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            auto cidr = setup::normalizeCidr(line);
            if (!cidr) {
                showError(cidr.error().oneLine());
                return false;
            }
            c.customCidrs << cidr.value();
        }
    }
    auto host = setup::validateDatabaseHost(m_databaseHost->text());
    if (!host) {
        showError(host.error().oneLine());
        return false;
    }
    c.isDestination = m_destination->isChecked();
    c.databaseType = kTypes[qBound(0, m_databaseType->currentIndex(), 4)];
    c.databaseHost = host.value();
    c.databasePort = static_cast<quint16>(m_databasePort->value());
    showError({});
    m_session.setChoices(c);
    return true;
}

} // namespace stitch::wizard
