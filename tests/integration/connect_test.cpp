#include "sandbox_env.h"
#include "ssh/ssh_connection.h"
#include "support/test_files.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::ssh;

namespace {

const QString kAdmin = QStringLiteral("stitchadmin");

class ConnectTest : public ::testing::Test
{
protected:
    QTemporaryDir scratch;
    ConnectionSettings settings = sandbox::settingsFor(kAdmin, scratch);
};

using test::readFile;

} // namespace

TEST_F(ConnectTest, UnknownHostKeyIsReportedWithItsFingerprint)
{
    settings.hostKeyTrust = {};
    SshConnection c;
    Status s = c.connect(settings);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::HostKeyUnknown);
    EXPECT_EQ(c.hostKey().fingerprint, sandbox::hostKeyFingerprint());
    EXPECT_EQ(c.hostKey().keyType, QStringLiteral("ssh-ed25519"));
    EXPECT_TRUE(s.error().message.contains(sandbox::hostKeyFingerprint()));
    EXPECT_FALSE(QFile::exists(settings.knownHostsFile));
}

TEST_F(ConnectTest, AcceptAndSaveThenTheKeyIsKnown)
{
    settings.hostKeyTrust = {UnknownHostKeyAction::AcceptAndSave, {}};
    {
        SshConnection c;
        ASSERT_TRUE(c.connect(settings).ok());
        EXPECT_TRUE(c.hostKey().savedNow);
    }
    EXPECT_TRUE(readFile(settings.knownHostsFile).startsWith("[127.0.0.1]:2222 ssh-ed25519 "));
    settings.hostKeyTrust = {};
    SshConnection again;
    ASSERT_TRUE(again.connect(settings).ok());
    EXPECT_EQ(again.hostKey().status, HostKeyStatus::Known);
    EXPECT_FALSE(again.hostKey().savedNow);
}

TEST_F(ConnectTest, ConnectOnceSavesNothing)
{
    settings.hostKeyTrust = {UnknownHostKeyAction::AcceptOnce, {}};
    SshConnection c;
    ASSERT_TRUE(c.connect(settings).ok());
    EXPECT_FALSE(QFile::exists(settings.knownHostsFile));
}

TEST_F(ConnectTest, WrongExpectedFingerprintStops)
{
    settings.hostKeyTrust.expectedFingerprint =
        QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
    SshConnection c;
    Status s = c.connect(settings);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::HostKeyMismatch);
    EXPECT_FALSE(c.isConnected());
}

TEST_F(ConnectTest, ChangedHostKeyIsAHardStopShowingOldAndNew)
{
    // A known_hosts entry for this server with some other ed25519 key.
    const QByteArray otherKey = sandbox::shell(QStringLiteral(
        "d=$(mktemp -d) && ssh-keygen -q -t ed25519 -N '' -f $d/k && cut -d' ' -f1,2 $d/k.pub "
        "&& rm -rf $d"));
    ASSERT_FALSE(otherKey.isEmpty());
    QFile kh(settings.knownHostsFile);
    ASSERT_TRUE(kh.open(QIODevice::WriteOnly));
    kh.write("[127.0.0.1]:2222 " + otherKey.trimmed() + "\n");
    kh.close();
    const QByteArray before = readFile(settings.knownHostsFile);

    for (auto action : {UnknownHostKeyAction::Reject, UnknownHostKeyAction::AcceptAndSave}) {
        settings.hostKeyTrust = {action, sandbox::hostKeyFingerprint()};
        SshConnection c;
        Status s = c.connect(settings);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::HostKeyChanged);
        EXPECT_EQ(c.hostKey().status, HostKeyStatus::Changed);
        ASSERT_EQ(c.hostKey().savedKeys.size(), 1u);
        EXPECT_TRUE(s.error().message.contains(c.hostKey().savedKeys[0].fingerprint));
        EXPECT_TRUE(s.error().message.contains(sandbox::hostKeyFingerprint()));
        EXPECT_FALSE(c.isConnected());
        // and there is no way to authenticate on it
        Status auth = c.authenticate(settings, sandbox::passwordCredentials(kAdmin));
        EXPECT_FALSE(auth.ok());
    }
    EXPECT_EQ(readFile(settings.knownHostsFile), before);
}

TEST_F(ConnectTest, PasswordLogin)
{
    SshConnection c;
    ASSERT_TRUE(c.connect(settings).ok());
    Status s = c.authenticate(settings, sandbox::passwordCredentials(kAdmin));
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    EXPECT_EQ(c.authMethodUsed(), QStringLiteral("password"));
}

TEST_F(ConnectTest, WrongPasswordListsWhatTheServerOffers)
{
    SshConnection c;
    ASSERT_TRUE(c.connect(settings).ok());
    Credentials creds;
    creds.password = Secret(QByteArray("definitely-wrong"));
    Status s = c.authenticate(settings, creds);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("publickey")));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("password")));
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("definitely-wrong")));
}

