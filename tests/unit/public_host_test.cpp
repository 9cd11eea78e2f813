// The SSH Host handed to Stitch (issue 14, item 3): the one host validator, the private-address
// warning and where the public host shows up (form values, JSON, Markdown, setup files).
#include "common/input_validation.h"
#include "common/stitch_regions.h"
#include "session/setup_file.h"
#include "model/setup_session.h"
#include "setup/report.h"
#include "setup/step_checks.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

QString qs(const char *text)
{
    return QString::fromUtf8(text);
}

// A session connected to `host` whose step 5 ran: the self-test passed, plus what the SSH Host
// check said.
void finishRan(SetupSession &session, const QString &host)
{
    ssh::ConnectionSettings c;
    c.host = host;
    session.setConnection(c);
    StepResult finish;
    finish.findings << sshHostFindings(session.stitchSshHost(), false); // first, as the runner
    finish.findings << makeFinding(Severity::Pass, "selftest.login", qs("Logged in."));
    finish.status = statusFromFindings(finish.findings);
    session.setStepResult(StepId::Finish, finish);
}

QStringList codes(const StepResult &r)
{
    QStringList c;
    for (const Finding &f : r.findings)
        c << f.code;
    return c;
}

void setPublicHost(SetupSession &session, const QString &host)
{
    SetupChoices c = session.choices();
    c.publicHost = host;
    session.setChoices(c);
}

} // namespace

TEST(PublicHost, HostNamesAndAddressesAreTakenAndNormalised)
{
    const struct
    {
        const char *in;
        const char *out;
    } good[] = {
        {"bastion.example.com", "bastion.example.com"},
        {"Bastion.Example.COM", "bastion.example.com"},
        {"  ssh.example.com  ", "ssh.example.com"},
        {"example.com.", "example.com."},
        {"a", "a"},
        {"xn--bcher-kva.example", "xn--bcher-kva.example"},
        {"my-host-1.example.org", "my-host-1.example.org"},
        {"203.0.113.10", "203.0.113.10"},
        {"2001:db8::10", "2001:db8::10"},
        {"2001:DB8:0:0:0:0:0:10", "2001:db8::10"},
        {"::1", "::1"},
    };
    for (const auto &g : good) {
        auto r = validatePublicHost(qs(g.in));
        ASSERT_TRUE(r.ok()) << g.in << ": " << r.error().oneLine().toStdString();
        EXPECT_EQ(r.value(), qs(g.out)) << g.in;
        EXPECT_EQ(validatePublicHost(r.value()).value(), r.value()) << "normalised is stable";
    }
    const QString longest = QString(63, QLatin1Char('a')) + QStringLiteral(".example");
    EXPECT_TRUE(validatePublicHost(longest).ok());
}

// Each bad class: refused, changes nothing, and the error names the problem and the fix.
TEST(PublicHost, EachKindOfBadInputNamesTheProblemAndTheFix)
{
    const struct
    {
        const char *in;
        const char *problem; // in the message
        const char *fix;     // in the fix
    } bad[] = {
        {"", "No host name", "public DNS name"},
        {"bastion example.com", "space", "public DNS name"},
        {"bastion\texample", "space", "public DNS name"},
        {"bastion\nrm -rf", "line break", "public DNS name"},
        {"ssh://bastion.example.com", "scheme (\"ssh://\")", "alone: bastion.example.com"},
        {"ssh://admin@bastion.example.com:2222", "scheme", "alone: bastion.example.com"},
        {"admin@bastion.example.com", "user name", "alone: bastion.example.com"},
        {"bastion.example.com:22", "port (\":22\")", "alone: bastion.example.com"},
        {"e[", "contains \"[\"", "public DNS name"}, // found by network_fuzzer
        {"bastion]", "contains \"]\"", "public DNS name"},
        {"203.0.113.10:22", "port", "alone: 203.0.113.10"},
        {"[2001:db8::10]:22", "port", "alone: 2001:db8::10"},
        {"[2001:db8::10]", "without [ ]", "Enter it as 2001:db8::10"},
        {"bastion.example.com/ssh", "path", "alone: bastion.example.com"},
        {"bastion;reboot", "\";\"", "public DNS name"},
        {"$(id)", "\"$\"", "public DNS name"},
        {"`id`", "\"`\"", "public DNS name"},
        {"bastion|x", "\"|\"", "public DNS name"},
        {"bastion&", "\"&\"", "public DNS name"},
        {"'bastion'", "\"'\"", "public DNS name"},
        {"-oProxyCommand=x", "\"=\"", "public DNS name"},
        {"fe80::1%eth0", "\"%\"", "public DNS name"},
        {"-bastion.example.com", "hyphen", "public DNS name"},
        {"bastion-.example.com", "hyphen", "public DNS name"},
        {"bastion..example.com", "empty part", "public DNS name"},
        {"bastion_1.example.com", "\"_\"", "public DNS name"},
        {"203.0.113", "IPv4", "public DNS name"},
        {"203.0.113.256", "IPv4", "public DNS name"},
        {"2001:db8::g", "IPv6", "public DNS name"},
    };
    for (const auto &b : bad) {
        auto r = validatePublicHost(qs(b.in));
        ASSERT_FALSE(r.ok()) << b.in;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput) << b.in;
        EXPECT_TRUE(r.error().message.contains(qs(b.problem)))
            << b.in << ": " << r.error().message.toStdString();
        EXPECT_TRUE(r.error().fix.contains(qs(b.fix)))
            << b.in << ": " << r.error().fix.toStdString();
    }
    EXPECT_FALSE(validatePublicHost(QString(64, QLatin1Char('a')) + qs(".example")).ok());
    EXPECT_FALSE(validatePublicHost(QString(254, QLatin1Char('a'))).ok());
}

