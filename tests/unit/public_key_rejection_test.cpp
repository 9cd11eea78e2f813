// Pasted text that is refused: each mistake gets its own error, and no error quotes private key
// material or key data.
#include "keys/public_key.h"
#include "public_key_test_keys.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::keys;
using namespace public_key_test;

namespace {

const char kOpenSshPrivate[] =
    "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
    "QyNTUxOQAAACBCaSMhkMrCRXGGFgR0eFxO/+rrsSipK24Wh9KfeNHydQAAAKAW2BwiFtgc\n"
    "IgAAAAtzc2gtZWQyNTUxOQAAACBCaSMhkMrCRXGGFgR0eFxO/+rrsSipK24Wh9KfeNHydQ\n"
    "AAAEAOriT6fYYzsSelHbYvdk7w1zOKpplxzlVEsFkALDJgnUJpIyGQysJFcYYWBHR4XE7/\n"
    "6uuxKKkrbhaH0p940fJ1AAAAG3N0aXRjaC10ZXN0LWVkMjU1MTlAZXhhbXBsZQEC\n"
    "-----END OPENSSH PRIVATE KEY-----\n";

const char kPemRsaPrivate[] = "-----BEGIN RSA PRIVATE KEY-----\n"
                              "MIIEpAIBAAKCAQEAkkGx+Ss6349C1xPpLjVONZ/RdZg4Mo6HJdCKG9CDyoPTW3xs\n"
                              "JzVW/zLcX/pgxD6CEm4cp7mcr5EdvbkOaSyESf3YcSRVXdlAN9Zf9g2QkpU3qQ2l\n"
                              "ZfHaobZClq7i2MpS/K/9Y0DA5/aYd/SN0KfHPJy/lfROvQ+vCo6UBJ0pF7s9Rtk9\n"
                              "1mn2yTjJoQoXTObB1fd7DXGpnCIzcsLDvsOavUMAxlfu81RHJuc6Cj0Hz+EMkeOy\n"
                              "DBuUe4EEkuJdkLBA+eB2nSchC7tlk8pEGIMmCdXR9L/BJLCIKBK44s59leuKjbES\n"
                              "FCEXGzQ9EEeqCVh38uSzo2dYukSWjR1zxwSD6QIDAQABAoIBAA3ld3Zs+mSLogNG\n"
                              "gIhwulqGmCoor7PaB/kUH4ACDiubqxhzseEBBLmUFXOtgF+h1gEDSYfqlZRQepEJ\n"
                              "64noF8+uv0+mVWtPCfaxBAaG0zg71k4i0X0zGOqP8ABaMIwxn4Ej0mfWTlEb6vCA\n"
                              "bq/aT46XEO47ofZjuzMKr5sUON3PIOL7D78AcpWTnZAJxOi6TwGVGbLhst18cpCN\n"
                              "LyAm7C220rPiCJPmaYXnnIQdAqt7qk8y6ZB5/oaRZG+B1uPlZd9G4Zs1YIXaTH03\n"
                              "9KQC8u8Njl1rqLK/kH5yKgvbKUKEkgqke7UYv1zy2s/cowDci4RaMNSPJwvzMfii\n"
                              "tw5uhXMCgYEAxndQGBw+tVetqtaxJT0WHGZJDRaoZhBSOIxKAI7/TLqG/Kvl9ti6\n"
                              "MCX8kxtXWD03rOMdYZSEIHMRpNT4ebYogIBxLKQ/x1p3dUkXVXNwra0YfoCqWGef\n"
                              "PV2GnwBbnSdjtJaKwtLvQyCnQRS+YQB95wDG2ph73mrogq7ihk+1PZsCgYEAvKfI\n"
                              "WQDpGlyMLenOFGxbd7IKNnavgVq+qm6RFMN3vZ2j3LBkLX6fo5bc4PQWq+GdnKhG\n"
                              "IxJhOwlyF2KEyJYz5JvSmpGNldJRiWiOhWIUpbE1ZZW0OUyWN7onTqi9VXlnSgUS\n"
                              "wCYewxC/D26T7S6ty9F0+iK+ssocKgJ8xMrFnssCgYEAjM3ZZUGku8OY0ru+skzE\n"
                              "gyGOclrA3qh1rOjbF8pcFnO/kUPjw12/uqk4qKWdMl08Qsxe6/wSQXNh8S+nmbJC\n"
                              "yehWYvWkyirE1dElXNqp9o338sgWEuJxd3gDKot2c+ieNGEZ0V8VoOppvyKYbvmK\n"
                              "WXmTm0LTntj6XLz2uZOTYkECgYAEabRRCKlrOXD5/fcZGTPGh/6fKYWPdAzztaRl\n"
                              "JPFfGRnlJqchPU4EqJnAFVWWba+fI3yIg3yMwfrOOzq56nGKTm7NuMvkDkhj+3Mi\n"
                              "AZpUCeIi3y6ZDIaTBSK4P1A2eKGG5Ll8jye3DmQ5uy9wo9/i3aJr23Y0fm/MN8St\n"
                              "YcTfowKBgQCkKkTZ2RQetCm6m1BIEQpOj+7OVy9Tm5oKs/99pNRj089Y/ESZvAvg\n"
                              "jfbln82jnuZokJmLYWtLelYatJp+9qNQ/xFq62b/sA/MmQcXu8GKwvqI/ybVOSHQ\n"
                              "dgNEEsbrxPI0JP3VPYJnwA83QCeYPmophmMLm10ifjoB6cb31piF6w==\n"
                              "-----END RSA PRIVATE KEY-----\n";

const char kPemEcPrivate[] = "-----BEGIN EC PRIVATE KEY-----\n"
                             "MHcCAQEEIFQs0ML4goKWD32Xk+w+mRDavqDbcPOpLwcHOxMu6l91oAoGCCqGSM49\n"
                             "AwEHoUQDQgAEtHBlxSY9y9tK9XQKK3NdlPkd7gD1htQSCcHGOUGn/tvndKoNuDZX\n"
                             "ihXucSkscL331zZp1fJxYsG3Hw0QNTOGEQ==\n"
                             "-----END EC PRIVATE KEY-----\n";

const char kPemDsaPrivate[] = "-----BEGIN DSA PRIVATE KEY-----\n"
                              "MIIBugIBAAKBgQDXgIK/NJ4qvkZl942rSiudyO9tjk9Ta7E+0QFhgOxKJLVRxkkS\n"
                              "u6+nxvKuNCvu+uspUJzxZQRgMQcVH8Lf0rpbqKRzGIsdBXtmLoAPJ7hIC4iXdfbS\n"
                              "gDCqw+PWBWuZ8/Bltt5j0As5E9vt77Vzv+vJuOvpsVI17hHzbU5Dq4WyKwIVAIeD\n"
                              "RRQ4jTypCZqHiiSItGDU64FhAoGAPvjlE6GXdEFurj+QYXmsd9228PXCvhWAzHGQ\n"
                              "ICR46k2TdxXWUwjnPbwXUtOFUUiEKczx4v1Mz0eFD8yfJMS7U6JT6Yn9kOU6w5rJ\n"
                              "cOe8aePp+SLBXhQl2hR3zbICl8Rynprm3/5LoC4E1WnnF3+VXSwuK9QLDcgy5Zbg\n"
                              "H0jZUbcCgYALnI4AC2+zBstHXmopQ5+HgrZrZxGbQfIemDWcrKgQkgOgzNPpXQU2\n"
                              "qaoBvFdVQUZ2UWDqel7Y/ppTMhuWwMm+qbv6lLksn6A/z+AhmBbJ2GXRKPiyFDwI\n"
                              "0CcLOxCDKuSi7UDbs9i8jvxjNS/Mrd4J9iaWbSq3xifLLJ2pu0cPcQIUHkCGXf/8\n"
                              "YAnPfER8d5rmmNWn+pQ=\n"
                              "-----END DSA PRIVATE KEY-----\n";

const char kPkcs8Private[] = "-----BEGIN PRIVATE KEY-----\n"
                             "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgIr/CZkLvAj9Ap9wL\n"
                             "4gJ67B6qQ/sXQiZsrVNFtpksVKOhRANCAAThRcYA2gho72aJqDxF6xYlxdDHojYA\n"
                             "Uf/ugqcp9M4eGzdRDhucXyrwlVFFaWogOLYSKIMLIDIE9dr9dYXDjcK8\n"
                             "-----END PRIVATE KEY-----\n";

const char kPkcs8EncryptedPrivate[] =
    "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
    "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiu9ZCF5CEl1QICCAAw\n"
    "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEAQIEEFPiuMLh3KV179GImTlgDe0EgZCs\n"
    "pfndZhPIg4+mUPNrujdXnPC19f1FbcP2oaTuDEQZ8PrSK3czbQ06L0hEIYy05JN9\n"
    "1mZbEDvPd9kx1wr/26wIUHUEhvpp/gSNjv1l+AGFIdB/ie6ghO2rGW+C7QaUsmVF\n"
    "d2VW/QqhKSPJv8f3JyD0fHzsIdi/fFwAx52hpSuHodGxy76R1+lDqOcZeJsR5g0=\n"
    "-----END ENCRYPTED PRIVATE KEY-----\n";

bool isKeyData(const QString &piece)
{
    for (QChar c : piece) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('+') && c != QLatin1Char('/') &&
            c != QLatin1Char('='))
            return false;
    }
    return true;
}

