// Public keys that are accepted, as people paste them, and what parsePublicKey() makes of them.
#include "keys/public_key.h"
#include "public_key_test_keys.h"
#include "ssh/fingerprint.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace stitch;
using namespace stitch::keys;
using namespace public_key_test;

TEST(PublicKey, ParsesKeysMadeBySshKeygen)
{
    struct Case
    {
        const char *line;
        const char *type;
        int bits;
        const char *fingerprint;
        const char *comment;
    };
    const Case cases[] = {
        {kEd25519, "ssh-ed25519", 256, kEd25519Fingerprint, "stitch-test-ed25519@example"},
        {kEcdsa256, "ecdsa-sha2-nistp256", 256, kEcdsa256Fingerprint,
         "stitch-test-ecdsa256@example"},
        {kEcdsa384, "ecdsa-sha2-nistp384", 384, kEcdsa384Fingerprint,
         "stitch-test-ecdsa384@example"},
        {kEcdsa521, "ecdsa-sha2-nistp521", 521, kEcdsa521Fingerprint,
         "stitch-test-ecdsa521@example"},
        {kRsa2048, "ssh-rsa", 2048, kRsa2048Fingerprint, "stitch-test-rsa2048@example"},
        {kRsa3072, "ssh-rsa", 3072, kRsa3072Fingerprint, "stitch-test-rsa3072@example"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.type);
        const auto key = parsePublicKey(qs(c.line));
        ASSERT_TRUE(key.ok()) << key.error().oneLine().toStdString();
        EXPECT_EQ(key->type, qs(c.type));
        EXPECT_EQ(key->bits, c.bits);
        EXPECT_EQ(key->fingerprint, qs(c.fingerprint));
        EXPECT_EQ(key->comment, qs(c.comment));
        EXPECT_EQ(key->base64, base64Of(c.line));
        EXPECT_EQ(key->blob, blobOf(c.line));
        EXPECT_EQ(key->authorizedKeysLine(), qs(c.line));
        EXPECT_FALSE(looksLikePrivateKey(qs(c.line)));
    }
}

