#pragma once

#include "server_facts.h"
#include "setup_plan.h"

#include <QString>
#include <QStringList>

// The scripts the tool runs on the server, each put together from resources/scripts/ with the
// plan's validated values (script_builder.h). Scripts that change something are idempotent:
// running one twice changes nothing the second time.
namespace stitch::setup {

// The GECOS of every account this tool creates; only such an account is ever deleted, and
// only such an account is used without the admin's confirmation.
QString tunnelAccountMarker();

// probe.sh: the read-only look at the server.
QString probeScript(const SetupPlan &plan);

// firewall_apply.sh: step 1. With facts from a probe, the firewall is not detected again and
// rules that listing already shows are not added again.
QString firewallScript(const SetupPlan &plan, const ServerFacts &facts);
// firewall_remove.sh: takes out every rule tagged "stitch-tunnel".
QString firewallRemovalScript(const SetupPlan &plan);

// tunnel_user.sh: step 4.
QString tunnelUserScript(const SetupPlan &plan, const ServerFacts &facts);
// key_remove.sh: the Stitch key out again; with deleteUser also the account, if we made it.
QString keyRemovalScript(const SetupPlan &plan, bool deleteUser);

// The end-to-end self-test's key: `options` and `key` ("ssh-ed25519 AAAA…") make its line,
// tagged with `tag`; removal takes out that line and those interrupted runs left behind.
QString addSelfTestKeyScript(const SetupPlan &plan, const QString &options, const QString &key,
                             const QString &tag);
QString removeSelfTestKeysScript(const SetupPlan &plan, const QString &tag);

// The scripts one after another under the server lock (two runs against one server never
// interleave), each in a subshell of its own; the first that fails stops the rest.
QString lockedSequence(const QStringList &scripts);

// The stand-alone script for admins who run steps 1 and 4 themselves.
QString standaloneScript(const SetupPlan &plan);

} // namespace stitch::setup
