#include "step_page.h"

#include "apply_confirmation.h"
#include "busy_row.h"
#include "commands_panel.h"
#include "findings_view.h"
#include "remedy_text.h"
#include "status_icons.h"
#include "widget_helpers.h"

#include "model/setup_session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stitch::wizard {

StepPage::StepPage(StepId step, SetupSession &session, SetupController &controller, QWidget *parent)
    : QWizardPage(parent), m_step(step), m_session(session), m_controller(controller)
{
    loadWizardResources();

    auto *layout = new QVBoxLayout(this);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAccessibleName(tr("What this step does"));
    layout->addWidget(m_explanation);
    layout->addSpacing(4);

    m_topLayout = new QVBoxLayout;
    m_topLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_topLayout);

    // The server parts: status, findings, commands.
    m_serverParts = new QWidget(this);
    m_serverParts->setObjectName(QStringLiteral("serverParts"));
    auto *serverLayout = new QVBoxLayout(m_serverParts);
    serverLayout->setContentsMargins(0, 0, 0, 0);

    auto *statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(m_serverParts);
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    m_statusIcon->setFixedSize(kStatusIconSize, kStatusIconSize);
    m_statusLabel = new QLabel(m_serverParts);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Step status"));
    m_statusLabel->setWordWrap(true);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_statusLabel, 1);
    serverLayout->addLayout(statusRow);

    m_findings = new FindingsView(m_serverParts);
    serverLayout->addWidget(m_findings);
    m_commands = new CommandsPanel(m_serverParts);
    serverLayout->addWidget(m_commands);
    layout->addWidget(m_serverParts);

    m_bottomLayout = new QVBoxLayout;
    m_bottomLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bottomLayout);
    layout->addStretch(1);

    buildFooter(layout);
    connect(m_check, &QPushButton::clicked, this, [this] { startCheck(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { requestApply(); });

    connect(&m_session, &SetupSession::resultsChanged, this, &StepPage::onResultsChanged);
    connect(&m_controller, &SetupController::busyChanged, this, &StepPage::onBusyChanged);

    setPolicy(m_policy);
    showResult();
    StepPage::refresh();
}

void StepPage::buildFooter(QVBoxLayout *pageLayout)
{
    // What the user acts on stays in sight below the page's scrolling part (see
    // makePageScrollable): "I understand", the error, Check again and Apply are never below the
    // fold, where Next would look disabled for no visible reason.
    auto *footer = new QWidget(this);
    footer->setObjectName(QStringLiteral("pageFooter"));
    auto *footerLayout = new QVBoxLayout(footer);
    footerLayout->setContentsMargins(0, 0, 0, 0);
    m_footerLayout = footerLayout;
    pageLayout->addWidget(footer);

    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeCheckBox"));
    m_acknowledge->setAccessibleName(tr("Continue despite the warnings"));
    m_acknowledge->setVisible(false);
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool on) {
        m_acknowledgedCodes = on ? openCodes() : QSet<QString>();
        emit completeChanged();
    });
    footerLayout->addWidget(m_acknowledge);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setVisible(false);
    footerLayout->addWidget(m_errorLabel);

    m_applyBlocked = new QLabel(this);
    m_applyBlocked->setObjectName(QStringLiteral("applyBlockedLabel"));
    m_applyBlocked->setAccessibleName(tr("Why Apply is not possible"));
    m_applyBlocked->setWordWrap(true);
    m_applyBlocked->setTextFormat(Qt::PlainText);
    m_applyBlocked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applyBlocked->setVisible(false);
    footerLayout->addWidget(m_applyBlocked);

    m_busyRow = new BusyRow(this);
    m_busyRow->setVisible(false);
    connect(m_busyRow, &BusyRow::cancelRequested, this, [this] {
        m_confirmAfterCheck = false;
        m_controller.cancel();
    });
    footerLayout->addWidget(m_busyRow);

    auto *buttons = new QHBoxLayout;
    m_buttonLayout = buttons;
    buttons->addStretch(1);
    m_check = new QPushButton(tr("Check again"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setAccessibleName(tr("Check again"));
    m_apply = new QPushButton(tr("Apply changes…"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setAccessibleName(tr("Apply changes"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_apply);
    footerLayout->addLayout(buttons);
}

const StepResult &StepPage::result() const
{
    return m_session.stepResult(m_step);
}

void StepPage::setPolicy(const StepPolicy &policy)
{
    m_policy = policy;
    m_serverParts->setVisible(policy.serverParts);
    m_check->setVisible(policy.serverParts && policy.mayCheck);
    m_apply->setVisible(policy.serverParts && policy.mayApply);
}

void StepPage::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

void StepPage::bindOptIn(QCheckBox *box, bool setup::RunOptions::*option)
{
    connect(box, &QCheckBox::toggled, this,
            [this, option](bool on) { m_controller.setOptIn(option, on); });
    // Both ways: an opened setup file ticks the box.
    connect(&m_controller, &SetupController::optInsChanged, box,
            [this, box, option] { box->setChecked(m_controller.optIns().*option); });
}

void StepPage::initializePage()
{
    reload();
    if (m_policy.autoCheck && m_policy.serverParts && result().status == StepStatus::NotChecked &&
        !isBusy())
        startCheck();
}

void StepPage::cleanupPage()
{
    // Deliberately empty: Back keeps what the user chose on this page.
}

bool StepPage::isComplete() const
{
    if (isBusy())
        return false;
    switch (result().status) {
    case StepStatus::Pass:
    case StepStatus::Changed:
        return true;
    default:
        break;
    }
    return !acknowledgement().isEmpty() && m_acknowledge->isChecked();
}

bool StepPage::canApply(QString *why) const
{
    // Step 1's Apply changes the firewall only: it needs neither the key nor the account.
    if (m_step == StepId::Firewall)
        return true;
    // Elsewhere Apply changes step 4 (and on step 5 both): an account it refuses stops it.
    const StepResult &user = m_session.stepResult(StepId::TunnelUser);
    for (const Finding &f : user.findings) {
        if (!user.refusals.contains(f.code))
            continue;
        if (why) {
            const QString fix = wizard::fixText(f);
            *why = tr("Nothing can be applied while the server refuses this tunnel user: %1")
                       .arg(fix.isEmpty() ? f.message : tr("%1 %2").arg(f.message, fix));
        }
        return false;
    }
    if (m_session.choices().publicKey.trimmed().isEmpty()) {
        if (why)
            *why = tr("Applying needs the Stitch public key (step 3).");
        return false;
    }
    return true;
}

QString StepPage::acknowledgement() const
{
    const StepStatus status = result().status;
    if (!m_policy.mayAcknowledge || (status != StepStatus::Warn && status != StepStatus::Skipped))
        return {};
    return tr("I understand the warnings above; continue anyway");
}

void StepPage::reload()
{
    showResult();
    refresh();
}

void StepPage::showStatus()
{
    QString text;
    IconKind kind = IconKind::Info;
    switch (result().status) {
    case StepStatus::NotChecked:
        text = isBusy() ? tr("Checking…") : tr("Not checked yet.");
        break;
    case StepStatus::Pass:
        text = tr("Done: everything in this step is in place.");
        kind = IconKind::Pass;
        break;
    case StepStatus::Changed:
        text = tr("Changed and verified.");
        kind = IconKind::Pass;
        break;
    case StepStatus::Warn:
        text = tr("Works, with warnings. Read them before you continue.");
        kind = IconKind::Warn;
        break;
    case StepStatus::Fail:
        text = m_policy.mayApply && result().refusals.isEmpty()
                   ? tr("Needs attention: apply the changes, or fix the items "
                        "marked in red and check again.")
                   : tr("Needs attention: fix the items marked in red, then check "
                        "again.");
        kind = IconKind::Fail;
        break;
    case StepStatus::Skipped:
        text = tr("Skipped.");
        break;
    }
    m_statusLabel->setText(text);
    m_statusIcon->setPixmap(statusIcon(kind).pixmap(kStatusIconSize, kStatusIconSize));
}

void StepPage::refresh()
{
    const bool busy = isBusy();
    showStatus();

    // The acknowledgement stays only while no new problem has appeared since it was given.
    const QString acknowledgeText = acknowledgement();
    const bool showAcknowledge = m_policy.serverParts && !acknowledgeText.isEmpty();
    const QSet<QString> open = openCodes();
    const bool stillAcknowledged = m_acknowledge->isChecked() && showAcknowledge &&
                                   !open.isEmpty() && m_acknowledgedCodes.contains(open);
    {
        const QSignalBlocker blocker(m_acknowledge);
        m_acknowledge->setChecked(stillAcknowledged);
        if (!stillAcknowledged)
            m_acknowledgedCodes.clear();
    }
    m_acknowledge->setText(acknowledgeText);
    m_acknowledge->setVisible(showAcknowledge);

    m_busyRow->setVisible(busy);
    if (busy != m_busyRow->isBusy())
        m_busyRow->setBusy(busy);
    m_check->setEnabled(!busy && canStart());
    QString why;
    const bool applicable = canApply(&why);
    m_apply->setEnabled(!busy && canStart() && applicable);
    m_apply->setToolTip(applicable ? tr("Shows what will change and asks before changing "
                                        "anything.")
                                   : why);
    // Why Apply is off, on the page rather than only in a tooltip.
    m_applyBlocked->setText(why);
    m_applyBlocked->setVisible(m_apply->isVisibleTo(this) && !busy && !applicable &&
                               !why.isEmpty());
    emit completeChanged();
}

void StepPage::showResult()
{
    // For an account apply refuses, only the refusals matter: the other findings' fixes
    // ("apply the changes to add it") would never happen.
    StepResult shown = result();
    if (!shown.refusals.isEmpty()) {
        shown.findings.removeIf(
            [&shown](const Finding &f) { return !shown.refusals.contains(f.code); });
    }
    m_findings->showResult(shown);
    // Not an empty box under "Not checked yet."
    m_findings->setVisible(!shown.findings.isEmpty());
    m_commands->setCommands(result().commands);
}

QSet<QString> StepPage::openCodes() const
{
    QSet<QString> codes;
    for (const Finding &f : result().findings) {
        if (f.severity != Severity::Pass)
            codes.insert(f.code);
    }
    if (codes.isEmpty() && result().status != StepStatus::Pass)
        codes.insert(stepStatusName(result().status));
    return codes;
}

void StepPage::onResultsChanged(const QList<StepId> &steps)
{
    if (!steps.contains(m_step))
        return;
    showResult();
    resultChanged();
    refresh();
}

void StepPage::onBusyChanged(bool busy)
{
    // When an operation ends, the session's change (which comes first) has already refreshed
    // the pages whose step it reported on: they show idle, and need no second refresh.
    if (busy == m_busyRow->isBusy())
        return;
    m_busyRow->setBusy(busy, busy ? setup::operationBusyText(m_controller.currentOperation())
                                  : QString());
    refresh();
}

void StepPage::operationProgress(const QString &message)
{
    m_busyRow->setText(message);
}

void StepPage::operationFinished(const setup::OperationReport &report)
{
    if (!report.ok()) {
        const Error &error = report.error();
        const QString fix = wizard::fixText(error);
        m_confirmAfterCheck = false;
        // Nothing was changed, and what was confirmed is stale: show the server as it is now
        // and what applying would do there, to be confirmed again.
        if (error.code == ErrorCode::ServerChangedSinceCheck) {
            m_replanReason = error.message;
            QMetaObject::invokeMethod(this, &StepPage::requestApply, Qt::QueuedConnection);
        }
        if (error.code == ErrorCode::Cancelled)
            showError(tr("Cancelled. %1").arg(error.message).trimmed());
        else if (fix.isEmpty())
            showError(error.message);
        else
            showError(tr("%1\n%2").arg(error.message, fix));
    } else if (m_confirmAfterCheck && report.operation == setup::Operation::Check) {
        m_confirmAfterCheck = false;
        m_checkedPlan = report.applyPlan;
        // After the signal has reached every page.
        QMetaObject::invokeMethod(this, &StepPage::showApplyConfirmation, Qt::QueuedConnection);
    }
    // No refresh here: the session's change and the busy state already refreshed the page once
    // for this operation, and nothing kept above changes what it shows besides the error.
}

bool StepPage::startOperation(setup::Operation operation, const QString &confirmedPlan)
{
    if (isBusy() || !canStart() || !prepareOperation())
        return false;
    showError({});
    setup::RunOptions options = m_controller.optIns();
    options.confirmedPlan = confirmedPlan;
    // Each step's Apply changes only its own step (step 5's runs both, for the self-test).
    options.applyTunnelUser = m_step != StepId::Firewall;
    options.applyFirewall = m_step != StepId::TunnelUser;
    return m_controller.start(this, operation, options);
}

void StepPage::requestApply()
{
    if (isBusy() || !canApply(nullptr))
        return;
    // A fresh read-only check first, so that the preview shows what will really run.
    m_confirmAfterCheck = startOperation(setup::Operation::Check);
}

void StepPage::showApplyConfirmation()
{
    QString why;
    if (isBusy() || !canApply(&why)) {
        m_replanReason.clear();
        showError(why);
        return;
    }
    // Applying would stop before any change (an account that is not ours, say): no
    // confirmation of changes that would not happen; the page says what stops it.
    if (const std::optional<Finding> refusal = m_checkedPlan.refusal) {
        m_checkedPlan = {};
        const QString again = std::exchange(m_replanReason, {});
        showError(QStringList{again, refusal->message, fixText(*refusal)}
                      .join(QLatin1Char('\n'))
                      .trimmed());
        return;
    }
    auto *dialog =
        new ApplyConfirmation(m_session.connection().host, std::exchange(m_checkedPlan, {}),
                              std::exchange(m_replanReason, {}), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Apply runs what the dialog showed, or nothing (RunOptions::confirmedPlan).
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startOperation(setup::Operation::Apply, dialog->plan().digest); });
    dialog->open();
}

void StepPage::showError(const QString &text)
{
    styleAsAlert(m_errorLabel);
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

} // namespace stitch::wizard
