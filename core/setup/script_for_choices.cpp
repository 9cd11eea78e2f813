#include "script_for_choices.h"

#include "remote_scripts.h"
#include "setup_plan.h"

namespace stitch::setup {

Result<QString> standaloneScriptFor(const SetupChoices &choices, quint16 sshPort,
                                    const RunOptions &options)
{
    if (sshPort == 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The SSH port is 0."),
                         QStringLiteral("Enter the SSH server's port (usually 22)."));
    auto plan = makeSetupPlan(choices, sshPort, options);
    if (!plan)
        return plan.error();
    if (plan->keyLine.isEmpty())
        return makeError(ErrorCode::KeyEmpty,
                         QStringLiteral("The script needs the Stitch public key."),
                         QStringLiteral("Paste the public key from Stitch (integration settings → "
                                        "SSH Tunnel) first."));
    return standaloneScript(plan.value());
}

} // namespace stitch::setup
