#include "model/setup_session.h"

#include <gtest/gtest.h>

using namespace stitch;

namespace {
void markAllPassed(SetupSession &s)
{
    for (int i = 0; i < kStepCount; ++i) {
        StepResult r;
        r.status = StepStatus::Pass;
        s.setStepResult(static_cast<StepId>(i), r);
    }
}
} // namespace

TEST(SetupSession, ChangingAChoiceForgetsThatStepAndLaterOnes)
{
    SetupSession session;
    markAllPassed(session);
    SetupChoices c = session.choices();
    c.publicKey = QStringLiteral("ssh-ed25519 AAAA");
    session.setChoices(c);
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Pass);
    EXPECT_EQ(session.stepResult(StepId::Database).status, StepStatus::Pass);
    EXPECT_EQ(session.stepResult(StepId::PublicKey).status, StepStatus::NotChecked);
    EXPECT_EQ(session.stepResult(StepId::TunnelUser).status, StepStatus::NotChecked);
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::NotChecked);
}

TEST(SetupSession, AnotherServerForgetsEverything)
{
    SetupSession session;
    markAllPassed(session);
    ssh::ConnectionSettings settings = session.connection();
    settings.host = QStringLiteral("other");
    session.setConnection(settings);
    for (int i = 0; i < kStepCount; ++i)
        EXPECT_EQ(session.stepResult(static_cast<StepId>(i)).status, StepStatus::NotChecked);
}

TEST(SetupSession, SameChoicesKeepResults)
{
    SetupSession session;
    markAllPassed(session);
    session.setChoices(session.choices());
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::Pass);
}
