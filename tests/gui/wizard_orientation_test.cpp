// Where am I, what is happening, and what happens if I close (issue 26, points 5, 6 and 8): the
// step list beside the pages, progress in phases, Close and Esc that ask first, Apply that is
// never stopped half-way by closing, a start without a display, the demo without root, and the
// words of the Connect page and the host-key dialog. Driven by object names against the sandbox.
#include "demo_mode.h"
#include "fit_check.h"
#include "host_key_dialog.h"
#include "wizard_flow_fixture.h"
#include "wizard_main.h"

#include <QProcess>
#include <QStatusBar>

using namespace stitch;
using namespace stitch::wizard;
using stitch::guitest::child;
using stitch::guitest::stitchPublicKey;
using stitch::guitest::topLevel;
using stitch::guitest::waitFor;

namespace {

class WizardOrientation : public stitch::guitest::WizardFlowFixture
{
protected:
    // The row of the step list that stands for `pageId`.
    QWidget *stepRow(int pageId) const
    {
        return child<QWidget>(wizard,
                              QStringLiteral("stepListRow%1").arg(pageId).toLatin1().constData());
    }
    QString stepState(int pageId) const
    {
        QWidget *row = stepRow(pageId);
        return row ? row->property("stepState").toString() : QStringLiteral("(no row)");
    }
    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    }
};

// A screenshot once the layouts have settled.
void shoot(QWidget *window, const QString &name)
{
    QTest::qWait(50);
    stitch::test::saveScreenshot(window, name);
}

StepResult withStatus(StepStatus status)
{
    StepResult r;
    r.status = status;
    r.findings << makeFinding(status == StepStatus::Fail ? Severity::Fail : Severity::Pass,
                              "test.finding", QStringLiteral("A finding."));
    return r;
}

} // namespace

// The step list shows every page, the current one, and each step's real status.
TEST_F(WizardOrientation, StepListFollowsTheCurrentPageAndEachStepsStatus)
{
    ASSERT_NE(child<QWidget>(wizard, "stepList"), nullptr);
    ASSERT_TRUE(child<QWidget>(wizard, "stepList")->isVisible());
    EXPECT_EQ(stepState(TunnelWizard::WelcomePageId), QStringLiteral("current"));
    for (int id = TunnelWizard::ConnectPageId; id <= TunnelWizard::FinishPageId; ++id)
        EXPECT_EQ(stepState(id), QStringLiteral("todo")) << id;

    session.setStepResult(StepId::Firewall, withStatus(StepStatus::Fail));
    session.setStepResult(StepId::Database, withStatus(StepStatus::Pass));
    session.setStepResult(StepId::PublicKey, withStatus(StepStatus::Warn));
    session.setStepResult(StepId::TunnelUser, withStatus(StepStatus::Changed));
    EXPECT_EQ(stepState(TunnelWizard::FirewallPageId), QStringLiteral("failed"));
    EXPECT_EQ(stepState(TunnelWizard::DatabasePageId), QStringLiteral("done"));
    EXPECT_EQ(stepState(TunnelWizard::PublicKeyPageId), QStringLiteral("warning"));
    EXPECT_EQ(stepState(TunnelWizard::TunnelUserPageId), QStringLiteral("done"));
    EXPECT_EQ(stepState(TunnelWizard::FinishPageId), QStringLiteral("todo"));
    EXPECT_TRUE(stepRow(TunnelWizard::FirewallPageId)
                    ->accessibleName()
                    .contains(QStringLiteral("needs attention")));

    // Forgotten results (a removal, a new server) are to do again, never left green.
    session.invalidateFrom(StepId::Firewall);
    for (int id = TunnelWizard::FirewallPageId; id <= TunnelWizard::FinishPageId; ++id)
        EXPECT_EQ(stepState(id), QStringLiteral("todo")) << id;

    fillWelcome();
    clickNext();
    EXPECT_EQ(stepState(TunnelWizard::WelcomePageId), QStringLiteral("done"));
    EXPECT_EQ(stepState(TunnelWizard::ConnectPageId), QStringLiteral("current"));
    EXPECT_EQ(stepRow(TunnelWizard::ConnectPageId)->property("resultState").toString(),
              QStringLiteral("todo"));
    shoot(&window, QStringLiteral("orientation-step-list"));
    EXPECT_EQ(stitch::test::cutOffTexts(child<QWidget>(wizard, "stepList")), QStringList());
}

