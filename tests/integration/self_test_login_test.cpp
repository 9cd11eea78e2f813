// SelfTestLogin on its own: the second connection that logs in with the throwaway key only
// once told the key is in place, then runs the database check on that connection.
#include "sandbox_env.h"
#include "setup/self_test_login.h"
#include "ssh/throwaway_key.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace stitch;
using namespace stitch::setup;

namespace {

const QString kAdmin = QStringLiteral("stitchadmin");
const QString kTag = QStringLiteral("self-test-login-test");

void addAdminKey(const QString &publicLine)
{
    sandbox::shell(QStringLiteral("echo '%1 %2' >> /home/%3/.ssh/authorized_keys")
                       .arg(publicLine, kTag, kAdmin));
}

void removeAdminKeys()
{
    sandbox::shell(
        QStringLiteral("sed -i '/ %1$/d' /home/%2/.ssh/authorized_keys").arg(kTag, kAdmin));
}

class SelfTestLoginTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto generated = ssh::generateThrowawayKey();
        ASSERT_TRUE(generated.ok());
        key = std::move(generated.value());
    }
    void TearDown() override { removeAdminKeys(); }

    // Runs `id -un` on the self-test's connection and reports it as a finding.
    SelfTestLogin::DatabaseCheck check()
    {
        return [this](ssh::SshConnection &connection) {
            checks.fetch_add(1);
            auto id = connection.exec(QStringLiteral("id -un"));
            Finding f;
            f.message = id ? QString::fromUtf8(id->stdOut.trimmed()) : id.error().message;
            return QVector<Finding>{f};
        };
    }

    QTemporaryDir scratch;
    ssh::ConnectionSettings settings = sandbox::settingsFor(kAdmin, scratch);
    ssh::ThrowawayKey key;
    std::atomic<int> checks{0};
};

} // namespace

TEST_F(SelfTestLoginTest, LogsInWithTheKeyOnceItIsInPlaceAndRunsTheCheck)
{
    SelfTestLogin login(settings, key.privateKey.get(), check());
    addAdminKey(key.publicLine);
    login.keyInPlace(true);
    Status s = login.waitForLogin();
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    const QVector<Finding> findings = login.waitForDatabase();
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].message, kAdmin);
    EXPECT_EQ(checks.load(), 1);
    EXPECT_EQ(login.channelsOpened(), 1);
}

TEST_F(SelfTestLoginTest, AKeyThatWasNotAddedEndsItWithoutALogin)
{
    SelfTestLogin login(settings, key.privateKey.get(), check());
    login.keyInPlace(false);
    Status s = login.waitForLogin();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(login.waitForDatabase().isEmpty());
    EXPECT_EQ(checks.load(), 0);
}

TEST_F(SelfTestLoginTest, AKeyTheServerRefusesIsAFailedLoginAndNoCheck)
{
    SelfTestLogin login(settings, key.privateKey.get(), check());
    login.keyInPlace(true); // but it is not in authorized_keys
    Status s = login.waitForLogin();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_TRUE(login.waitForDatabase().isEmpty());
    EXPECT_EQ(checks.load(), 0);
}

TEST_F(SelfTestLoginTest, DestroyedWithoutAnAnswerEndsPromptly)
{
    QElapsedTimer clock;
    clock.start();
    {
        SelfTestLogin login(settings, key.privateKey.get(), check());
    }
    EXPECT_LT(clock.elapsed(), 3000) << "the destructor answers 'not added' and cancels";
    EXPECT_EQ(checks.load(), 0);
}
