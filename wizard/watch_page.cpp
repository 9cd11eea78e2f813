#include "watch_page.h"

#include "findings_view.h"
#include "model/setup_session.h"
#include "remedy_text.h"
#include "setup/sshd_log.h"
#include "stitch_check_panel.h"
#include "widget_helpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace stitch::wizard {

WatchPage::WatchPage(SetupSession &session, SetupController &controller, CredentialStore &store,
                     QWidget *parent)
    : QWizardPage(parent), m_session(session), m_controller(controller)
{
    setObjectName(QStringLiteral("watchPage"));
    setTitle(tr("Did Stitch get in?"));
    auto *layout = new QVBoxLayout(this);

    m_instructions = new QLabel(this);
    m_instructions->setObjectName(QStringLiteral("watchInstructions"));
    m_instructions->setWordWrap(true);
    layout->addWidget(m_instructions);

    auto *buttons = new QHBoxLayout;
    m_watch = new QPushButton(tr("&Watch for Stitch"), this);
    m_watch->setObjectName(QStringLiteral("watchButton"));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopWatchButton"));
    buttons->addWidget(m_watch);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("watchStatusLabel"));
    m_status->setAccessibleName(tr("Watch status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_attempts = makeCodeView(QStringLiteral("watchAttemptsView"),
                              tr("Stitch's connections as sshd logged them"), this);
    m_attempts->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_attempts->setPlaceholderText(tr("Stitch's connections appear here as they arrive."));
    m_attempts->setMaximumHeight(m_attempts->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_attempts);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("watchVerdictLabel"));
    m_verdict->setAccessibleName(tr("Did Stitch get in"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);

    m_findings = new FindingsView(this);
    m_findings->setObjectName(QStringLiteral("watchFindingsList"));
    m_findings->setAccessibleName(tr("What the watch found, with fixes"));
    layout->addWidget(m_findings);
    m_stitchCheck = new StitchCheckPanel(session, store, this);
    layout->addWidget(m_stitchCheck);
    layout->addStretch(1); // the parts stay together at the top while the findings are hidden

    connect(m_watch, &QPushButton::clicked, this, &WatchPage::startWatch);
    connect(m_stop, &QPushButton::clicked, this, &WatchPage::stopWatch);
    connect(&m_controller, &SetupController::busyChanged, this, &WatchPage::refresh);
    m_status->hide();
    m_verdict->hide();
    m_findings->hide();
    refresh();
}

QString WatchPage::durationText() const
{
    return setup::watchDurationText(m_durationMs);
}

void WatchPage::initializePage()
{
    m_instructions->setText(
        tr("Start Stitch's connection check now: in Stitch, open the integration's settings "
           "with the values from step 5 and click Save (or test the connection). Then click "
           "Watch for Stitch: this page reads sshd's log on %1 for up to %2 and says whether "
           "Stitch got in as %3, and if not, why and what to fix. It changes nothing.")
            .arg(m_session.connection().host, durationText(), m_session.choices().tunnelUser));
    refresh();
}

void WatchPage::cleanupPage()
{
    stopWatch();
    m_stitchCheck->stop();
}

bool WatchPage::validatePage()
{
    stopWatch();
    m_stitchCheck->stop();
    return true;
}

void WatchPage::refresh()
{
    m_status->setVisible(!m_status->text().isEmpty());
    const bool watching = m_controller.isWatching();
    m_watch->setEnabled(!m_controller.isBusy());
    m_stop->setEnabled(watching && !m_stopping);
}

void WatchPage::startWatch()
{
    if (!m_controller.startWatch(this, m_durationMs))
        return;
    m_stopping = false;
    m_attempts->clear();
    m_verdict->hide();
    m_findings->hide();
    m_status->setText(tr("Connecting to %1 to read sshd's log…").arg(m_session.connection().host));
    refresh();
}

void WatchPage::stopWatch()
{
    if (!m_controller.isWatching() || m_stopping)
        return;
    m_stopping = true;
    m_controller.cancel(); // a watch changes nothing: it stops at once
    m_status->setText(tr("Stopping…"));
    refresh();
}

void WatchPage::watchStarted()
{
    m_status->setText(tr("Watching sshd's log for Stitch (user %1) for up to %2. Start Stitch's "
                         "connection check now.")
                          .arg(m_session.choices().tunnelUser, durationText()));
    refresh();
}

void WatchPage::watchAttempt(const QString &summary)
{
    m_attempts->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) +
                                QStringLiteral("  ") + summary);
}

void WatchPage::watchFinished(const setup::WatchOutcome &outcome)
{
    m_stopping = false;
    m_status->clear();
    m_status->hide();
    const setup::WatchReport &report = outcome.report;
    QString verdict;
    if (outcome.error && outcome.error->code == ErrorCode::Cancelled)
        verdict = tr("Stopped before anything from Stitch was seen.");
    else if (outcome.error)
        verdict = tr("Could not watch sshd's log: %1")
                      .arg(outcome.error->oneLineWith(fixText(*outcome.error)));
    else if (report.gotIn)
        verdict = tr("Yes: Stitch got in as %1 and sshd did not refuse its tunnel.")
                      .arg(report.facts.tunnelUser);
    else if (report.stopped)
        verdict = tr("Stopped before anything from Stitch was seen.");
    else
        verdict = tr("No: Stitch did not get in. Why, and what to fix:");
    m_verdict->setText(verdict);
    m_verdict->show();
    if (!outcome.error && !report.findings.isEmpty()) {
        StepResult shown;
        shown.findings = report.findings;
        shown.status = statusFromFindings(report.findings);
        m_findings->showResult(shown);
        m_findings->show();
    }
    refresh();
}

} // namespace stitch::wizard