// No 12-character piece of any line of the pasted text may appear in the error; for public
// keys only pieces of key data count (the type name may be quoted).
void expectNothingQuoted(const Error &error, const QString &pasted, bool onlyKeyData = false)
{
    const QString all =
        error.message + QLatin1Char('\n') + error.fix + QLatin1Char('\n') + error.detail;
    for (const QString &line : pasted.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        for (qsizetype i = 0; i + 12 <= trimmed.size(); ++i) {
            const QString piece = trimmed.mid(i, 12);
            if (onlyKeyData && !isKeyData(piece))
                continue;
            ASSERT_FALSE(all.contains(piece)) << piece.toStdString();
        }
    }
}

} // namespace

TEST(PublicKey, RejectsBadInput)
{
    const QString ed = qs(kEd25519);
    const QByteArray edBlob = blobOf(kEd25519);
    const QByteArray edKey = edBlob.right(32);
    const QByteArray rsaBlob = blobOf(kRsa2048);
    const QString rsaB64 = base64Of(kRsa2048);

    // Last base64 character before the padding changed so that stray bits are set.
    QString strayBits = qs(kEcdsa256);
    strayBits.replace(QStringLiteral("MZ0="), QStringLiteral("MZ1="));

    QByteArray negativeModulus = wireString("ssh-rsa") + wireString("\x01\x00\x01");
    negativeModulus += wireString(QByteArray(256, '\xC5'));

    struct Case
    {
        const char *name;
        QString text;
        ErrorCode code;
    };
    const std::vector<Case> cases = {
        {"nothing", QString(), ErrorCode::KeyEmpty},
        {"blanks", QStringLiteral(" \r\n\t "), ErrorCode::KeyEmpty},
        {"empty quotes", QStringLiteral(" \"\" "), ErrorCode::KeyEmpty},
        {"type only", QStringLiteral("ssh-ed25519"), ErrorCode::KeyMalformed},
        {"type and comment only", QStringLiteral("ssh-ed25519 my-key"), ErrorCode::KeyMalformed},
        {"truncated base64", ed.left(40), ErrorCode::KeyMalformed},
        {"truncated base64 with comment", ed.left(60) + QStringLiteral(" user@host"),
         ErrorCode::KeyMalformed},
        {"truncated RSA", QStringLiteral("ssh-rsa ") + rsaB64.left(rsaB64.size() - 8),
         ErrorCode::KeyMalformed},
        {"invalid character", QString(ed).replace(20, 1, QLatin1Char('*')),
         ErrorCode::KeyMalformed},
        {"invalid character in second line",
         QStringLiteral("ssh-rsa ") + rsaB64.left(64) + QLatin1Char('\n') + rsaB64.mid(64, 10) +
             QLatin1Char('!') + rsaB64.mid(74),
         ErrorCode::KeyMalformed},
        {"stray bits", strayBits, ErrorCode::KeyMalformed},
        {"wrong inner type", keyText("ssh-rsa", edBlob), ErrorCode::KeyMalformed},
        {"wrong ecdsa size", keyText("ecdsa-sha2-nistp384", blobOf(kEcdsa256)),
         ErrorCode::KeyMalformed},
        {"curve name mismatch",
         keyText("ecdsa-sha2-nistp256", wireString("ecdsa-sha2-nistp256") + wireString("nistp384") +
                                            wireString(p256Point())),
         ErrorCode::KeyMalformed},
        {"ecdsa point too short",
         keyText("ecdsa-sha2-nistp256", wireString("ecdsa-sha2-nistp256") + wireString("nistp256") +
                                            wireString(p256Point().left(64))),
         ErrorCode::KeyMalformed},
        {"ed25519 key 31 bytes",
         keyText("ssh-ed25519", wireString("ssh-ed25519") + wireString(edKey.left(31))),
         ErrorCode::KeyMalformed},
        {"extra bytes after the key", keyText("ssh-ed25519", edBlob + wireString("x")),
         ErrorCode::KeyMalformed},
        {"negative RSA modulus", keyText("ssh-rsa", negativeModulus), ErrorCode::KeyMalformed},
        {"impossible type length", QStringLiteral("ssh-ed25519 ////") + base64Of(kEd25519).mid(4),
         ErrorCode::KeyMalformed},
        {"sk without application",
         keyText("sk-ssh-ed25519@openssh.com",
                 wireString("sk-ssh-ed25519@openssh.com") + wireString(edKey)),
         ErrorCode::KeyMalformed},
        {"ssh-dss", qs(kDsa), ErrorCode::KeyTypeUnsupported},
        {"rsa-1024", qs(kRsa1024), ErrorCode::KeyTooWeak},
        {"unknown type", keyText("ssh-ed448", edBlob), ErrorCode::KeyTypeUnsupported},
        {"certificate", keyText("ssh-ed25519-cert-v01@openssh.com", edBlob),
         ErrorCode::KeyTypeUnsupported},
        {"signature algorithm instead of key type", keyText("rsa-sha2-512", rsaBlob),
         ErrorCode::KeyTypeUnsupported},
        {"options prefix", QStringLiteral("restrict,command=\"echo hi there\" ") + ed,
         ErrorCode::KeyMalformed},
        {"no-pty prefix", QStringLiteral("no-pty ") + ed, ErrorCode::KeyMalformed},
        {"from prefix", QStringLiteral("from=\"10.0.0.0/8\" ") + qs(kRsa2048),
         ErrorCode::KeyMalformed},
        {"known_hosts line", QStringLiteral("db.example.com ") + ed, ErrorCode::KeyMalformed},
        {"two keys on two lines", ed + QLatin1Char('\n') + qs(kRsa2048), ErrorCode::KeyMalformed},
        {"two keys without comments",
         keyText("ssh-ed25519", edBlob) + QLatin1Char(' ') + keyText("ssh-rsa", rsaBlob),
         ErrorCode::KeyMalformed},
        {"two RFC 4716 blocks", qs(kEd25519Rfc4716) + qs(kRsa3072Rfc4716), ErrorCode::KeyMalformed},
        {"line then RFC 4716 block", ed + QLatin1Char('\n') + qs(kRsa3072Rfc4716),
         ErrorCode::KeyMalformed},
        {"RFC 4716 without END", qs(kRsa3072Rfc4716).section(QStringLiteral("---- END"), 0, 0),
         ErrorCode::KeyMalformed},
        {"RFC 4716 body cut",
         qs(kRsa3072Rfc4716)
             .replace(QStringLiteral("8+/9Apja7Az1R5FbJlANg8UpUxFQ1SyHtwNgVFjOeHRxm5wX"
                                     "fwHQ0=\n"),
                      QString()),
         ErrorCode::KeyMalformed},
        {"RFC 4716 with DSA",
         QStringLiteral("---- BEGIN SSH2 PUBLIC KEY ----\n") + base64Of(kDsa) +
             QStringLiteral("\n---- END SSH2 PUBLIC KEY ----"),
         ErrorCode::KeyTypeUnsupported},
        {"RFC 4716 with RSA 1024",
         QStringLiteral("---- BEGIN SSH2 PUBLIC KEY ----\n") + base64Of(kRsa1024) +
             QStringLiteral("\n---- END SSH2 PUBLIC KEY ----"),
         ErrorCode::KeyTooWeak},
        {"base64 without type", base64Of(kEd25519), ErrorCode::KeyMalformed},
        {"prose", QStringLiteral("please find the key attached"), ErrorCode::KeyMalformed},
        {"fingerprint instead of key", qs(kEd25519Fingerprint), ErrorCode::KeyMalformed},
        {"far too long", QStringLiteral("ssh-rsa ") + QString(100000, QLatin1Char('A')),
         ErrorCode::KeyMalformed},
    };
    ASSERT_GE(cases.size(), 20u);
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const auto key = parsePublicKey(c.text);
        ASSERT_FALSE(key.ok());
        EXPECT_EQ(errorCodeName(key.error().code), errorCodeName(c.code))
            << key.error().oneLine().toStdString();
        EXPECT_FALSE(key.error().message.isEmpty());
        EXPECT_FALSE(key.error().fix.isEmpty());
        expectNothingQuoted(key.error(), c.text, true);
    }
}

