// Contract tests of core/stitch_api against a local fake of Stitch's Connect API over real
// HTTPS (tests/support/fake_stitch_api.h): the documented requests go out, the documented
// answers come back as verdicts in plain words, and every failure of the way there (token,
// TLS, rate limit, timeout, malformed JSON, server errors) is an error naming its fix. The live
// API is not reachable from the test machines.
#include "stitch_api/check_verdict.h"
#include "stitch_api/connect_api.h"
#include "stitch_api/source_check.h"
#include "support/fake_stitch_api.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::stitch_api;
using fakeapi::FakeStitchApi;
using fakeapi::Request;
using fakeapi::Response;

namespace {

const QByteArray kToken = "ac_0123456789abcdefSECRETTOKEN";

// Starts `call` and runs the event loop until its callback came (or `timeoutMs` passed).
template <typename R, typename Call> std::optional<R> await(Call call, int timeoutMs = 30000)
{
    std::optional<R> result;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    call([&](R r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        guard.start(timeoutMs);
        loop.exec();
    }
    return result;
}

class StitchApi : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(fake.error().isEmpty()) << fake.error().toStdString(); }

    std::unique_ptr<ConnectApi> api(ConnectApiOptions o = {})
    {
        o.baseUrl = QUrl(fake.baseUrl());
        if (o.caFile.isEmpty())
            o.caFile = fake.caFile();
        auto created = ConnectApi::create(Secret(kToken), o);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created ? std::move(created.value()) : nullptr;
    }

    // GET /v4/sources; nullopt when no answer came at all.
    static std::optional<Result<QList<StitchSource>>> list(ConnectApi &a)
    {
        return await<Result<QList<StitchSource>>>([&](auto done) { a.listSources(done); });
    }

    Result<SourceCheckOutcome> runCheck(ConnectApi &a, CheckWaitOptions w = {50, 10'000})
    {
        SourceCheckRun run(a, w);
        auto r = await<Result<SourceCheckOutcome>>([&](auto done) {
            run.start(100, sourceProperties(values()), done,
                      [this](const QString &line) { progress << line; });
        });
        if (!r)
            return makeError(ErrorCode::Timeout, QStringLiteral("[test] no outcome"), {});
        return std::move(*r);
    }

    static SourceSshValues values()
    {
        SourceSshValues v;
        v.sshHost = QStringLiteral("bastion.example.com");
        v.sshPort = 2222;
        v.sshUser = QStringLiteral("stitch");
        v.databaseHost = QStringLiteral("10.0.1.5");
        v.databasePort = 5432;
        return v;
    }

    static void expectNoToken(const QString &text)
    {
        EXPECT_FALSE(text.contains(QString::fromLatin1(kToken))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("SECRETTOKEN"))) << text.toStdString();
    }

    static void expectNoToken(const Error &e) { expectNoToken(e.message + e.fix + e.detail); }

    FakeStitchApi fake;
    QStringList progress;
};

const QByteArray kOld =
    fakeapi::checkJson(QStringLiteral("succeeded"), {}, QStringLiteral("2026-12-01T08:00:00Z"));

} // namespace

TEST_F(StitchApi, ListsSourcesWithTheBearerToken)
{
    fake.setHandler([](const Request &) {
        return Response{200, fakeapi::sourcesJson(), {}, false};
    });
    auto a = api();
    ASSERT_TRUE(a);
    auto sources = list(*a);
    ASSERT_TRUE(sources);
    ASSERT_TRUE(sources->ok()) << sources->error().message.toStdString();
    const QList<StitchSource> &list = sources->value();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).id, 100);
    EXPECT_EQ(list.at(0).type.toStdString(), "platform.postgres");
    EXPECT_EQ(list.at(0).displayName.toStdString(), "SHOP_DB");
    EXPECT_TRUE(isDatabaseSource(list.at(1).type));
    EXPECT_FALSE(isDatabaseSource(list.at(2).type));
    ASSERT_EQ(fake.requests().size(), 1);
    EXPECT_EQ(fake.requests().first().method.toStdString(), "GET");
    EXPECT_EQ(fake.requests().first().path.toStdString(), "/v4/sources");
    EXPECT_EQ(fake.requests().first().headers.value("authorization"), "Bearer " + kToken);
}

