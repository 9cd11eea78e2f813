#include "wizard_main.h"

#include "common/app_identity.h"
#include "session/setup_session.h"
#include "tunnel_wizard.h"
#include "version.h"

#include <QApplication>
#include <QTextStream>

namespace stitch::wizard {

int runWizard(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral(STITCH_APP_NAME));
    QApplication::setApplicationDisplayName(QObject::tr("Stitch SSH Tunnel Wizard"));
    if (QCoreApplication::arguments().contains(QStringLiteral("--version"))) {
        QTextStream(stdout) << "stitch-tunnel-wizard " << STITCH_VERSION << '\n';
        return 0;
    }
    SetupSession session;
    TunnelWizard wizard(session);
    wizard.show();
    return app.exec();
}

} // namespace stitch::wizard
