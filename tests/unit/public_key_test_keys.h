#pragma once

// The keys and key builders the public key tests share: throwaway public keys in both pasted
// forms (OpenSSH line, RFC 4716 block), and helpers that build key data by hand.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace public_key_test {

// Throwaway keys made with `ssh-keygen -t ... -C stitch-test-...@example` for these tests only.
// ssh-keygen -lf: 256 SHA256:Cx/uxjAcjtIxiLsWNUW11S+YiNUeClvbq/ZwIjEEh+Q
// stitch-test-ed25519@example (ED25519)
inline constexpr char kEd25519[] =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEJpIyGQysJFcYYWBHR4XE7/6uuxKKkrbhaH0p940fJ1 stitch-"
    "test-ed25519@example";
inline constexpr char kEd25519Fingerprint[] = "SHA256:Cx/uxjAcjtIxiLsWNUW11S+YiNUeClvbq/ZwIjEEh+Q";

// ssh-keygen -lf: 256 SHA256:8Ex29xqmn29OkFcOunEBpltL6SycMK1MCJpw5hL02lo
// stitch-test-ecdsa256@example (ECDSA)
inline constexpr char kEcdsa256[] =
    "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHF/2CSncsRdBc74"
    "Za/gEBkCI/xJNSsSpdXEwaT8oUqRQAKVjmlhUzaDpdN9NoSICIma8vkzUmxOFpKTGrkHMZ0= stitch-test-ecd"
    "sa256@example";
inline constexpr char kEcdsa256Fingerprint[] = "SHA256:8Ex29xqmn29OkFcOunEBpltL6SycMK1MCJpw5hL02lo";

// ssh-keygen -lf: 384 SHA256:z/7GXoE/ZViW/5DMoM5DkrUzR1/GlG9VxCCujP1PJNY
// stitch-test-ecdsa384@example (ECDSA)
inline constexpr char kEcdsa384[] =
    "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBMc3IxRGpOtrTsjy"
    "sWWvSDo26t1hYooPEsl+iETZUWNjqJX03vzrTiQdJ0QVVZGKpk20uaOSdUKsMWj1MRjzhzEmqPlluhfH09d5eOEh"
    "Cl7X4hNCLprncVQPHcPMouWMZw== stitch-test-ecdsa384@example";
inline constexpr char kEcdsa384Fingerprint[] = "SHA256:z/7GXoE/ZViW/5DMoM5DkrUzR1/GlG9VxCCujP1PJNY";

// ssh-keygen -lf: 521 SHA256:Vd4FuqD5VzJjfxGCUne9PLo+oMIdBQRNajpod1Krefw
// stitch-test-ecdsa521@example (ECDSA)
inline constexpr char kEcdsa521[] =
    "ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBABlB5Tt6sgRtVv1"
    "sS9q1xrk3ef4aMhugVqxm82kKMbMSiEE3WJ6cs6pANbDdm/gUJfzQ/2/Sej7WIYDipkUaVIMQAGkGBu+8WC4tvvK"
    "Kcn2x9PW3IizTyCyBUZMYbtnmaIDFz6H5zomTNlFtNx3Bc4fyLEJpKg/TI8dkVQcAYWgo4oWgQ== stitch-test"
    "-ecdsa521@example";
inline constexpr char kEcdsa521Fingerprint[] = "SHA256:Vd4FuqD5VzJjfxGCUne9PLo+oMIdBQRNajpod1Krefw";

