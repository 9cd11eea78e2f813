#pragma once

#include <QString>
#include <QStringList>

namespace stitch {

// A fix that is an action in the front end (a CLI flag, a wizard checkbox), so each front end
// words it itself. Core still writes a neutral `fix` text next to it, which is what a front end
// shows for a remedy it has no words for, and what reports contain.
enum class RemedyKind
{
    None,
    EnableFirewall,    // let the tool turn on ufw (the admin's address first)
    GivePublicKey,     // provide Stitch's public key
    RunSelfTest,       // apply again with the end-to-end self-test
    AdoptExistingUser, // confirm that an existing account may carry Stitch's key
};

// The stable machine-readable name of a kind, e.g. "enable_firewall"; empty for None.
QString remedyKindName(RemedyKind kind);

struct Remedy
{
    RemedyKind kind = RemedyKind::None;
    QStringList values; // what the wording needs (a path, a port, a fingerprint), kind-specific

    bool isNone() const { return kind == RemedyKind::None; }
};

} // namespace stitch