TEST(PublicHost, TheDatabaseHostUsesTheSameValidatorWithItsOwnWords)
{
    // Internal names may carry underscores (Docker); everything else is the same rule.
    EXPECT_EQ(validateDatabaseHost(qs("DB_1.internal")).value(), qs("db_1.internal"));
    EXPECT_FALSE(validatePublicHost(qs("db_1.internal")).ok());
    auto port = validateDatabaseHost(qs("db.internal:5432"));
    ASSERT_FALSE(port.ok());
    EXPECT_TRUE(port.error().message.contains(qs("port")));
    EXPECT_TRUE(port.error().fix.contains(qs("db.internal")));
    EXPECT_TRUE(port.error().fix.contains(qs("database port")));
    auto shell = validateDatabaseHost(qs("db;reboot"));
    ASSERT_FALSE(shell.ok());
    EXPECT_TRUE(shell.error().fix.contains(qs("as the SSH server sees it")));
}

TEST(PublicHost, PrivateAddressesAreKnown)
{
    for (const char *host :
         {"10.0.1.4", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "127.0.0.1",
          "169.254.1.1", "::1", "fd00::1", "fe80::1", "localhost", "LOCALHOST"})
        EXPECT_TRUE(isPrivateHost(qs(host))) << host;
    for (const char *host : {"203.0.113.10", "172.32.0.1", "8.8.8.8", "2001:db8::1",
                             "bastion.example.com", "db.internal"})
        EXPECT_FALSE(isPrivateHost(qs(host))) << host;
}

TEST(PublicHost, DefaultsToTheAddressConnectedTo)
{
    SetupSession session;
    ssh::ConnectionSettings c;
    c.host = qs("10.8.0.1");
    session.setConnection(c);
    StitchFormValues v = session.formValues();
    EXPECT_EQ(v.sshHost, qs("10.8.0.1"));
    EXPECT_FALSE(v.sshHostGiven);
    setPublicHost(session, qs("bastion.example.com"));
    v = session.formValues();
    EXPECT_EQ(v.sshHost, qs("bastion.example.com"));
    EXPECT_TRUE(v.sshHostGiven);
}

TEST(PublicHost, ThePrivateAddressWarningGoesOnlyWithAPublicHost)
{
    SetupSession session;
    finishRan(session, qs("10.8.0.1"));
    ASSERT_EQ(session.stepResult(StepId::Finish).status, StepStatus::Warn);
    ASSERT_EQ(codes(session.stepResult(StepId::Finish)),
              QStringList({qs("finish.private_ssh_host"), qs("selftest.login")}));
    const Finding warning = session.stepResult(StepId::Finish).findings.first();
    EXPECT_EQ(warning.remedy.kind, RemedyKind::GivePublicHost);
    EXPECT_TRUE(warning.message.contains(qs("10.8.0.1")));

    // A public host that is itself private: still a warning, naming it.
    setPublicHost(session, qs("192.168.7.7"));
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::Warn);
    EXPECT_TRUE(
        session.stepResult(StepId::Finish).findings.first().message.contains(qs("192.168.7.7")));

    // A public name: the warning goes, the other findings and the self-test stand.
    setPublicHost(session, qs("bastion.example.com"));
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::Pass);
    EXPECT_EQ(codes(session.stepResult(StepId::Finish)), QStringList{qs("selftest.login")});

    // Back to the address connected to: the warning is back.
    setPublicHost(session, QString());
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::Warn);
    EXPECT_EQ(codes(session.stepResult(StepId::Finish)),
              QStringList({qs("finish.private_ssh_host"), qs("selftest.login")}));

    // A failing self-test stays failed; a step not run yet is not judged.
    StepResult failed = session.stepResult(StepId::Finish);
    failed.findings << makeFinding(Severity::Fail, "selftest.database", qs("No database."));
    failed.status = StepStatus::Fail;
    session.setStepResult(StepId::Finish, failed);
    setPublicHost(session, qs("203.0.113.10"));
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::Fail);
    EXPECT_FALSE(codes(session.stepResult(StepId::Finish)).contains(qs("finish.private_ssh_host")));
    session.setStepResult(StepId::Finish, StepResult());
    setPublicHost(session, qs("10.1.1.1"));
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::NotChecked);
    EXPECT_TRUE(session.stepResult(StepId::Finish).findings.isEmpty());
}

