#include "finish_page.h"

#include "model/setup_session.h"
#include "remedy_text.h"
#include "report_export.h"
#include "setup/report.h"
#include "setup/stitch_network.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {

// A lookup of the typed SSH Host starts once typing pauses this long, not at every key.
constexpr int kSshHostTypingPauseMs = 400;

// Step 5's record of a setup handed over without a passing self-test.
constexpr char kHandedOverUnverified[] = "finish.handed_over_unverified";

struct ReportFormat
{
    const char *filter;
    const char *suffix;
};

// File dialog filters, in the order offered.
const ReportFormat kFormats[] = {
    {QT_TRANSLATE_NOOP("stitch::wizard::FinishPage", "Web page (*.html)"), "html"},
    {QT_TRANSLATE_NOOP("stitch::wizard::FinishPage", "PDF document (*.pdf)"), "pdf"},
    {QT_TRANSLATE_NOOP("stitch::wizard::FinishPage", "Markdown (*.md)"), "md"},
    {QT_TRANSLATE_NOOP("stitch::wizard::FinishPage", "JSON (*.json)"), "json"},
};

} // namespace

FinishPage::FinishPage(SetupSession &session, SetupController &controller, QWidget *parent)
    : StepPage(StepId::Finish, session, controller, parent)
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Step 5 of 5: Finish in Stitch"));
    setExplanation(tr("In Stitch, open the connection settings, set Encryption Type to SSH Tunnel "
                      "and enter these values. Username and Password are your database login, "
                      "which this wizard never needs. The self-test below logs in as the Stitch "
                      "user with a temporary key and reaches the database through the tunnel, "
                      "exactly as Stitch will."));
    StepPolicy policy;
    policy.mayCheck = false;
    policy.autoCheck = false;
    setPolicy(policy);
    // Done ends the wizard here; Next leads on to "Did Stitch get in?".
    setFinalPage(true);

    buildValues();
    buildGuideLinkRow();
    buildReportAndHandOver();
    buildButtons();

    connect(&session, &SetupSession::choicesChanged, this, [this] { showValues(); });
    connect(&session, &SetupSession::connectionChanged, this, [this] { showValues(); });
    showValues(true);
    reload();
}

