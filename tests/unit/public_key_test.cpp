#include "keys/public_key.h"
#include "ssh/fingerprint.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace stitch;
using namespace stitch::keys;

namespace {

// Throwaway keys made with `ssh-keygen -t ... -C stitch-test-...@example` for these tests only.
// ssh-keygen -lf: 256 SHA256:Cx/uxjAcjtIxiLsWNUW11S+YiNUeClvbq/ZwIjEEh+Q
// stitch-test-ed25519@example (ED25519)
const char kEd25519[] =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEJpIyGQysJFcYYWBHR4XE7/6uuxKKkrbhaH0p940fJ1 stitch-"
    "test-ed25519@example";
const char kEd25519Fingerprint[] = "SHA256:Cx/uxjAcjtIxiLsWNUW11S+YiNUeClvbq/ZwIjEEh+Q";

// ssh-keygen -lf: 256 SHA256:8Ex29xqmn29OkFcOunEBpltL6SycMK1MCJpw5hL02lo
// stitch-test-ecdsa256@example (ECDSA)
const char kEcdsa256[] =
    "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHF/2CSncsRdBc74"
    "Za/gEBkCI/xJNSsSpdXEwaT8oUqRQAKVjmlhUzaDpdN9NoSICIma8vkzUmxOFpKTGrkHMZ0= stitch-test-ecd"
    "sa256@example";
const char kEcdsa256Fingerprint[] = "SHA256:8Ex29xqmn29OkFcOunEBpltL6SycMK1MCJpw5hL02lo";

// ssh-keygen -lf: 384 SHA256:z/7GXoE/ZViW/5DMoM5DkrUzR1/GlG9VxCCujP1PJNY
// stitch-test-ecdsa384@example (ECDSA)
const char kEcdsa384[] =
    "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBMc3IxRGpOtrTsjy"
    "sWWvSDo26t1hYooPEsl+iETZUWNjqJX03vzrTiQdJ0QVVZGKpk20uaOSdUKsMWj1MRjzhzEmqPlluhfH09d5eOEh"
    "Cl7X4hNCLprncVQPHcPMouWMZw== stitch-test-ecdsa384@example";
const char kEcdsa384Fingerprint[] = "SHA256:z/7GXoE/ZViW/5DMoM5DkrUzR1/GlG9VxCCujP1PJNY";

// ssh-keygen -lf: 521 SHA256:Vd4FuqD5VzJjfxGCUne9PLo+oMIdBQRNajpod1Krefw
// stitch-test-ecdsa521@example (ECDSA)
const char kEcdsa521[] =
    "ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBABlB5Tt6sgRtVv1"
    "sS9q1xrk3ef4aMhugVqxm82kKMbMSiEE3WJ6cs6pANbDdm/gUJfzQ/2/Sej7WIYDipkUaVIMQAGkGBu+8WC4tvvK"
    "Kcn2x9PW3IizTyCyBUZMYbtnmaIDFz6H5zomTNlFtNx3Bc4fyLEJpKg/TI8dkVQcAYWgo4oWgQ== stitch-test"
    "-ecdsa521@example";
const char kEcdsa521Fingerprint[] = "SHA256:Vd4FuqD5VzJjfxGCUne9PLo+oMIdBQRNajpod1Krefw";

// ssh-keygen -lf: 2048 SHA256:b77Qi0CNXOTiM4g6co2HlkzyBACkcjtTxQOfsQnOOnY
// stitch-test-rsa2048@example (RSA)
const char kRsa2048[] =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQD0j6qcE2nQx5i69WL76bdQZ7vt0gZ95e0OGp07MG5d5zGrU9ny"
    "JWB4aJpZioIBiLNdFvI/ozSL62xKuiHP9tJYWvazeIGnMZtfqZ/4LouiR1HvofqZkg4IvXlI9eMy+k06UuzaRet0"
    "P7wB80RreXo7v9y9MBp084BREShr1w9WHbtpvXoGErx13jcnxC5S6MF3pIApDTRtD1z/n58qJ9Zw+Le4gVlmqn62"
    "WSny9CPb5Kn5h1c+9iLoA8Tid1DC/ev5Eu6yvY6Ej4VFDjBfX6jVs3IJsqlnniCl6NJCBJwDNJzU1MLqlnRgPLmF"
    "4nCCvr1d0u6DTBT50b/bcKK/MaJl stitch-test-rsa2048@example";
const char kRsa2048Fingerprint[] = "SHA256:b77Qi0CNXOTiM4g6co2HlkzyBACkcjtTxQOfsQnOOnY";

// ssh-keygen -lf: 3072 SHA256:/ip6WNUf/Mugb1ZXqUhnc7/1Vjl+Sl8zcVnQxWqR610
// stitch-test-rsa3072@example (RSA)
const char kRsa3072[] =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQCTIt0+CbrIPiEjPASA6JMf+017V0pGgQEIJbQ9k55sAOsCNTx2"
    "X06JVy8bQVFe6b58Z3TCBKzl7Ak867F/Bj3O0bLHRFC1+vTivri45Bs4KQK8gyRml3Et+omGssi8v3d8l5x8P+4P"
    "h8EsK+Msoe7DF63a3j92RXwumpwaaOlWWVaOHGLc9ZdTROzPOZ6HYZ68AgKIiaiA82iGlxQbOB64PhRcybixWza7"
    "QwADzsF1I34wH2omb2XqYG2XD5l6EauViFqw4hvs3aB1ktSe7uTkbr1R8tfAlTXHh7tfOoY2N1G8TFJP6zQkZOxH"
    "gD9+wQhkck8KrbJcu6C+Cffa5acM5rC4VoWQvD8RVZoje0qqjtjZj073HaSzDdL11+qC/7jqtrKJliOFUOmLkP25"
    "BvWOhRf7QS/8uXui5O7XFR3zhb1FN8+hFKf4JjzTy/ySLNItgHntrgGPOP8+/9Apja7Az1R5FbJlANg8UpUxFQ1S"
    "yHtwNgVFjOeHRxm5wXfwHQ0= stitch-test-rsa3072@example";
const char kRsa3072Fingerprint[] = "SHA256:/ip6WNUf/Mugb1ZXqUhnc7/1Vjl+Sl8zcVnQxWqR610";

// ssh-keygen -lf: 1024 SHA256:nHLIHp9REiB6VHUNg2jy8tei5RM4SMW/JTvUSj8wnv0
// stitch-test-rsa1024@example (RSA)
const char kRsa1024[] =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCySF3xtBwFaQDfVBcFcHYH71JPRFPt/jky3NtWHpgC7zTJg57l"
    "UmC6y06yie65lIlPu8/z2OCaCkkx7IO5VpQuVncJ/UIiomQC86DlnC9pu10Mql/Jz/s1clgwzmknQ3Lva1pEB86B"
    "jlBDmRK775A8pomDNrg9h8OmkFpcs8Cu8w== stitch-test-rsa1024@example";
const char kRsa1024Fingerprint[] = "SHA256:nHLIHp9REiB6VHUNg2jy8tei5RM4SMW/JTvUSj8wnv0";

// ssh-keygen -lf: 1024 SHA256:z6hys8FjWlgyMsoS+eImD0N2wnS3oOxtGZZf3WMKmG4 dsa (DSA)
const char kDsa[] =
    "ssh-dss AAAAB3NzaC1kc3MAAACBAL66U8MJvWumzsxEkxDch27YTaJi8UOWacymbBUAf5qlo16yEjwv6hDkRamq"
    "5vTcb8eZ4jSBz5ZgyV44w5oeJYzogI4JAQFfwZNHPO/uVSeldr/fVAuAEHvFIo4yimFwtUTinFfSDxk8ksIZ5h+C"
    "keCJzMz28z4Gq6MmssJsERI7AAAAFQCZVM23d1Ck87FRe4vxf2S1HDiVOwAAAIB1eZJ6OeHNEZO7dWyoEIinn1TQ"
    "kiRnDpShytziEAmQTYsV5sen0Nh/qBoXmWsRJlQBR43IovwfHwicifbYyNXqzZYU4dN/Mrupb6h0boeuUHqeaP3U"
    "zGfROngrirNMF48gsC8kQzzp5RSznIwT4qiT8XSGfoXqzi+4ia5gFLd9gAAAAIEAsCI4SZvskgkTHsMii7yv/5vt"
    "DxTKDlT9Kab6d43X+tpPJ0R9N3e/BUTKmlWZB4lHbtysGm5m4V37E6oS7bO4ss0axgom9m02dTZjKCxhHlYtTas2"
    "5wNrvF45fHuRfD3DUy85DFangNkT1rP/dJH7E/vdU4692a6CGm0X4XEZ2mk= dsa";
const char kDsaFingerprint[] = "SHA256:z6hys8FjWlgyMsoS+eImD0N2wnS3oOxtGZZf3WMKmG4";

const char kRsa3072Rfc4716[] =
    "---- BEGIN SSH2 PUBLIC KEY ----\n"
    "Comment: \"3072-bit RSA, converted by root@vm from OpenSSH\"\n"
    "AAAAB3NzaC1yc2EAAAADAQABAAABgQCTIt0+CbrIPiEjPASA6JMf+017V0pGgQEIJbQ9k5\n"
    "5sAOsCNTx2X06JVy8bQVFe6b58Z3TCBKzl7Ak867F/Bj3O0bLHRFC1+vTivri45Bs4KQK8\n"
    "gyRml3Et+omGssi8v3d8l5x8P+4Ph8EsK+Msoe7DF63a3j92RXwumpwaaOlWWVaOHGLc9Z\n"
    "dTROzPOZ6HYZ68AgKIiaiA82iGlxQbOB64PhRcybixWza7QwADzsF1I34wH2omb2XqYG2X\n"
    "D5l6EauViFqw4hvs3aB1ktSe7uTkbr1R8tfAlTXHh7tfOoY2N1G8TFJP6zQkZOxHgD9+wQ\n"
    "hkck8KrbJcu6C+Cffa5acM5rC4VoWQvD8RVZoje0qqjtjZj073HaSzDdL11+qC/7jqtrKJ\n"
    "liOFUOmLkP25BvWOhRf7QS/8uXui5O7XFR3zhb1FN8+hFKf4JjzTy/ySLNItgHntrgGPOP\n"
    "8+/9Apja7Az1R5FbJlANg8UpUxFQ1SyHtwNgVFjOeHRxm5wXfwHQ0=\n"
    "---- END SSH2 PUBLIC KEY ----\n";

const char kEd25519Rfc4716[] =
    "---- BEGIN SSH2 PUBLIC KEY ----\n"
    "Comment: \"256-bit ED25519, converted by root@vm from OpenSSH\"\n"
    "AAAAC3NzaC1lZDI1NTE5AAAAIEJpIyGQysJFcYYWBHR4XE7/6uuxKKkrbhaH0p940fJ1\n"
    "---- END SSH2 PUBLIC KEY ----\n";

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

QString qs(const char *text)
{
    return QString::fromLatin1(text);
}

QByteArray wireString(const QByteArray &data)
{
    QByteArray out(4, '\0');
    const auto size = static_cast<quint32>(data.size());
    out[0] = static_cast<char>(size >> 24);
    out[1] = static_cast<char>((size >> 16) & 0xFF);
    out[2] = static_cast<char>((size >> 8) & 0xFF);
    out[3] = static_cast<char>(size & 0xFF);
    return out + data;
}

QString keyText(const char *type, const QByteArray &blob, const char *comment = "")
{
    QString text = qs(type) + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
    if (*comment != '\0')
        text += QLatin1Char(' ') + qs(comment);
    return text;
}

// The blob of one of the OpenSSH lines above.
QByteArray blobOf(const char *line)
{
    return QByteArray::fromBase64(qs(line).split(QLatin1Char(' ')).at(1).toLatin1());
}

QString base64Of(const char *line)
{
    return qs(line).split(QLatin1Char(' ')).at(1);
}

// Uncompressed P-256 point of kEcdsa256 (0x04 || X || Y).
QByteArray p256Point()
{
    return QByteArray::fromHex("04717fd824a772c45d05cef865afe010190223fc49352b12a5d5c4c1a4fca14a9"
                               "14002958e6961533683a5d37d36848808899af2f933526c4e1692931ab907319d");
}

QByteArray skEd25519Blob()
{
    QByteArray key;
    for (char i = 0; i < 32; ++i)
        key += i;
    return wireString("sk-ssh-ed25519@openssh.com") + wireString(key) + wireString("ssh:");
}

QByteArray skEcdsaBlob()
{
    return wireString("sk-ecdsa-sha2-nistp256@openssh.com") + wireString("nistp256") +
           wireString(p256Point()) + wireString("ssh:");
}

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
