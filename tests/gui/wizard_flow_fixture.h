#pragma once

// The wizard in a window against the sandbox server, and what the flow tests do with it: fill
// Welcome and Connect, reach step 4, apply, read the findings. Shared by the GUI test files.
#include "../integration/sandbox_env.h"
#include "../support/fake_credential_store.h"
#include "../support/setup_file_keys.h"
#include "apply_confirmation.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "model/setup_session.h"
#include "report_export.h"
#include "session/credential_store.h"
#include "setup/setup_worker.h"
#include "setup_controller.h"
#include "tunnel_wizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

#include <functional>

namespace stitch::guitest {

using namespace stitch;
using namespace stitch::wizard;

// Answers the next file dialog (QFileDialog::getSaveFileName and friends) with `path`, as a
// user typing the name and pressing Save would.
inline void answerNextFileDialog(const QString &path)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            if (dialog && dialog->isVisible()) {
                timer->deleteLater();
                // Typed into the name box, as a user would: selectFile() alone can be overridden
                // by the dialog's own default name while its folder is still loading.
                if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(path);
                else
                    dialog->selectFile(path);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept()
                return;
            }
        }
    });
    timer->start(20);
}

inline void screenshot(QWidget *window, const QString &name)
{
    const QString dir = stitch::guitest::screenshotDir();
    QDir().mkpath(dir);
    QTest::qWait(50); // let layouts settle
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

class WizardFlowFixture : public ::testing::Test
{
protected:
    WizardFlowFixture()
    {
        // A private known-hosts file per test, so the host key dialog always appears.
        ssh::ConnectionSettings c = session.connection();
        c.knownHostsFile = scratch.filePath(QStringLiteral("known_hosts"));
        c.useOpenSshKnownHosts = false;
        session.setConnection(c);
        window.resize(1024, 700);
        window.show();
        wizard = window.tunnelWizard();
    }

    void clickNext()
    {
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        ASSERT_TRUE(next->isEnabled()) << "Next is disabled on page " << wizard->currentId();
        QTest::mouseClick(next, Qt::LeftButton);
    }
    bool nextEnabled() const { return wizard->button(QWizard::NextButton)->isEnabled(); }
    bool doneEnabled() const { return wizard->button(QWizard::FinishButton)->isEnabled(); }
    QWidget *page() const { return wizard->currentPage(); }
    bool settled(StepId step) const
    {
        return !worker.isBusy() && session.stepResult(step).status != StepStatus::NotChecked;
    }

    void fillWelcome()
    {
        auto *host = child<QLineEdit>(page(), "databaseHostEdit");
        ASSERT_NE(host, nullptr);
        host->clear();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        child<QSpinBox>(page(), "databasePortSpin")->setValue(sandbox::postgresPort());
    }

    void fillConnect(quint16 port)
    {
        auto *host = child<QLineEdit>(page(), "hostEdit");
        ASSERT_NE(host, nullptr);
        host->clear();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        child<QSpinBox>(page(), "portSpin")->setValue(port);
        auto *login = child<QLineEdit>(page(), "loginEdit");
        login->clear();
        QTest::keyClicks(login, QStringLiteral("stitchadmin"));
        QTest::keyClicks(
            child<QLineEdit>(page(), "passwordEdit"),
            QString::fromUtf8(sandbox::password(QStringLiteral("stitchadmin")).bytes()));
    }

    // Apply changes…, `look` at the confirmation, confirm, and wait until `step` changed.
    void applyAndWaitUntilChanged(StepId step, const std::function<void(ApplyConfirmation *)> &look)
    {
        QTest::mouseClick(child<QPushButton>(page(), "applyButton"), Qt::LeftButton);
        ASSERT_TRUE(
            waitFor([] { return topLevel<ApplyConfirmation>("applyConfirmation") != nullptr; }));
        ApplyConfirmation *confirm = topLevel<ApplyConfirmation>("applyConfirmation");
        look(confirm);
        QTest::mouseClick(child<QPushButton>(confirm, "confirmApplyButton"), Qt::LeftButton);
        ASSERT_TRUE(waitFor(
            [&] {
                return !worker.isBusy() && session.stepResult(step).status == StepStatus::Changed;
            },
            60000));
    }

    // Welcome → Connect (host key accepted once) → step 1, checked.
    void reachFirewallPage()
    {
        fillWelcome();
        clickNext();
        fillConnect(sandbox::sshPort());
        clickNext();
        ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }));
        QTest::mouseClick(
            child<QPushButton>(topLevel<QDialog>("hostKeyDialog"), "connectOnceButton"),
            Qt::LeftButton);
        ASSERT_TRUE(waitFor([&] { return wizard->currentId() == TunnelWizard::FirewallPageId; }));
        ASSERT_TRUE(waitFor([&] { return settled(StepId::Firewall); }, 60000));
    }

    // Welcome → Connect (host key accepted once) → steps 1–3 with `publicKey`, quickly.
    void reachTunnelUserPage(const QString &publicKey)
    {
        ASSERT_NO_FATAL_FAILURE(reachFirewallPage());
        auto *acknowledge = child<QCheckBox>(page(), "acknowledgeCheckBox");
        acknowledge->setFocus();
        QTest::keyClick(acknowledge, Qt::Key_Space);
        clickNext();
        ASSERT_TRUE(waitFor([&] { return settled(StepId::Database); }));
        // Access rules not checked without a database user: a warning to confirm.
        auto *acknowledgeDatabase = child<QCheckBox>(page(), "acknowledgeCheckBox");
        acknowledgeDatabase->setFocus();
        QTest::keyClick(acknowledgeDatabase, Qt::Key_Space);
        clickNext();
        auto *keyEdit = child<QPlainTextEdit>(page(), "publicKeyEdit");
        keyEdit->setFocus();
        keyEdit->insertPlainText(publicKey);
        ASSERT_TRUE(waitFor([&] { return nextEnabled(); }, 2000));
        clickNext();
        ASSERT_EQ(wizard->currentId(), TunnelWizard::TunnelUserPageId);
    }

    // What the findings list of `step` shows, a finding a line, as a screen reader says it.
    QString shownFindings(TunnelWizard::PageId id) const
    {
        QStringList lines;
        const auto *list = child<QListWidget>(wizard->page(id), "findingsList");
        for (int i = 0; list && i < list->count(); ++i)
            lines << list->item(i)->data(Qt::AccessibleTextRole).toString();
        return lines.join(QLatin1Char('\n'));
    }
    QStringList codes(StepId step) const
    {
        QStringList all;
        for (const Finding &f : session.stepResult(step).findings)
            all << f.code;
        return all;
    }

    // Another run holds the server lock until releaseServerLock() (or the test's end), so an
    // apply started now waits once its script has begun: the test can act during a running
    // Apply. True once the lock is held.
    bool holdServerLock()
    {
        sandbox::shell(QStringLiteral("flock /run/stitch-tunnel.lock -c 'echo $$ >%1; exec sleep "
                                      "120' </dev/null >/dev/null 2>&1 &")
                           .arg(lockPidFile()));
        return waitFor([&] { return QFileInfo(lockPidFile()).size() > 0; }, 5000);
    }
    void releaseServerLock()
    {
        sandbox::shell(
            QStringLiteral("[ -s %1 ] && kill $(cat %1) 2>/dev/null; true").arg(lockPidFile()));
    }
    // Apply on the current page, confirmed; true once its script waits for the held lock.
    bool applyUntilItWaitsForTheLock()
    {
        QTest::mouseClick(child<QPushButton>(page(), "applyButton"), Qt::LeftButton);
        if (!waitFor([] { return topLevel<ApplyConfirmation>("applyConfirmation") != nullptr; }))
            return false;
        QTest::mouseClick(child<QPushButton>(topLevel<ApplyConfirmation>("applyConfirmation"),
                                             "confirmApplyButton"),
                          Qt::LeftButton);
        return waitFor(
            [] {
                return !sandbox::shell(QStringLiteral("pgrep -f '[f]lock -w 60 9'; true"))
                            .trimmed()
                            .isEmpty();
            },
            30000);
    }
    // The tunnel user this test sets up; it is deleted on the server again after the test.
    void useTunnelUser(const QString &user)
    {
        SetupChoices choices = session.choices();
        choices.tunnelUser = user;
        session.setChoices(choices);
        m_tunnelUser = user;
    }
    // known_hosts holds another key for the sandbox's server; Welcome and Connect filled in and
    // Next pressed. True once the changed-host-key box shows.
    bool reachChangedHostKeyBox()
    {
        const QByteArray otherKey =
            sandbox::shell(QStringLiteral("d=$(mktemp -d) && ssh-keygen -q -t ed25519 -N '' -f "
                                          "$d/k && cut -d' ' -f1,2 $d/k.pub"));
        QFile kh(session.connection().knownHostsFile);
        if (!kh.open(QIODevice::WriteOnly))
            return false;
        kh.write("[127.0.0.1]:2222 " + otherKey.trimmed() + "\n");
        kh.close();
        fillWelcome();
        clickNext();
        fillConnect(sandbox::sshPort());
        clickNext();
        return waitFor([] { return topLevel<QMessageBox>("changedHostKeyBox") != nullptr; });
    }
    void TearDown() override
    {
        releaseServerLock();
        if (!m_tunnelUser.isEmpty())
            sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null; true").arg(m_tunnelUser));
    }

    QTemporaryDir scratch;
    SetupSession session;
    setup::SetupWorker worker;
    SetupController controller{session, worker};
    test::FakeCredentialStore store;
    MainWindow window{session, controller, store};
    TunnelWizard *wizard = nullptr;

private:
    QString m_tunnelUser;
    QString lockPidFile() const { return scratch.filePath(QStringLiteral("lock.pid")); }
};

inline QString stitchPublicKey(const QTemporaryDir &dir)
{
    return QString::fromUtf8(sandbox::shell(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -C "
                                                           "stitch-account -f %1/k && cat %1/k.pub")
                                                .arg(dir.path())))
        .trimmed();
}

} // namespace stitch::guitest
