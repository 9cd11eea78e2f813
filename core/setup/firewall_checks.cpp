// Step 1's checks: what the host firewall allows, what turning ufw on would close, and the rules
// for a cloud firewall.
#include "check_parts.h"
#include "step_checks.h"
#include "stitch_network.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace stitch::setup {

using namespace checks;

namespace {

QString withoutHostPrefix(const QString &cidr)
{
    return cidr.endsWith(QLatin1String("/32")) || cidr.endsWith(QLatin1String("/128"))
               ? cidr.section(QLatin1Char('/'), 0, 0)
               : cidr;
}

// Matches a line that contains `word` as a whole word (not part of a longer address).
QRegularExpression wordPattern(const QString &word)
{
    return QRegularExpression(QStringLiteral("(^|[^0-9A-Za-z.:/])%1($|[^0-9A-Za-z.:])")
                                  .arg(QRegularExpression::escape(word)));
}

} // namespace

bool firewallListingAllows(const QString &listing, const QString &cidr, const QString &port)
{
    const QString address = withoutHostPrefix(cidr);
    // Compiled once, not per line: listings can be long (found by tests/fuzz/firewall_fuzzer).
    const QRegularExpression cidrWord = wordPattern(cidr);
    const QRegularExpression addressWord = wordPattern(address);
    const QRegularExpression portWord = wordPattern(port); // 2222 is not in "22222/tcp"
    for (const QString &line : listing.split(QLatin1Char('\n'))) {
        if (!line.contains(port) || !portWord.match(line).hasMatch())
            continue;
        if (!cidrWord.match(line).hasMatch() && !addressWord.match(line).hasMatch())
            continue;
        const QString lower = line.toLower();
        if (lower.contains(QLatin1String("allow out"))) // ufw's outgoing rules let nothing in
            continue;
        if (lower.contains(QLatin1String("allow")) || lower.contains(QLatin1String("accept")))
            return true;
    }
    return false;
}

QString cloudFirewallRules(const SetupPlan &plan)
{
    const QString port = plan.sshPorts.value(0, QStringLiteral("22"));
    QString aws, azure, gcp;
    int priority = 300;
    for (const QString &cidr : plan.stitchCidrs) {
        aws += QStringLiteral("aws ec2 authorize-security-group-ingress --group-id <SG_ID> "
                              "--protocol tcp --port %1 --cidr %2\n")
                   .arg(port, cidr);
        azure += QStringLiteral("az network nsg rule create --resource-group <RG> --nsg-name <NSG> "
                                "--name stitch-ssh-%1 --priority %1 --direction Inbound --access "
                                "Allow --protocol Tcp --source-address-prefixes %2 "
                                "--destination-port-ranges %3\n")
                     .arg(priority++)
                     .arg(cidr, port);
    }
    gcp = QStringLiteral("gcloud compute firewall-rules create stitch-ssh --network <NETWORK> "
                         "--direction INGRESS --action ALLOW --rules tcp:%1 --source-ranges %2\n")
              .arg(port, plan.stitchCidrs.join(QLatin1Char(',')));
    return QStringLiteral("# AWS security group\n") + aws +
           QStringLiteral("# Azure network security group\n") + azure +
           QStringLiteral("# Google Cloud firewall\n") + gcp;
}

UfwEnableEffect ufwEnableEffect(const ServerFacts &facts, const SetupPlan &plan)
{
    QStringList closed;
    for (const QString &port : facts.listeningPorts) {
        if (!plan.sshPorts.contains(port))
            closed << port;
    }
    QStringList cutOff;
    for (const QString &peer : facts.sshPeers) {
        const QHostAddress address(peer);
        bool kept = peer == plan.adminAddress;
        for (const QString &cidr : plan.keepSshFrom + plan.stitchCidrs)
            kept = kept || address.isInSubnet(QHostAddress::parseSubnet(cidr));
        if (!kept)
            cutOff << peer;
    }
    QStringList open;
    if (!plan.adminAddress.isEmpty())
        open << QObject::tr("your address %1").arg(plan.adminAddress);
    open << plan.keepSshFrom;
    QString message =
        QObject::tr("Turning on ufw blocks every incoming connection except SSH (port %1) from "
                    "%2 and Stitch's addresses.")
            .arg(plan.sshPorts.join(QStringLiteral(", ")), open.join(QStringLiteral(", ")));
    if (!closed.isEmpty()) {
        message += QLatin1Char(' ') +
                   QObject::tr("These TCP ports listen now and will be closed to other machines: "
                               "%1.")
                       .arg(closed.join(QStringLiteral(", ")));
    }
    if (!cutOff.isEmpty()) {
        message += QLatin1Char(' ') +
                   QObject::tr("SSH sessions are open now from %1; new logins from there will be "
                               "refused.")
                       .arg(cutOff.join(QStringLiteral(", ")));
    }
    return UfwEnableEffect{closed, cutOff, message};
}

