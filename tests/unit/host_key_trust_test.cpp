// The four steps of host key verification, each on its own: fingerprint, classification,
// trust decision, saving. The integration tests (connect_test, host_key_mitm_test) check that
// SshConnection strings them together against a real sshd.
#include "ssh/fingerprint.h"
#include "ssh/host_key_trust.h"
#include "ssh/ssh_handles.h"
#include "support/test_files.h"

#include <libssh/libssh.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::ssh;

namespace {

// Made with `ssh-keygen -t ed25519`; `ssh-keygen -lf` prints kFingerprint for it.
const char kPublicKeyBase64[] =
    "AAAAC3NzaC1lZDI1NTE5AAAAIOhc+hUka/zh9tV9QHeahWjsyNuc13oG9MY53s4RwHtA";
const QString kFingerprint = QStringLiteral("SHA256:XNtpwOdBcX4mLlVzrvF9iBoS0+HvS5iKRVU4rz5hdyc");
const QString kOtherFingerprint =
    QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");

HostKeyInfo presented()
{
    HostKeyInfo key;
    key.host = QStringLiteral("db.example");
    key.port = 2222;
    key.keyType = QStringLiteral("ssh-ed25519");
    key.fingerprint = kFingerprint;
    return key;
}

const QStringList kFiles{QStringLiteral("/app/known_hosts"),
                         QStringLiteral("/home/u/.ssh/known_hosts")};

using test::readFile;

} // namespace

TEST(HostKeyFingerprint, OfALibsshKeyIsWhatSshKeygenPrints)
{
    ssh_key raw = nullptr;
    ASSERT_EQ(ssh_pki_import_pubkey_base64(kPublicKeyBase64, SSH_KEYTYPE_ED25519, &raw), SSH_OK);
    const KeyHandle key(raw);
    EXPECT_EQ(sha256Fingerprint(key.get()), kFingerprint);
    EXPECT_EQ(sha256Fingerprint(QByteArray::fromBase64(kPublicKeyBase64)), kFingerprint);
    EXPECT_TRUE(sha256Fingerprint(ssh_key(nullptr)).isEmpty());
}

TEST(HostKeyClassification, EachLibsshAnswer)
{
    EXPECT_EQ(classifyKnownHosts(SSH_KNOWN_HOSTS_OK), KnownHostsVerdict::Known);
    EXPECT_EQ(classifyKnownHosts(SSH_KNOWN_HOSTS_CHANGED), KnownHostsVerdict::Changed);
    EXPECT_EQ(classifyKnownHosts(SSH_KNOWN_HOSTS_OTHER), KnownHostsVerdict::OtherType);
    EXPECT_EQ(classifyKnownHosts(SSH_KNOWN_HOSTS_NOT_FOUND), KnownHostsVerdict::Unknown);
    EXPECT_EQ(classifyKnownHosts(SSH_KNOWN_HOSTS_UNKNOWN), KnownHostsVerdict::Unknown);
    EXPECT_EQ(classifyKnownHosts(SSH_KNOWN_HOSTS_ERROR), KnownHostsVerdict::Unreadable);
    EXPECT_EQ(hostKeyStatus(KnownHostsVerdict::Known), HostKeyStatus::Known);
    EXPECT_EQ(hostKeyStatus(KnownHostsVerdict::Changed), HostKeyStatus::Changed);
    EXPECT_EQ(hostKeyStatus(KnownHostsVerdict::OtherType), HostKeyStatus::Changed);
    EXPECT_EQ(hostKeyStatus(KnownHostsVerdict::Unknown), HostKeyStatus::Unknown);
    EXPECT_EQ(hostKeyStatus(KnownHostsVerdict::Unreadable), HostKeyStatus::Unknown);
}

