// Round trips are deterministic: a run opens the same SSH connections and channels every time,
// whatever the machine's speed. So the budgets from docs/PERFORMANCE.md are asserted here, in
// the normal test run (the timings are only measured by tests/bench, on demand). The server
// counts them itself: a second sshd of the sandbox logging at DEBUG1 sees every connection and
// channel, including the self-test's own login as the tunnel user; SetupRunner::remoteCommands()
// must say the same.
#include "bench/sshd_debug_log.h"
#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/setup_runner.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

constexpr quint16 kCountingPort = 2250;
constexpr int kCheckBudget = 4; // remote commands (channels) for check
constexpr int kApplyBudget = 8; // for apply + verify + end-to-end self-test, both connections

class RoundTrips : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(sshd.started()) << "the counting sshd did not start on " << kCountingPort;
        const QByteArray pub = sandbox::shell(
            QStringLiteral("ssh-keygen -q -t ed25519 -N '' -C stitch-account -f %1/k && cat "
                           "%1/k.pub")
                .arg(scratch.path()));
        session.setConnection(
            sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch, kCountingPort));
        session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
        SetupChoices c;
        c.tunnelUser = QStringLiteral("stitchrt");
        c.publicKey = QString::fromUtf8(pub).trimmed();
        c.databaseHost = QStringLiteral("127.0.0.1");
        c.databasePort = sandbox::postgresPort();
        session.setChoices(c);
        sshd.resetLog();
    }

    // One whole run: connect, then check or apply, then disconnect; counted by the server.
    bench::ServerCounts run(bool apply, int *adminChannels = nullptr)
    {
        sshd.resetLog();
        {
            SetupRunner runner(session.request());
            const Status s =
                sandbox::recordIn(session, runner.run(apply ? Operation::Apply : Operation::Check));
            EXPECT_TRUE(s.ok()) << s.error().oneLine().toStdString();
            if (adminChannels)
                *adminChannels = runner.remoteCommands();
        }
        return sshd.counts();
    }

    QTemporaryDir scratch;
    SetupSession session;
    bench::DebugSshd sshd{kCountingPort};
};

} // namespace

TEST_F(RoundTrips, CheckStaysWithinItsBudget)
{
    int admin = -1;
    const bench::ServerCounts c = run(false, &admin);
    EXPECT_EQ(c.connections, 1);
    EXPECT_LE(c.channels(), kCheckBudget)
        << c.sessionChannels << " commands + " << c.forwardChannels << " tunnels";
    EXPECT_EQ(c.execRequests, c.sessionChannels) << "every session channel runs one command";
    EXPECT_EQ(c.sessionChannels, 1) << "the privilege check carries the read-only probe";
    EXPECT_EQ(admin, c.channels()) << "remoteCommands() counts every channel of check";
    RecordProperty("check_channels", c.channels());
}

TEST_F(RoundTrips, ApplyWithVerifyAndSelfTestStaysWithinItsBudget)
{
    int admin = -1;
    const bench::ServerCounts c = run(true, &admin);
    const StepResult finish = session.stepResult(StepId::Finish);
    EXPECT_NE(finish.status, StepStatus::Fail) << "the self-test ran and passed";
    EXPECT_EQ(c.connections, 2) << "the admin's connection and the self-test's own login";
    EXPECT_LE(c.channels(), kApplyBudget)
        << c.sessionChannels << " commands + " << c.forwardChannels << " tunnels";
    EXPECT_GE(c.forwardChannels, 2) << "the database handshake, and the self-test's tunnel";
    EXPECT_EQ(c.sessionChannels, 1)
        << "one root shell: privilege check with the probe, the apply script, the self-test "
           "key's removal";
    EXPECT_EQ(admin, c.channels()) << "remoteCommands() counts both connections' channels";
    RecordProperty("apply_channels", c.channels());

    // Applying again (nothing to change) costs the same, never more.
    const bench::ServerCounts again = run(true);
    EXPECT_EQ(again.connections, 2);
    EXPECT_LE(again.channels(), c.channels());
}
