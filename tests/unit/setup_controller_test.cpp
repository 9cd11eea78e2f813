// The wizard's controller against a fake OperationRunner (the model is Nextcloud's
// TestAccountWizardController): how reports, progress and busy state reach the pages, in
// milliseconds and without a server. The fake's signals stand for the worker thread's.
#include "model/setup_session.h"
#include "setup_controller.h"
#include "support/fake_operation_runner.h"
#include "support/step_results.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace stitch::wizard {
namespace {

using setup::Operation;
using setup::OperationReport;

using FakeRunner = test::FakeOperationRunner;

// A page: a QObject that starts operations and records what it is told.
class FakePage : public QObject, public OperationClient, public WatchClient
{
public:
    void operationProgress(const QString &message) override { progress << message; }
    void operationFinished(const OperationReport &report) override
    {
        reports.append(report);
        if (log)
            log->append(QStringLiteral("page"));
    }
    void watchStarted() override { ++watchStarts; }
    void watchAttempt(const QString &summary) override { attempts << summary; }
    void watchFinished(const setup::WatchOutcome &) override { ++watchEnds; }

    QStringList progress;
    QList<OperationReport> reports;
    QStringList *log = nullptr; // where "page" is written when the report arrives
    int watchStarts = 0;
    QStringList attempts;
    int watchEnds = 0;
};

using test::passedStep;

OperationReport reportOf(Operation operation)
{
    OperationReport r;
    r.operation = operation;
    r.reachedServer = true;
    return r;
}

class SetupControllerTest : public ::testing::Test
{
protected:
    SetupSession session;
    FakeRunner runner;
    SetupController controller{session, runner};
};

TEST_F(SetupControllerTest, TheReportGoesOnlyToThePageThatAsked)
{
    FakePage asking, other;
    ASSERT_TRUE(controller.start(&asking, Operation::Check));
    EXPECT_EQ(runner.operations, QList<Operation>{Operation::Check});
    emit runner.progress(QStringLiteral("Reading the firewall…"));
    OperationReport report = reportOf(Operation::Check);
    report.steps[0] = passedStep("firewall.ok");
    runner.finish(report);

    EXPECT_EQ(asking.progress, (QStringList{setup::operationBusyText(Operation::Check),
                                            QStringLiteral("Reading the firewall…")}));
    ASSERT_EQ(asking.reports.size(), 1);
    EXPECT_EQ(asking.reports[0].step(StepId::Firewall).findings[0].code,
              QStringLiteral("firewall.ok"));
    EXPECT_TRUE(other.progress.isEmpty());
    EXPECT_TRUE(other.reports.isEmpty());
    // The session, which every page reads, has it before the page is told.
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Pass);
}

TEST_F(SetupControllerTest, APageDeletedMidOperationIsNotCalledAndTheSessionStillGetsTheReport)
{
    auto page = std::make_unique<FakePage>();
    ASSERT_TRUE(controller.start(page.get(), Operation::Check));
    page.reset();
    QSignalSpy applied(&controller, &SetupController::reportApplied);
    QSignalSpy busy(&controller, &SetupController::busyChanged);
    emit runner.progress(QStringLiteral("still going"));
    OperationReport report = reportOf(Operation::Check);
    report.steps[3] = passedStep("user.ok");
    runner.finish(report);

    EXPECT_EQ(session.stepResult(StepId::TunnelUser).status, StepStatus::Pass);
    EXPECT_EQ(applied.size(), 1);
    ASSERT_EQ(busy.size(), 1);
    EXPECT_FALSE(busy[0][0].toBool());
    EXPECT_FALSE(controller.isBusy());
}

