// Fuzzes setupFromJson(): setup files ("*.stitch-tunnel.json") come from support staff by mail
// or chat, so they are untrusted input. An accepted file must save (setupToJson) and load again
// to the same contents, which is what saveSetupFile() relies on.

#include "fuzz_support.h"
#include "session/setup_file.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch;
    const Result<SetupFileContents> r = setupFromJson(fuzz::bytes(data, size));
    if (!r.ok()) {
        FUZZ_CHECK(r.error().code == ErrorCode::InvalidInput && !r.error().message.isEmpty());
        return 0;
    }
    const SetupFileContents &c = r.value();
    const QByteArray saved = QJsonDocument(setupToJson(c.connection, c.choices, c.optIns))
                                 .toJson(QJsonDocument::Compact);
    const Result<SetupFileContents> again = setupFromJson(saved);
    FUZZ_CHECK(again.ok());
    const SetupChoices &a = again->choices;
    const SetupChoices &b = c.choices;
    FUZZ_CHECK(a.region == b.region && a.customCidrs == b.customCidrs);
    FUZZ_CHECK(a.isDestination == b.isDestination && a.databaseType == b.databaseType);
    FUZZ_CHECK(a.databaseHost == b.databaseHost && a.databasePort == b.databasePort);
    FUZZ_CHECK(a.publicKey == b.publicKey && a.tunnelUser == b.tunnelUser);
    const ssh::ConnectionSettings &x = again->connection;
    const ssh::ConnectionSettings &y = c.connection;
    FUZZ_CHECK(x.host == y.host && x.port == y.port && x.user == y.user);
    FUZZ_CHECK(x.authMethod == y.authMethod && x.identityFile == y.identityFile);
    FUZZ_CHECK(again->optIns == c.optIns);
    return 0;
}
