#pragma once

#include "common/result.h"
#include "setup/run_options.h"

#include <QString>

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// File → Export as Ansible playbook…: what apply would do with the session's choices and the
// opt-ins the pages set (firewall, key limited to Stitch's addresses, adopting an account), as
// a playbook for every host of an inventory (core/setup/ansible_playbook.h). Fails, saying
// what is missing, while the choices are not complete (no Stitch key yet).
Result<QString> playbookFor(const SetupSession &session, const setup::RunOptions &optIns);

// Writes it whole or not at all (LocalIoError).
Status writePlaybook(const QString &path, const QString &playbook);

} // namespace stitch::wizard
