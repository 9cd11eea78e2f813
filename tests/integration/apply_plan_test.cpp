// Apply runs what the admin confirmed: after a check on the same connection, apply reuses the
// check's facts (no second probe), runs exactly the scripts the check planned (their digest is
// the confirmation), and its locked script first proves on the server that those facts still
// hold, changing nothing otherwise.
#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/setup_runner.h"

#include <QScopeGuard>
#include <QTemporaryDir>

#include <cstdio>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

const QString kInspectLabel = QStringLiteral("Inspect the server (read-only)");

class ApplyPlanned : public ::testing::Test
{
protected:
    void configure(const QString &tunnelUser)
    {
        user = tunnelUser;
        session.setConnection(sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch));
        session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
        session.setChoices(sandbox::postgresChoices(tunnelUser, key.publicLine));
    }
    void TearDown() override
    {
        if (!user.isEmpty())
            sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null; groupdel %1 2>/dev/null; "
                                          "sed -i '/ %1 /d' /var/lib/stitch-tunnel/record "
                                          "2>/dev/null")
                               .arg(user));
    }
    static int probes(const OperationReport &report)
    {
        int n = 0;
        for (const remote::TranscriptEntry &e : report.transcript)
            n += e.label == kInspectLabel ? 1 : 0;
        return n;
    }

    sandbox::StitchKey key;
    QString user;
    QTemporaryDir scratch;
    SetupSession session;
};

} // namespace

TEST_F(ApplyPlanned, TheProbeSeesTheSameFactsTwice)
{
    configure(QStringLiteral("stitchplan0"));
    SetupRunner runner(session.request());
    const OperationReport first = runner.run(Operation::Check);
    const OperationReport second = runner.run(Operation::Check);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(probes(second), 1) << "each check probes the server";
    EXPECT_EQ(first.facts.factsSha.size(), 16);
    EXPECT_EQ(first.facts.factsSha, second.facts.factsSha)
        << "nothing changed, so the digest of what the probe saw is the same";
}

TEST_F(ApplyPlanned, ApplyAfterACheckRunsTheConfirmedPlanWithoutProbingAgain)
{
    configure(QStringLiteral("stitchplan1"));
    SetupRunner runner(session.request());
    ASSERT_TRUE(runner.run(Operation::Check).ok()); // the page's check (on connect's own probe)
    // Apply's check, behind the confirmation
    const OperationReport checked = runner.run(Operation::Check);
    ASSERT_TRUE(checked.ok()) << checked.error().oneLine().toStdString();
    const ApplyPlan &plan = checked.applyPlan;
    ASSERT_FALSE(plan.isEmpty());
    EXPECT_TRUE(plan.changes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Create the user stitchplan1")))
        << plan.changes.join(QLatin1Char('\n')).toStdString();
    // Only changes: sshd, which applying does not touch without the opt-in, is not among them.
    for (const QString &change : plan.changes)
        EXPECT_FALSE(change.contains(QStringLiteral("does not exist"))) << change.toStdString();

    RunOptions options;
    options.confirmedPlan = plan.digest;
    runner.setOptions(options);
    const OperationReport applied = runner.run(Operation::Apply);
    ASSERT_TRUE(applied.ok()) << applied.error().oneLine().toStdString();
    EXPECT_EQ(probes(applied), 0) << "apply ran on the check's facts, proved on the server";
    // What the click waits for (measured, not asserted: tests/bench times it).
    qint64 probeMs = 0, applyMs = 0;
    for (const remote::TranscriptEntry &e : checked.transcript)
        probeMs += e.label == kInspectLabel ? e.elapsedMs : 0;
    for (const remote::TranscriptEntry &e : applied.transcript)
        applyMs += e.elapsedMs;
    std::printf("[apply-plan] apply after a check: %d privileged round trip(s) (the script, the "
                "self-test key's removal), %lld ms; the probe round trip it no longer makes: "
                "%lld ms\n",
                static_cast<int>(applied.transcript.size()), static_cast<long long>(applyMs),
                static_cast<long long>(probeMs));
    EXPECT_EQ(applied.step(StepId::TunnelUser).status, StepStatus::Changed);
    EXPECT_TRUE(key.opensTunnelAs(user));
}

TEST_F(ApplyPlanned, AServerChangedSinceTheCheckIsNotTouched)
{
    configure(QStringLiteral("stitchplan2"));
    SetupRunner runner(session.request());
    const OperationReport checked = runner.run(Operation::Check);
    ASSERT_TRUE(checked.ok());
    ASSERT_TRUE(checked.applyPlan.changes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Create the user stitchplan2")));
    // Another admin creates the account meanwhile, with a key file of its own.
    sandbox::shell(QStringLiteral("useradd -m -s /bin/sh %1 && mkdir -m 700 /home/%1/.ssh && "
                                  "echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKn0 other' > "
                                  "/home/%1/.ssh/authorized_keys && chown -R %1: /home/%1/.ssh")
                       .arg(user));
    const QByteArray before = sandbox::serverState();

    RunOptions options;
    options.confirmedPlan = checked.applyPlan.digest;
    runner.setOptions(options);
    const OperationReport applied = runner.run(Operation::Apply);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().code, ErrorCode::ServerChangedSinceCheck)
        << applied.error().oneLine().toStdString();
    EXPECT_TRUE(applied.error().message.contains(QStringLiteral("Nothing was changed")));
    EXPECT_FALSE(applied.changesStarted);
    EXPECT_EQ(sandbox::serverState(), before) << "the changed server was left as it was";
    EXPECT_FALSE(key.opensTunnelAs(user));
}

TEST_F(ApplyPlanned, APlanOtherThanTheConfirmedOneDoesNotRun)
{
    configure(QStringLiteral("stitchplan3"));
    SetupRunner runner(session.request());
    ASSERT_TRUE(runner.run(Operation::Check).ok());
    const QByteArray before = sandbox::serverState();
    RunOptions options;
    options.confirmedPlan = QStringLiteral("0123456789abcdef"); // a plan never shown
    runner.setOptions(options);
    const OperationReport applied = runner.run(Operation::Apply);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().code, ErrorCode::ServerChangedSinceCheck);
    EXPECT_EQ(sandbox::serverState(), before);
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd %1").arg(user)), QByteArray());
}
