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

} // namespace stitch::setup