// Esc and Close ask before typed values are lost; with nothing typed they close at once.
TEST_F(WizardOrientation, EscAndCloseAskBeforeDiscardingTypedValues)
{
    auto *dbHost = child<QLineEdit>(page(), "databaseHostEdit");
    ASSERT_NE(dbHost, nullptr);
    typeInto(dbHost, QStringLiteral("10.0.1.5"));
    QTest::keyClick(dbHost, Qt::Key_Escape);
    ASSERT_TRUE(waitFor([] { return topLevel<QMessageBox>("discardQuestion") != nullptr; }, 3000))
        << "Esc asked nothing";
    QMessageBox *question = topLevel<QMessageBox>("discardQuestion");
    EXPECT_TRUE(window.isVisible());
    shoot(question, QStringLiteral("orientation-discard-question"));
    EXPECT_EQ(question->defaultButton(), child<QPushButton>(question, "keepWorkingButton"))
        << "Enter keeps working";
    QTest::mouseClick(child<QPushButton>(question, "keepWorkingButton"), Qt::LeftButton);
    QTest::qWait(50);
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(dbHost->text(), QStringLiteral("10.0.1.5")) << "what was typed stays";

    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    ASSERT_TRUE(waitFor([] { return topLevel<QMessageBox>("discardQuestion") != nullptr; }, 3000))
        << "Close asked nothing";
    QTest::mouseClick(child<QPushButton>(topLevel<QMessageBox>("discardQuestion"), "discardButton"),
                      Qt::LeftButton);
    EXPECT_TRUE(waitFor([&] { return !window.isVisible(); }, 3000)) << "Discard did not close";
}

TEST_F(WizardOrientation, EscWithNothingTypedClosesAtOnce)
{
    // The values the session brought (a loaded setup, the demo) are not typed by the user.
    QTest::keyClick(wizard, Qt::Key_Escape);
    EXPECT_TRUE(waitFor([&] { return !window.isVisible(); }, 3000));
    EXPECT_EQ(topLevel<QMessageBox>("discardQuestion"), nullptr);
}

// Connecting says each phase as core reports it: logging in, sudo, inspecting.
TEST_F(WizardOrientation, ProgressNamesEachPhase)
{
    QStringList said;
    QObject::connect(&worker, &setup::SetupWorker::progress,
                     [&said](const QString &message) { said << message; });
    ASSERT_NO_FATAL_FAILURE(reachFirewallPage());
    EXPECT_TRUE(said.contains(QStringLiteral("Connecting to 127.0.0.1…")))
        << said.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Logging in as stitchadmin…")))
        << said.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Confirming administrator rights (sudo) for "
                                             "stitchadmin…")))
        << said.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Reaching the database at 127.0.0.1:%1 through the "
                                             "SSH server…")
                                  .arg(sandbox::postgresPort())))
        << said.join(QLatin1Char('\n')).toStdString();
}

