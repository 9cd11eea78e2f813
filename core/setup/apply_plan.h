#pragma once

#include "run_options.h"
#include "server_facts.h"
#include "session/step_result.h"
#include "setup_plan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stitch::setup {

// What an Apply right after a check will change and run, as the check found it. The front end
// shows it for confirmation and hands `digest` back (RunOptions::confirmedPlan), so that Apply
// runs exactly these scripts or nothing; on the server, Apply first checks that the facts they
// were planned on still hold (facts_guard.sh).
struct ApplyPlan
{
    QStringList changes;      // plain sentences, in the order they happen; empty: nothing changes
    QString firewallScript;   // step 1's script, as it will run
    QString tunnelUserScript; // step 4's script, as it will run
    QString sshdFixScript;    // the opt-in fix of sshd as planned now (after step 4 it is
                              // planned again on what the server then shows)
    bool firewallPart = true; // which of the two run (RunOptions::applyFirewall/…TunnelUser)
    bool tunnelUserPart = true;
    QString digest; // of the scripts that run first (applyPlanDigest; a part left out: empty)
    // Set when apply would stop before any change (an account that must not carry Stitch's
    // key, or one that is not ours and not confirmed): what stops it, and then `changes` is
    // empty.
    std::optional<Finding> refusal;

    bool isEmpty() const { return digest.isEmpty(); }
};

// A short digest of the scripts of steps 1 and 4 (hex).
QString applyPlanDigest(const QString &firewallScript, const QString &tunnelUserScript);

// What applying `plan` on a server with `facts` changes, one plain sentence each ("Create the
// user stitch…", "Allow Stitch's 4 addresses … on TCP port 22 in ufw."): only changes, never a
// finding that applying does not change (sshd's settings without the opt-in). Nothing when
// apply would refuse the account (tunnelUserRefusals).
// Only the steps `options` has apply change, with the self-test when step 4 is among them.
QStringList plannedChanges(const SetupPlan &plan, const ServerFacts &facts,
                           const RunOptions &options);

// The plan an Apply with `options` would run now, with its scripts, changes and digest.
ApplyPlan makeApplyPlan(const SetupPlan &plan, const ServerFacts &facts, const RunOptions &options);

} // namespace stitch::setup