TEST_F(ConnectTest, KeyboardInteractiveWhenPasswordAuthIsOff)
{
    sandbox::ExtraSshd sshd(2230, {QStringLiteral("PasswordAuthentication=no"),
                                   QStringLiteral("KbdInteractiveAuthentication=yes")});
    ASSERT_TRUE(sshd.started());
    settings.port = 2230;
    settings.hostKeyTrust = {UnknownHostKeyAction::AcceptOnce, sandbox::hostKeyFingerprint()};
    SshConnection c;
    ASSERT_TRUE(c.connect(settings).ok());
    Status s = c.authenticate(settings, sandbox::passwordCredentials(kAdmin));
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    EXPECT_EQ(c.authMethodUsed(), QStringLiteral("keyboard-interactive"));
    EXPECT_FALSE(c.offeredAuthMethods().contains(QStringLiteral("password")));
}

TEST_F(ConnectTest, KeyFileWithAndWithoutPassphrase)
{
    settings.authMethod = AuthMethod::KeyFile;
    settings.identityFile = sandbox::file(QStringLiteral("keys/admin_ed25519"));
    {
        SshConnection c;
        ASSERT_TRUE(c.connect(settings).ok());
        Status s = c.authenticate(settings, Credentials{});
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        EXPECT_EQ(c.authMethodUsed(), QStringLiteral("publickey"));
    }
    settings.identityFile = sandbox::file(QStringLiteral("keys/admin_ed25519_pass"));
    {
        SshConnection c;
        ASSERT_TRUE(c.connect(settings).ok());
        Status s = c.authenticate(settings, Credentials{});
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::KeyPassphraseWrong);
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("protected by a passphrase")));
    }
    {
        SshConnection c;
        ASSERT_TRUE(c.connect(settings).ok());
        Credentials creds;
        creds.keyPassphrase = Secret(QByteArray("not-the-passphrase"));
        Status s = c.authenticate(settings, creds);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::KeyPassphraseWrong);
    }
    {
        SshConnection c;
        ASSERT_TRUE(c.connect(settings).ok());
        Credentials creds;
        auto pass =
            Secret::fromFile(sandbox::file(QStringLiteral("keys/admin_ed25519_pass.passphrase")));
        ASSERT_TRUE(pass.ok());
        creds.keyPassphrase = std::move(pass.value());
        Status s = c.authenticate(settings, creds);
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    }
}

TEST_F(ConnectTest, MissingKeyFileIsAClearError)
{
    settings.authMethod = AuthMethod::KeyFile;
    settings.identityFile = scratch.filePath(QStringLiteral("no-such-key"));
    SshConnection c;
    ASSERT_TRUE(c.connect(settings).ok());
    Status s = c.authenticate(settings, Credentials{});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::KeyFileUnreadable);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("no-such-key")));
}

TEST_F(ConnectTest, AgentLogin)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) << "the sandbox starts an agent";
    settings.authMethod = AuthMethod::Agent;
    SshConnection c;
    ASSERT_TRUE(c.connect(settings).ok());
    Status s = c.authenticate(settings, Credentials{});
    ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
    EXPECT_EQ(c.authMethodUsed(), QStringLiteral("agent"));
}

TEST_F(ConnectTest, IPv6AndHostName)
{
    for (const QString &h : {QStringLiteral("::1"), QStringLiteral("localhost")}) {
        settings.host = h;
        settings.hostKeyTrust = {UnknownHostKeyAction::AcceptOnce, sandbox::hostKeyFingerprint()};
        SshConnection c;
        Status s = c.connect(settings);
        ASSERT_TRUE(s.ok()) << h.toStdString() << ": " << s.error().oneLine().toStdString();
        ASSERT_TRUE(c.authenticate(settings, sandbox::passwordCredentials(kAdmin)).ok());
    }
}

TEST_F(ConnectTest, RefusedPortAndUnknownNameAreDistinct)
{
    settings.port = 2299;
    SshConnection c;
    Status refused = c.connect(settings);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ConnectionRefused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2299")));

    settings.host = QStringLiteral("no-such-host.invalid");
    Status unknown = c.connect(settings);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::HostNotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("no-such-host.invalid")));
}

TEST_F(ConnectTest, SilentPortTimesOut)
{
    // A listener that accepts (the kernel completes the TCP handshake into its backlog) and
    // never sends an SSH greeting: the TCP connect works, then nothing comes.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    settings.port = silent.serverPort();
    settings.connectTimeout = std::chrono::milliseconds(1000);
    SshConnection c;
    QElapsedTimer clock;
    clock.start();
    Status s = c.connect(settings);
    const qint64 ms = clock.elapsed();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::ConnectionTimedOut) << s.error().oneLine().toStdString();
    EXPECT_EQ(s.error().message, QStringLiteral("127.0.0.1 port %1 accepted the connection but "
                                                "sent no SSH greeting within 1 s.")
                                     .arg(settings.port));
    // The configured timeout, not libssh's default (10 s) and not an early give-up.
    EXPECT_GE(ms, 900);
    EXPECT_LE(ms, 1500);
    EXPECT_FALSE(c.isConnected());
}