TEST_F(StitchApi, WritesTheValuesAndReportsSuccess)
{
    fake.serveSources(kOld, {fakeapi::checkJson(QStringLiteral("succeeded"))});
    auto a = api();
    ASSERT_TRUE(a);
    auto outcome = runCheck(*a);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->verdict.kind, VerdictKind::Succeeded);
    EXPECT_TRUE(outcome->verdict.sentence.contains(QStringLiteral("succeeded")));
    const QJsonObject p = fake.written();
    EXPECT_EQ(p.value(QStringLiteral("ssh")).toString().toStdString(), "true");
    EXPECT_EQ(p.value(QStringLiteral("ssh_host")).toString().toStdString(), "bastion.example.com");
    EXPECT_EQ(p.value(QStringLiteral("ssh_port")).toString().toStdString(), "2222");
    EXPECT_EQ(p.value(QStringLiteral("ssh_user")).toString().toStdString(), "stitch");
    EXPECT_EQ(p.value(QStringLiteral("host")).toString().toStdString(), "10.0.1.5");
    EXPECT_EQ(p.value(QStringLiteral("port")).toString().toStdString(), "5432");
    EXPECT_FALSE(p.contains(QStringLiteral("dbname"))); // not given: left as it is in Stitch
    const Request &put = fake.requests().at(1);
    EXPECT_EQ(put.method.toStdString(), "PUT");
    EXPECT_EQ(put.path.toStdString(), "/v4/sources/100");
}

TEST_F(StitchApi, AFailedCheckWithAPasswordErrorIsSaidInPlainWords)
{
    const QString stitchSaid =
        QStringLiteral("FATAL: password authentication failed for user \"stitch_reader\"");
    fake.serveSources(kOld, {fakeapi::checkJson(QStringLiteral("failed"), stitchSaid)});
    auto a = api();
    ASSERT_TRUE(a);
    auto outcome = runCheck(*a);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    const CheckVerdict &v = outcome->verdict;
    EXPECT_EQ(v.kind, VerdictKind::Failed);
    EXPECT_EQ(v.cause, CheckCause::DatabasePassword);
    EXPECT_TRUE(v.sentence.contains(QStringLiteral("database refused its user or password")))
        << v.sentence.toStdString();
    EXPECT_TRUE(v.fix.contains(QStringLiteral("password in Stitch's form")));
    EXPECT_EQ(v.stitchText, stitchSaid); // Stitch's own words, quoted
    EXPECT_EQ(outcome->check.tapExitStatus, 1);
}

TEST_F(StitchApi, WaitsWhileTheCheckRunsThenReportsItsEnd)
{
    const QByteArray running = fakeapi::checkJson(QStringLiteral("running"));
    fake.serveSources(kOld, {running, running, fakeapi::checkJson(QStringLiteral("succeeded"))});
    auto a = api();
    ASSERT_TRUE(a);
    auto outcome = runCheck(*a);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->verdict.kind, VerdictKind::Succeeded);
    EXPECT_EQ(progress.filter(QStringLiteral("Stitch is running")).size(), 1)
        << progress.join(QLatin1Char('\n')).toStdString();
    int reads = 0;
    for (const Request &r : fake.requests())
        reads += r.path.endsWith(QLatin1String("last-connection-check")) ? 1 : 0;
    EXPECT_EQ(reads, 4); // the one before the write, two running, one finished
}

TEST_F(StitchApi, AnOldCheckIsNeverTakenForTheNewOne)
{
    // Stitch never starts a new check: the old success must not count.
    fake.serveSources(kOld, {kOld});
    auto a = api();
    ASSERT_TRUE(a);
    auto outcome = runCheck(*a, {50, 600});
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->verdict.kind, VerdictKind::NotFinished);
    EXPECT_TRUE(outcome->verdict.sentence.contains(QStringLiteral("not checked")));
}

TEST_F(StitchApi, ABadTokenIsRefusedWithTheFixAndWithoutTheToken)
{
    // A server that echoes what it got: the token must not come back into our words.
    fake.setHandler([](const Request &r) {
        return Response{401,
                        "{\"error\":\"invalid token " + r.headers.value("authorization") + "\"}",
                        {},
                        false};
    });
    auto a = api();
    ASSERT_TRUE(a);
    auto sources = list(*a);
    ASSERT_TRUE(sources);
    ASSERT_FALSE(sources->ok());
    const Error &e = sources->error();
    EXPECT_EQ(e.code, ErrorCode::ApiTokenRefused);
    EXPECT_TRUE(e.message.contains(QStringLiteral("refused the token"))) << e.message.toStdString();
    EXPECT_TRUE(e.fix.contains(QStringLiteral("Advanced or Premium"))) << e.fix.toStdString();
    expectNoToken(e);
}

TEST_F(StitchApi, WaitsAsRetryAfterSaysOnHttp429)
{
    int calls = 0;
    fake.setHandler([&calls](const Request &) {
        if (++calls == 1)
            return Response{429, "{}", {{"Retry-After", "1"}}, false};
        return Response{200, fakeapi::sourcesJson(), {}, false};
    });
    auto a = api();
    ASSERT_TRUE(a);
    QElapsedTimer clock;
    clock.start();
    auto sources = list(*a);
    ASSERT_TRUE(sources);
    ASSERT_TRUE(sources->ok()) << sources->error().message.toStdString();
    EXPECT_EQ(calls, 2);
    EXPECT_GE(clock.elapsed(), 900); // it waited the second Stitch asked for
}