TEST(HostKeyTrustDecision, AKnownKeyNeedsNothingButAPinnedFingerprintMustStillMatch)
{
    for (auto action : {UnknownHostKeyAction::Reject, UnknownHostKeyAction::AcceptOnce,
                        UnknownHostKeyAction::AcceptAndSave}) {
        for (const QString &pin : {QString(), kFingerprint}) {
            auto d =
                decideHostKeyTrust(presented(), KnownHostsVerdict::Known, {action, pin}, kFiles);
            ASSERT_TRUE(d.ok());
            EXPECT_EQ(d.value(), HostKeyAcceptance::AlreadyKnown);
        }
        // A script pins a fingerprint so that a known_hosts entry (perhaps an attacker's)
        // cannot stand in for the server's real key.
        auto d = decideHostKeyTrust(presented(), KnownHostsVerdict::Known,
                                    {action, kOtherFingerprint}, kFiles);
        ASSERT_FALSE(d.ok());
        EXPECT_EQ(d.error().code, ErrorCode::HostKeyMismatch);
    }
}

TEST(HostKeyTrustDecision, AChangedKeyIsAlwaysRefusedWithOldAndNew)
{
    HostKeyInfo key = presented();
    key.savedKeys = {{QStringLiteral("ssh-ed25519"), kOtherFingerprint}};
    for (auto verdict : {KnownHostsVerdict::Changed, KnownHostsVerdict::OtherType}) {
        for (auto action : {UnknownHostKeyAction::Reject, UnknownHostKeyAction::AcceptOnce,
                            UnknownHostKeyAction::AcceptAndSave}) {
            // Not even the matching fingerprint the user pasted overrides a changed key.
            auto d = decideHostKeyTrust(key, verdict, {action, kFingerprint}, kFiles);
            ASSERT_FALSE(d.ok());
            EXPECT_EQ(d.error().code, ErrorCode::HostKeyChanged);
            EXPECT_EQ(d.error().message,
                      QStringLiteral("The host key of [db.example]:2222 has CHANGED. Expected "
                                     "ssh-ed25519 %1, but the server now presents ssh-ed25519 "
                                     "%2. Either the server was rebuilt, or someone is "
                                     "intercepting the connection. Nothing was sent to the "
                                     "server.")
                          .arg(kOtherFingerprint, kFingerprint));
            EXPECT_TRUE(d.error().fix.contains(
                QStringLiteral("/app/known_hosts / /home/u/.ssh/known_hosts")));
        }
    }
    key.savedKeys.clear();
    auto d = decideHostKeyTrust(key, KnownHostsVerdict::OtherType, {}, kFiles);
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().message.contains(QStringLiteral("Expected a different key")));
}

TEST(HostKeyTrustDecision, AnUnreadableFileStops)
{
    auto d = decideHostKeyTrust(presented(), KnownHostsVerdict::Unreadable,
                                {UnknownHostKeyAction::AcceptOnce, kFingerprint}, kFiles);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, ErrorCode::LocalIoError);
    EXPECT_EQ(d.error().fix, QStringLiteral("Check the permissions of /app/known_hosts."));
}

TEST(HostKeyTrustDecision, AnUnknownKeyWithoutApprovalIsReportedWithItsFingerprint)
{
    auto d = decideHostKeyTrust(presented(), KnownHostsVerdict::Unknown, {}, kFiles);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, ErrorCode::HostKeyUnknown);
    EXPECT_EQ(d.error().message,
              QStringLiteral("The server [db.example]:2222 is not known yet. Its ssh-ed25519 "
                             "host key has the fingerprint %1.")
                  .arg(kFingerprint));
    EXPECT_TRUE(d.error().fix.contains(QStringLiteral("ssh-keygen -lf")));
}

TEST(HostKeyTrustDecision, AcceptOnceOrAndSave)
{
    auto once = decideHostKeyTrust(presented(), KnownHostsVerdict::Unknown,
                                   {UnknownHostKeyAction::AcceptOnce, {}}, kFiles);
    ASSERT_TRUE(once.ok());
    EXPECT_EQ(once.value(), HostKeyAcceptance::ThisConnectionOnly);
    auto save = decideHostKeyTrust(presented(), KnownHostsVerdict::Unknown,
                                   {UnknownHostKeyAction::AcceptAndSave, {}}, kFiles);
    ASSERT_TRUE(save.ok());
    EXPECT_EQ(save.value(), HostKeyAcceptance::Save);
}