TEST(PublicKey, MismatchedTypeSaysTheTextWasAltered)
{
    const auto key = parsePublicKey(keyText("ssh-rsa", blobOf(kEd25519)));
    ASSERT_FALSE(key.ok());
    EXPECT_TRUE(key.error().message.contains(QLatin1String("altered or mixed up")))
        << key.error().message.toStdString();
}

TEST(PublicKey, RejectsBlobTruncatedAnywhere)
{
    struct Case
    {
        const char *type;
        QByteArray blob;
    };
    const std::vector<Case> cases = {
        {"ssh-ed25519", blobOf(kEd25519)},
        {"ecdsa-sha2-nistp256", blobOf(kEcdsa256)},
        {"ecdsa-sha2-nistp521", blobOf(kEcdsa521)},
        {"ssh-rsa", blobOf(kRsa2048)},
        {"sk-ssh-ed25519@openssh.com", skEd25519Blob()},
        {"sk-ecdsa-sha2-nistp256@openssh.com", skEcdsaBlob()},
    };
    for (const Case &c : cases) {
        ASSERT_TRUE(parsePublicKey(keyText(c.type, c.blob)).ok()) << c.type;
        for (qsizetype length = 1; length < c.blob.size(); ++length) {
            SCOPED_TRACE(std::string(c.type) + " cut at " + std::to_string(length));
            const auto key = parsePublicKey(keyText(c.type, c.blob.left(length), "comment"));
            ASSERT_FALSE(key.ok());
            EXPECT_EQ(key.error().code, ErrorCode::KeyMalformed);
        }
    }
}

