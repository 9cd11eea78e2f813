// Fuzzes the public key parser: whatever people paste (OpenSSH lines, RFC 4716 blocks, private
// keys by mistake) must never crash it, and an accepted key must survive a round trip through
// authorizedKeysLine() unchanged (the setup file and authorized_keys store that line).

#include "fuzz_support.h"
#include "keys/public_key.h"
#include "ssh/fingerprint.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch;
    const QString text = fuzz::text(data, size);
    const bool privateKey = keys::looksLikePrivateKey(text);
    const Result<keys::PublicKeyInfo> r = keys::parsePublicKey(text);
    if (privateKey)
        FUZZ_CHECK(!r.ok() && r.error().code == ErrorCode::PrivateKeyGiven);
    if (!r.ok()) {
        FUZZ_CHECK(!r.error().message.isEmpty() && !r.error().fix.isEmpty());
        return 0;
    }

    const keys::PublicKeyInfo &key = r.value();
    FUZZ_CHECK(key.base64 == QString::fromLatin1(key.blob.toBase64()));
    FUZZ_CHECK(key.fingerprint == ssh::sha256Fingerprint(key.blob));
    FUZZ_CHECK(key.bits >= 256 && key.bits <= 16384);
    FUZZ_CHECK(key.type != QLatin1String("ssh-rsa") || key.bits >= 2048);
    FUZZ_CHECK(!fuzz::hasControlCharacter(key.comment));
    FUZZ_CHECK(key.comment == key.comment.simplified());

    const QString line = key.authorizedKeysLine();
    FUZZ_CHECK(!fuzz::hasControlCharacter(line));
    FUZZ_CHECK(!keys::looksLikePrivateKey(line));
    const Result<keys::PublicKeyInfo> again = keys::parsePublicKey(line);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->type == key.type && again->bits == key.bits);
    FUZZ_CHECK(again->fingerprint == key.fingerprint && again->blob == key.blob);
    FUZZ_CHECK(again->comment == key.comment);
    FUZZ_CHECK(again->authorizedKeysLine() == line);
    return 0;
}
