// SetupRunner's remove: the key, and as asked the account, sshd's block and our firewall rules,
// each part tried whatever happened to the one before.
#include "remote_scripts.h"
#include "runner_errors.h"
#include "setup_runner.h"

#include <QObject>

#include <algorithm>

namespace stitch::setup {

namespace {

// Turning ufw off was asked for, but the server's record does not say this tool turned it on:
// the admin's own firewall may protect much more than the SSH port, so it stays on.
Error ufwNotOurs()
{
    return makeError(ErrorCode::InvalidInput,
                     QObject::tr("ufw was not turned on by this tool (the server's record does "
                                 "not say so), so it is not turned off: it may protect more "
                                 "than Stitch's access. Nothing was changed."),
                     QObject::tr("Remove Stitch access without turning ufw off. If ufw should "
                                 "be off, turn it off yourself (sudo ufw disable)."));
}

} // namespace

Status SetupRunner::doRemove()
{
    const auto endShell = endPrivilegedShellOnReturn();
    auto planned = planAndProbe(false);
    if (!planned)
        return planned.error();
    const SetupPlan &full = planned.value();
    if (m_request.options.turnOffUfw && !m_facts.recordSaysUfwEnabled)
        return ufwNotOurs();
    // Each part is tried whatever happened to the one before: a tunnel account that breaks the
    // key removal (a link in its home) must not keep its own deletion, or the firewall rule,
    // from going.
    ScriptSequence sequence;
    sequence.locked()
        .thenEvenAfterFailure(keyRemovalScript(full, m_request.options.removeUser))
        .thenEvenAfterFailure(sshdFixRemovalScript(full));
    if (m_request.options.removeFirewallRules)
        sequence.thenEvenAfterFailure(firewallRemovalScript(full, m_request.options.turnOffUfw));
    // After the rules: ufw is on until Stitch's rules are gone.
    if (m_request.options.turnOffUfw)
        sequence.thenEvenAfterFailure(ufwTurnOffScript());
    if (!startChanges())
        return stoppedBeforeChanges(QStringLiteral("remove"));
    auto r = m_runner->runPrivileged(QObject::tr("Remove Stitch access"), sequence.build());
    if (!r)
        return r.error();
    const ScriptOutput output = parseScriptOutput(r.value());
    if (r->exitStatus != 0 && output.errors.isEmpty())
        return scriptFailed(QObject::tr("Removing Stitch access"), r.value());
    // What each part did or could not do, under its step: the firewall's under step 1, the
    // account's, its key's and sshd's under step 4.
    StepResult results[2];
    const auto resultFor = [&](bool firewall) -> StepResult & {
        return results[firewall ? 0 : 1];
    };
    for (const ScriptChange &c : output.changes)
        resultFor(c.step == StepId::Firewall).findings
            << makeFinding(Severity::Pass, "remove.changed", c.what);
    for (const Finding &f : output.findings + output.errors)
        resultFor(f.code.startsWith(QLatin1String("firewall."))).findings << f;
    // Not asked to take the firewall rules out: say which stay, so nobody reads "removed" as
    // "closed".
    if (!m_request.options.removeFirewallRules && !m_facts.recordedFirewallRules.isEmpty()) {
        results[0].findings << withRemedy(
            makeFinding(Severity::Pass, "firewall.rules_kept",
                        QObject::tr("The firewall rules this tool added stay (by its record: "
                                    "%1): Stitch's addresses can still reach the SSH port.")
                            .arg(m_facts.recordedFirewallRulesText()),
                        QObject::tr("Remove Stitch access again with its firewall rules to take "
                                    "them out.")),
            RemedyKind::RemoveFirewallRules);
    }
    for (const StepId step : {StepId::Firewall, StepId::TunnelUser}) {
        const bool firewall = step == StepId::Firewall;
        StepResult &result = resultFor(firewall);
        if (result.findings.isEmpty())
            continue;
        const bool changed = std::any_of(
            output.changes.cbegin(), output.changes.cend(),
            [firewall](const ScriptChange &c) { return (c.step == StepId::Firewall) == firewall; });
        const StepStatus judged = statusFromFindings(result.findings);
        result.status = judged == StepStatus::Fail || !changed ? judged : StepStatus::Changed;
        m_steps[static_cast<std::size_t>(step)] = result;
    }
    return {};
}

} // namespace stitch::setup
