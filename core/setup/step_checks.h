#pragma once

#include "server_facts.h"
#include "session/ssh_host_findings.h"
#include "session/step_result.h"
#include "setup_plan.h"

#include <QString>

#include <optional>

// Turning what the probe saw into findings a non-expert can act on. Pure functions: the same
// facts always give the same findings, so each rule is unit-tested without a server.
namespace stitch::setup {

// What turning ufw on does (--enable-firewall): the TCP ports that listen now beyond loopback
// and would be closed to other machines, the addresses with SSH sessions open now whose new
// logins would be refused, and all of it in sentences for the admin.
struct UfwEnableEffect
{
    QStringList closedPorts;
    QStringList cutOffPeers;
    QString message;
};
UfwEnableEffect ufwEnableEffect(const ServerFacts &facts, const SetupPlan &plan);

StepResult checkFirewall(const ServerFacts &facts, const SetupPlan &plan);
StepResult checkTunnelUser(const ServerFacts &facts, const SetupPlan &plan, const QString &keyType);

// Why the tool must not touch the tunnel account or its files at all (apply changes nothing
// while any of these holds): an account that must never carry Stitch's key (uid 0, a system
// account, the admin's own login, an administrator or sudoer), an existing account the tool did
// not create and the admin has not confirmed, and a home, ~/.ssh or authorized_keys that is a
// link, not what its name says, or another account's. Empty when the account may be used.
QVector<Finding> tunnelUserRefusals(const ServerFacts &facts, const SetupPlan &plan);

// sshd reads the user's keys from no file the tool may write (AuthorizedKeysFile none, only
// an AuthorizedKeysCommand, or files in folders other accounts can change): the refusal, with
// what sshd reads and where the admin can make room; nothing when a file is usable.
std::optional<Finding> noKeyFileRefusal(const ServerFacts &facts);

// Ready-to-paste rules for a cloud/network firewall when the host has none.
QString cloudFirewallRules(const SetupPlan &plan);

// Does `listing` (ufw/iptables/nft/firewalld output) allow cidr on port?
bool firewallListingAllows(const QString &listing, const QString &cidr, const QString &port);

} // namespace stitch::setup
