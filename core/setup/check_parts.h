#pragma once

#include "server_facts.h"
#include "session/step_result.h"
#include "setup_plan.h"

#include <QRegularExpression>
#include <QString>

// What the step checks (step_checks.cpp, firewall_checks.cpp, account_checks.cpp,
// sshd_checks.cpp) share: the finding makers and the parts checkTunnelUser is made of.
namespace stitch::setup::checks {

inline Finding pass(const char *code, const QString &message)
{
    return makeFinding(Severity::Pass, code, message);
}
inline Finding warn(const char *code, const QString &message, const QString &fix)
{
    return makeFinding(Severity::Warn, code, message, fix);
}
// An sshd setting that keeps the tunnel user out: the front end may offer the tool's own fix
// (values: core's fix text, for the admin who prefers to do it by hand).
inline Finding sshdFixable(Finding finding)
{
    return withRemedy(finding, RemedyKind::FixSshd, {finding.fix});
}
inline Finding fail(const char *code, const QString &message, const QString &fix)
{
    return makeFinding(Severity::Fail, code, message, fix);
}

// The parts of checkTunnelUser, in its order (account_checks.cpp, sshd_checks.cpp).
QVector<Finding> accountFindings(const ServerFacts &facts, const SetupPlan &plan);
QVector<Finding> keyFileModeFindings(const ServerFacts &facts, const SetupPlan &plan);
QVector<Finding> keyFileContentFindings(const ServerFacts &facts, const SetupPlan &plan);
QVector<Finding> lockedAccountFindings(const ServerFacts &facts, const SetupPlan &plan);
QVector<Finding> sshdForwardingFindings(const ServerFacts &facts, const SetupPlan &plan);
QVector<Finding> sshdAccessFindings(const ServerFacts &facts, const SetupPlan &plan,
                                    const QVector<Finding> &earlier);

} // namespace stitch::setup::checks
