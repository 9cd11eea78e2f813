// A German locale shows German texts: core's findings and connection errors and the CLI's and
// the wizard's own wording all come from the translation embedded in core (translations/*.ts).
#include "../support/german_text.h"
#include "cli_remedies.h"
#include "setup/server_facts.h"
#include "setup/setup_plan.h"
#include "setup/step_checks.h"
#include "ssh/tcp_connect.h"

#include <QCoreApplication>
#include <QTcpServer>

#include <gtest/gtest.h>

#include <atomic>

using namespace stitch;
using namespace std::chrono_literals;

namespace {

using German = test::GermanTest;

} // namespace

TEST_F(German, AFindingAndItsCliFixAreGerman)
{
    setup::ServerFacts facts;
    facts.firewallActive = false;
    setup::SetupPlan plan;
    plan.sshPorts = {QStringLiteral("22")};
    const StepResult r = setup::checkFirewall(facts, plan);
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_EQ(r.findings.first().message,
              QStringLiteral("Auf dem Server ist keine Host-Firewall aktiv, daher ist SSH-Port 22 "
                             "auf Host-Ebene für jede Adresse offen."));
    // The CLI's wording of the same remedy names its flag, in German too.
    const QString fix = cli::fixText(r.findings.first());
    EXPECT_TRUE(fix.contains(QLatin1String("--enable-firewall"))) << fix.toStdString();
    EXPECT_FALSE(fix.startsWith(QLatin1String("Allow only"))) << fix.toStdString();
}

TEST_F(German, AConnectionErrorIsGerman)
{
    // A port nothing listens on: bound and closed again, so it is free.
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const std::atomic<bool> cancelled{false};
    const auto socket = ssh::connectTcp(QStringLiteral("127.0.0.1"), port, 3s, cancelled);
    ASSERT_FALSE(socket.ok());
    EXPECT_EQ(socket.error().code, ErrorCode::ConnectionRefused);
    EXPECT_EQ(socket.error().message,
              QStringLiteral("127.0.0.1 port %1 hat die Verbindung abgelehnt: Dort wartet kein "
                             "SSH-Server auf Verbindungen.")
                  .arg(port));
    EXPECT_EQ(socket.error().fix,
              QStringLiteral("Prüfen Sie den SSH-Port (meist 22) und ob der SSH-Server läuft."));
}
