#pragma once

#include "server_facts.h"
#include "session/step_result.h"

#include <QString>
#include <QVector>

// Checks of sshd's settings before Stitch tries (step 4): what lets sshd refuse or drop Stitch
// although the account and its key are right. Pure, from `sshd -T` for the tunnel user.
namespace stitch::setup {

// The Stitch key's type (`keyType`, "ssh-rsa", "ssh-ed25519", …) against sshd's
// PubkeyAcceptedAlgorithms, MaxStartups low enough to crowd Stitch out, and ClientAliveInterval
// (a note only: OpenSSH's default 0 is on nearly every server). Empty without `sshd -T`.
QVector<Finding> sshdStitchChecks(const ServerFacts &facts, const QString &tunnelUser,
                                  const QString &keyType);

// The block lines that keep idle tunnels alive for the tunnel user, for the admin to paste.
QString clientAliveFix(const QString &tunnelUser);

} // namespace stitch::setup
