// Fuzzes firewallListingAllows() and checkFirewall() with listings a server prints (ufw status
// verbose, iptables -S, nft list ruleset, firewall-cmd --list-all). The input is the listing;
// an optional first line "@@ <cidr> <port>" adds one more address/port pair to look for, so
// that odd CIDR text (regex characters, IPv6) reaches the matcher too.

#include "fuzz_support.h"
#include "setup/step_checks.h"
#include "setup/stitch_network.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace {

using Pair = std::pair<QString, QString>; // cidr, port

const std::vector<Pair> &fixedPairs()
{
    static const std::vector<Pair> pairs{
        {QStringLiteral("52.23.137.21/32"), QStringLiteral("22")},
        {QStringLiteral("52.204.223.208/32"), QStringLiteral("2222")},
        {QStringLiteral("10.0.0.0/8"), QStringLiteral("22")},
        {QStringLiteral("2001:db8::/32"), QStringLiteral("22")},
    };
    return pairs;
}

// A well-formed pair: a normalised CIDR and a port number.
bool canonical(const Pair &pair)
{
    const auto cidr = stitch::setup::normalizeCidr(pair.first);
    const auto port = stitch::setup::validatePort(pair.second);
    return cidr.ok() && cidr.value() == pair.first && port.ok() &&
           QString::number(port.value()) == pair.second;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch::setup;
    const QByteArray input = fuzz::bytes(data, size);
    std::vector<Pair> pairs = fixedPairs();
    QString listing = QString::fromUtf8(input);
    if (input.startsWith("@@ ")) {
        QByteArray header, rest;
        fuzz::splitFirstLine(input, &header, &rest);
        const QStringList words =
            QString::fromUtf8(header.mid(3)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 2)
            pairs.emplace_back(words[0], words[1]);
        listing = QString::fromUtf8(rest);
    }

    SetupPlan plan;
    plan.tunnelUser = QStringLiteral("stitch");
    for (const Pair &pair : pairs) {
        const bool allowed = firewallListingAllows(listing, pair.first, pair.second);
        if (!allowed && canonical(pair)) {
            plan.stitchCidrs << pair.first;
            plan.sshPorts << pair.second;
        }
        if (canonical(pair)) {
            // The rule ufw shows once the tool added it is recognised whatever came before.
            const QString address = pair.first.endsWith(QLatin1String("/32")) ||
                                            pair.first.endsWith(QLatin1String("/128"))
                                        ? pair.first.section(QLatin1Char('/'), 0, 0)
                                        : pair.first;
            const QString rule =
                QStringLiteral("\n%1/tcp ALLOW IN %2 # stitch-tunnel\n").arg(pair.second, address);
            FUZZ_CHECK(firewallListingAllows(listing + rule, pair.first, pair.second));
        }
    }
    FUZZ_CHECK(!firewallListingAllows(QString(), pairs.front().first, pairs.front().second));

    // checkFirewall agrees with the matcher it is built on: it fails exactly when a well-formed
    // pair is missing (plan holds the missing ones, or one that is allowed).
    ServerFacts facts;
    facts.firewall = size % 2 == 0 ? FirewallKind::Ufw : FirewallKind::Nftables;
    facts.firewallActive = true;
    facts.firewallStatus = listing;
    const bool allAllowed = plan.stitchCidrs.isEmpty();
    if (allAllowed) {
        plan.stitchCidrs << fixedPairs().front().first;
        plan.sshPorts << fixedPairs().front().second;
    }
    const stitch::StepResult r = checkFirewall(facts, plan);
    FUZZ_CHECK((r.status == stitch::StepStatus::Fail) == !allAllowed);
    return 0;
}
