// Fuzzes parseKnownHostKeys() with OpenSSH known_hosts text (plain names, "[host]:port" names,
// hashed "|1|salt|hash" names, markers, comments). The file is the user's own, but it is edited
// by other programs and by hand, so no line may crash the parser.

#include "fuzz_support.h"
#include "ssh/known_hosts.h"

#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch::ssh;
    static const std::pair<QString, quint16> hosts[] = {
        {QStringLiteral("plain.example"), 22},
        {QStringLiteral("plain.example"), 2222},
        {QStringLiteral("hashed.example"), 2200},
        {QStringLiteral("127.0.0.1"), 22},
        {QStringLiteral("::1"), 2222},
    };
    const QByteArray file = fuzz::bytes(data, size);
    const qsizetype lines = file.count('\n') + 1;
    for (const auto &[host, port] : hosts) {
        const std::vector<KnownHostKey> keys = parseKnownHostKeys(file, host, port);
        FUZZ_CHECK(static_cast<qsizetype>(keys.size()) <= lines);
        for (const KnownHostKey &key : keys) {
            FUZZ_CHECK(!key.keyType.isEmpty());
            FUZZ_CHECK(key.fingerprint.startsWith(QLatin1String("SHA256:")));
        }
    }
    return 0;
}
