#include "script_for_choices.h"

#include <QObject>

#include "remote_scripts.h"

namespace stitch::setup {

Result<SetupPlan> takeAwayPlanFor(const SetupChoices &choices, quint16 sshPort,
                                  const RunOptions &options, const QString &keyMissing)
{
    if (sshPort == 0)
        return makeError(ErrorCode::InvalidInput, QObject::tr("The SSH port is 0."),
                         QObject::tr("Enter the SSH server's port (usually 22)."));
    auto plan = makeSetupPlan(choices, sshPort, options);
    if (!plan)
        return plan.error();
    if (plan->keyLine.isEmpty())
        return withRemedy(makeError(ErrorCode::KeyEmpty, keyMissing,
                                    QObject::tr("Copy the public key from Stitch (integration "
                                                "settings → SSH Tunnel) and give it first.")),
                          RemedyKind::GivePublicKey);
    return plan;
}

Result<QString> standaloneScriptFor(const SetupChoices &choices, quint16 sshPort,
                                    const RunOptions &options)
{
    const auto plan = takeAwayPlanFor(choices, sshPort, options,
                                      QObject::tr("The script needs the Stitch public key."));
    if (!plan)
        return plan.error();
    return standaloneScript(plan.value());
}

} // namespace stitch::setup