TEST_F(SetupControllerTest, ACheckClearsAnOldSelfTestResultAndAnApplyWithoutOneKeepsIt)
{
    session.setStepResult(StepId::Finish, passedStep("selftest.ok"));
    FakePage page;
    ASSERT_TRUE(controller.start(&page, Operation::Apply));
    runner.finish(reportOf(Operation::Apply)); // its self-test did not run: says nothing
    EXPECT_NE(session.stepResult(StepId::Finish).status, StepStatus::NotChecked);

    ASSERT_TRUE(controller.start(&page, Operation::Check));
    runner.finish(reportOf(Operation::Check)); // a check does not log in as Stitch
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::NotChecked)
        << "an old self-test result must not stand beside a new check";
}

TEST_F(SetupControllerTest, AReportThatNeverReachedTheServerChangesNoStep)
{
    session.setStepResult(StepId::Firewall, passedStep("firewall.ok"));
    FakePage page;
    ASSERT_TRUE(controller.start(&page, Operation::Check));
    OperationReport failed = reportOf(Operation::Check);
    failed.reachedServer = false;
    failed.outcome = makeError(ErrorCode::ConnectionRefused, QStringLiteral("refused"),
                               QStringLiteral("start sshd"));
    runner.finish(failed);
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Pass);
    EXPECT_EQ(session.lastOutcome().error().code, ErrorCode::ConnectionRefused);
    ASSERT_EQ(page.reports.size(), 1);
}

TEST_F(SetupControllerTest, StopSafelyAsksOnceAndNeverForTheImmediateStop)
{
    EXPECT_FALSE(controller.isBusy());
    controller.stopSafely(); // idle: nothing to stop
    EXPECT_EQ(runner.cancels, 0);

    FakePage page;
    ASSERT_TRUE(controller.start(&page, Operation::Apply));
    EXPECT_TRUE(controller.isChangingServer());
    controller.stopSafely();
    EXPECT_EQ(runner.cancels, 1) << "the first stop: at a safe point";
    controller.stopSafely();
    EXPECT_EQ(runner.cancels, 1) << "a second stopSafely must not become the immediate stop";
    controller.cancel();
    EXPECT_EQ(runner.cancels, 2) << "an explicit second cancel is the immediate stop";
    runner.finish(reportOf(Operation::Apply));

    // A new operation starts with no stop asked.
    ASSERT_TRUE(controller.start(&page, Operation::Check));
    controller.cancel();
    controller.stopSafely();
    EXPECT_EQ(runner.cancels, 3) << "after cancel(), stopSafely adds nothing";
    runner.finish(reportOf(Operation::Check));
}

TEST_F(SetupControllerTest, BusyChangesOnceEachWayPerOperation)
{
    QSignalSpy busy(&controller, &SetupController::busyChanged);
    FakePage page, other;
    ASSERT_TRUE(controller.start(&page, Operation::Check));
    EXPECT_FALSE(controller.start(&other, Operation::Apply)) << "one operation at a time";
    EXPECT_FALSE(controller.startWatch(&other, 1000));
    emit runner.progress(QStringLiteral("working"));
    runner.finish(reportOf(Operation::Check));
    ASSERT_TRUE(controller.start(&page, Operation::Remove));
    runner.finish(reportOf(Operation::Remove));

    ASSERT_EQ(busy.size(), 4);
    EXPECT_TRUE(busy[0][0].toBool());
    EXPECT_FALSE(busy[1][0].toBool());
    EXPECT_TRUE(busy[2][0].toBool());
    EXPECT_FALSE(busy[3][0].toBool());
    EXPECT_EQ(runner.operations, (QList<Operation>{Operation::Check, Operation::Remove}));
    EXPECT_TRUE(other.reports.isEmpty());
    EXPECT_EQ(page.reports.size(), 2);
}

