#include "step_result.h"

namespace stitch {

QString stepIdName(StepId id)
{
    switch (id) {
    case StepId::Firewall:
        return QStringLiteral("firewall");
    case StepId::Database:
        return QStringLiteral("database");
    case StepId::PublicKey:
        return QStringLiteral("public_key");
    case StepId::TunnelUser:
        return QStringLiteral("tunnel_user");
    case StepId::Finish:
        return QStringLiteral("finish");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QStringLiteral("pass");
    case Severity::Warn:
        return QStringLiteral("warn");
    case Severity::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::NotChecked:
        return QStringLiteral("not_checked");
    case StepStatus::Pass:
        return QStringLiteral("pass");
    case StepStatus::Warn:
        return QStringLiteral("warn");
    case StepStatus::Fail:
        return QStringLiteral("fail");
    case StepStatus::Changed:
        return QStringLiteral("changed");
    case StepStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

Finding makeFinding(Severity severity, const char *code, const QString &message, const QString &fix)
{
    return {severity, QString::fromLatin1(code), message, fix, Remedy{}};
}

Finding failingFinding(const Error &error)
{
    return {Severity::Fail, errorCodeName(error.code), error.message, error.fix, error.remedy};
}

Finding withRemedy(Finding finding, RemedyKind kind, const QStringList &values)
{
    finding.remedy = Remedy{kind, values};
    return finding;
}

StepStatus statusFromFindings(const QVector<Finding> &findings)
{
    StepStatus status = StepStatus::Pass;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Fail)
            return StepStatus::Fail;
        if (f.severity == Severity::Warn)
            status = StepStatus::Warn;
    }
    return status;
}

} // namespace stitch
