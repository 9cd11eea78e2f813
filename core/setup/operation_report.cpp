#include "operation_report.h"

#include <QCoreApplication>

namespace stitch::setup {

QString operationBusyText(Operation operation)
{
    switch (operation) {
    case Operation::Connect:
        return QCoreApplication::translate("stitch::setup", "Connecting…");
    case Operation::Check:
        return QCoreApplication::translate("stitch::setup", "Checking the server…");
    case Operation::Apply:
        return QCoreApplication::translate("stitch::setup",
                                           "Applying the changes and verifying them…");
    case Operation::Remove:
        return QCoreApplication::translate("stitch::setup", "Removing Stitch's access…");
    }
    return {};
}

QString connectingText(const QString &host)
{
    return QCoreApplication::translate("stitch::setup", "Connecting to %1…").arg(host);
}

bool OperationReport::stepsOk() const
{
    for (const StepResult &r : steps) {
        if (r.status == StepStatus::Fail)
            return false;
    }
    return true;
}

} // namespace stitch::setup
