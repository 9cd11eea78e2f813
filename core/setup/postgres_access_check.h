#pragma once

#include "session/step_result.h"
#include "setup_plan.h"

#include <QString>
#include <QVector>

namespace stitch::ssh {
class SshConnection;
}

// Step 2's look at PostgreSQL's access rules (pg_hba.conf) without a password: through the SSH
// server, as Stitch will connect (with TLS when Stitch uses SSL), a StartupMessage for Stitch's
// database user and database; the server's first answer is pg_hba.conf's verdict. We close the
// connection without answering the password request.
namespace stitch::setup {

// `seenAs`: the address the database sees the SSH server as (empty when unknown). Needs
// plan.databaseUser; without it, says that the rules were not checked and why.
QVector<Finding> checkPostgresAccessRules(ssh::SshConnection &connection, const SetupPlan &plan,
                                          const QString &seenAs);

// The pg_hba.conf line that admits Stitch's connections from `seenAs` ("hostssl" with SSL).
QString pgHbaLine(const SetupPlan &plan, const QString &seenAs);

// "10.0.1.4/32" or "fd00::4/128"; a placeholder when the address is unknown.
QString singleAddressCidr(const QString &address);

} // namespace stitch::setup
