#include "wizard_main.h"

#include "common/app_identity.h"
#include "common/translations.h"
#include "demo_mode.h"
#include "main_window.h"
#include "session/credential_store.h"
#include "session/setup_session.h"
#include "setup/setup_worker.h"
#include "setup_controller.h"
#include "tunnel_wizard.h"
#include "version.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>

namespace stitch::wizard {

int runWizard(int argc, char **argv)
{
    // --version and --help must work without a display, so they come before QApplication.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version") {
            QTextStream(stdout) << "stitch-tunnel-wizard " << STITCH_VERSION << '\n';
            return 0;
        }
        if (arg == "--help" || arg == "-h") {
            QTextStream(stdout) << "Usage: stitch-tunnel-wizard [--demo] [--version]\n"
                                   "  --demo     (Linux, as root) try the whole flow against a "
                                   "throwaway local demo server\n";
            return 0;
        }
    }
    QApplication app(argc, argv);
    installTranslations(app);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("Stitch SSH Tunnel Wizard"));
    // Matches the installed .desktop file, so Wayland shells pair the window with its launcher.
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.stitch_tunnel_wizard.stitch_tunnel_wizard"));
    const QStringList arguments = QCoreApplication::arguments();
    const bool demo = isDemoRequested(arguments);
    if (demo && !isInsideSandbox())
        return runInsideSandbox(arguments);

    SetupSession session;
    if (demo) {
        if (Status s = prefillDemoSession(session); !s) {
            QTextStream(stderr) << s.error().oneLine() << '\n';
            return 1;
        }
    }
    setup::SetupWorker worker;
    SetupController controller(session, worker);
    KeychainCredentialStore keychain;
    MainWindow window(session, controller, keychain);
    window.show();
    return app.exec();
}

} // namespace stitch::wizard
