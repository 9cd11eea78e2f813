#pragma once

#include "server_facts.h"
#include "session/step_result.h"
#include "setup_plan.h"

#include <QString>

// Turning what the probe saw into findings a non-expert can act on. Pure functions: the same
// facts always give the same findings, so each rule is unit-tested without a server.
namespace stitch::setup {

StepResult checkFirewall(const ServerFacts &facts, const SetupPlan &plan);
StepResult checkTunnelUser(const ServerFacts &facts, const SetupPlan &plan, const QString &keyType);

// Ready-to-paste rules for a cloud/network firewall when the host has none.
QString cloudFirewallRules(const SetupPlan &plan);

// Does `listing` (ufw/iptables/nft/firewalld output) allow cidr on port?
bool firewallListingAllows(const QString &listing, const QString &cidr, const QString &port);

} // namespace stitch::setup
