#pragma once

#include "common/result.h"
#include "run_options.h"
#include "server_facts.h"
#include "session/setup_choices.h"

#include <QString>
#include <QStringList>

namespace stitch::setup {

// What a tunnel-only key runs if a session asks for a command, a shell or a subsystem (sftp):
// nothing. sshd passes it to the account's shell, so it refuses even where the shell is a real
// one (an adopted account).
inline constexpr char kTunnelOnlyCommand[] = "/usr/sbin/nologin";
// permitlisten= for a key that must not listen at all (ssh -R): `port-forwarding` allows both
// directions and authorized_keys has no "none", so the one place allowed is a privileged port,
// which sshd never binds for an account other than root.
inline constexpr char kNoRemoteForwarding[] = "127.0.0.1:1";

// Everything the scripts need, validated: build it with makeSetupPlan(), never by hand.
struct SetupPlan
{
    QString tunnelUser;
    QStringList stitchCidrs; // normalised
    QString keyLine;         // "ssh-ed25519 AAAA… comment" (empty: key step not ready)
    QString keyBlob;         // base64 blob, the identity used for "already present"
    QString keyFingerprint;  // "SHA256:…", for the server's record and rotation messages
    // In front of the key: a tunnel to the database and nothing else
    // (tunnelOnlyKeyOptions()[,from="…"]); empty only when asked for.
    QString keyOptions;
    QString databaseHost;
    quint16 databasePort = 0;
    QString databaseUser; // optional: step 2 checks the access rules for it
    QString databaseName; // optional: PostgreSQL's default is the user's name
    bool databaseSsl = false;
    QStringList sshPorts;        // the SSH ports Stitch must reach
    bool enableFirewall = false; // explicit opt-in: turn on ufw (admin's address first)
    QStringList keepSshFrom;     // with enableFirewall: also allowed on SSH (normalised CIDRs)
    QString adminAddress;        // from SSH_CONNECTION, allowed first when enabling
    QString loginUser;           // the admin's login: never usable as the tunnel user
    bool adoptExistingUser = false;
    // Explicit opt-in: Stitch key lines this tool wrote earlier for the tunnel user stay beside
    // the new one (by default a new key replaces them).
    bool keepOldKeys = false;
    // Explicit opt-in: write sshd settings for the tunnel user (only it) when sshd blocks it.
    bool fixSshd = false;

    // The authorized_keys line as it must stand: options, then the key (empty without a key).
    QString wantedKeyLine() const;
    // "host:port" as permitopen= compares it (IPv6 in brackets).
    QString permitOpenTarget() const;
    // The options that leave a key a tunnel to the database and nothing else, for Stitch's key
    // and the self-test's: restrict (no pty, agent, X11 or forwarding), local forwarding back to
    // permitopen's one target (it also refuses Unix sockets), no listening (permitlisten), and a
    // forced command. The forced command matters even with a nologin shell: sshd runs
    // internal-sftp without the account's shell, so without it the key could rewrite
    // authorized_keys over sftp and then forward anywhere.
    QString tunnelOnlyKeyOptions() const;
};

// Validates every choice (no network) and builds the plan for one SSH port; fails on the first
// bad input. adminAddress and loginUser are left for the caller (they come from the server).
// Apply without Stitch's public key: what to say, and the front end's remedy (give the key).
Error noPublicKeyError();

Result<SetupPlan> makeSetupPlan(const SetupChoices &choices, quint16 sshPort,
                                const RunOptions &options);

} // namespace stitch::setup
