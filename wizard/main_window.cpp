#include "main_window.h"

#include "busy_row.h"
#include "customer_setup_dialog.h"
#include "model/setup_session.h"
#include "playbook_export.h"
#include "readable_style.h"
#include "remedy_text.h"
#include "report_export.h"
#include "session/recent_servers.h"
#include "session/setup_file.h"
#include "setup/change_sentences.h"
#include "setup/diagnostics.h"
#include "setup/stitch_network.h"
#include "setup_controller.h"
#include "setup_dialogs.h"
#include "transcript_dock.h"
#include "tunnel_wizard.h"
#include "version.h"
#include "widget_helpers.h"
#include "window_fit.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace stitch::wizard {

namespace {

QString setupFileFilter()
{
    return QCoreApplication::translate("stitch::wizard::MainWindow",
                                       "Stitch tunnel setup (*.stitch-tunnel *.json)");
}

// In the home folder, named after the server ("bastion.example.com.stitch-tunnel"), with the file
// type the packages register.
QString suggestedSetupPath(const SetupFileContents &contents)
{
    const QString host = contents.connection.host;
    return inDocuments((host.isEmpty() ? QStringLiteral("setup") : host) +
                       QStringLiteral(".stitch-tunnel"));
}

} // namespace

MainWindow::MainWindow(SetupSession &session, SetupController &controller, CredentialStore &store,
                       QWidget *parent)
    : QMainWindow(parent), m_session(session), m_controller(controller)
{
    setObjectName(QStringLiteral("mainWindow"));
    useReadableStyle(); // before the first widget is polished
    setWindowTitle(tr("Stitch SSH Tunnel Wizard"));
    m_wizard =
        new TunnelWizard(m_session, m_controller, store, this); // its pages load the icon resources
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);
    connect(m_wizard, &TunnelWizard::closeRequested, this, &QWidget::close);
    connect(m_wizard, &QWizard::accepted, this, [this] {
        m_closeConfirmed = true; // Done: nothing is lost
        close();
    });
    connect(&m_controller, &SetupController::busyChanged, this, [this](bool busy) {
        if (!busy && m_closeWhenIdle)
            QTimer::singleShot(0, this, &MainWindow::closeWhenIdle); // after every page saw it
    });
    m_transcript = new TranscriptDock(m_session, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_transcript);
    m_transcript->hide(); // opened from View; the wizard stays uncluttered for non-experts
    createMenus();
    // Remember servers that worked, for the Open recent menu.
    connect(&m_controller, &SetupController::reportApplied, this,
            [this](const setup::OperationReport &report) {
                if (!report.connection.connected)
                    return;
                RecentServers().remember(m_session.connection());
                rebuildRecentMenu();
            });
    // The first size comes from the screen: 960×680 where there is room, less on a small or
    // scaled laptop screen (1280×720 logical at 150 %), so the wizard's buttons stay on it.
    fitToScreen(this, kPreferredSize);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fittedOnShow || event->spontaneous())
        return;
    m_fittedOnShow = true;
    // Now the window system knows the real frame (and the screen): correct the estimate.
    QTimer::singleShot(0, this, [this] { fitToScreen(this, kPreferredSize); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open setup…"), QKeySequence::Open, this, &MainWindow::openSetup)
        ->setObjectName(QStringLiteral("openSetupAction"));
    file->addAction(tr("&Save setup…"), QKeySequence::Save, this, &MainWindow::saveSetup)
        ->setObjectName(QStringLiteral("saveSetupAction"));
    file->addAction(tr("&New setup for a customer…"), this, &MainWindow::newCustomerSetup)
        ->setObjectName(QStringLiteral("newCustomerSetupAction"));
    m_recentMenu = file->addMenu(tr("&Recent servers"));
    m_recentMenu->setObjectName(QStringLiteral("recentServersMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Export report…"), this, &MainWindow::exportReport)
        ->setObjectName(QStringLiteral("exportReportAction"));
    file->addAction(tr("Export as Ansible &playbook…"), this, &MainWindow::exportPlaybook)
        ->setObjectName(QStringLiteral("exportPlaybookAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Remove Stitch access…"), this, &MainWindow::removeAccess)
        ->setObjectName(QStringLiteral("removeAccessAction"));
    tools->addAction(tr("&Do it myself…"), this, &MainWindow::doItMyself)
        ->setObjectName(QStringLiteral("doItMyselfAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggle = m_transcript->toggleViewAction();
    toggle->setText(tr("&Transcript of remote commands"));
    toggle->setObjectName(QStringLiteral("showTranscriptAction"));
    view->addAction(toggle);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&Copy diagnostics"), this, &MainWindow::copyDiagnostics)
        ->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    help->addAction(tr("Save support &bundle…"), this, &MainWindow::askAndSaveSupportBundle)
        ->setObjectName(QStringLiteral("saveSupportBundleAction"));
    help->addSeparator();
    help->addAction(tr("Stitch's &guide"), this,
                    [] { QDesktopServices::openUrl(QUrl(setup::stitchGuideUrl())); });
    help->addAction(tr("&About"), this, &MainWindow::showAbout);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const auto servers = RecentServers().servers();
    for (const RecentServer &server : servers) {
        const QString label =
            QStringLiteral("%1@%2:%3").arg(server.user, server.host).arg(server.port);
        m_recentMenu->addAction(label, this, [this, server] {
            ssh::ConnectionSettings settings = m_session.connection();
            settings.host = server.host;
            settings.port = server.port;
            settings.user = server.user;
            m_session.setConnection(settings);
            m_wizard->reloadFromSession();
        });
    }
    m_recentMenu->setEnabled(!servers.isEmpty());
}

void MainWindow::openSetup()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open setup"), inDocuments(), setupFileFilter());
    if (!path.isEmpty())
        openSetupFile(path);
}

bool MainWindow::openSetupFile(const QString &path)
{
    auto loaded = loadSetupFile(path);
    if (!loaded) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open setup"),
                                    loaded.error().oneLine(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openSetupErrorBox"));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_controller.disconnectFromServer();
    m_session.setConnection(loaded->connection);
    m_session.setChoices(loaded->choices);
    m_controller.setSavedOptIns(loaded->optIns);
    m_wizard->reloadFromSession();
    statusBar()->showMessage(
        tr("Opened %1: type the password on the Connect page, then go through the steps.")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

SetupFileContents MainWindow::onScreenSetup() const
{
    SetupFileContents contents;
    m_wizard->onScreenSetup(contents.connection, contents.choices);
    contents.optIns = m_controller.savedOptIns();
    return contents;
}

void MainWindow::saveSetup()
{
    const SetupFileContents contents = onScreenSetup();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save setup"), suggestedSetupPath(contents), setupFileFilter());
    if (path.isEmpty())
        return;
    if (Status s = saveSetupFile(path, contents.connection, contents.choices, contents.optIns); !s)
        QMessageBox::warning(this, tr("Save setup"), s.error().oneLine());
    else
        m_wizard->forgetTypedValues();
}

void MainWindow::newCustomerSetup()
{
    auto *dialog = new CustomerSetupDialog(onScreenSetup(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerSetupDialog::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1 for the customer: they open it with File → Open "
                                    "setup…, or by double-clicking it.")
                                     .arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

QString MainWindow::diagnostics() const
{
    // What is on screen, not only what was confirmed: a customer stuck on a page has typed it.
    return setup::diagnosticsText(m_session.report(), onScreenSetup(),
                                  [](const Finding &f) { return fixText(f); });
}

void MainWindow::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnostics());
    statusBar()->showMessage(tr("The diagnostics are on the clipboard (no password is in "
                                "them): paste them into your message to support."));
}

Status MainWindow::saveSupportBundle(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = diagnostics().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::LocalIoError,
                         tr("The support bundle could not be saved to %1: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                         tr("Choose a folder you can write to, and check the free space."));
    return {};
}

void MainWindow::askAndSaveSupportBundle()
{
    const QString name =
        QStringLiteral("stitch-tunnel-support-%1.txt")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save support bundle"), QDir::home().filePath(name), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (Status s = saveSupportBundle(path); !s)
        QMessageBox::warning(this, tr("Save support bundle"), s.error().oneLine());
    else
        statusBar()->showMessage(tr("Saved the support bundle to %1 (no password is in it): "
                                    "send it to support.")
                                     .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed) {
        if (m_closeWhenIdle) {
            event->ignore(); // already asked: closes when the script has finished
            return;
        }
        if (m_controller.isChangingServer()) {
            event->ignore();
            askToCloseAfterChanges();
            return;
        }
        if (m_wizard->hasTypedValues()) {
            event->ignore();
            askToDiscard();
            return;
        }
    }
    // A watch for Stitch changes nothing: it stops at once.
    if (m_controller.isWatching())
        m_controller.cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::askToDiscard()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Close the wizard?"),
                                tr("Close the wizard and discard the values you entered?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setInformativeText(tr("Closing changes nothing on the server."));
    QPushButton *discard = box->addButton(tr("&Discard and close"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *stay = box->addButton(tr("&Keep working"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepWorkingButton"));
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_closeConfirmed = true;
        QTimer::singleShot(0, this, &QWidget::close);
    });
    box->open();
}

void MainWindow::askToCloseAfterChanges()
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Close the wizard?"),
        tr("The server is being changed right now. Close when the running script has finished?"),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeDuringChangesQuestion"));
    box->setInformativeText(
        tr("A script that changes the server is never stopped half-way: it finishes and is "
           "verified, then the wizard stops (the self-test is skipped and its temporary key "
           "removed) and closes. The values you entered are discarded."));
    QPushButton *later = box->addButton(tr("Close when &finished"), QMessageBox::AcceptRole);
    later->setObjectName(QStringLiteral("closeWhenFinishedButton"));
    QPushButton *stay = box->addButton(tr("&Keep working"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepWorkingButton"));
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(later, &QPushButton::clicked, this, [this] {
        if (!m_controller.isBusy()) {
            m_closeConfirmed = true;
            QTimer::singleShot(0, this, &QWidget::close);
            return;
        }
        m_closeWhenIdle = true;
        m_controller.stopSafely();
        statusBar()->showMessage(
            tr("Closing when the running script has finished; the server is never left "
               "half-changed."));
        statusBar()->setObjectName(QStringLiteral("closingStatusBar"));
    });
    box->open();
}

void MainWindow::closeWhenIdle()
{
    m_closeConfirmed = true;
    close();
}

void MainWindow::removeAccess()
{
    if (m_session.connection().host.isEmpty()) {
        QMessageBox::information(this, tr("Remove Stitch access"),
                                 tr("Connect to the SSH server first (page 2)."));
        return;
    }
    // The server's record, as the last check read it, says whether this tool turned ufw on.
    const auto &findings = m_session.stepResult(StepId::Firewall).findings;
    const bool ufwOurs = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.code == QLatin1String("firewall.recorded_ufw_enabled");
    });
    auto *dialog =
        new RemoveAccessDialog(m_session.choices(), m_session.connection().host, ufwOurs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_controller.start(this, setup::Operation::Remove, dialog->runOptions());
    });
    dialog->open();
}

void MainWindow::operationProgress(const QString &message)
{
    QWizardPage *page = m_wizard->currentPage();
    if (auto *row = page ? page->findChild<BusyRow *>() : nullptr)
        row->setText(message);
}

void MainWindow::operationFinished(const setup::OperationReport &report)
{
    // The re-check after a removal speaks through the pages, which show its results.
    if (report.operation != setup::Operation::Remove)
        return;
    if (report.reachedServer) {
        // What was removed is no longer in place, so no page may keep a pass for it: every step
        // forgets its result and is checked again on the server; step 5 waits for a new
        // self-test.
        m_session.invalidateFrom(StepId::Firewall);
        m_controller.start(this, setup::Operation::Check, m_controller.optIns());
    }
    // What the removal did and what it left (rules that stay, parts it could not remove).
    QStringList lines;
    for (const StepId id : {StepId::Firewall, StepId::TunnelUser}) {
        for (const Finding &f : report.step(id).findings) {
            const QString fix = fixText(f);
            const QString message = setup::findingSentence(f);
            lines << (fix.isEmpty() ? QStringLiteral("• %1").arg(message)
                                    : QStringLiteral("• %1 %2").arg(message, fix));
        }
    }
    if (report.reachedServer) {
        if (!lines.isEmpty())
            lines << QString(); // a blank line before what happens next
        lines << tr("Every step is checked again on the server; step 5 needs a new self-test.");
    }
    auto *box = new QMessageBox(
        report.ok() ? QMessageBox::Information : QMessageBox::Warning, tr("Remove Stitch access"),
        report.ok() ? tr("Stitch's access was removed from the server.") : report.error().oneLine(),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("removeAccessResultBox"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::doItMyself()
{
    // What is on screen: the port typed on the Connect page counts before any connect.
    const SetupFileContents contents = onScreenSetup();
    auto *dialog = new ScriptDialog(contents.choices, contents.connection.port, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), inDocuments(QStringLiteral("stitch-tunnel-report.html")),
        tr("HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = wizard::exportReport(m_session, path); !s)
        QMessageBox::warning(this, tr("Export report"), s.error().oneLine());
}

void MainWindow::exportPlaybook()
{
    const QString title = tr("Export as Ansible playbook");
    // The same choices and opt-ins apply would use, so the fleet gets what this server gets.
    const auto playbook = wizard::playbookFor(m_session, m_controller.optIns());
    if (!playbook) {
        QMessageBox::information(this, title,
                                 tr("The playbook cannot be made yet: %1\n%2")
                                     .arg(playbook.error().message, playbook.error().fix));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, title, inDocuments(QStringLiteral("stitch-tunnel.yml")),
                                     tr("Ansible playbooks (*.yml *.yaml)"));
    if (path.isEmpty())
        return;
    if (Status s = wizard::writePlaybook(path, playbook.value()); !s)
        QMessageBox::warning(this, title, s.error().oneLine());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Stitch SSH Tunnel Wizard"),
                       tr("<h3>Stitch SSH Tunnel Wizard %1</h3><p>Sets up and verifies an SSH "
                          "tunnel for Stitch on a Linux server, step by step, checking each step "
                          "on the real server.</p>")
                           .arg(QStringLiteral(STITCH_VERSION)));
}

} // namespace stitch::wizard
