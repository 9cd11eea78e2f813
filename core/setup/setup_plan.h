#pragma once

#include "common/result.h"
#include "run_options.h"
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
    // In front of the key: a tunnel to the database and nothing else
    // (restrict,port-forwarding,permitopen="db:port"[,from="…"]); empty only when asked for.
    QString keyOptions;
    QString databaseHost;
    quint16 databasePort = 0;
    QString databaseUser; // optional: step 2 checks the access rules for it
    QString databaseName; // optional: PostgreSQL's default is the user's name
    bool databaseSsl = false;
    QStringList sshPorts;        // the SSH ports Stitch must reach
    bool enableFirewall = false; // explicit opt-in: turn on ufw (admin's address first)
    QString adminAddress;        // from SSH_CONNECTION, allowed first when enabling
    QString loginUser;           // the admin's login: never usable as the tunnel user
    bool adoptExistingUser = false;
    // Explicit opt-in: write sshd settings for the tunnel user (only it) when sshd blocks it.
    bool fixSshd = false;

    // The authorized_keys line as it must stand: options, then the key (empty without a key).
    QString wantedKeyLine() const;
    // "host:port" as permitopen= compares it (IPv6 in brackets).
    QString permitOpenTarget() const;
};

// Validates every choice (no network) and builds the plan for one SSH port; fails on the first
// bad input. adminAddress and loginUser are left for the caller (they come from the server).
Result<SetupPlan> makeSetupPlan(const SetupChoices &choices, quint16 sshPort,
                                const RunOptions &options);

} // namespace stitch::setup
