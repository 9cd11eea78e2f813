#pragma once

#include "server_facts.h"
#include "session/setup_choices.h"
#include "session/step_result.h"
#include "setup_plan.h"

#include <QString>
#include <QVector>

namespace stitch::ssh {
class SshConnection;
}

// Step 2 on the real path: the database reached through the SSH server as Stitch will reach it.
namespace stitch::setup {

// Opens the tunnel exactly as Stitch will and speaks the database's opening handshake; `via`
// says whose tunnel it is, `seenAs` the address the database sees (for fixes; may be empty).
// Touches nothing but its arguments: the self-test runs it on its own thread.
QVector<Finding> speakToDatabase(ssh::SshConnection &connection, const SetupPlan &plan,
                                 DatabaseType type, const QString &via, const QString &seenAs);

// Step 2's result: the one address the database sees the SSH server as, what the database host
// resolves to there, the handshake through the SSH server, and what the database reveals of
// its access rules before a login (PostgreSQL's pg_hba.conf, checked without a password).
StepResult checkDatabase(ssh::SshConnection &connection, const SetupPlan &plan,
                         const ServerFacts &facts, DatabaseType type);

// sshd may forbid forwarding to everyone but the tunnel user (--fix-sshd leaves it so): step 2's
// look through the admin's connection is then refused although Stitch's path works. When the
// self-test's tunnel (`selfTest`, step 5) reached the database, step 2 says so instead of failing.
void judgeByTheTunnelUsersReach(StepResult &database, const StepResult &selfTest,
                                const QString &login);

} // namespace stitch::setup