TEST(HostKeyTrustDecision, AMatchingExpectedFingerprintIsTheApproval)
{
    // Pasted the way people paste: other case, padding, spaces. With Reject, the match is
    // the approval and the key is remembered; AcceptOnce still saves nothing.
    const QString pasted = QStringLiteral(" sha256:") + kFingerprint.mid(7) + QStringLiteral("=\n");
    auto reject = decideHostKeyTrust(presented(), KnownHostsVerdict::Unknown,
                                     {UnknownHostKeyAction::Reject, pasted}, kFiles);
    ASSERT_TRUE(reject.ok()) << reject.error().oneLine().toStdString();
    EXPECT_EQ(reject.value(), HostKeyAcceptance::Save);
    auto once = decideHostKeyTrust(presented(), KnownHostsVerdict::Unknown,
                                   {UnknownHostKeyAction::AcceptOnce, pasted}, kFiles);
    ASSERT_TRUE(once.ok());
    EXPECT_EQ(once.value(), HostKeyAcceptance::ThisConnectionOnly);
}

TEST(HostKeyTrustDecision, AnotherExpectedFingerprintStopsEvenWithAcceptAndSave)
{
    auto d = decideHostKeyTrust(presented(), KnownHostsVerdict::Unknown,
                                {UnknownHostKeyAction::AcceptAndSave, kOtherFingerprint}, kFiles);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, ErrorCode::HostKeyMismatch);
    EXPECT_EQ(d.error().message,
              QStringLiteral("The server's host key %1 does not match the expected fingerprint "
                             "%2. Nothing was sent to the server.")
                  .arg(kFingerprint, kOtherFingerprint));
}

TEST(HostKeyTrustDecision, AnExpectedFingerprintThatIsNoneIsInvalidInput)
{
    for (const QString &bad : {QStringLiteral("MD5:aa:bb"), QStringLiteral("SHA256:short")}) {
        auto d = decideHostKeyTrust(presented(), KnownHostsVerdict::Unknown,
                                    {UnknownHostKeyAction::AcceptAndSave, bad}, kFiles);
        ASSERT_FALSE(d.ok());
        EXPECT_EQ(d.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(d.error().message.contains(bad));
    }
}

TEST(HostKeySave, CreatesTheFolderAndAppendsOneLine)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("new/folder/known_hosts"));
    const QByteArray entry =
        QByteArrayLiteral("[db.example]:2222 ssh-ed25519 ") + kPublicKeyBase64 + '\n';
    ASSERT_TRUE(appendKnownHostsEntry(file, entry).ok());
    EXPECT_EQ(readFile(file), entry);
    const QByteArray second = QByteArrayLiteral("db.example ssh-ed25519 ") + kPublicKeyBase64;
    ASSERT_TRUE(appendKnownHostsEntry(file, second).ok());
    EXPECT_EQ(readFile(file), entry + second + '\n');
}

TEST(HostKeySave, NeverGluesOntoALastLineWithoutLineBreak)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("known_hosts"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("old.example ssh-ed25519 AAAA");
    f.close();
    ASSERT_TRUE(appendKnownHostsEntry(file, "new.example ssh-ed25519 BBBB\n").ok());
    EXPECT_EQ(readFile(file),
              QByteArray("old.example ssh-ed25519 AAAA\nnew.example ssh-ed25519 BBBB\n"));
}

TEST(HostKeySave, AFailureNamesTheFileAndTheReason)
{
    QTemporaryDir dir;
    // A regular file where the folder should be: the folder cannot be made.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const QString file = blocker + QStringLiteral("/known_hosts");
    Status s = appendKnownHostsEntry(file, "h ssh-ed25519 AAAA\n");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::HostKeyStoreFailed);
    EXPECT_EQ(s.error().message,
              QStringLiteral("The host key could not be saved to %1.").arg(file));
    EXPECT_FALSE(s.error().detail.isEmpty());
    // Never more or less than one line.
    EXPECT_FALSE(appendKnownHostsEntry(dir.filePath(QStringLiteral("k")), "a\nb\n").ok());
    EXPECT_FALSE(appendKnownHostsEntry(dir.filePath(QStringLiteral("k")), "\n").ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("k"))));
}
