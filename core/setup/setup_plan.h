#pragma once

#include "common/result.h"
#include "server_facts.h"
#include "session/setup_choices.h"

#include <QString>
#include <QStringList>

namespace stitch::setup {

// Everything the scripts need, validated: build it with makeSetupPlan(), never by hand.
struct SetupPlan
{
    QString tunnelUser;
    QStringList stitchCidrs; // normalised
    QString keyLine;         // "ssh-ed25519 AAAA… comment" (empty: key step not ready)
    QString keyBlob;         // base64 blob, the identity used for "already present"
    QString keyOptions;      // optional hardening prefix ("restrict,port-forwarding,…")
    QString databaseHost;
    quint16 databasePort = 0;
    QStringList sshPorts;        // the SSH ports Stitch must reach
    bool enableFirewall = false; // explicit opt-in: turn on ufw (admin's address first)
    QString adminAddress;        // from SSH_CONNECTION, allowed first when enabling
};

// Validates every choice (no network) and builds the plan for one SSH port; fails on the first
// bad input. enableFirewall and adminAddress are left for the caller (they come from RunOptions
// and the server).
Result<SetupPlan> makeSetupPlan(const SetupChoices &choices, quint16 sshPort, bool restrictKey);

} // namespace stitch::setup
