// `stitch-tunnel stitch-source` as a user runs it, against the local fake of Stitch's Connect
// API (tests/support/fake_stitch_api.h): the values of step 5 go into the source, Stitch's
// verdict comes back in plain words with the documented exit codes, a token file others can
// read or a token of the wrong shape is refused before anything is sent, and the token is in
// no output.
#include "support/fake_stitch_api.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using fakeapi::FakeStitchApi;
using fakeapi::Request;
using fakeapi::Response;

namespace {

const QByteArray kToken = "ac_0123456789abcdefSECRETTOKEN";

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class StitchSourceCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fake.error().isEmpty()) << fake.error().toStdString();
        ASSERT_TRUE(writeToken(kToken, QFile::ReadOwner | QFile::WriteOwner));
    }

    bool writeToken(const QByteArray &token, QFile::Permissions permissions)
    {
        QFile f(tokenFile());
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(token + "\n") >= 0 &&
               f.setPermissions(permissions);
    }

    QString tokenFile() const { return dir.filePath(QStringLiteral("token")); }

    // The CLI runs while this process's event loop serves the fake API.
    CliRun run(QStringList args)
    {
        args.prepend(QStringLiteral("stitch-source"));
        args << QStringLiteral("--token-file") << tokenFile() << QStringLiteral("--api-url")
             << fake.baseUrl() << QStringLiteral("--ca-file") << fake.caFile();
        QProcess p;
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(STITCH_CLI_PATH), args);
        guard.start(60000);
        loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
            return {-1, {}, QStringLiteral("[test] stitch-tunnel did not end within 60 s")};
        }
        CliRun r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError())};
        // Whatever happened: the token is in no output.
        EXPECT_FALSE((r.out + r.err).contains(QStringLiteral("SECRETTOKEN")))
            << r.out.toStdString() << r.err.toStdString();
        return r;
    }

    // Sources 100 (PostgreSQL), 200 (MySQL), 300 (SaaS); the last check is an old failure
    // until the values are written, then `after`.
    void serve(const QByteArray &after)
    {
        fake.serveSources(fakeapi::checkJson(QStringLiteral("failed"), QStringLiteral("old"),
                                             QStringLiteral("2026-11-30T00:00:00Z")),
                          {after});
    }

    static QStringList values()
    {
        return {QStringLiteral("--source-id"), QStringLiteral("100"),
                QStringLiteral("--host"),      QStringLiteral("bastion.example.com"),
                QStringLiteral("--db-host"),   QStringLiteral("10.0.1.5"),
                QStringLiteral("--minutes"),   QStringLiteral("0.1")};
    }

    FakeStitchApi fake;
    QTemporaryDir dir;
};

} // namespace

TEST_F(StitchSourceCli, ListsTheSources)
{
    serve({});
    const CliRun text = run({QStringLiteral("--list")});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("100  platform.postgres")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("not a database"))) << text.out.toStdString();
    const CliRun json = run({QStringLiteral("--list"), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_TRUE(o.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("sources")).toArray().size(), 3);
}

TEST_F(StitchSourceCli, WritesStepFivesValuesAndSaysStitchGotIn)
{
    serve(fakeapi::checkJson(QStringLiteral("succeeded")));
    const CliRun r = run(values() << QStringLiteral("--port") << QStringLiteral("2222"));
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Stitch got in"))) << r.out.toStdString();
    EXPECT_EQ(fake.written().value(QStringLiteral("ssh")).toString().toStdString(), "true");
    EXPECT_EQ(fake.written().value(QStringLiteral("ssh_host")).toString().toStdString(),
              "bastion.example.com");
    EXPECT_EQ(fake.written().value(QStringLiteral("ssh_port")).toString().toStdString(), "2222");
    EXPECT_EQ(fake.written().value(QStringLiteral("ssh_user")).toString().toStdString(), "stitch");
    EXPECT_EQ(fake.written().value(QStringLiteral("host")).toString().toStdString(), "10.0.1.5");
    EXPECT_EQ(fake.written().value(QStringLiteral("port")).toString().toStdString(), "5432");
}

TEST_F(StitchSourceCli, AFailedCheckExitsOneWithStitchsWordsExplained)
{
    serve(fakeapi::checkJson(QStringLiteral("failed"),
                             QStringLiteral("FATAL: no pg_hba.conf entry for host \"10.0.0.4\"")));
    const CliRun r = run(values() << QStringLiteral("--json") << QStringLiteral("--public-host")
                                  << QStringLiteral("ssh.example.com"));
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_FALSE(o.value(QStringLiteral("ok")).toBool(true));
    const QJsonObject v = o.value(QStringLiteral("verdict")).toObject();
    EXPECT_EQ(v.value(QStringLiteral("result")).toString().toStdString(), "failed");
    EXPECT_TRUE(
        v.value(QStringLiteral("message")).toString().contains(QStringLiteral("pg_hba.conf")));
    EXPECT_TRUE(
        v.value(QStringLiteral("stitch_said")).toString().contains(QStringLiteral("10.0.0.4")));
    EXPECT_EQ(fake.written().value(QStringLiteral("ssh_host")).toString().toStdString(),
              "ssh.example.com");
}

TEST_F(StitchSourceCli, ABadTokenExitsThree)
{
    fake.setHandler([](const Request &r) {
        return Response{401, "bad token " + r.headers.value("authorization"), {}, false};
    });
    const CliRun r = run(values());
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("refused the token"))) << r.err.toStdString();
}

TEST_F(StitchSourceCli, NoSuchSourceOrNotADatabaseExitsTwo)
{
    serve({});
    CliRun r = run({QStringLiteral("--source-id"), QStringLiteral("999"), QStringLiteral("--host"),
                    QStringLiteral("bastion")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("no source 999"))) << r.err.toStdString();
    r = run({QStringLiteral("--source-id"), QStringLiteral("300"), QStringLiteral("--host"),
             QStringLiteral("bastion")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a database"))) << r.err.toStdString();
    EXPECT_TRUE(fake.written().isEmpty()); // nothing was written
}

TEST_F(StitchSourceCli, ATokenFileOthersCanReadIsRefusedBeforeAnythingIsSent)
{
    serve({});
    ASSERT_TRUE(writeToken(kToken, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                       QFile::ReadOther));
    const CliRun r = run({QStringLiteral("--list")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("can be read or changed by other users")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("chmod 600"))) << r.err.toStdString();
    EXPECT_TRUE(fake.requests().isEmpty());
}

TEST_F(StitchSourceCli, EmptyOrWrongTokensAreRefusedBeforeAnythingIsSent)
{
    serve({});
    ASSERT_TRUE(writeToken({}, QFile::ReadOwner | QFile::WriteOwner));
    CliRun r = run({QStringLiteral("--list")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("is empty"))) << r.err.toStdString();
    ASSERT_TRUE(writeToken("sk_SECRETTOKEN_of_another_kind", QFile::ReadOwner | QFile::WriteOwner));
    r = run({QStringLiteral("--list")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("start with ac_"))) << r.err.toStdString();
    EXPECT_TRUE(fake.requests().isEmpty());
}

TEST_F(StitchSourceCli, OptionsThatWouldBeLostAreRefused)
{
    CliRun r = run({QStringLiteral("--list"), QStringLiteral("--db-host"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--db-host"))) << r.err.toStdString();
    r = run({QStringLiteral("--source-id"), QStringLiteral("abc")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a source ID"))) << r.err.toStdString();
    r = run({QStringLiteral("--source-id"), QStringLiteral("100")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("No SSH Host"))) << r.err.toStdString();
    EXPECT_TRUE(fake.requests().isEmpty());
}