// The values to type into Stitch's form, each with its copy button; the SSH Host is editable.
void FinishPage::buildValues()
{
    m_valuesBox = new QWidget(this);
    m_valuesBox->setObjectName(QStringLiteral("stitchValues"));
    auto *grid = new QGridLayout(m_valuesBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    m_dbHost = addValue(tr("Host (Endpoint)"), QStringLiteral("dbHostValue"),
                        QStringLiteral("copyDbHostButton"));
    m_dbPort =
        addValue(tr("Port"), QStringLiteral("dbPortValue"), QStringLiteral("copyDbPortButton"));
    m_sshHost = addValue(tr("SSH Host"), QStringLiteral("sshHostValue"),
                         QStringLiteral("copySshHostButton"));
    // The one value the admin may change here: Stitch connects from the internet, so it needs
    // the server's public name or address, not a VPN or private one the admin connected to.
    m_sshHost->setReadOnly(false);
    m_sshHost->setAccessibleName(tr("SSH Host for Stitch"));
    m_sshHost->setToolTip(tr("The SSH server's public DNS name or address, as Stitch reaches "
                             "it from the internet. Empty: the address you connected to."));
    connect(m_sshHost, &QLineEdit::textEdited, this, &FinishPage::sshHostEdited);
    m_sshHostMessage = new QLabel(m_valuesBox);
    m_sshHostMessage->setObjectName(QStringLiteral("sshHostMessage"));
    m_sshHostMessage->setAccessibleName(tr("About the SSH Host for Stitch"));
    m_sshHostMessage->setWordWrap(true);
    m_sshHostMessage->setTextFormat(Qt::PlainText);
    m_sshHostMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsAlert(m_sshHostMessage);
    m_sshHostMessage->setVisible(false);
    grid->addWidget(m_sshHostMessage, grid->rowCount(), 1, 1, 2);
    buildSshHostCheck(grid);
    m_sshPort = addValue(tr("SSH Port"), QStringLiteral("sshPortValue"),
                         QStringLiteral("copySshPortButton"));
    m_sshUser = addValue(tr("SSH User"), QStringLiteral("sshUserValue"),
                         QStringLiteral("copySshUserButton"));
    topLayout()->addWidget(m_valuesBox);
}

// Stitch's guide and "Copy all".
void FinishPage::buildGuideLinkRow()
{
    auto *linkRow = new QHBoxLayout;
    auto *link = new QLabel(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(setup::stitchGuideUrl(),
                 tr("Stitch's guide: SSH tunnel for a self-hosted database").toHtmlEscaped()),
        this);
    link->setObjectName(QStringLiteral("stitchGuideLink"));
    link->setAccessibleName(tr("Open Stitch's SSH tunnel guide"));
    link->setTextFormat(Qt::RichText);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setOpenExternalLinks(true);
    link->setWordWrap(true);
    link->setToolTip(setup::stitchGuideUrl());
    auto *copyAll = new QPushButton(tr("Copy all"), this);
    copyAll->setObjectName(QStringLiteral("copyAllButton"));
    copyAll->setAccessibleName(tr("Copy all values"));
    connect(copyAll, &QPushButton::clicked, this, [this] { copyToClipboard(allValues()); });
    linkRow->addWidget(link, 1);
    linkRow->addWidget(copyAll);
    topLayout()->addLayout(linkRow);
}

// The report's status and the box to hand over without a passing self-test.
void FinishPage::buildReportAndHandOver()
{
    m_reportStatus = new QLabel(this);
    m_reportStatus->setObjectName(QStringLiteral("reportStatusLabel"));
    m_reportStatus->setAccessibleName(tr("Report"));
    m_reportStatus->setWordWrap(true);
    m_reportStatus->setTextFormat(Qt::PlainText);
    m_reportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportStatus->setVisible(false);
    bottomLayout()->addWidget(m_reportStatus);

    m_handOver = new QCheckBox(this);
    m_handOver->setObjectName(QStringLiteral("handOverUnverifiedCheckBox"));
    m_handOver->setAccessibleName(tr("Hand over without a passing self-test"));
    m_handOver->setVisible(false);
    // In sight with Done, like "I understand": it decides whether Done works.
    footerLayout()->insertWidget(0, m_handOver);
    m_handOverNote = new QLabel(this);
    m_handOverNote->setObjectName(QStringLiteral("handOverUnverifiedNote"));
    m_handOverNote->setAccessibleName(tr("What was not verified"));
    m_handOverNote->setWordWrap(true);
    m_handOverNote->setTextFormat(Qt::PlainText);
    m_handOverNote->setVisible(false);
    footerLayout()->insertWidget(0, m_handOverNote);
    connect(m_handOver, &QCheckBox::toggled, this, &FinishPage::recordHandOver);
}

// Export report and Run self-test.
void FinishPage::buildButtons()
{
    m_export = new QPushButton(tr("Export report…"), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setAccessibleName(tr("Export the report"));
    m_runSelfTest = new QPushButton(tr("Run self-test"), this);
    m_runSelfTest->setObjectName(QStringLiteral("runSelfTestButton"));
    m_runSelfTest->setAccessibleName(tr("Run the end-to-end self-test"));
    m_runSelfTest->setToolTip(tr("Applies the setup again (nothing changes when it is in place) "
                                 "and runs the end-to-end self-test."));
    buttonLayout()->insertWidget(1, m_export);
    buttonLayout()->addWidget(m_runSelfTest);
    connect(m_export, &QPushButton::clicked, this, &FinishPage::exportReportTo);
    connect(m_runSelfTest, &QPushButton::clicked, this, [this] {
        // Apply is idempotent; only when it would change something does the user confirm.
        const auto open = [this](StepId id) {
            const StepStatus s = this->session().stepResult(id).status;
            return s == StepStatus::Fail || s == StepStatus::NotChecked;
        };
        if (open(StepId::Firewall) || open(StepId::TunnelUser))
            requestApply();
        else
            startOperation(setup::Operation::Apply);
    });
}

void FinishPage::buildSshHostCheck(QGridLayout *grid)
{
    m_sshHostCheckLabel = new QLabel(m_valuesBox);
    m_sshHostCheckLabel->setObjectName(QStringLiteral("sshHostCheckLabel"));
    m_sshHostCheckLabel->setAccessibleName(tr("Where the SSH Host for Stitch leads"));
    m_sshHostCheckLabel->setWordWrap(true);
    m_sshHostCheckLabel->setTextFormat(Qt::PlainText);
    m_sshHostCheckLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sshHostCheckLabel->setVisible(false);
    grid->addWidget(m_sshHostCheckLabel, grid->rowCount(), 1, 1, 2);
    m_sshHostCheck = new SshHostCheck(this);
    connect(m_sshHostCheck, &SshHostCheck::finished, this, &FinishPage::showSshHostCheck);
    m_sshHostTyping = new QTimer(this);
    m_sshHostTyping->setSingleShot(true);
    m_sshHostTyping->setInterval(kSshHostTypingPauseMs);
    connect(m_sshHostTyping, &QTimer::timeout, this, &FinishPage::checkSshHost);
}

QLineEdit *FinishPage::addValue(const QString &field, const QString &objectName,
                                const QString &copyObjectName)
{
    auto *grid = static_cast<QGridLayout *>(m_valuesBox->layout());
    const int row = grid->rowCount();
    auto *label = new QLabel(field, m_valuesBox);
    auto *edit = new QLineEdit(m_valuesBox);
    edit->setObjectName(objectName);
    edit->setAccessibleName(field);
    edit->setReadOnly(true);
    label->setBuddy(edit);
    auto *copy = new QToolButton(m_valuesBox);
    copy->setObjectName(copyObjectName);
    copy->setText(tr("Copy"));
    copy->setAccessibleName(tr("Copy %1").arg(field));
    copy->setToolTip(tr("Copy %1").arg(field));
    // The SSH Host's copy button (m_sshHost is set once this returns) copies what Stitch gets,
    // never an entry that was refused.
    connect(copy, &QToolButton::clicked, this, [this, edit] {
        copyToClipboard(edit == m_sshHost ? session().stitchSshHost() : edit->text());
    });
    grid->addWidget(label, row, 0);
    grid->addWidget(edit, row, 1);
    grid->addWidget(copy, row, 2);
    return edit;
}

void FinishPage::initializePage()
{
    showValues(true);
    m_reportStatus->setVisible(false);
    StepPage::initializePage();
}

void FinishPage::showValues(bool force)
{
    const setup::StitchFormValues v = session().formValues();
    // What the admin typed stays while it already says the same (a name typed in capitals, an
    // empty field for the address connected to) or while it is refused and shown so.
    const QString typed = m_sshHost->text().trimmed();
    const auto valid = setup::validatePublicHost(typed);
    const bool same = typed.isEmpty() ? !v.sshHostGiven : valid && valid.value() == v.sshHost;
    if (force || (!same && m_sshHostError.isEmpty())) {
        m_sshHost->setText(v.sshHost);
        m_sshHostError.clear();
    }
    m_sshHost->setPlaceholderText(session().connection().host); // what an empty field means
    m_sshPort->setText(QString::number(v.sshPort));
    m_sshUser->setText(v.sshUser);
    m_dbHost->setText(v.databaseHost);
    m_dbPort->setText(QString::number(v.databasePort));
    showSshHostMessage();
}

void FinishPage::sshHostEdited(const QString &text)
{
    SetupChoices choices = session().choices();
    const QString typed = text.trimmed();
    m_sshHostError.clear();
    if (typed.isEmpty()) {
        choices.publicHost.clear();
    } else if (auto host = setup::validatePublicHost(typed)) {
        // The address connected to, typed again, is no public host of its own.
        choices.publicHost = host.value() == session().connection().host ? QString() : host.value();
    } else {
        const QString fix = fixText(host.error());
        m_sshHostError =
            fix.isEmpty() ? host.error().message : tr("%1 %2").arg(host.error().message, fix);
    }
    if (m_sshHostError.isEmpty() && choices.publicHost != session().choices().publicHost)
        session().setChoices(choices); // shows the values again
    else
        showSshHostMessage();
}

void FinishPage::checkSshHost()
{
    const QString sshHost = session().stitchSshHost();
    // An address the wizard connected to needs no lookup; a refused or private one is said
    // by the message above.
    if (!m_sshHostError.isEmpty() || session().choices().publicHost.isEmpty() ||
        setup::isPrivateHost(sshHost)) {
        m_sshHostCheck->cancel();
        showSshHostCheck(SshHostCheck::Verdict::None, {});
        return;
    }
    m_sshHostCheck->start(sshHost, session().connection().host);
}

void FinishPage::showSshHostCheck(SshHostCheck::Verdict verdict, const QString &words)
{
    if (verdict == SshHostCheck::Verdict::SameServer)
        styleAsSuccess(m_sshHostCheckLabel);
    else
        styleAsAlert(m_sshHostCheckLabel);
    m_sshHostCheckLabel->setText(words);
    m_sshHostCheckLabel->setVisible(!words.isEmpty());
}

void FinishPage::showSshHostMessage()
{
    m_sshHostTyping->start(); // where the SSH Host leads, once typing pauses
    QString message = m_sshHostError;
    // A private address is a finding of the self-test once it ran: said there, not twice.
    bool inFindings = false;
    for (const Finding &f : result().findings)
        inFindings = inFindings || f.code == QLatin1String("finish.private_ssh_host");
    if (message.isEmpty() && !inFindings && setup::isPrivateHost(session().stitchSshHost())) {
        message = tr("%1 is a private address: Stitch connects from the internet and cannot "
                     "reach it. Enter the SSH server's public DNS name or address.")
                      .arg(session().stitchSshHost());
    }
    m_sshHostMessage->setText(message);
    m_sshHostMessage->setVisible(!message.isEmpty());
}

QString FinishPage::allValues() const
{
    // Stitch's own field names, one per line; what Stitch gets, never a refused entry.
    const setup::StitchFormValues v = session().formValues();
    return tr("Host (Endpoint): %1\nPort: %2\nSSH Host: %3\nSSH Port: %4\nSSH User: %5\n")
        .arg(v.databaseHost, QString::number(v.databasePort), v.sshHost, QString::number(v.sshPort),
             v.sshUser);
}

bool FinishPage::selfTestPassed() const
{
    const StepResult &r = result();
    if (r.status != StepStatus::Pass && r.status != StepStatus::Warn &&
        r.status != StepStatus::Changed)
        return false;
    bool loggedIn = false;
    for (const Finding &f : r.findings) {
        if (f.severity == Severity::Fail || f.code == QLatin1String(kHandedOverUnverified))
            return false;
        loggedIn =
            loggedIn || (f.code == QLatin1String("selftest.login") && f.severity == Severity::Pass);
    }
    return loggedIn;
}

bool FinishPage::mayHandOver() const
{
    // A failed self-test proved the tunnel broken: that is no setup to hand over.
    const StepStatus status = result().status;
    return !selfTestPassed() && (status == StepStatus::Skipped || status == StepStatus::Warn);
}

QString FinishPage::unverifiedParts() const
{
    const setup::StitchFormValues v = session().formValues();
    return tr("whether %1 can log in with Stitch's key and reach the database %2:%3 through "
              "the tunnel")
        .arg(v.sshUser, v.databaseHost, QString::number(v.databasePort));
}

void FinishPage::recordHandOver(bool on)
{
    StepResult r = result();
    r.findings.removeIf(
        [](const Finding &f) { return f.code == QLatin1String(kHandedOverUnverified); });
    if (on) {
        r.findings << withRemedy(
            makeFinding(Severity::Warn, kHandedOverUnverified,
                        tr("Handed over unverified: the end-to-end self-test did not pass in "
                           "this session, so it is not known %1.")
                            .arg(unverifiedParts()),
                        tr("Run the self-test before Stitch relies on the tunnel.")),
            RemedyKind::RunSelfTest);
    }
    m_recordingHandOver = true;
    session().setStepResult(StepId::Finish, r);
    m_recordingHandOver = false;
    refresh();
}

void FinishPage::resultChanged()
{
    showSshHostMessage();
    if (m_recordingHandOver || !m_handOver->isChecked())
        return;
    // A new result (another run, a removal) replaced the one handed over: decide again.
    for (const Finding &f : result().findings) {
        if (f.code == QLatin1String(kHandedOverUnverified))
            return;
    }
    const QSignalBlocker blocker(m_handOver);
    m_handOver->setChecked(false); // the refresh that follows shows it
}

bool FinishPage::isComplete() const
{
    if (isBusy())
        return false;
    if (selfTestPassed())
        return StepPage::isComplete();
    return mayHandOver() && m_handOver->isChecked();
}

QString FinishPage::acknowledgement() const
{
    // Warnings are passed by ticking only once the self-test passed; otherwise the choice is
    // the explicit hand-over below, which names what was not verified.
    return selfTestPassed() ? StepPage::acknowledgement() : QString();
}

void FinishPage::refresh()
{
    const bool handOver = mayHandOver();
    m_handOver->setText(tr("Hand over unverified (the report says so)"));
    m_handOver->setVisible(handOver);
    m_handOver->setEnabled(!isBusy());
    m_handOverNote->setText(tr("Done needs a passing self-test. Without one, it is not known %1.")
                                .arg(unverifiedParts()));
    m_handOverNote->setVisible(handOver);
    const bool tested = result().status != StepStatus::NotChecked;
    m_runSelfTest->setText(tested ? tr("Run self-test again") : tr("Run self-test"));
    QString why;
    const bool possible = canApply(&why);
    m_runSelfTest->setEnabled(!isBusy() && possible);
    m_runSelfTest->setToolTip(possible ? tr("Applies the setup again (nothing changes when it "
                                            "is in place) and runs the end-to-end self-test.")
                                       : why);
    m_export->setEnabled(!isBusy());
    StepPage::refresh();
}

void FinishPage::exportReportTo()
{
    auto *dialog = new QFileDialog(this, tr("Export the report"));
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (const ReportFormat &f : kFormats)
        filters << tr(f.filter);
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QLatin1String(kFormats[0].suffix));
    dialog->setDirectory(inDocuments());
    dialog->selectFile(
        QStringLiteral("stitch-tunnel-report.%1").arg(QLatin1String(kFormats[0].suffix)));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString &filter) {
        const qsizetype i = filters.indexOf(filter);
        if (i >= 0)
            dialog->setDefaultSuffix(QLatin1String(kFormats[i].suffix));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Status status = exportReport(session(), path);
        if (status) {
            showError({});
            m_reportStatus->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
            m_reportStatus->setVisible(true);
        } else {
            m_reportStatus->setVisible(false);
            showError(status.error().oneLine());
        }
    });
    dialog->open();
}

} // namespace stitch::wizard
