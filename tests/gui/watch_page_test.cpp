// "Did Stitch get in?" after step 5, against the sandbox server: the stock ssh client plays
// Stitch from 127.0.0.1 (the setup's Stitch address, chosen on Welcome) while the page watches
// sshd's log.
#include "watch_page.h"
#include "wizard_flow_fixture.h"

#include <QProcess>

using namespace stitch;
using namespace stitch::wizard;
using stitch::guitest::child;
using stitch::guitest::screenshot;
using stitch::guitest::topLevel;
using stitch::guitest::waitFor;

namespace {

class WatchPageFlow : public stitch::guitest::WizardFlowFixture
{
protected:
    // Stitch's addresses: the custom list, 127.0.0.1 alone.
    void stitchFromLoopback()
    {
        auto *region = child<QComboBox>(page(), "regionCombo");
        ASSERT_NE(region, nullptr);
        region->setCurrentIndex(region->findData(QString()));
        auto *cidrs = child<QPlainTextEdit>(page(), "customCidrEdit");
        cidrs->setFocus();
        cidrs->insertPlainText(QStringLiteral("127.0.0.1/32"));
    }

    // Stitch's side: the stock client logs in with `privateKey` and asks for the tunnel to
    // PostgreSQL, as in tests/integration (RealBastions.WatchSaysWhetherStitchGotInAndWhyNot).
    void connectAsStitch(const QString &privateKey, const QString &user)
    {
        QProcess client;
        client.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("ssh -F none -o BatchMode=yes -o StrictHostKeyChecking=no "
                            "-o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -i %1 -p %2 "
                            "-W 127.0.0.1:%3 %4@127.0.0.1 </dev/null >/dev/null 2>&1 & c=$!; "
                            "sleep 1; kill $c 2>/dev/null; wait $c 2>/dev/null; true")
                 .arg(privateKey)
                 .arg(sandbox::sshPort())
                 .arg(sandbox::postgresPort())
                 .arg(user)});
        ASSERT_TRUE(waitFor([&] { return client.state() == QProcess::NotRunning; }, 20000));
    }

    QString text(const char *name) const { return child<QLabel>(page(), name)->text(); }
    QString attempts() const
    {
        return child<QPlainTextEdit>(page(), "watchAttemptsView")->toPlainText();
    }
    // Watch for Stitch, and wait until sshd's log is being read.
    void startWatching()
    {
        QTest::mouseClick(child<QPushButton>(page(), "watchButton"), Qt::LeftButton);
        ASSERT_TRUE(controller.isWatching());
        ASSERT_TRUE(waitFor([&] {
            return text("watchStatusLabel").startsWith(QStringLiteral("Watching"));
        })) << text("watchStatusLabel").toStdString()
            << text("watchVerdictLabel").toStdString();
        EXPECT_TRUE(child<QPushButton>(page(), "stopWatchButton")->isEnabled());
        EXPECT_FALSE(child<QPushButton>(page(), "watchButton")->isEnabled());
    }
    bool watchEnded() const
    {
        return !worker.isBusy() && child<QLabel>(page(), "watchVerdictLabel")->isVisible();
    }
};

} // namespace