// During Apply, Back is off and Close asks; the script that changes the server then finishes
// and is verified before the window closes.
TEST_F(WizardOrientation, CloseDuringApplyLetsTheScriptFinish)
{
    const QString user = QStringLiteral("stitchclose");
    useTunnelUser(user);
    QStringList said;
    QObject::connect(&worker, &setup::SetupWorker::progress,
                     [&said](const QString &message) { said << message; });
    QTemporaryDir keyDir;
    reachTunnelUserPage(stitchPublicKey(keyDir));
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));
    EXPECT_EQ(stepState(TunnelWizard::TunnelUserPageId), QStringLiteral("current"));
    EXPECT_EQ(stepRow(TunnelWizard::TunnelUserPageId)->property("resultState").toString(),
              QStringLiteral("failed"))
        << "the user does not exist yet";

    ASSERT_TRUE(holdServerLock());
    ASSERT_TRUE(applyUntilItWaitsForTheLock()) << "the apply script never waited for the lock";
    ASSERT_TRUE(worker.isBusy());
    const QString applying = QStringLiteral("Applying steps 1 and 4 on the server, then verifying "
                                            "them…");
    EXPECT_TRUE(
        waitFor([&] { return child<QLabel>(page(), "busyLabel")->text() == applying; }, 3000))
        << child<QLabel>(page(), "busyLabel")->text().toStdString();
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isEnabled()) << "Back during Apply";
    shoot(&window, QStringLiteral("orientation-applying"));

    // Close asks; "Keep working" keeps everything running.
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    ASSERT_TRUE(waitFor(
        [] { return topLevel<QMessageBox>("closeDuringChangesQuestion") != nullptr; }, 3000));
    shoot(topLevel<QMessageBox>("closeDuringChangesQuestion"),
          QStringLiteral("orientation-close-during-apply"));
    QTest::mouseClick(child<QPushButton>(topLevel<QMessageBox>("closeDuringChangesQuestion"),
                                         "keepWorkingButton"),
                      Qt::LeftButton);
    QTest::qWait(100);
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(worker.isBusy());

    // Esc asks the same; "Close when finished" waits for the script.
    QTest::keyClick(wizard, Qt::Key_Escape);
    ASSERT_TRUE(waitFor(
        [] { return topLevel<QMessageBox>("closeDuringChangesQuestion") != nullptr; }, 3000));
    QTest::mouseClick(child<QPushButton>(topLevel<QMessageBox>("closeDuringChangesQuestion"),
                                         "closeWhenFinishedButton"),
                      Qt::LeftButton);
    QTest::qWait(200);
    EXPECT_TRUE(window.isVisible()) << "closed while the script was running";
    EXPECT_TRUE(worker.isBusy());
    EXPECT_FALSE(window.statusBar()->currentMessage().isEmpty());
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isEnabled());
    releaseServerLock();
    ASSERT_TRUE(waitFor([&] { return !worker.isBusy(); }, 90000));
    EXPECT_TRUE(waitFor([&] { return !window.isVisible(); }, 3000)) << "never closed";
    EXPECT_EQ(session.stepResult(StepId::TunnelUser).status, StepStatus::Changed)
        << "the running script finished: applied and verified";
    EXPECT_EQ(sandbox::shell(QStringLiteral("id -un %1 2>/dev/null; true").arg(user)).trimmed(),
              user.toUtf8());
    EXPECT_TRUE(said.contains(applying)) << said.join(QLatin1Char('\n')).toStdString();
}

// Without a display: one line that says so and points to the CLI, and a clean non-zero exit
// (Qt alone prints "Reinstalling the application may fix this problem" and aborts).
TEST_F(WizardOrientation, WithoutADisplayOneLineAndAnExitStatus)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(STITCH_WIZARD_BINARY), {});
    ASSERT_TRUE(app.waitForFinished(20000));
    EXPECT_EQ(app.exitStatus(), QProcess::NormalExit) << "it crashed or aborted";
    EXPECT_EQ(app.exitCode(), 1);
    const QString err = QString::fromUtf8(app.readAllStandardError()).trimmed();
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("no display"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("stitch-tunnel --help"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("Reinstalling"))) << err.toStdString();

    // A platform given on the command line or in QT_QPA_PLATFORM counts as a display.
    char name[] = "stitch-tunnel-wizard";
    char platform[] = "-platform";
    char offscreen[] = "offscreen";
    char *withPlatform[] = {name, platform, offscreen, nullptr};
    EXPECT_TRUE(displayAvailable(3, withPlatform));
}

// --demo as a normal user: the window opens and says how to start the demo.
TEST_F(WizardOrientation, DemoWithoutRootSaysHowToStartIt)
{
    explainDemoNeedsRoot(&window);
    ASSERT_TRUE(waitFor([] { return topLevel<QMessageBox>("demoNeedsRootBox") != nullptr; }, 3000));
    QMessageBox *box = topLevel<QMessageBox>("demoNeedsRootBox");
    EXPECT_TRUE(box->text().contains(QStringLiteral("root"))) << box->text().toStdString();
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("sudo ")))
        << box->informativeText().toStdString();
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral(" --demo")));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("tests/sandbox/demo.sh")));
    shoot(box, QStringLiteral("orientation-demo-needs-root"));
    EXPECT_EQ(stitch::test::cutOffTexts(box), QStringList());
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(window.isVisible()) << "the wizard stays open for the user's own server";
}

