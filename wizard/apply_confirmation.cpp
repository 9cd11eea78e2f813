#include "apply_confirmation.h"

#include "widget_helpers.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>

namespace stitch::wizard {

namespace {
// Qt's own wording of QMessageBox's details button, with Qt's translation (qtbase_*.qm). Held in
// variables so that lupdate leaves them to Qt's catalogue.
QString detailsButtonText(bool shown)
{
    static const char context[] = "QMessageBox";
    static const char show[] = "Show Details...";
    static const char hide[] = "Hide Details...";
    return QCoreApplication::translate(context, shown ? hide : show);
}

// What applying does, and what it will change: the plan that will run, as core made it.
QString changesText(const setup::ApplyPlan &plan)
{
    QString info = ApplyConfirmation::tr(
        "The wizard runs the commands shown under \"Show Details\" with root rights. Before the "
        "first change they check that the server is still as the check saw it; afterwards they "
        "verify everything.");
    if (plan.changes.isEmpty())
        return info +
               ApplyConfirmation::tr("\n\nNothing needs to change: applying verifies it again.");
    QStringList lines;
    for (const QString &change : plan.changes)
        lines << QStringLiteral("• %1").arg(change);
    return info +
           ApplyConfirmation::tr("\n\nWhat will change:\n%1").arg(lines.join(QLatin1Char('\n')));
}

// The commands of steps 1 and 4, each under its title.
QString commandsText(const setup::ApplyPlan &plan)
{
    QString details;
    const auto section = [&details](const QString &title, const QStringList &commands) {
        const QString text = commands.join(QLatin1Char('\n')).trimmed();
        details +=
            QStringLiteral("# %1\n%2\n\n")
                .arg(title, text.isEmpty() ? ApplyConfirmation::tr("# (nothing to change)") : text);
    };
    if (plan.firewallPart)
        section(ApplyConfirmation::tr("Step 1: firewall"), {plan.firewallScript});
    QStringList user{plan.tunnelUserScript};
    if (!plan.sshdFixScript.isEmpty())
        user << plan.sshdFixScript;
    if (plan.tunnelUserPart)
        section(ApplyConfirmation::tr("Step 4: Stitch user and key"), user);
    return details.trimmed();
}

} // namespace

ApplyConfirmation::ApplyConfirmation(const QString &host, setup::ApplyPlan plan,
                                     const QString &again, QWidget *parent)
    : QDialog(parent), m_plan(std::move(plan))
{
    setObjectName(QStringLiteral("applyConfirmation"));
    setWindowTitle(tr("Apply changes"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("applyConfirmationIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_text = new QLabel(tr("Apply the changes on %1?").arg(host), this);
    m_text->setObjectName(QStringLiteral("applyConfirmationText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_informative =
        new QLabel(again.isEmpty() ? changesText(m_plan)
                                   : again + QStringLiteral("\n\n") + changesText(m_plan),
                   this);
    m_informative->setObjectName(QStringLiteral("applyConfirmationInfo"));
    m_informative->setTextFormat(Qt::PlainText);
    m_informative->setWordWrap(true);
    m_informative->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Scripts read best unwrapped in a fixed font, in a box wide enough for them.
    m_details =
        makeCodeView(QStringLiteral("applyCommandsView"), tr("Commands that will run"), this);
    m_details->setPlainText(commandsText(m_plan));
    m_details->setMinimumWidth(560);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 10);
    m_details->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_toggleDetails = buttons->addButton(detailsButtonText(false), QDialogButtonBox::ActionRole);
    m_toggleDetails->setObjectName(QStringLiteral("showDetailsButton"));
    QPushButton *apply = buttons->addButton(tr("Apply changes"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("confirmApplyButton"));
    apply->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toggleDetails, &QPushButton::clicked, this,
            [this] { setDetailsShown(!m_details->isVisible()); });

    auto *grid = new QGridLayout(this);
    grid->addWidget(icon, 0, 0, 2, 1);
    grid->addWidget(m_text, 0, 1);
    grid->addWidget(m_informative, 1, 1);
    grid->addWidget(buttons, 2, 0, 1, 2);
    grid->addWidget(m_details, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    grid->setColumnMinimumWidth(1, 480);
    grid->setSizeConstraint(QLayout::SetFixedSize);
    setModal(true);
    setWindowModality(Qt::WindowModal);
    cancel->setFocus();
}

QString ApplyConfirmation::text() const
{
    return m_text->text();
}

QString ApplyConfirmation::informativeText() const
{
    return m_informative->text();
}

void ApplyConfirmation::setDetailsShown(bool shown)
{
    m_details->setVisible(shown);
    m_toggleDetails->setText(detailsButtonText(shown));
}

} // namespace stitch::wizard
