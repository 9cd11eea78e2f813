// Help → Copy diagnostics and the support bundle (issue 26, point 4): what support needs in one
// text, and never a secret the session holds; reports after a failed operation carry its error.
#include "model/setup_session.h"
#include "setup/diagnostics.h"
#include "setup/report.h"
#include "version.h"

#include <QSysInfo>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

// A session that connected, checked step 1, ran one remote command, and holds every secret.
void fill(SetupSession &session)
{
    ssh::ConnectionSettings c;
    c.host = QStringLiteral("bastion.example.com");
    c.port = 2222;
    c.user = QStringLiteral("alice");
    session.setConnection(c);
    ssh::Credentials secrets;
    secrets.password = Secret(QByteArrayLiteral("login-pw-7f3a"));
    secrets.sudoPassword = Secret(QByteArrayLiteral("sudo-pw-19cd"));
    secrets.keyPassphrase = Secret(QByteArrayLiteral("passphrase-55e0"));
    session.setCredentials(std::move(secrets));
    StepResult firewall;
    firewall.status = StepStatus::Warn;
    firewall.findings << makeFinding(Severity::Warn, "firewall.none_active",
                                     QStringLiteral("No host firewall is active."),
                                     QStringLiteral("Allow Stitch in the cloud firewall."));
    session.setStepResult(StepId::Firewall, firewall);
    remote::TranscriptEntry e;
    e.label = QStringLiteral("Look at the server");
    e.script = QStringLiteral("uname -a");
    e.stdOut = QStringLiteral("Linux bastion\n");
    e.exitStatus = 0;
    session.appendTranscript(e);
}

} // namespace

TEST(Diagnostics, HoldWhatSupportAsksForAndNoSecret)
{
    SetupSession session;
    fill(session);
    SetupOptIns optIns;
    optIns.enableFirewall = true;
    const QString text =
        diagnosticsText(session.report(), {session.connection(), session.choices(), optIns});
    EXPECT_TRUE(text.contains(QLatin1String(STITCH_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QSysInfo::prettyProductName()));
    EXPECT_TRUE(text.contains(QLatin1String(" UTC")));
    EXPECT_TRUE(text.contains(QLatin1String("bastion.example.com port 2222, login alice")));
    EXPECT_TRUE(
        text.contains(QLatin1String("1. Allow Stitch's IP addresses on the SSH port: warn")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("[warn] No host firewall is active.")));
    EXPECT_TRUE(text.contains(QLatin1String("firewall.none_active")));
    EXPECT_TRUE(text.contains(QLatin1String("\"enableFirewall\": true")));
    EXPECT_TRUE(text.contains(QLatin1String("Look at the server")));
    EXPECT_TRUE(text.contains(QLatin1String("Last error")));
    for (const char *secret : {"login-pw-7f3a", "sudo-pw-19cd", "passphrase-55e0"})
        EXPECT_FALSE(text.contains(QLatin1String(secret))) << secret;
}

TEST(Diagnostics, ReportsAfterAFailedOperationCarryItsError)
{
    SetupSession session;
    fill(session);
    session.setLastOutcome(makeError(ErrorCode::ConnectionRefused,
                                     QStringLiteral("The SSH server refused the connection."),
                                     QStringLiteral("Check the port.")));
    const QString text =
        diagnosticsText(session.report(), {session.connection(), session.choices(), {}});
    EXPECT_TRUE(text.contains(QLatin1String("The SSH server refused the connection.")));
    EXPECT_TRUE(text.contains(QLatin1String("connection_refused"))) << text.toStdString();

    const QString md = reportMarkdown(session.report());
    EXPECT_TRUE(md.contains(QLatin1String("## Last error"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QLatin1String("The SSH server refused the connection.")));
    EXPECT_TRUE(md.contains(QLatin1String(STITCH_VERSION)));
    EXPECT_LT(md.indexOf(QLatin1String("## Last error")),
              md.indexOf(QLatin1String("## 1. Allow Stitch")))
        << "the error comes first";

    // A later operation that went well: no error any more.
    OperationReport good;
    session.takeReport(good);
    EXPECT_FALSE(reportMarkdown(session.report()).contains(QLatin1String("## Last error")));
}

// Results first, the scripts after them in an appendix.
TEST(Diagnostics, ReportsKeepTheScriptsInAnAppendix)
{
    SetupSession session;
    fill(session);
    StepResult firewall = session.stepResult(StepId::Firewall);
    firewall.commands << QStringLiteral("ufw allow from 52.23.137.21 to any port 22");
    session.setStepResult(StepId::Firewall, firewall);
    for (const MarkdownFlavour flavour : {MarkdownFlavour::Folded, MarkdownFlavour::Plain}) {
        const QString md = reportMarkdown(session.report(), {}, flavour);
        const qsizetype appendix = md.indexOf(QLatin1String("## Appendix"));
        ASSERT_GT(appendix, 0) << md.toStdString();
        EXPECT_GT(appendix, md.indexOf(QLatin1String("## Values for Stitch")));
        EXPECT_GT(appendix, md.indexOf(QLatin1String("## 5. Finish")));
        EXPECT_GT(md.indexOf(QLatin1String("ufw allow from 52.23.137.21")), appendix);
    }
}
