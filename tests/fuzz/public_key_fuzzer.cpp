#include "keys/public_key.h"
#include <cstdlib>
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto r = stitch::keys::parsePublicKey(text);
    if (r.ok()) {
        auto again = stitch::keys::parsePublicKey(r->authorizedKeysLine());
        if (!again.ok() || again->fingerprint != r->fingerprint || again->bits != r->bits)
            abort();
        if (r->authorizedKeysLine().contains(QLatin1Char('\n')))
            abort();
    }
    (void)stitch::keys::looksLikePrivateKey(text);
    return 0;
}