// "user@host:port" typed as the server goes into its fields; the host-key dialog speaks plainly,
// and once a pasted fingerprint matches, Enter accepts it.
TEST_F(WizardOrientation, UserAtHostPortIsSplitAndAMatchingFingerprintIsAcceptedWithEnter)
{
    fillWelcome();
    clickNext();
    auto *host = child<QLineEdit>(page(), "hostEdit");
    auto *login = child<QLineEdit>(page(), "loginEdit");
    login->clear();
    typeInto(host, QStringLiteral("stitchadmin@127.0.0.1:%1").arg(sandbox::sshPort()));
    QTest::keyClick(host, Qt::Key_Return); // finishing the field (Return, Tab) splits it
    EXPECT_EQ(host->text(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(child<QSpinBox>(page(), "portSpin")->value(), sandbox::sshPort());
    EXPECT_EQ(login->text(), QStringLiteral("stitchadmin"));
    auto *note = child<QLabel>(page(), "hostNote");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("login user stitchadmin")))
        << note->text().toStdString();
    shoot(&window, QStringLiteral("orientation-host-split"));
    QTest::keyClicks(child<QLineEdit>(page(), "passwordEdit"),
                     QString::fromUtf8(sandbox::password(QStringLiteral("stitchadmin")).bytes()));
    clickNext();

    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }));
    QDialog *dialog = topLevel<QDialog>("hostKeyDialog");
    const QString intro = child<QLabel>(dialog, "hostKeyIntro")->text();
    EXPECT_FALSE(intro.contains(QStringLiteral("[127.0.0.1]"))) << "known_hosts notation";
    EXPECT_TRUE(intro.contains(QStringLiteral("(port %1)").arg(sandbox::sshPort())))
        << intro.toStdString();
    EXPECT_TRUE(child<QLabel>(dialog, "hostKeyRisk")->text().contains(QStringLiteral("passwords")));
    auto *save = child<QPushButton>(dialog, "acceptSaveButton");
    EXPECT_TRUE(child<QPushButton>(dialog, "cancelHostKeyButton")->isDefault());
    EXPECT_FALSE(save->isDefault());
    auto *expected = child<QLineEdit>(dialog, "expectedFingerprintEdit");
    expected->setFocus();
    QTest::keyClicks(expected, sandbox::hostKeyFingerprint());
    EXPECT_TRUE(save->isDefault()) << "a matching fingerprint makes Accept the default";
    shoot(dialog, QStringLiteral("orientation-host-key-match"));
    EXPECT_EQ(stitch::test::cutOffTexts(dialog), QStringList());
    QTest::keyClick(expected, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == TunnelWizard::FirewallPageId; }))
        << "Enter after a matching fingerprint did not accept it";
    EXPECT_GT(QFile(session.connection().knownHostsFile).size(), 0) << "saved";
}

// A changed host key: what to do is in sight, not under "Show Details".
TEST_F(WizardOrientation, ChangedHostKeyShowsWhatToDo)
{
    ASSERT_TRUE(reachChangedHostKeyBox());
    QMessageBox *box = topLevel<QMessageBox>("changedHostKeyBox");
    EXPECT_TRUE(box->detailedText().isEmpty()) << "nothing hidden under Show Details";
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("What to do:")))
        << box->informativeText().toStdString();
    EXPECT_TRUE(box->informativeText().contains(session.connection().knownHostsFile))
        << "which file to correct";
    shoot(box, QStringLiteral("orientation-host-key-changed"));
    QTest::mouseClick(box->button(QMessageBox::Close), Qt::LeftButton);
}

// A server field that cannot be split says how to write it, and nothing connects.
TEST_F(WizardOrientation, UnsplittableServerFieldSaysHowToWriteIt)
{
    fillWelcome();
    clickNext();
    fillConnect(sandbox::sshPort());
    auto *host = child<QLineEdit>(page(), "hostEdit");
    typeInto(host, QStringLiteral("stitchadmin@:2222"));
    clickNext();
    auto *note = child<QLabel>(page(), "hostNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("alone"))) << note->text().toStdString();
    EXPECT_FALSE(worker.isBusy()) << "connected with a server name it could not read";
    EXPECT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId);
    typeInto(host, QStringLiteral("127.0.0.1"));
    EXPECT_FALSE(note->isVisible()) << "the note goes as soon as the field is edited";
}
