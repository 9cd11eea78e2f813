#include "demo_mode.h"

#include "common/secret.h"
#include "common/shell_quote.h"
#include "model/setup_session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace stitch::wizard {

namespace {
// The sandbox is test scaffolding and is not installed with the app: it is found in the
// source checkout a build tree lives in (the presets build into <checkout>/build/<preset>/app),
// or where STITCH_SANDBOX_SCRIPT points. No source path is compiled in.
QString sandboxScript()
{
    const QString explicitScript = qEnvironmentVariable("STITCH_SANDBOX_SCRIPT");
    if (!explicitScript.isEmpty())
        return QFileInfo(explicitScript).isExecutable() ? explicitScript : QString();
    const QString inCheckout = QCoreApplication::applicationDirPath() +
                               QStringLiteral("/../../../tests/sandbox/run-in-sandbox.sh");
    return QFileInfo(inCheckout).isExecutable() ? QFileInfo(inCheckout).canonicalFilePath()
                                                : QString();
}

QByteArray readSandboxFile(const QString &name)
{
    QFile f(qEnvironmentVariable("STITCH_SANDBOX_DIR") + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}
} // namespace

bool isDemoRequested(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--demo"));
}

bool demoNeedsRoot()
{
#ifdef Q_OS_LINUX
    return ::geteuid() != 0;
#else
    return false; // no sandbox there: runInsideSandbox() says what is missing
#endif
}

void explainDemoNeedsRoot(QWidget *window)
{
    const auto quoted = shellQuote(QCoreApplication::applicationFilePath());
    const QString command =
        QStringLiteral("sudo %1 --demo")
            .arg(quoted ? quoted.value() : QCoreApplication::applicationFilePath());
    auto *box = new QMessageBox(
        QMessageBox::Information, QCoreApplication::translate("stitch::wizard", "Demo"),
        QCoreApplication::translate("stitch::wizard", "The demo needs root, so it did not start."),
        QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("demoNeedsRootBox"));
    // The command whole on one line, so it can be selected and copied as it is.
    box->setInformativeText(
        QStringLiteral("<p>%1</p><p style=\"white-space:pre\"><tt>%2</tt></p><p>%3</p>")
            .arg(QCoreApplication::translate(
                     "stitch::wizard",
                     "The demo starts a throwaway SSH server and PostgreSQL in their own Linux "
                     "namespaces, which only root may create. Start it from a terminal in this "
                     "source checkout:")
                     .toHtmlEscaped(),
                 command.toHtmlEscaped(),
                 QCoreApplication::translate(
                     "stitch::wizard",
                     "Without a display, tests/sandbox/demo.sh runs the same demo with the "
                     "command-line tool. The wizard is open for your own server meanwhile.")
                     .toHtmlEscaped()));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool isInsideSandbox()
{
    return qEnvironmentVariable("STITCH_SANDBOX") == QLatin1String("1");
}

int runInsideSandbox(const QStringList &arguments)
{
    const QString script = sandboxScript();
    if (script.isEmpty()) {
        qCritical("--demo needs a source checkout: run the wizard built in it "
                  "(build/<preset>/app/stitch-tunnel-wizard --demo), or set "
                  "STITCH_SANDBOX_SCRIPT to its tests/sandbox/run-in-sandbox.sh.");
        return 2;
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STITCH_SANDBOX_HOST_TMP"), QStringLiteral("1")); // X11 socket
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.start(script, QStringList{QCoreApplication::applicationFilePath()} + arguments.mid(1));
    child.waitForFinished(-1);
    return child.exitCode();
}

Status prefillDemoSession(SetupSession &session)
{
    const QString dir = qEnvironmentVariable("STITCH_SANDBOX_DIR");
    ssh::ConnectionSettings c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = 2222;
    c.user = QStringLiteral("stitchadmin");
    session.setConnection(c);
    ssh::Credentials credentials;
    credentials.password = Secret(readSandboxFile(QStringLiteral("stitchadmin.password")));
    credentials.sudoPassword = credentials.password.clone();
    session.setCredentials(std::move(credentials));

    // The demo plays Stitch too: a key pair whose public half the wizard installs.
    const QString key = dir + QStringLiteral("/stitch_demo_key");
    if (!QFile::exists(key)) {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                      QStringLiteral("stitch-demo-account"), QStringLiteral("-f"), key});
        keygen.waitForFinished(10000);
    }
    SetupChoices choices = session.choices();
    choices.databaseHost = QStringLiteral("127.0.0.1");
    choices.databasePort = 5432;
    choices.publicKey = QString::fromUtf8(readSandboxFile(QStringLiteral("stitch_demo_key.pub")));
    session.setChoices(choices);
    if (choices.publicKey.isEmpty())
        return makeError(ErrorCode::LocalIoError, QStringLiteral("The demo key could not be made."),
                         QStringLiteral("Check that ssh-keygen is installed."));
    return {};
}

} // namespace stitch::wizard