TEST_F(SetupControllerTest, TheRequestCarriesTheSessionAndTheOptionsGiven)
{
    ssh::ConnectionSettings settings;
    settings.host = QStringLiteral("bastion.example.com");
    settings.user = QStringLiteral("admin");
    session.setConnection(settings);
    setup::RunOptions options;
    options.enableFirewall = true;
    FakePage page;
    ASSERT_TRUE(controller.start(&page, Operation::Apply, options));
    EXPECT_EQ(runner.lastRequest.connection.host, QStringLiteral("bastion.example.com"));
    EXPECT_TRUE(runner.lastRequest.options.enableFirewall);
    runner.finish(reportOf(Operation::Apply));
}

TEST_F(SetupControllerTest, AWatchReportsToItsPageOnlyAndChangesNoStep)
{
    session.setStepResult(StepId::Finish, passedStep("selftest.ok"));
    QSignalSpy busy(&controller, &SetupController::busyChanged);
    FakePage watching, other;
    ASSERT_TRUE(controller.startWatch(&watching, 60000));
    EXPECT_TRUE(controller.isWatching());
    EXPECT_FALSE(controller.isChangingServer());
    emit runner.watchStarted();
    emit runner.watchAttempt(QStringLiteral("Stitch logged in as stitch"));
    runner.finishWatch({});

    EXPECT_EQ(watching.watchStarts, 1);
    EXPECT_EQ(watching.attempts, QStringList{QStringLiteral("Stitch logged in as stitch")});
    EXPECT_EQ(watching.watchEnds, 1);
    EXPECT_EQ(other.watchEnds + other.watchStarts, 0);
    EXPECT_EQ(busy.size(), 2);
    EXPECT_FALSE(controller.isWatching());
    EXPECT_NE(session.stepResult(StepId::Finish).status, StepStatus::NotChecked);
}

// One model change per operation, then the busy state, then the page that asked: a page whose
// step the report names refreshes once, on the change, already seeing the worker idle.
TEST_F(SetupControllerTest, AnOperationEndsInOneModelChangeBeforeBusyAndThePage)
{
    QStringList log;
    QList<QList<StepId>> changes;
    QObject::connect(&session, &SetupSession::resultsChanged, [&](const QList<StepId> &steps) {
        changes.append(steps);
        log.append(controller.isBusy() ? QStringLiteral("model while busy")
                                       : QStringLiteral("model"));
    });
    QObject::connect(&controller, &SetupController::busyChanged, [&](bool busy) {
        if (!busy)
            log.append(QStringLiteral("idle"));
    });
    FakePage page;
    page.log = &log;
    ASSERT_TRUE(controller.start(&page, Operation::Check));
    OperationReport report = reportOf(Operation::Check);
    report.steps[0] = passedStep("firewall.ok");
    report.steps[3] = passedStep("user.ok");
    report.cloudRules = QStringLiteral("# AWS\naws ec2 authorize-security-group-ingress …");
    runner.finish(report);

    EXPECT_EQ(log, (QStringList{QStringLiteral("model"), QStringLiteral("idle"),
                                QStringLiteral("page")}));
    ASSERT_EQ(changes.size(), 1) << "one model change for the whole report";
    // Step 1 and 4 as reported, step 5 because a check clears an old self-test result.
    EXPECT_EQ(changes[0], (QList<StepId>{StepId::Firewall, StepId::TunnelUser, StepId::Finish}));
    EXPECT_EQ(session.cloudRules(), report.cloudRules);

    // A failed connect changes no step, but the outcome: still one change, naming no step.
    changes.clear();
    ASSERT_TRUE(controller.start(&page, Operation::Connect));
    OperationReport refused = reportOf(Operation::Connect);
    refused.reachedServer = false;
    refused.outcome = makeError(ErrorCode::ConnectionRefused, QStringLiteral("refused"),
                                QStringLiteral("start sshd"));
    runner.finish(refused);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_TRUE(changes[0].isEmpty());
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Pass);
}

TEST_F(SetupControllerTest, ANewServerForgetsTheConnection)
{
    controller.disconnectFromServer();
    EXPECT_EQ(runner.disconnects, 1);
}

} // namespace
} // namespace stitch::wizard
