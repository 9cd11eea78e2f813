#include "ssh/fingerprint.h"
#include "ssh/known_hosts.h"

#include <QMessageAuthenticationCode>

#include <gtest/gtest.h>

using namespace stitch::ssh;

namespace {
// An ed25519 public key blob (type string + 32 key bytes).
const QByteArray kEd25519Blob =
    QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIGV0eWF1c3FpcW9rbWVqZ3NyY3l1bWx1d3V1bXhxZ3J6");
} // namespace

TEST(Fingerprint, MatchesOpenSshFormat)
{
    const QString fp = sha256Fingerprint(kEd25519Blob);
    EXPECT_TRUE(fp.startsWith(QStringLiteral("SHA256:")));
    EXPECT_EQ(fp.size(), 7 + 43); // 32 bytes, unpadded base64
    EXPECT_FALSE(fp.endsWith(QLatin1Char('=')));
}

TEST(Fingerprint, NormalizesPastedText)
{
    const QString fp = sha256Fingerprint(kEd25519Blob);
    EXPECT_EQ(normalizeFingerprint(QStringLiteral("  ") + fp + QStringLiteral("=\n")), fp);
    EXPECT_EQ(normalizeFingerprint(QStringLiteral("sha256:") + fp.mid(7)), fp);
    EXPECT_TRUE(normalizeFingerprint(QStringLiteral("MD5:aa:bb")).isEmpty());
    EXPECT_TRUE(normalizeFingerprint(QStringLiteral("SHA256:tooshort")).isEmpty());
}

TEST(KnownHosts, NameUsesBracketsForOtherPorts)
{
    EXPECT_EQ(knownHostsName(QStringLiteral("db.example"), 22), QStringLiteral("db.example"));
    EXPECT_EQ(knownHostsName(QStringLiteral("10.0.0.1"), 2222), QStringLiteral("[10.0.0.1]:2222"));
}

TEST(KnownHosts, FindsPlainHashedAndPortSpecificEntries)
{
    const QByteArray salt = "0123456789abcdefghij";
    const QByteArray hash =
        QMessageAuthenticationCode::hash("[hashed.example]:2200", salt, QCryptographicHash::Sha1);
    const QByteArray blob = kEd25519Blob.toBase64();
    const QByteArray text = "# comment\n"
                            "\n"
                            "other.example ssh-ed25519 " +
                            blob +
                            "\n"
                            "alias,plain.example ssh-ed25519 " +
                            blob +
                            " comment\n"
                            "[plain.example]:2222 ssh-rsa " +
                            blob +
                            "\n"
                            "@revoked plain.example ssh-ed25519 " +
                            blob +
                            "\n"
                            "|1|" +
                            salt.toBase64() + "|" + hash.toBase64() + " ssh-ed25519 " + blob +
                            "\n"
                            "broken-line-without-key\n";
    const auto plain = parseKnownHostKeys(text, QStringLiteral("PLAIN.example"), 22);
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_EQ(plain[0].keyType, QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(plain[0].fingerprint, sha256Fingerprint(kEd25519Blob));

    const auto ported = parseKnownHostKeys(text, QStringLiteral("plain.example"), 2222);
    ASSERT_EQ(ported.size(), 1u);
    EXPECT_EQ(ported[0].keyType, QStringLiteral("ssh-rsa"));

    EXPECT_EQ(parseKnownHostKeys(text, QStringLiteral("hashed.example"), 2200).size(), 1u);
    EXPECT_TRUE(parseKnownHostKeys(text, QStringLiteral("hashed.example"), 22).empty());
    EXPECT_TRUE(parseKnownHostKeys(text, QStringLiteral("nowhere.example"), 22).empty());
}