TEST_F(StitchApi, GivesUpAfterItsRetriesOnHttp429)
{
    fake.setHandler([](const Request &) {
        return Response{429, "{}", {{"Retry-After", "0"}}, false};
    });
    ConnectApiOptions o;
    o.rateLimitRetries = 2;
    auto a = api(o);
    ASSERT_TRUE(a);
    auto sources = list(*a);
    ASSERT_TRUE(sources);
    ASSERT_FALSE(sources->ok());
    EXPECT_EQ(sources->error().code, ErrorCode::ApiRateLimited);
    EXPECT_EQ(fake.requests().size(), 3);
}

TEST_F(StitchApi, ARetryAfterLongerThanWeWaitIsAnErrorAtOnce)
{
    fake.setHandler([](const Request &) {
        return Response{429, "{}", {{"Retry-After", "3600"}}, false};
    });
    auto a = api();
    ASSERT_TRUE(a);
    auto sources = list(*a);
    ASSERT_TRUE(sources);
    ASSERT_FALSE(sources->ok());
    EXPECT_EQ(sources->error().code, ErrorCode::ApiRateLimited);
    EXPECT_TRUE(sources->error().message.contains(QStringLiteral("3600 s")));
    EXPECT_EQ(fake.requests().size(), 1);
}

TEST_F(StitchApi, AServerThatNeverAnswersTimesOut)
{
    fake.setHandler([](const Request &) { return Response{200, {}, {}, true}; });
    ConnectApiOptions o;
    o.transferTimeoutMs = 500;
    auto a = api(o);
    ASSERT_TRUE(a);
    auto sources = list(*a);
    ASSERT_TRUE(sources) << "no answer at all: the transfer timeout did not end the request";
    ASSERT_FALSE(sources->ok());
    EXPECT_EQ(sources->error().code, ErrorCode::Timeout);
    EXPECT_TRUE(sources->error().message.contains(QStringLiteral("did not answer in time")));
}

TEST(StitchApiProxy, GoesThroughTheSystemsProxy)
{
    // The system's proxy settings (on Linux: https_proxy) name a proxy that is not there. Qt
    // never proxies loopback addresses, so the API is a name that does not resolve (.invalid):
    // without the proxy that is "could not be looked up", through it "the proxy …".
    const QByteArray before = qgetenv("https_proxy");
    const QByteArray noProxy = qgetenv("no_proxy");
    qputenv("https_proxy", "http://127.0.0.1:9"); // the discard port: nothing listens
    qunsetenv("no_proxy");
    ConnectApiOptions o;
    o.baseUrl = QUrl(QStringLiteral("https://api.stitchdata.invalid"));
    auto a = ConnectApi::create(Secret(kToken), o);
    ASSERT_TRUE(a.ok());
    auto sources =
        await<Result<QList<StitchSource>>>([&](auto done) { a.value()->listSources(done); });
    qunsetenv("https_proxy");
    if (!before.isEmpty())
        qputenv("https_proxy", before);
    if (!noProxy.isEmpty())
        qputenv("no_proxy", noProxy);
    ASSERT_TRUE(sources);
    ASSERT_FALSE(sources->ok());
    EXPECT_EQ(sources->error().code, ErrorCode::ConnectionFailed)
        << sources->error().message.toStdString();
    EXPECT_TRUE(sources->error().message.contains(QStringLiteral("proxy")))
        << sources->error().message.toStdString();
}

TEST_F(StitchApi, MalformedJsonIsAnErrorNotAnEmptyList)
{
    fake.setHandler([](const Request &) { return Response{200, "[{\"id\": 1,", {}, false}; });
    auto a = api();
    ASSERT_TRUE(a);
    auto sources = list(*a);
    ASSERT_TRUE(sources);
    ASSERT_FALSE(sources->ok());
    EXPECT_EQ(sources->error().code, ErrorCode::ApiBadAnswer);
    EXPECT_TRUE(sources->error().message.contains(QStringLiteral("does not parse")));
}

TEST_F(StitchApi, ACheckWithoutStatusIsMalformed)
{
    fake.serveSources(kOld, {"{\"error\": false}"});
    auto a = api();
    ASSERT_TRUE(a);
    auto outcome = runCheck(*a);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, ErrorCode::ApiBadAnswer);
}

