#pragma once

#include "script_builder.h"
#include "server_facts.h"
#include "setup_plan.h"
#include "sshd_fix.h"

#include <QString>
#include <QStringList>

// The scripts the tool runs on the server, each put together from resources/scripts/ with the
// plan's validated values (script_builder.h): build() one to run it alone, or put several in a
// ScriptSequence. Scripts that change something are idempotent:
// running one twice changes nothing the second time.
namespace stitch::setup {

// The GECOS of every account this tool creates; only such an account is ever deleted, and
// only such an account is used without the admin's confirmation.
QString tunnelAccountMarker();

// The address `sshd -T -C user=…,addr=…` is asked for: one of Stitch's (a Match Address block
// for Stitch's network applies).
QString sshdCheckAddress(const SetupPlan &plan);

// probe.sh: the read-only look at the server; its last line is a digest of what it saw
// (ServerFacts::factsSha).
ScriptBuilder probeScript(const SetupPlan &plan);
// facts_guard.sh: the same probe again, first in a locked apply planned on an earlier probe
// of `probedPlan`: stops with server.changed_since_check, before any change, unless the
// server still shows what that probe saw (`factsSha`).
ScriptBuilder factsGuardScript(const SetupPlan &probedPlan, const QString &factsSha);

// firewall_apply.sh: step 1. With facts from a probe, the firewall is not detected again and
// rules that listing already shows are not added again.
ScriptBuilder firewallScript(const SetupPlan &plan, const ServerFacts &facts);
// firewall_remove.sh: takes out every rule tagged "stitch-tunnel".
ScriptBuilder firewallRemovalScript(const SetupPlan &plan, bool ufwTurnedOffNext = false);
// Takes back the firewall rules the same run added (after a later part failed).
ScriptBuilder firewallUndoScript();
// ufw_turn_off.sh: turns ufw off again when the server's record says this tool turned it on
// (and deletes the rule that admitted the admin then).
ScriptBuilder ufwTurnOffScript();

// tunnel_user.sh: step 4.
ScriptBuilder tunnelUserScript(const SetupPlan &plan, const ServerFacts &facts);
// sshd_fix.sh: `fix` as sshd settings for the tunnel user only (checked with sshd -t and
// sshd -T, then sshd reloaded; taken out again when a check fails); the removal takes out only
// what that script wrote, and reloads sshd.
ScriptBuilder sshdFixScript(const SetupPlan &plan, const SshdFix &fix);
ScriptBuilder sshdFixRemovalScript(const SetupPlan &plan);
// key_remove.sh: the Stitch key out again; with deleteUser also the account, if we made it.
ScriptBuilder keyRemovalScript(const SetupPlan &plan, bool deleteUser);

// The end-to-end self-test's key: `options` and `key` ("ssh-ed25519 AAAA…") make its line,
// tagged with `tag`; removal takes out that line and those interrupted runs left behind.
ScriptBuilder addSelfTestKeyScript(const SetupPlan &plan, const QString &options,
                                   const QString &key, const QString &tag);
ScriptBuilder removeSelfTestKeysScript(const SetupPlan &plan, const QString &tag);

// The stand-alone script for admins who run steps 1 and 4 themselves.
QString standaloneScript(const SetupPlan &plan);

} // namespace stitch::setup
