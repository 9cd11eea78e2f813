#include "ssh_host_findings.h"

#include "common/input_validation.h"

#include <QObject>

namespace stitch {

QVector<Finding> sshHostFindings(const QString &sshHost, bool given)
{
    if (!isPrivateHost(sshHost))
        return {};
    const QString message =
        given ? QObject::tr("The SSH Host for Stitch, %1, is a private address, but Stitch "
                            "connects from the internet.")
                    .arg(sshHost)
              : QObject::tr("%1 is a private address, but Stitch connects from the "
                            "internet.")
                    .arg(sshHost);
    return {withRemedy(makeFinding(Severity::Warn, "finish.private_ssh_host", message,
                                   QObject::tr("Enter the SSH server's public address or DNS "
                                               "name as SSH Host in Stitch.")),
                       RemedyKind::GivePublicHost, {})};
}

void rejudgeSshHost(StepResult &finish, const QString &sshHost, bool given)
{
    if (finish.status == StepStatus::NotChecked)
        return;
    const bool statusFollowsFindings = finish.status == statusFromFindings(finish.findings);
    QVector<Finding> findings = sshHostFindings(sshHost, given);
    for (const Finding &f : std::as_const(finish.findings)) {
        if (f.code != QLatin1String("finish.private_ssh_host"))
            findings << f;
    }
    finish.findings = findings;
    if (statusFollowsFindings)
        finish.status = statusFromFindings(finish.findings);
}

} // namespace stitch