// ssh-keygen -lf: 2048 SHA256:b77Qi0CNXOTiM4g6co2HlkzyBACkcjtTxQOfsQnOOnY
// stitch-test-rsa2048@example (RSA)
inline constexpr char kRsa2048[] =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQD0j6qcE2nQx5i69WL76bdQZ7vt0gZ95e0OGp07MG5d5zGrU9ny"
    "JWB4aJpZioIBiLNdFvI/ozSL62xKuiHP9tJYWvazeIGnMZtfqZ/4LouiR1HvofqZkg4IvXlI9eMy+k06UuzaRet0"
    "P7wB80RreXo7v9y9MBp084BREShr1w9WHbtpvXoGErx13jcnxC5S6MF3pIApDTRtD1z/n58qJ9Zw+Le4gVlmqn62"
    "WSny9CPb5Kn5h1c+9iLoA8Tid1DC/ev5Eu6yvY6Ej4VFDjBfX6jVs3IJsqlnniCl6NJCBJwDNJzU1MLqlnRgPLmF"
    "4nCCvr1d0u6DTBT50b/bcKK/MaJl stitch-test-rsa2048@example";
inline constexpr char kRsa2048Fingerprint[] = "SHA256:b77Qi0CNXOTiM4g6co2HlkzyBACkcjtTxQOfsQnOOnY";

// ssh-keygen -lf: 3072 SHA256:/ip6WNUf/Mugb1ZXqUhnc7/1Vjl+Sl8zcVnQxWqR610
// stitch-test-rsa3072@example (RSA)
inline constexpr char kRsa3072[] =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQCTIt0+CbrIPiEjPASA6JMf+017V0pGgQEIJbQ9k55sAOsCNTx2"
    "X06JVy8bQVFe6b58Z3TCBKzl7Ak867F/Bj3O0bLHRFC1+vTivri45Bs4KQK8gyRml3Et+omGssi8v3d8l5x8P+4P"
    "h8EsK+Msoe7DF63a3j92RXwumpwaaOlWWVaOHGLc9ZdTROzPOZ6HYZ68AgKIiaiA82iGlxQbOB64PhRcybixWza7"
    "QwADzsF1I34wH2omb2XqYG2XD5l6EauViFqw4hvs3aB1ktSe7uTkbr1R8tfAlTXHh7tfOoY2N1G8TFJP6zQkZOxH"
    "gD9+wQhkck8KrbJcu6C+Cffa5acM5rC4VoWQvD8RVZoje0qqjtjZj073HaSzDdL11+qC/7jqtrKJliOFUOmLkP25"
    "BvWOhRf7QS/8uXui5O7XFR3zhb1FN8+hFKf4JjzTy/ySLNItgHntrgGPOP8+/9Apja7Az1R5FbJlANg8UpUxFQ1S"
    "yHtwNgVFjOeHRxm5wXfwHQ0= stitch-test-rsa3072@example";
inline constexpr char kRsa3072Fingerprint[] = "SHA256:/ip6WNUf/Mugb1ZXqUhnc7/1Vjl+Sl8zcVnQxWqR610";

// ssh-keygen -lf: 1024 SHA256:nHLIHp9REiB6VHUNg2jy8tei5RM4SMW/JTvUSj8wnv0
// stitch-test-rsa1024@example (RSA)
inline constexpr char kRsa1024[] =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCySF3xtBwFaQDfVBcFcHYH71JPRFPt/jky3NtWHpgC7zTJg57l"
    "UmC6y06yie65lIlPu8/z2OCaCkkx7IO5VpQuVncJ/UIiomQC86DlnC9pu10Mql/Jz/s1clgwzmknQ3Lva1pEB86B"
    "jlBDmRK775A8pomDNrg9h8OmkFpcs8Cu8w== stitch-test-rsa1024@example";
inline constexpr char kRsa1024Fingerprint[] = "SHA256:nHLIHp9REiB6VHUNg2jy8tei5RM4SMW/JTvUSj8wnv0";