TEST(PublicKey, RefusesPrivateKeysWithoutQuotingThem)
{
    const char kPuttyPrivate[] =
        "PuTTY-User-Key-File-3: ssh-ed25519\n"
        "Encryption: none\n"
        "Comment: eddsa-key-20240101\n"
        "Public-Lines: 2\n"
        "AAAAC3NzaC1lZDI1NTE5AAAAIEJpIyGQysJFcYYWBHR4XE7/6uuxKKkrbhaH0p94\n"
        "0fJ1\n"
        "Private-Lines: 1\n"
        "AAAAIA6uJPp9hjOxJ6Udti92TvDXM4qmmXHOVUSwWQAsMmCdZmFrZW1hdGVyaWFs\n"
        "Private-MAC: 2a1d2d0f3fa5b8ce2c1b2ad13a6c1e5c8f7a2b3c4d5e6f708192a3b4c5d6e7f8\n";
    const char kPuttyV2Header[] = "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: aes256-cbc\n";
    const QString opensshBody =
        qs(kOpenSshPrivate).section(QLatin1Char('\n'), 1, -3); // without BEGIN/END lines
    struct Case
    {
        const char *name;
        QString text;
    };
    const std::vector<Case> cases = {
        {"OpenSSH", qs(kOpenSshPrivate)},
        {"OpenSSH in quotes with CRLF",
         QLatin1Char('"') + qs(kOpenSshPrivate).replace(QLatin1Char('\n'), QStringLiteral("\r\n")) +
             QLatin1Char('"')},
        {"OpenSSH body without header", opensshBody},
        {"PEM RSA", qs(kPemRsaPrivate)},
        {"PEM EC", qs(kPemEcPrivate)},
        {"PEM DSA", qs(kPemDsaPrivate)},
        {"PKCS#8", qs(kPkcs8Private)},
        {"PKCS#8 encrypted", qs(kPkcs8EncryptedPrivate)},
        {"PuTTY v3", qs(kPuttyPrivate)},
        {"PuTTY v2 header", qs(kPuttyV2Header)},
        {"ssh.com", QStringLiteral("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n"
                                   "Comment: \"key\"\n"
                                   "P2/56wAAAi4AAAA3aWYtbW9kbntzaWdue3JzYS1wa2NzMS1zaGExfSxl\n"
                                   "---- END SSH2 ENCRYPTED PRIVATE KEY ----\n")},
        {"public key followed by private key",
         qs(kEd25519) + QLatin1Char('\n') + qs(kOpenSshPrivate)},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_TRUE(looksLikePrivateKey(c.text));
        const auto key = parsePublicKey(c.text);
        ASSERT_FALSE(key.ok());
        EXPECT_EQ(key.error().code, ErrorCode::PrivateKeyGiven);
        EXPECT_TRUE(key.error().message.contains(QLatin1String("PRIVATE")));
        EXPECT_TRUE(key.error().message.contains(QLatin1String("PUBLIC")));
        EXPECT_TRUE(key.error().fix.contains(QLatin1String("Stitch")));
        expectNothingQuoted(key.error(), c.text);
    }
}
