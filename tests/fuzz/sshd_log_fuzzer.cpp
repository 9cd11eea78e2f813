// Fuzzes parseSshdLog() and the words made of it: sshd's log lines as `stitch-tunnel watch`
// reads them from the server, where any local account can put text in them (a user name, a
// client's version string) and a compromised server all of it.

#include "fuzz_support.h"
#include "setup/sshd_log.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch::setup;
    const QStringList lines = QString::fromUtf8(fuzz::bytes(data, size)).split(QLatin1Char('\n'));
    const QVector<StitchAttempt> attempts = parseSshdLog(lines);
    FUZZ_CHECK(attempts.size() <= lines.size());
    WatchFacts facts;
    facts.tunnelUser = QStringLiteral("stitch");
    facts.keyFingerprint = QStringLiteral("SHA256:abc");
    facts.databaseTarget = QStringLiteral("10.0.1.5:5432");
    facts.logSource = QStringLiteral("journald");
    facts.logLevel = QStringLiteral("VERBOSE");
    facts.addresses = {QStringLiteral("52.23.137.21")};
    facts.sshPort = QStringLiteral("22");
    facts.durationMs = 10 * 60 * 1000;
    for (const StitchAttempt &a : attempts) {
        FUZZ_CHECK(!a.gotIn() || a.accepted);
        FUZZ_CHECK(!attemptSummary(a, facts).isEmpty());
    }
    for (const stitch::Finding &f : watchFindings(attempts, facts, true))
        FUZZ_CHECK(!f.code.isEmpty() && !f.message.isEmpty());
    return 0;
}
