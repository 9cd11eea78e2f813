// How an operation's end reaches the pages: one model change from the controller, and each step
// page refreshes once (its refresh ends in completeChanged, which QWizard re-reads Next from).
// The worker is a fake, so no server is needed and the count does not depend on timing.
#include "../support/fake_credential_store.h"
#include "../support/fake_operation_runner.h"
#include "../support/step_results.h"
#include "model/setup_session.h"
#include "setup_controller.h"
#include "tunnel_wizard.h"

#include <QSignalSpy>
#include <QWizardPage>

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace stitch::wizard {
namespace {

constexpr TunnelWizard::PageId kStepPages[] = {
    TunnelWizard::FirewallPageId, TunnelWizard::DatabasePageId, TunnelWizard::PublicKeyPageId,
    TunnelWizard::TunnelUserPageId, TunnelWizard::FinishPageId};

using test::passedStep;

TEST(PageRefresh, EveryStepPageRefreshesOnceWhenAnOperationEnds)
{
    SetupSession session;
    test::FakeOperationRunner runner;
    SetupController controller(session, runner);
    test::FakeCredentialStore store;
    TunnelWizard wizard(session, controller, store);

    for (const setup::Operation operation : {setup::Operation::Check, setup::Operation::Apply}) {
        auto *asking = dynamic_cast<OperationClient *>(wizard.page(TunnelWizard::FirewallPageId));
        ASSERT_NE(asking, nullptr);
        ASSERT_TRUE(controller.start(asking, operation));
        std::map<int, std::unique_ptr<QSignalSpy>> refreshes;
        for (const TunnelWizard::PageId id : kStepPages)
            refreshes[id] =
                std::make_unique<QSignalSpy>(wizard.page(id), &QWizardPage::completeChanged);

        // Steps 1 and 4 reported on, the others not: both kinds must refresh exactly once.
        setup::OperationReport report;
        report.operation = operation;
        report.reachedServer = true;
        report.step(StepId::Firewall) = passedStep("firewall.ok");
        report.step(StepId::TunnelUser) = passedStep("user.ok");
        runner.finish(report);

        for (const TunnelWizard::PageId id : kStepPages) {
            EXPECT_EQ(refreshes[id]->size(), 1)
                << "page " << id << " after operation " << static_cast<int>(operation);
        }
    }
    EXPECT_EQ(session.stepResult(StepId::TunnelUser).status, StepStatus::Pass);
}

} // namespace
} // namespace stitch::wizard