TEST_F(StitchApi, ServerErrorsAndUnknownSourcesSayWhatToDo)
{
    fake.setHandler([](const Request &r) {
        return r.method == "PUT" ? Response{404, "{\"message\":\"Not found\"}", {}, false}
                                 : Response{503, "upstream down", {}, false};
    });
    auto a = api();
    ASSERT_TRUE(a);
    auto listed = list(*a);
    ASSERT_TRUE(listed);
    ASSERT_FALSE(listed->ok());
    EXPECT_EQ(listed->error().code, ErrorCode::ApiBadAnswer);
    EXPECT_TRUE(listed->error().message.contains(QStringLiteral("HTTP 503")));
    auto put = await<Status>([&](auto done) { a->updateSource(7, QJsonObject{}, done); });
    ASSERT_TRUE(put);
    ASSERT_FALSE(put->ok());
    EXPECT_EQ(put->error().code, ErrorCode::ApiNotFound);
    EXPECT_TRUE(put->error().message.contains(QStringLiteral("source 7")))
        << put->error().message.toStdString();
}

TEST_F(StitchApi, AnUntrustedCertificateIsNeverIgnored)
{
    fake.setHandler([](const Request &) {
        return Response{200, fakeapi::sourcesJson(), {}, false};
    });
    for (const QString &ca : {QString(), fake.otherCaFile()}) {
        ConnectApiOptions o;
        o.baseUrl = QUrl(fake.baseUrl());
        o.caFile = ca;
        auto a = ConnectApi::create(Secret(kToken), o);
        ASSERT_TRUE(a.ok());
        auto sources = list(*a.value());
        ASSERT_TRUE(sources);
        ASSERT_FALSE(sources->ok()) << "a certificate nobody trusts was accepted";
        EXPECT_EQ(sources->error().code, ErrorCode::TlsFailed);
        EXPECT_TRUE(sources->error().message.contains(QStringLiteral("certificate")))
            << sources->error().message.toStdString();
        EXPECT_EQ(sources->error().remedy.kind, RemedyKind::TrustExtraCa);
        EXPECT_TRUE(sources->error().fix.contains(QStringLiteral("extra CA file")));
    }
    EXPECT_TRUE(fake.requests().isEmpty()); // the token never went out
}

TEST(StitchApiToken, WrongTokensAreRefusedWithoutQuotingThem)
{
    for (const char *bad : {"", "hunter2-password", "ac_ has spaces", "ac_x"}) {
        const Status s = checkTokenShape(Secret(QByteArray(bad)));
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().code, ErrorCode::InvalidInput);
        if (qstrlen(bad) > 0) {
            EXPECT_FALSE(s.error().message.contains(QLatin1String(bad))) << bad;
        }
    }
    EXPECT_TRUE(checkTokenShape(Secret(kToken)).ok());
    ConnectApiOptions plain;
    plain.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    auto a = ConnectApi::create(Secret(kToken), plain);
    ASSERT_FALSE(a.ok()); // never sent unencrypted
    EXPECT_TRUE(a.error().message.contains(QStringLiteral("https://")));
}

TEST(StitchCheckVerdict, StitchsMessagesAreExplained)
{
    const std::pair<const char *, CheckCause> cases[] = {
        {"FATAL: no pg_hba.conf entry for host \"10.0.0.4\", user \"stitch\", database \"shop\"",
         CheckCause::NoPgHbaEntry},
        {"Access denied for user 'stitch'@'10.0.0.4' (using password: YES)",
         CheckCause::DatabasePassword},
        {"FATAL: database \"shopp\" does not exist", CheckCause::DatabaseMissing},
        {"SSH tunnel error: connection timed out", CheckCause::SshTimeout},
        {"could not connect to server: Connection timed out", CheckCause::DatabaseTimeout},
        {"could not connect to server: Connection refused. Is the server running on host "
         "\"10.0.1.5\" and accepting TCP/IP connections on port 5432?",
         CheckCause::DatabaseRefused},
        {"SSH tunnel: Permission denied (publickey).", CheckCause::SshAuthentication},
        {"channel 2: open failed: administratively prohibited: open failed",
         CheckCause::SshForwardRefused},
        {"could not translate host name \"db.internl\" to address", CheckCause::HostNotFound},
        {"Something new went wrong", CheckCause::Unknown},
    };
    for (const auto &[text, cause] : cases) {
        ConnectionCheck c;
        c.status = QStringLiteral("failed");
        c.discoveryErrorMessage = QLatin1String(text);
        const CheckVerdict v = explainCheck(c);
        EXPECT_EQ(v.kind, VerdictKind::Failed) << text;
        EXPECT_EQ(v.cause, cause) << text;
        EXPECT_FALSE(v.sentence.isEmpty()) << text;
        EXPECT_FALSE(v.fix.isEmpty()) << text;
        EXPECT_EQ(v.stitchText.toStdString(), text); // quoted as Stitch gave it
    }
}
