#include "wizard_main.h"

#include "common/app_identity.h"
#include "common/translations.h"
#include "demo_mode.h"
#include "main_window.h"
#include "model/setup_session.h"
#include "session/credential_store.h"
#include "setup/setup_worker.h"
#include "setup_controller.h"
#include "tunnel_wizard.h"
#include "version.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>

namespace stitch::wizard {

bool displayAvailable(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-platform" || arg == "--platform")
            return true;
    }
    return false;
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

QString setupFileArgument(const QStringList &arguments)
{
    static const QStringList withValue{
        QStringLiteral("-platform"),        QStringLiteral("--platform"),
        QStringLiteral("-style"),           QStringLiteral("--style"),
        QStringLiteral("-stylesheet"),      QStringLiteral("-display"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),     QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-session")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

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
            QTextStream(stdout) << "Usage: stitch-tunnel-wizard [--demo] [--version] [SETUP-FILE]\n"
                                   "  --demo     (Linux, as root) try the whole flow against a "
                                   "throwaway local demo server\n"
                                   "  SETUP-FILE a setup file (*.stitch-tunnel) to open, "
                                   "as saved with File → Save setup…\n";
            return 0;
        }
    }
    if (!displayAvailable(argc, argv)) {
        // One line instead of Qt's abort: what is wrong and what works without a display.
        QCoreApplication core(argc, argv);
        installTranslations(core);
        QTextStream(stderr) << QCoreApplication::translate(
                                   "stitch::wizard",
                                   "stitch-tunnel-wizard: no display to open a window on "
                                   "(DISPLAY and WAYLAND_DISPLAY are not set); without one, use "
                                   "the command-line tool: stitch-tunnel --help (its demo: "
                                   "tests/sandbox/demo.sh in the source checkout).")
                            << '\n';
        return 1;
    }
    QApplication app(argc, argv);
    installTranslations(app);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("Stitch SSH Tunnel Wizard"));
    // Matches the installed .desktop file, so Wayland shells pair the window with its launcher.
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.stitch_tunnel_wizard.stitch_tunnel_wizard"));
    const QStringList arguments = QCoreApplication::arguments();
    bool demo = isDemoRequested(arguments);
    bool explainDemo = false;
    if (demo && !isInsideSandbox()) {
        if (!demoNeedsRoot())
            return runInsideSandbox(arguments);
        // Without root the sandbox cannot start: the wizard opens, and says how to start it.
        demo = false;
        explainDemo = true;
    }

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
    if (const QString file = setupFileArgument(arguments); !file.isEmpty() && !demo)
        window.openSetupFile(file);
    if (explainDemo)
        explainDemoNeedsRoot(&window);
    return app.exec();
}

} // namespace stitch::wizard
