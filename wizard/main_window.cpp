#include "main_window.h"

#include "report_export.h"
#include "session/setup_session.h"
#include "setup/setup_worker.h"
#include "tunnel_wizard.h"
#include "version.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

namespace stitch::wizard {

MainWindow::MainWindow(SetupSession &session, setup::SetupWorker &worker, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_worker(worker)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stitch SSH Tunnel Wizard"));
    m_wizard = new TunnelWizard(m_session, m_worker, this);
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);
    connect(m_wizard, &QWizard::rejected, this, &QWidget::close);
    connect(m_wizard, &QWizard::accepted, this, &QWidget::close);
    createMenus();
    resize(960, 680);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open setup…"), QKeySequence::Open, this, &MainWindow::openSetup)
        ->setObjectName(QStringLiteral("openSetupAction"));
    file->addAction(tr("&Save setup…"), QKeySequence::Save, this, &MainWindow::saveSetup)
        ->setObjectName(QStringLiteral("saveSetupAction"));
    file->addSeparator();
    file->addAction(tr("&Export report…"), this, &MainWindow::exportReport)
        ->setObjectName(QStringLiteral("exportReportAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Remove Stitch access…"), this, &MainWindow::removeAccess)
        ->setObjectName(QStringLiteral("removeAccessAction"));
    tools->addAction(tr("&Do it myself…"), this, &MainWindow::doItMyself)
        ->setObjectName(QStringLiteral("doItMyselfAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Stitch's &guide"), this, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral(
            "https://www.stitchdata.com/docs/security/encryption/ssh-tunnel-self-hosted-database")));
    });
    help->addAction(tr("&About"), this, &MainWindow::showAbout);
}

void MainWindow::openSetup() {}
void MainWindow::saveSetup() {}
void MainWindow::removeAccess() {}
void MainWindow::doItMyself() {}

void MainWindow::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QStringLiteral("stitch-tunnel-report.html"),
        tr("HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = wizard::exportReport(m_session, path); !s)
        QMessageBox::warning(this, tr("Export report"), s.error().oneLine());
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
