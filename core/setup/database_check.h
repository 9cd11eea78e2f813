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
// says whose tunnel it is. Touches nothing but its arguments: the self-test runs it on its own
// thread.
QVector<Finding> speakToDatabase(ssh::SshConnection &connection, const SetupPlan &plan,
                                 DatabaseType type, const QString &via);

// Step 2's result: the SSH server's addresses, what the database host resolves to there, the
// handshake through the SSH server, and the access-rule hint for the database type.
StepResult checkDatabase(ssh::SshConnection &connection, const SetupPlan &plan,
                         const ServerFacts &facts, DatabaseType type);

} // namespace stitch::setup