// ssh-keygen -lf: 1024 SHA256:z6hys8FjWlgyMsoS+eImD0N2wnS3oOxtGZZf3WMKmG4 dsa (DSA)
inline constexpr char kDsa[] =
    "ssh-dss AAAAB3NzaC1kc3MAAACBAL66U8MJvWumzsxEkxDch27YTaJi8UOWacymbBUAf5qlo16yEjwv6hDkRamq"
    "5vTcb8eZ4jSBz5ZgyV44w5oeJYzogI4JAQFfwZNHPO/uVSeldr/fVAuAEHvFIo4yimFwtUTinFfSDxk8ksIZ5h+C"
    "keCJzMz28z4Gq6MmssJsERI7AAAAFQCZVM23d1Ck87FRe4vxf2S1HDiVOwAAAIB1eZJ6OeHNEZO7dWyoEIinn1TQ"
    "kiRnDpShytziEAmQTYsV5sen0Nh/qBoXmWsRJlQBR43IovwfHwicifbYyNXqzZYU4dN/Mrupb6h0boeuUHqeaP3U"
    "zGfROngrirNMF48gsC8kQzzp5RSznIwT4qiT8XSGfoXqzi+4ia5gFLd9gAAAAIEAsCI4SZvskgkTHsMii7yv/5vt"
    "DxTKDlT9Kab6d43X+tpPJ0R9N3e/BUTKmlWZB4lHbtysGm5m4V37E6oS7bO4ss0axgom9m02dTZjKCxhHlYtTas2"
    "5wNrvF45fHuRfD3DUy85DFangNkT1rP/dJH7E/vdU4692a6CGm0X4XEZ2mk= dsa";
inline constexpr char kDsaFingerprint[] = "SHA256:z6hys8FjWlgyMsoS+eImD0N2wnS3oOxtGZZf3WMKmG4";

inline constexpr char kRsa3072Rfc4716[] =
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

inline constexpr char kEd25519Rfc4716[] =
    "---- BEGIN SSH2 PUBLIC KEY ----\n"
    "Comment: \"256-bit ED25519, converted by root@vm from OpenSSH\"\n"
    "AAAAC3NzaC1lZDI1NTE5AAAAIEJpIyGQysJFcYYWBHR4XE7/6uuxKKkrbhaH0p940fJ1\n"
    "---- END SSH2 PUBLIC KEY ----\n";

inline QString qs(const char *text)
{
    return QString::fromLatin1(text);
}

inline QByteArray wireString(const QByteArray &data)
{
    QByteArray out(4, '\0');
    const auto size = static_cast<quint32>(data.size());
    out[0] = static_cast<char>(size >> 24);
    out[1] = static_cast<char>((size >> 16) & 0xFF);
    out[2] = static_cast<char>((size >> 8) & 0xFF);
    out[3] = static_cast<char>(size & 0xFF);
    return out + data;
}

inline QString keyText(const char *type, const QByteArray &blob, const char *comment = "")
{
    QString text = qs(type) + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
    if (*comment != '\0')
        text += QLatin1Char(' ') + qs(comment);
    return text;
}

// The blob of one of the OpenSSH lines above.
inline QByteArray blobOf(const char *line)
{
    return QByteArray::fromBase64(qs(line).split(QLatin1Char(' ')).at(1).toLatin1());
}

inline QString base64Of(const char *line)
{
    return qs(line).split(QLatin1Char(' ')).at(1);
}

// Uncompressed P-256 point of kEcdsa256 (0x04 || X || Y).
inline QByteArray p256Point()
{
    return QByteArray::fromHex("04717fd824a772c45d05cef865afe010190223fc49352b12a5d5c4c1a4fca14a9"
                               "14002958e6961533683a5d37d36848808899af2f933526c4e1692931ab907319d");
}

inline QByteArray skEd25519Blob()
{
    QByteArray key;
    for (char i = 0; i < 32; ++i)
        key += i;
    return wireString("sk-ssh-ed25519@openssh.com") + wireString(key) + wireString("ssh:");
}

inline QByteArray skEcdsaBlob()
{
    return wireString("sk-ecdsa-sha2-nistp256@openssh.com") + wireString("nistp256") +
           wireString(p256Point()) + wireString("ssh:");
}

} // namespace public_key_test
