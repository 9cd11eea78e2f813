#pragma once

#include "common/result.h"
#include "run_options.h"
#include "session/setup_choices.h"

#include <QString>

// "Fleets": what `stitch-tunnel apply` does (steps 1 and 4, the same refusals and the same
// least-privilege key line, then sshd's word on the tunnel user) as an Ansible playbook, for
// every host of an inventory. A pure function of the plan: the CLI (`stitch-tunnel playbook`)
// and the wizard (File → Export as Ansible playbook…) write the same text.
namespace stitch::setup {

struct SetupPlan;

// The play's `hosts:` pattern, in Ansible's own syntax ("all", "db_servers:!staging", …).
// Refused when empty, with a line break or control character, or with a brace (Ansible would
// expand a template there).
Result<QString> validateHostPattern(const QString &pattern);

// The playbook for a validated plan that has the Stitch key; `hosts` is a validated pattern.
// Every value from the plan is written quoted and !unsafe (yaml_text.h).
QString ansiblePlaybook(const SetupPlan &plan, const QString &hosts);

// From the admin's choices, validated exactly as standaloneScriptFor() validates them (KeyEmpty
// without the Stitch key). `sshPort` is the port Stitch connects to.
Result<QString> ansiblePlaybookFor(const SetupChoices &choices, quint16 sshPort,
                                   const RunOptions &options,
                                   const QString &hosts = QStringLiteral("all"));

} // namespace stitch::setup
