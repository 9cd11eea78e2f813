// Two admins (two threads, two SSH connections) apply the same setup on the same server at the
// same time. The server lock serialises the privileged scripts; the result must be the same as
// one apply: the key once, no temp file, no self-test line, both self-tests passed.
#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/setup_runner.h"
#include "support/test_files.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace stitch;
using namespace stitch::setup;

namespace {

using test::readFile;

struct Admin
{
    QTemporaryDir scratch;
    SetupSession session;
    Status status;
    QStringList finishPasses;
    QStringList failures;

    void configure(const QString &tunnelUser, const QString &publicKey)
    {
        session.setConnection(sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch));
        session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
        SetupChoices c;
        c.tunnelUser = tunnelUser;
        c.publicKey = publicKey;
        c.databaseType = DatabaseType::PostgreSql;
        c.databaseHost = QStringLiteral("127.0.0.1");
        c.databasePort = sandbox::postgresPort();
        session.setChoices(c);
    }

    void run(std::atomic<int> &ready)
    {
        SetupRunner runner(session.request());
        status = runner.run(Operation::Connect).outcome;
        // Both connected and their sudo rights confirmed before either applies: the applies
        // overlap.
        ready.fetch_add(1);
        while (ready.load() < 2)
            std::this_thread::yield();
        if (status)
            status = sandbox::recordIn(session, runner.run(Operation::Apply));
        for (int i = 0; i < kStepCount; ++i) {
            for (const Finding &f : session.stepResult(static_cast<StepId>(i)).findings) {
                if (f.severity == Severity::Fail)
                    failures << f.code + QStringLiteral(": ") + f.message;
                if (i == static_cast<int>(StepId::Finish) && f.severity == Severity::Pass)
                    finishPasses << f.code;
            }
        }
    }
};

QString stitchKey(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("stitch"));
    sandbox::shell(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -C stitch-account -f ") + path);
    return QString::fromUtf8(readFile(path + QStringLiteral(".pub"))).trimmed();
}

} // namespace

TEST(Concurrency, TwoAppliesAtOnceGiveOneKeyAndBothSelfTestsPass)
{
    QTemporaryDir keys;
    const QString key = stitchKey(keys);
    ASSERT_FALSE(key.isEmpty());
    const int rounds = 3;
    for (int round = 0; round < rounds; ++round) {
        // Round 0 creates the user; later rounds find everything in place (or, round 2, an
        // existing file without the key).
        const QString user = QStringLiteral("stitchconc%1").arg(round == 2 ? 1 : round);
        if (round == 2)
            sandbox::shell(QStringLiteral("printf 'ssh-ed25519 AAAAkeep me' > "
                                          "/home/%1/.ssh/authorized_keys")
                               .arg(user));
        Admin a, b;
        a.configure(user, key);
        b.configure(user, key);
        std::atomic<int> ready{0};
        std::thread ta([&] { a.run(ready); });
        std::thread tb([&] { b.run(ready); });
        ta.join();
        tb.join();
        for (Admin *admin : {&a, &b}) {
            const char *who = admin == &a ? "first" : "second";
            ASSERT_TRUE(admin->status.ok()) << "round " << round << ", " << who << ": "
                                            << admin->status.error().oneLine().toStdString();
            EXPECT_TRUE(admin->failures.isEmpty())
                << "round " << round << ", " << who << ": "
                << admin->failures.join(QLatin1Char('\n')).toStdString();
            EXPECT_TRUE(admin->finishPasses.contains(QStringLiteral("selftest.login")))
                << "round " << round << ", " << who;
            EXPECT_TRUE(admin->finishPasses.contains(QStringLiteral("db.handshake")))
                << "round " << round << ", " << who;
        }
        const QString dir = QStringLiteral("/home/%1/.ssh").arg(user);
        const QByteArray ak = readFile(dir + QStringLiteral("/authorized_keys"));
        EXPECT_EQ(ak.count(key.section(QLatin1Char(' '), 1, 1).toUtf8()), 1)
            << "round " << round << ":\n"
            << ak.toStdString();
        EXPECT_FALSE(ak.contains("stitch-tunnel-selftest")) << "round " << round;
        if (round == 2) {
            EXPECT_TRUE(ak.startsWith("ssh-ed25519 AAAAkeep me\n")) << ak.toStdString();
        }
        EXPECT_TRUE(QDir(dir)
                        .entryList({QStringLiteral(".authorized_keys.*")},
                                   QDir::Files | QDir::Hidden | QDir::System)
                        .isEmpty())
            << "round " << round;
        std::printf("[concurrency] round %d (%s): both applies ok, key lines %lld, self-test "
                    "lines 0\n",
                    round, qPrintable(user),
                    static_cast<long long>(ak.count(key.section(QLatin1Char(' '), 1, 1).toUtf8())));
    }
}
