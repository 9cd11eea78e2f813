#include "apply_confirmation.h"

#include "widget_helpers.h"

#include "session/setup_session.h"

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

// What applying does, and what it will change.
QString changesText(const SetupSession &session, const setup::RunOptions &options)
{
    QStringList changes;
    for (const StepId id : {StepId::Firewall, StepId::TunnelUser}) {
        const StepResult &result = session.stepResult(id);
        for (const Finding &f : result.findings) {
            // A refusal is no change: apply stops on it.
            if (f.severity == Severity::Fail && !result.refusals.contains(f.code))
                changes << QStringLiteral("• %1").arg(f.message);
        }
    }
    if (options.enableFirewall)
        changes << ApplyConfirmation::tr("• Turn on ufw, allowing your own address first (if no "
                                         "host firewall is active).");
    if (options.fixSshd)
        changes << ApplyConfirmation::tr(
                       "• Add sshd settings that let %1 in and allow its tunnel (a \"Match User "
                       "%1\" block, "
                       "for this user only), check them, and reload sshd; they are taken out again "
                       "if a "
                       "fresh login as you or as %1 then fails. Open sessions stay open.")
                       .arg(session.choices().tunnelUser);
    if (options.keyFromStitchOnly)
        changes << ApplyConfirmation::tr("• Accept the Stitch key only from Stitch's addresses.");
    if (options.adoptExistingUser)
        changes << ApplyConfirmation::tr("• Use the existing account %1 for Stitch's tunnel.")
                       .arg(session.choices().tunnelUser);

    QString info = ApplyConfirmation::tr(
        "The wizard runs the commands shown under \"Show Details\" with root rights. They add "
        "only what is missing, then verify everything and run the end-to-end self-test with a "
        "temporary key that is removed afterwards.");
    if (changes.isEmpty())
        info += ApplyConfirmation::tr(
            "\n\nEverything already looks in place: applying verifies it again.");
    else
        info +=
            ApplyConfirmation::tr("\n\nWhat will change:\n%1").arg(changes.join(QLatin1Char('\n')));
    return info;
}

// The commands of steps 1 and 4, each under its title.
QString commandsText(const SetupSession &session)
{
    QString details;
    const auto section = [&details](const QString &title, const QStringList &commands) {
        const QString text = commands.join(QLatin1Char('\n')).trimmed();
        details +=
            QStringLiteral("# %1\n%2\n\n")
                .arg(title, text.isEmpty() ? ApplyConfirmation::tr("# (nothing to change)") : text);
    };
    section(ApplyConfirmation::tr("Step 1: firewall"),
            session.stepResult(StepId::Firewall).commands);
    section(ApplyConfirmation::tr("Step 4: Stitch user and key"),
            session.stepResult(StepId::TunnelUser).commands);
    return details.trimmed();
}

} // namespace

ApplyConfirmation::ApplyConfirmation(const SetupSession &session, const setup::RunOptions &options,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("applyConfirmation"));
    setWindowTitle(tr("Apply changes"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("applyConfirmationIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_text = new QLabel(tr("Apply the changes on %1?").arg(session.connection().host), this);
    m_text->setObjectName(QStringLiteral("applyConfirmationText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_informative = new QLabel(changesText(session, options), this);
    m_informative->setObjectName(QStringLiteral("applyConfirmationInfo"));
    m_informative->setTextFormat(Qt::PlainText);
    m_informative->setWordWrap(true);
    m_informative->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Scripts read best unwrapped in a fixed font, in a box wide enough for them.
    m_details =
        makeCodeView(QStringLiteral("applyCommandsView"), tr("Commands that will run"), this);
    m_details->setPlainText(commandsText(session));
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
