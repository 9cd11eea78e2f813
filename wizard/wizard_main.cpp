#include "wizard_main.h"

#include "common/app_identity.h"
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
#include <QLineEdit>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace stitch::wizard {

namespace {

// The system locale's translation (embedded under :/i18n by lrelease, translations/*.ts) and Qt's
// own strings (standard buttons, context menus) when the system has them. Installed before any
// widget exists, so every tr() sees it. English needs neither and loads nothing.
void installTranslators(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("stitch-tunnel-wizard"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace

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
    installTranslators(app);
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
    if (demo) {
        // The demo server's throwaway password, so the demo needs no typing.
        if (auto *password = window.findChild<QLineEdit *>(QStringLiteral("passwordEdit")))
            password->setText(QString::fromUtf8(session.credentials().password.bytes()));
    }
    window.show();
    return app.exec();
}

} // namespace stitch::wizard