TEST(PublicKey, ParsesSecurityKeysBuiltByHand)
{
    // Fingerprints from `ssh-keygen -lf` on the same lines.
    const auto ed = parsePublicKey(keyText("sk-ssh-ed25519@openssh.com", skEd25519Blob(), "yk"));
    ASSERT_TRUE(ed.ok()) << ed.error().oneLine().toStdString();
    EXPECT_EQ(ed->type, QStringLiteral("sk-ssh-ed25519@openssh.com"));
    EXPECT_EQ(ed->bits, 256);
    EXPECT_EQ(ed->fingerprint,
              QStringLiteral("SHA256:/p0CbeE3dk2SyW1OXXsThGc12ezDVD8eGw2/vtztDfk"));
    EXPECT_EQ(ed->comment, QStringLiteral("yk"));

    const auto ec = parsePublicKey(keyText("sk-ecdsa-sha2-nistp256@openssh.com", skEcdsaBlob()));
    ASSERT_TRUE(ec.ok()) << ec.error().oneLine().toStdString();
    EXPECT_EQ(ec->type, QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com"));
    EXPECT_EQ(ec->bits, 256);
    EXPECT_EQ(ec->fingerprint,
              QStringLiteral("SHA256:2drgeLkIsr+10leYO/znGQvcbCEHLwPHA+PG9qrQrfQ"));
    EXPECT_TRUE(ec->comment.isEmpty());
    EXPECT_EQ(ec->authorizedKeysLine(),
              QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com ") + ec->base64);
}

TEST(PublicKey, AcceptsWhatCopyPasteDoes)
{
    const QString ed = qs(kEd25519);
    const QString rsa = qs(kRsa3072);
    const QString rsaType = QStringLiteral("ssh-rsa ");
    const QString rsaB64 = base64Of(kRsa3072);
    const QString rsaComment = QStringLiteral(" stitch-test-rsa3072@example");

    // The base64 wrapped every 64 characters, as a terminal or mail client does.
    QString wrappedCrLf = rsaType;
    QString wrappedSpaces = rsaType;
    for (qsizetype i = 0; i < rsaB64.size(); i += 64) {
        wrappedCrLf += rsaB64.mid(i, 64) + QStringLiteral("\r\n");
        wrappedSpaces += rsaB64.mid(i, 64) + QLatin1Char(' ');
    }
    wrappedCrLf += rsaComment.trimmed() + QStringLiteral("\r\n");
    wrappedSpaces += rsaComment.trimmed();

    QString withInvisibles = ed;
    withInvisibles.replace(QLatin1Char(' '), QChar(0x00A0)); // no-break spaces from a web page
    withInvisibles.insert(30, QChar(0x200B));                // zero-width space
    withInvisibles.prepend(QChar(0xFEFF));

    QString ecdsaNoPadding = qs(kEcdsa384);
    ecdsaNoPadding.remove(QStringLiteral("=="));

    struct Case
    {
        const char *name;
        QString text;
        const char *fingerprint;
        QString comment;
    };
    const std::vector<Case> cases = {
        {"double quotes", QLatin1Char('"') + ed + QLatin1Char('"'), kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"single quotes and blanks", QStringLiteral("  '") + ed + QStringLiteral("'\n"),
         kEd25519Fingerprint, QStringLiteral("stitch-test-ed25519@example")},
        {"backticks", QLatin1Char('`') + ed + QLatin1Char('`'), kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"code fence", QStringLiteral("```\n") + ed + QStringLiteral("\n```"), kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"typographic quotes", QStringLiteral("“") + ed + QStringLiteral("”"), kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"one stray quote", QLatin1Char('"') + ed, kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"trailing newline", ed + QLatin1Char('\n'), kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"CRLF", ed + QStringLiteral("\r\n"), kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"tabs", QString(ed).replace(QLatin1Char(' '), QLatin1Char('\t')), kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"invisible characters", withInvisibles, kEd25519Fingerprint,
         QStringLiteral("stitch-test-ed25519@example")},
        {"wrapped with CRLF", wrappedCrLf, kRsa3072Fingerprint,
         QStringLiteral("stitch-test-rsa3072@example")},
        {"wrapped with spaces", wrappedSpaces, kRsa3072Fingerprint,
         QStringLiteral("stitch-test-rsa3072@example")},
        {"old Mac CR",
         rsaType.trimmed() + QLatin1Char('\r') + rsaB64.left(100) + QLatin1Char('\r') +
             rsaB64.mid(100) + QLatin1Char('\r'),
         kRsa3072Fingerprint, QString()},
        {"padding lost", ecdsaNoPadding, kEcdsa384Fingerprint,
         QStringLiteral("stitch-test-ecdsa384@example")},
        {"comment with words", rsaType + rsaB64 + QStringLiteral("  Stitch  account 123\t(prod) "),
         kRsa3072Fingerprint, QStringLiteral("Stitch account 123 (prod)")},
        {"ssh-keygen -e (RFC 4716)", qs(kRsa3072Rfc4716), kRsa3072Fingerprint,
         QStringLiteral("3072-bit RSA, converted by root@vm from OpenSSH")},
        {"ssh-keygen -e ed25519", qs(kEd25519Rfc4716), kEd25519Fingerprint,
         QStringLiteral("256-bit ED25519, converted by root@vm from OpenSSH")},
        {"PuTTYgen RFC 4716 with continued header and CRLF",
         QStringLiteral("---- BEGIN SSH2 PUBLIC KEY ----\r\n"
                        "Subject: stitch\r\n"
                        "Comment: \"rsa-key-20240101 a long comment that PuTTYgen wraps ov\\\r\n"
                        "er two lines\"\r\n"
                        "x-note: some value \\\r\n"
                        "continued\r\n") +
             rsaB64.left(70) + QStringLiteral("\r\n") + rsaB64.mid(70, 70) +
             QStringLiteral("\r\n") + rsaB64.mid(140) +
             QStringLiteral("\r\n---- END SSH2 PUBLIC KEY ----\r\n"),
         kRsa3072Fingerprint,
         QStringLiteral("rsa-key-20240101 a long comment that PuTTYgen wraps over two lines")},
        {"RFC 4716 in quotes, indented, no comment",
         QStringLiteral("\"  ---- BEGIN SSH2 PUBLIC KEY ----\n    ") + base64Of(kEd25519) +
             QStringLiteral("\n    ---- END SSH2 PUBLIC KEY ----\n\""),
         kEd25519Fingerprint, QString()},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const auto key = parsePublicKey(c.text);
        ASSERT_TRUE(key.ok()) << key.error().oneLine().toStdString();
        EXPECT_EQ(key->fingerprint, qs(c.fingerprint));
        EXPECT_EQ(key->comment, c.comment);
        EXPECT_FALSE(key->authorizedKeysLine().contains(QLatin1Char('\n')));
        EXPECT_FALSE(key->base64.contains(QLatin1Char(' ')));
    }
    EXPECT_TRUE(rsa.startsWith(rsaType));
}

TEST(PublicKey, AuthorizedKeysLineIsOneCleanLine)
{
    const auto key = parsePublicKey(keyText("ssh-ed25519", blobOf(kEd25519)) +
                                    QStringLiteral(" evil\x1b[2Jcomment\u0007 here\n"));
    ASSERT_TRUE(key.ok()) << key.error().oneLine().toStdString();
    EXPECT_EQ(key->comment, QStringLiteral("evil [2Jcomment here"));
    EXPECT_EQ(key->authorizedKeysLine(), QStringLiteral("ssh-ed25519 ") + base64Of(kEd25519) +
                                             QStringLiteral(" evil [2Jcomment here"));

    PublicKeyInfo bare = key.value();
    bare.comment.clear();
    EXPECT_EQ(bare.authorizedKeysLine(), QStringLiteral("ssh-ed25519 ") + base64Of(kEd25519));
}

// Found by tests/fuzz/public_key_fuzzer (regressions/public_key_fuzzer/): a comment ending in
// a lone quote lost that quote when its authorized_keys line was read again, so a saved setup
// file did not load back to the same key.
TEST(PublicKey, CommentWithLoneTrailingQuoteReadsBackTheSame)
{
    const std::vector<QString> texts = {
        QStringLiteral("---- BEGIN SSH2 PUBLIC KEY ----\nComment: admin's key, converted\"\n") +
            base64Of(kEd25519) + QStringLiteral("\n---- END SSH2 PUBLIC KEY ----\n"),
        QStringLiteral("\"") + qs(kEd25519) + QStringLiteral(" x'\"\""),
        qs(kEd25519) + QStringLiteral(" x'\""),
    };
    for (const QString &text : texts) {
        SCOPED_TRACE(text.toStdString());
        const auto key = parsePublicKey(text);
        ASSERT_TRUE(key.ok()) << key.error().oneLine().toStdString();
        const auto again = parsePublicKey(key->authorizedKeysLine());
        ASSERT_TRUE(again.ok()) << again.error().oneLine().toStdString();
        EXPECT_EQ(again->comment, key->comment);
        EXPECT_EQ(again->authorizedKeysLine(), key->authorizedKeysLine());
    }
    EXPECT_EQ(parsePublicKey(texts[0])->comment, QStringLiteral("admin's key, converted"));
}

// A cheap in-process fuzz run: mutated keys must never crash (run it under ASan/UBSan too), and
// whatever is accepted must be a consistent key.
TEST(PublicKey, SurvivesMutatedInput)
{
    const std::vector<QString> seeds = {
        qs(kEd25519),
        qs(kEcdsa521),
        qs(kRsa2048),
        qs(kRsa3072Rfc4716),
        qs(kDsa),
        keyText("sk-ssh-ed25519@openssh.com", skEd25519Blob()),
        keyText("sk-ecdsa-sha2-nistp256@openssh.com", skEcdsaBlob()),
    };
    const QString alphabet = QStringLiteral("AQgw+/=- \n\r\"':,\\@.zZ09");
    std::mt19937 rng(20240607);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text = seeds[rng() % seeds.size()];
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const auto pos = static_cast<qsizetype>(rng() % static_cast<quint32>(text.size()));
            const QChar c =
                alphabet.at(static_cast<qsizetype>(rng() % static_cast<quint32>(alphabet.size())));
            switch (rng() % 4) {
            case 0:
                text[pos] = c;
                break;
            case 1:
                text.insert(pos, c);
                break;
            case 2:
                text.remove(pos, 1);
                break;
            default:
                text.truncate(pos);
                break;
            }
        }
        const auto key = parsePublicKey(text);
        if (!key.ok())
            continue;
        ++accepted;
        EXPECT_EQ(key->fingerprint, ssh::sha256Fingerprint(key->blob));
        const auto again = parsePublicKey(key->authorizedKeysLine());
        ASSERT_TRUE(again.ok()) << text.toStdString();
        EXPECT_EQ(again->fingerprint, key->fingerprint);
        EXPECT_EQ(again->bits, key->bits);
    }
    EXPECT_GT(accepted, 0); // mutations in the comment keep the key valid
}

// Found by public_key_fuzzer: a comment whose last word is key data behind a lone trailing quote.
// The quote is cleaned away when the key is written, so the written line would hold two keys:
// refused as two keys at once, in both forms.
TEST(PublicKey, ACommentHidingAKeyBehindAQuoteIsTwoKeys)
{
    const QString hidden =
        QStringLiteral("AAAAB3NzaC1yc2EAAAADAQABAAABAQ") + QString(40, QLatin1Char('A'));
    const auto r = keys::parsePublicKey(
        QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEJpIyGQysJFcYYWBHR4XE7/6uuxKKkrbhaH0p9"
                       "40fJ1 from %1\"")
            .arg(hidden));
    ASSERT_FALSE(r.ok()) << r->authorizedKeysLine().toStdString();
    EXPECT_EQ(r.error().message, QStringLiteral("The text contains more than one key."));
}