TEST(PublicHost, AnotherPublicHostForgetsNoStep)
{
    SetupSession session;
    finishRan(session, qs("bastion.example.com"));
    for (int i = 0; i < kStepCount - 1; ++i) {
        StepResult r;
        r.status = StepStatus::Pass;
        session.setStepResult(static_cast<StepId>(i), r);
    }
    setPublicHost(session, qs("ssh.example.com"));
    for (int i = 0; i < kStepCount; ++i)
        EXPECT_EQ(session.stepResult(static_cast<StepId>(i)).status, StepStatus::Pass) << i;
}

TEST(PublicHost, ReportsCarryIt)
{
    SetupSession session;
    finishRan(session, qs("10.8.0.1"));
    OperationReport report = session.report();
    QJsonObject stitch = reportJson(report).value(QStringLiteral("stitch")).toObject();
    EXPECT_EQ(stitch.value(QStringLiteral("ssh_host")).toString(), qs("10.8.0.1"));
    EXPECT_EQ(stitch.value(QStringLiteral("ssh_host_source")).toString(), qs("connected_address"));
    EXPECT_TRUE(reportMarkdown(report).contains(qs("finish.private_ssh_host")));

    setPublicHost(session, qs("bastion.example.com"));
    report = session.report();
    stitch = reportJson(report).value(QStringLiteral("stitch")).toObject();
    EXPECT_EQ(stitch.value(QStringLiteral("ssh_host")).toString(), qs("bastion.example.com"));
    EXPECT_EQ(stitch.value(QStringLiteral("ssh_host_source")).toString(), qs("public_host"));
    const QString md = reportMarkdown(report);
    EXPECT_TRUE(md.contains(qs("| SSH Host | bastion.example.com |"))) << md.toStdString();
    EXPECT_FALSE(md.contains(qs("finish.private_ssh_host"))) << md.toStdString();
    EXPECT_TRUE(md.contains(qs("Server: 10.8.0.1"))) << "the server connected to stays";
}

TEST(PublicHost, SetupFilesKeepItAndRefuseABadOne)
{
    ssh::ConnectionSettings s;
    s.host = qs("10.8.0.1");
    SetupChoices c;
    c.publicHost = qs("bastion.example.com");
    const QJsonObject json = setupToJson(s, c);
    EXPECT_EQ(json.value(QStringLiteral("stitch")).toObject().value(QStringLiteral("sshHost")),
              QJsonValue(qs("bastion.example.com")));
    auto back = setupFromJson(QJsonDocument(json).toJson());
    ASSERT_TRUE(back.ok()) << back.error().oneLine().toStdString();
    EXPECT_EQ(back->choices.publicHost, qs("bastion.example.com"));
    EXPECT_EQ(back->connection.host, qs("10.8.0.1"));

    // Not given: written empty, read back as "the address connected to".
    c.publicHost.clear();
    back = setupFromJson(QJsonDocument(setupToJson(s, c)).toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->choices.publicHost.isEmpty());

    // A format 1 file (without the field) still opens.
    QJsonObject old = setupToJson(s, c);
    QJsonObject stitchSection = old.value(QStringLiteral("stitch")).toObject();
    stitchSection.remove(QStringLiteral("sshHost"));
    old.insert(QStringLiteral("stitch"), stitchSection);
    old.insert(QStringLiteral("version"), 1);
    EXPECT_TRUE(setupFromJson(QJsonDocument(old).toJson()).ok());

    for (const char *bad : {"ssh://bastion", "bastion:22", "a b", "$(id)", "x_y.example"}) {
        QJsonObject o = setupToJson(s, c);
        QJsonObject section = o.value(QStringLiteral("stitch")).toObject();
        section.insert(QStringLiteral("sshHost"), qs(bad));
        o.insert(QStringLiteral("stitch"), section);
        auto r = setupFromJson(QJsonDocument(o).toJson());
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_TRUE(r.error().message.contains(qs("stitch.sshHost")))
            << r.error().message.toStdString();
        EXPECT_FALSE(r.error().fix.isEmpty());
    }
}