// Apply, step 5, then the watch: Stitch's key gets in; another key is refused, with the fix;
// Back during a watch stops it.
TEST_F(WatchPageFlow, SaysWhetherStitchGotInAndWhyNot)
{
    const QString user = QStringLiteral("stitchwatchgui");
    useTunnelUser(user);
    ASSERT_NO_FATAL_FAILURE(stitchFromLoopback());
    const sandbox::StitchKey stitchKey;
    ASSERT_NO_FATAL_FAILURE(reachTunnelUserPage(stitchKey.publicLine));
    ASSERT_EQ(session.choices().customCidrs, QStringList{QStringLiteral("127.0.0.1/32")});
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));
    ASSERT_NO_FATAL_FAILURE(
        applyAndWaitUntilChanged(StepId::TunnelUser, [](ApplyConfirmation *) {}));
    clickNext();
    ASSERT_EQ(wizard->currentId(), TunnelWizard::FinishPageId);
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Finish); }, 60000));
    // Stitch is played from this machine: the loopback SSH Host is a warning to confirm.
    if (auto *acknowledge = child<QCheckBox>(page(), "acknowledgeCheckBox");
        acknowledge->isVisible()) {
        acknowledge->setFocus();
        QTest::keyClick(acknowledge, Qt::Key_Space);
    }
    ASSERT_TRUE(doneEnabled()) << "Done still ends the wizard on step 5: "
                               << codes(StepId::Finish).join(QLatin1Char(' ')).toStdString();
    clickNext();
    ASSERT_EQ(wizard->currentId(), TunnelWizard::WatchPageId);
    auto *watchPage = qobject_cast<WatchPage *>(page());
    ASSERT_NE(watchPage, nullptr);
    EXPECT_TRUE(text("watchInstructions").contains(QStringLiteral("Start Stitch's connection")));
    EXPECT_TRUE(text("watchInstructions").contains(QStringLiteral("up to 10 min ")));
    EXPECT_FALSE(child<QPushButton>(page(), "stopWatchButton")->isEnabled());

    // Stitch with its own key: in, and the watch ends by itself soon after.
    ASSERT_NO_FATAL_FAILURE(startWatching());
    ASSERT_NO_FATAL_FAILURE(connectAsStitch(stitchKey.privatePath(), user));
    ASSERT_TRUE(waitFor([&] { return watchEnded(); }, 30000)) << attempts().toStdString();
    EXPECT_TRUE(
        text("watchVerdictLabel").startsWith(QStringLiteral("Yes: Stitch got in as ") + user))
        << text("watchVerdictLabel").toStdString();
    EXPECT_TRUE(attempts().contains(QStringLiteral("127.0.0.1 port ")) &&
                attempts().contains(QStringLiteral("with the installed key")))
        << attempts().toStdString();
    EXPECT_TRUE(child<QPushButton>(page(), "watchButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page(), "stopWatchButton")->isEnabled());
    screenshot(&window, QStringLiteral("watch-got-in"));

    // Another key: refused, named so, with the fix.
    watchPage->setWatchDuration(9000);
    QTemporaryDir otherDir;
    const QString other = otherDir.filePath(QStringLiteral("other"));
    sandbox::shell(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -f %1").arg(other));
    ASSERT_NO_FATAL_FAILURE(startWatching());
    EXPECT_TRUE(attempts().isEmpty()) << "a new watch starts with an empty list";
    ASSERT_NO_FATAL_FAILURE(connectAsStitch(other, user));
    ASSERT_TRUE(waitFor([&] { return watchEnded(); }, 30000)) << attempts().toStdString();
    EXPECT_EQ(text("watchVerdictLabel"),
              QStringLiteral("No: Stitch did not get in. Why, and what to fix:"));
    EXPECT_TRUE(attempts().contains(QStringLiteral("its key was refused")))
        << attempts().toStdString();
    const auto *findings = child<QListWidget>(page(), "watchFindingsList");
    ASSERT_TRUE(findings->isVisible());
    QString shown;
    for (int i = 0; i < findings->count(); ++i)
        shown += findings->item(i)->data(Qt::AccessibleTextRole).toString() + QLatin1Char('\n');
    EXPECT_TRUE(shown.contains(QStringLiteral("sshd refused the key")) &&
                shown.contains(QStringLiteral("Copy the public key from Stitch's connection "
                                              "settings")))
        << shown.toStdString();
    screenshot(&window, QStringLiteral("watch-key-refused"));

    // Back during a watch stops it at once.
    watchPage->setWatchDuration(10 * 60 * 1000);
    ASSERT_NO_FATAL_FAILURE(startWatching());
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    EXPECT_EQ(wizard->currentId(), TunnelWizard::FinishPageId);
    EXPECT_TRUE(waitFor([&] { return !worker.isBusy(); }, 5000)) << "the watch stopped";
    EXPECT_FALSE(controller.isWatching());

    // Stop ends it and says so.
    clickNext();
    ASSERT_EQ(wizard->currentId(), TunnelWizard::WatchPageId);
    ASSERT_NO_FATAL_FAILURE(startWatching());
    screenshot(&window, QStringLiteral("watch-watching"));
    QTest::mouseClick(child<QPushButton>(page(), "stopWatchButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return watchEnded(); }, 5000));
    EXPECT_EQ(text("watchVerdictLabel"),
              QStringLiteral("Stopped before anything from Stitch was seen."));

    // Closing the window (discarding what was typed) ends it too.
    ASSERT_NO_FATAL_FAILURE(startWatching());
    window.close();
    ASSERT_TRUE(waitFor([] { return topLevel<QMessageBox>("discardQuestion") != nullptr; }));
    QTest::mouseClick(child<QPushButton>(topLevel<QMessageBox>("discardQuestion"), "discardButton"),
                      Qt::LeftButton);
    EXPECT_TRUE(waitFor([&] { return !window.isVisible() && !worker.isBusy(); }, 5000))
        << "the window closed and the watch stopped";
}
