#include "cloud_rules_box.h"

#include "code_block.h"
#include "widget_helpers.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {

struct Provider
{
    const char *key;   // object names: "<key>RulesView", "copy<Key>RulesButton"
    const char *match; // a word of core's section header
    const char *tab;
};

const Provider kProviders[] = {
    {"aws", "AWS", "AWS"}, {"azure", "Azure", "Azure"}, {"gcp", "Google", "Google Cloud"}};

// The addresses and the port that the rules allow, as the commands spell them.
QStringList allowedAddresses(const QString &rules)
{
    QStringList addresses;
    static const QRegularExpression pattern(
        QStringLiteral("--(?:cidr|source-ranges|source-address-prefixes) (\\S+)"));
    for (auto it = pattern.globalMatch(rules); it.hasNext();) {
        for (const QString &cidr : it.next().captured(1).split(QLatin1Char(','))) {
            if (!addresses.contains(cidr))
                addresses << cidr;
        }
    }
    return addresses;
}

QString allowedPort(const QString &rules)
{
    static const QRegularExpression pattern(QStringLiteral("(?:--port |tcp:)(\\d+)"));
    return pattern.match(rules).captured(1);
}

} // namespace

CloudRulesBox::CloudRulesBox(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cloudRulesBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("No host firewall is active. Let only Stitch in with your cloud "
                                "provider's firewall, or let the wizard turn on ufw below."),
                             this);
    intro->setObjectName(QStringLiteral("cloudRulesLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cloudRulesSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_addresses = new QLabel(this);
    m_addresses->setObjectName(QStringLiteral("cloudAddressesLabel"));
    m_addresses->setAccessibleName(tr("Stitch's addresses"));
    m_addresses->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addresses->setIndent(m_addresses->fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_addresses);
    auto *hint =
        new QLabel(tr("Or paste your provider's commands (replace the <…> placeholders):"), this);
    hint->setObjectName(QStringLiteral("cloudRulesHint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    layout->addWidget(hint);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cloudRulesTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
}

void CloudRulesBox::setRules(const QString &rules)
{
    m_rules = rules.trimmed();
    const QStringList addresses = allowedAddresses(m_rules);
    m_summary->setText(
        tr("Allow TCP port %1 from these %n addresses only:", nullptr, int(addresses.size()))
            .arg(allowedPort(m_rules)));
    m_addresses->setText(addresses.join(QLatin1Char('\n')));
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        tab->deleteLater();
    }
    QString header;
    QString commands;
    for (const QString &line : m_rules.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# "))) {
            addProviderTab(header, commands);
            header = line.mid(2);
            commands.clear();
        } else if (!line.trimmed().isEmpty()) {
            commands += line + QLatin1Char('\n');
        }
    }
    addProviderTab(header, commands);
}

void CloudRulesBox::addProviderTab(const QString &header, const QString &commands)
{
    if (commands.trimmed().isEmpty())
        return;
    QString key = QStringLiteral("other");
    QString title = header;
    for (const Provider &p : kProviders) {
        if (header.contains(QLatin1String(p.match))) {
            key = QLatin1String(p.key);
            title = QLatin1String(p.tab);
        }
    }
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    auto *view = new CodeBlock(key + QStringLiteral("RulesView"),
                               tr("%1 firewall commands").arg(title), page);
    view->setCode(commands.trimmed());
    layout->addWidget(view, 1, Qt::AlignTop); // as high as its commands in a taller tab
    auto *copy = new QPushButton(tr("Copy"), page);
    QString capitalised = key;
    capitalised[0] = capitalised[0].toUpper();
    copy->setObjectName(QStringLiteral("copy%1RulesButton").arg(capitalised));
    copy->setAccessibleName(tr("Copy the %1 commands").arg(title));
    layout->addWidget(copy, 0, Qt::AlignTop);
    connect(copy, &QPushButton::clicked, view, [view] { copyToClipboard(view->code()); });
    m_tabs->addTab(page, title);
}

} // namespace stitch::wizard
