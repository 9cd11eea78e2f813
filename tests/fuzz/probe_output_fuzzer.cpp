// Fuzzes parseProbeOutput(): the KEY=VALUE output of the read-only probe, which a compromised or
// odd server controls completely (base64 sections with sshd -T output, /etc/os-release and the
// firewall listing; passwd and stat lines). The findings built from those facts are computed as
// well, since they read the parsed fields (modes, AllowUsers globs, algorithm lists).

#include "fuzz_support.h"
#include "setup/server_facts.h"
#include "setup/step_checks.h"

#include <algorithm>

namespace {

stitch::setup::SetupPlan makePlan()
{
    stitch::setup::SetupPlan p;
    p.tunnelUser = QStringLiteral("stitch");
    p.stitchCidrs = {QStringLiteral("52.23.137.21/32"), QStringLiteral("52.204.223.208/32")};
    p.keyBlob =
        QStringLiteral("AAAAC3NzaC1lZDI1NTE5AAAAIGV0eWF1c3FpcW9rbWVqZ3NyY3l1bWx1d3V1bXhxZ3J6");
    p.sshPorts = {QStringLiteral("22"), QStringLiteral("2222")};
    p.databaseHost = QStringLiteral("localhost");
    p.databasePort = 5432;
    return p;
}

void checkStatus(const stitch::StepResult &r)
{
    bool anyFail = false;
    bool anyWarn = false;
    for (const stitch::Finding &f : r.findings) {
        FUZZ_CHECK(!f.code.isEmpty() && !f.message.isEmpty());
        anyFail = anyFail || f.severity == stitch::Severity::Fail;
        anyWarn = anyWarn || f.severity == stitch::Severity::Warn;
    }
    FUZZ_CHECK((r.status == stitch::StepStatus::Fail) == anyFail);
    FUZZ_CHECK(anyFail || (r.status == stitch::StepStatus::Warn) == anyWarn);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch::setup;
    static const SetupPlan plan = makePlan();
    const ServerFacts facts = parseProbeOutput(fuzz::bytes(data, size));

    for (auto it = facts.sshd.cbegin(); it != facts.sshd.cend(); ++it) {
        FUZZ_CHECK(!it.key().isEmpty() && it.key() == it.key().toLower());
        FUZZ_CHECK(!it.key().contains(QLatin1Char(' ')) && !it.value().isEmpty());
    }
    FUZZ_CHECK(facts.sshdError.size() <= 500);
    // Text from the server reaches people as text: no control character survives the parse.
    const auto shownAsText = [](const QString &text) {
        return std::none_of(text.cbegin(), text.cend(),
                            [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    };
    FUZZ_CHECK(shownAsText(facts.sshdError));
    FUZZ_CHECK(shownAsText(facts.userHome) && shownAsText(facts.userShell));
    FUZZ_CHECK(shownAsText(facts.home.linkTarget) && shownAsText(facts.sshDir.linkTarget));
    for (const QString &rule : facts.taggedRules)
        FUZZ_CHECK(rule.contains(QLatin1String("stitch-tunnel")));
    for (const QString &address : facts.privateAddresses)
        FUZZ_CHECK(!address.isEmpty() && !address.contains(QLatin1Char('\n')));
    QStringList databaseAddresses = facts.databaseAddresses;
    FUZZ_CHECK(databaseAddresses.removeDuplicates() == 0);
    FUZZ_CHECK(facts.userExists || (facts.userUid == -1 && facts.userHome.isEmpty()));

    checkStatus(checkTunnelUser(facts, plan, QStringLiteral("ssh-ed25519")));
    checkStatus(checkTunnelUser(facts, plan, QStringLiteral("ssh-rsa")));
    checkStatus(checkFirewall(facts, plan));
    return 0;
}
