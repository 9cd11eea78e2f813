#include "script_for_choices.h"

#include <QObject>

#include "remote_scripts.h"
#include "setup_plan.h"

namespace stitch::setup {

Result<QString> standaloneScriptFor(const SetupChoices &choices, quint16 sshPort,
                                    const RunOptions &options)
{
    if (sshPort == 0)
        return makeError(ErrorCode::InvalidInput, QObject::tr("The SSH port is 0."),
                         QObject::tr("Enter the SSH server's port (usually 22)."));
    auto plan = makeSetupPlan(choices, sshPort, options);
    if (!plan)
        return plan.error();
    if (plan->keyLine.isEmpty())
        return withRemedy(makeError(ErrorCode::KeyEmpty,
                                    QObject::tr("The script needs the Stitch public key."),
                                    QObject::tr("Copy the public key from Stitch (integration "
                                                "settings → SSH Tunnel) and give it first.")),
                          RemedyKind::GivePublicKey);
    return standaloneScript(plan.value());
}

} // namespace stitch::setup
