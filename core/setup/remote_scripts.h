#pragma once

#include "server_facts.h"
#include "setup_plan.h"

#include <QString>

// Every POSIX sh script the tool runs on the server is built here, from validated values that
// are single-quoted with shellQuote(). Scripts are idempotent: running one twice changes nothing
// the second time.
namespace stitch::setup {

// The read-only probe (run as root): OS, sshd -T for the tunnel user, host firewall, the
// tunnel user's account and files, SELinux, tools, own addresses, the database host's addresses.
QString probeScript(const SetupPlan &plan);

// Step 1: allow each Stitch address on each SSH port in the active host firewall (tagged
// "stitch-tunnel"). With plan.enableFirewall and ufw inactive: allow the admin first, then
// enable. Empty when nothing is to be done.
QString firewallScript(const SetupPlan &plan, const ServerFacts &facts);
QString firewallRemovalScript(const SetupPlan &plan, const ServerFacts &facts);

// Step 4: group, user, ~/.ssh 700, authorized_keys 600 with the key added once, every other
// byte preserved, written via a temp file and rename; SELinux labels; unlock for key login
// under UsePAM no.
QString tunnelUserScript(const SetupPlan &plan, const ServerFacts &facts);
// Takes the Stitch key line out again; optionally deletes the user and group.
QString keyRemovalScript(const SetupPlan &plan, bool deleteUser);

// The end-to-end self-test key: add one line (tagged with `marker`) / remove every tagged line.
QString addSelfTestKeyScript(const SetupPlan &plan, const QString &keyLine);
QString removeSelfTestKeysScript(const SetupPlan &plan);

// Wraps a privileged script so that two runs against one server never interleave.
QString withServerLock(const QString &script);

// The stand-alone script for admins who run steps 1 and 4 themselves.
QString standaloneScript(const SetupPlan &plan);

} // namespace stitch::setup