namespace {

// What the server's record says this tool did to the firewall: shown in every check, so the
// admin knows what removing Stitch access takes out (and what it leaves on).
void addRecordedFirewallChanges(const ServerFacts &facts, QVector<Finding> &findings)
{
    const QString rules = facts.recordedFirewallRulesText();
    if (!rules.isEmpty()) {
        findings << pass("firewall.recorded",
                         QObject::tr("Firewall rules this tool added here, by its record in "
                                     "/var/lib/stitch-tunnel/record: %1. Removing Stitch access "
                                     "with its firewall rules takes out exactly these.")
                             .arg(rules));
    }
    if (facts.recordSaysUfwEnabled) {
        findings << pass("firewall.recorded_ufw_enabled",
                         QObject::tr("This tool turned ufw on here; removing Stitch access "
                                     "leaves it on unless asked to turn it off again."));
    }
}

void addWhatTurningUfwOnCloses(const ServerFacts &facts, const SetupPlan &plan,
                               QVector<Finding> &findings)
{
    const UfwEnableEffect effect = ufwEnableEffect(facts, plan);
    if (effect.closedPorts.isEmpty() && effect.cutOffPeers.isEmpty()) {
        findings << pass("firewall.enable_closes", effect.message);
        return;
    }
    findings << warn("firewall.enable_closes", effect.message,
                     QObject::tr("Keep SSH open to another network with --keep-ssh-from CIDR, "
                                 "and allow the other services (ufw allow PORT/tcp) before you "
                                 "apply, or leave the firewall off and allow Stitch in your "
                                 "cloud firewall."));
}

} // namespace

StepResult checkFirewall(const ServerFacts &facts, const SetupPlan &plan)
{
    StepResult r;
    const QString fw = firewallKindName(facts.firewall);
    const QString ports = plan.sshPorts.join(QStringLiteral(", "));
    if (!facts.firewallActive) {
        r.findings << withRemedy(
            warn("firewall.none_active",
                 QObject::tr("No host firewall is active on the server, so SSH port %1 is open "
                             "to every address at the host level.")
                     .arg(ports),
                 QObject::tr("Allow only Stitch's addresses in your cloud or network firewall "
                             "(rules below), or let this tool turn on ufw (your own address is "
                             "allowed first).")),
            RemedyKind::EnableFirewall);
        if (plan.enableFirewall && plan.adminAddress.isEmpty()) {
            r.findings << fail("firewall.admin_address_unknown",
                               QObject::tr("The server did not say which address you connect "
                                           "from, so the tool will not turn ufw on: it could "
                                           "not allow your own address first and could lock "
                                           "you out."),
                               QObject::tr("Allow your own address in ufw and turn it on by "
                                           "hand, or find out why your login shell's startup "
                                           "files hide it (the transcript shows what the "
                                           "server sent at login)."));
        } else if (plan.enableFirewall) {
            addWhatTurningUfwOnCloses(facts, plan, r.findings);
        }
        addRecordedFirewallChanges(facts, r.findings);
        r.status = statusFromFindings(r.findings);
        return r;
    }
    QStringList missing;
    for (const QString &cidr : plan.stitchCidrs) {
        for (const QString &port : plan.sshPorts) {
            if (!firewallListingAllows(facts.firewallStatus, cidr, port))
                missing << QStringLiteral("%1 → port %2").arg(cidr, port);
        }
    }
    if (missing.isEmpty()) {
        r.findings << pass("firewall.allowed",
                           QObject::tr("%1 allows all %2 Stitch addresses on SSH port %3.")
                               .arg(fw)
                               .arg(plan.stitchCidrs.size())
                               .arg(ports));
    } else {
        r.findings << fail("firewall.stitch_blocked",
                           QObject::tr("%1 is active and does not yet allow: %2.")
                               .arg(fw, missing.join(QStringLiteral(", "))),
                           QObject::tr("Apply the changes: the tool adds allow rules tagged "
                                       "\"stitch-tunnel\"."));
    }
    if (facts.firewall == FirewallKind::Nftables) {
        r.findings << warn("firewall.nft_not_persistent",
                           QObject::tr("Rules added to nftables take effect at once but are not "
                                       "written to /etc/nftables.conf."),
                           QObject::tr("Add the rules tagged \"stitch-tunnel\" (nft list ruleset) "
                                       "to /etc/nftables.conf so they survive a reboot."));
    }
    addRecordedFirewallChanges(facts, r.findings);
    r.status = statusFromFindings(r.findings);
    return r;
}

} // namespace stitch::setup
