#include "app_identity.h"

#include "version.h"

#include <QCoreApplication>

namespace stitch {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Stitch Tunnel Wizard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("stitch-tunnel-wizard.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral(STITCH_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(STITCH_VERSION));
}

} // namespace stitch
