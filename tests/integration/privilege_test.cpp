#include "remote/remote_runner.h"
#include "sandbox_env.h"
#include "ssh/ssh_connection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::remote;
using namespace stitch::ssh;

namespace {

struct Login
{
    QTemporaryDir scratch;
    ConnectionSettings settings;
    SshConnection connection;
    Transcript transcript;
    std::unique_ptr<RemoteRunner> runner;

    explicit Login(const QString &user,
                   std::chrono::milliseconds commandTimeout = std::chrono::seconds(120))
    {
        settings = sandbox::settingsFor(user, scratch);
        settings.commandTimeout = commandTimeout;
        EXPECT_TRUE(connection.connect(settings).ok());
        EXPECT_TRUE(connection.authenticate(settings, sandbox::passwordCredentials(user)).ok());
        runner = std::make_unique<RemoteRunner>(connection, transcript, user);
    }
};

const QString kMarker = QStringLiteral("/root/stitch-privilege-marker");

// Whether a process with exactly this argv runs anywhere in the sandbox (the test shares its
// PID namespace with the sandbox's sshd).
bool processRuns(const QList<QByteArray> &argv)
{
    const QByteArray wanted = argv.join('\0') + '\0';
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll() == wanted)
            return true;
    }
    return false;
}

} // namespace

TEST(Privilege, SudoWithPassword)
{
    Login l(QStringLiteral("stitchadmin"));
    auto p = l.runner->establishPrivilege(sandbox::password(QStringLiteral("stitchadmin")));
    ASSERT_TRUE(p.ok()) << p.error().oneLine().toStdString();
    EXPECT_EQ(p->mode, PrivilegeMode::SudoWithPassword);
    // A privileged script also gets its own stdin after the password line.
    auto r =
        l.runner->runPrivileged(QStringLiteral("test"), QStringLiteral("id -u; cat"), "payload\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->stdOut, QByteArray("0\npayload\n"));
    EXPECT_FALSE(r->stdErr.contains("stitch-tunnel-sudo")) << "our prompt is stripped";
}

TEST(Privilege, WrongSudoPasswordChangesNothing)
{
    Login l(QStringLiteral("stitchadmin"));
    auto p = l.runner->establishPrivilege(Secret(QByteArray("wrong-password")));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::SudoWrongPassword);
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("Nothing was changed")));
    auto r =
        l.runner->runPrivileged(QStringLiteral("must not run"), QStringLiteral("touch ") + kMarker);
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(QFile::exists(kMarker));
    for (const auto &e : l.transcript.entries()) {
        EXPECT_FALSE(e.stdOut.contains(QStringLiteral("wrong-password")));
        EXPECT_FALSE(e.stdErr.contains(QStringLiteral("wrong-password")));
        EXPECT_FALSE(e.script.contains(QStringLiteral("wrong-password")));
    }
}

TEST(Privilege, MissingSudoPassword)
{
    Login l(QStringLiteral("stitchadmin"));
    auto p = l.runner->establishPrivilege(Secret());
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::SudoPasswordRequired);
}

TEST(Privilege, SudoWithoutPassword)
{
    Login l(QStringLiteral("nopwadmin"));
    auto p = l.runner->establishPrivilege(Secret());
    ASSERT_TRUE(p.ok()) << p.error().oneLine().toStdString();
    EXPECT_EQ(p->mode, PrivilegeMode::SudoNoPassword);
    auto r = l.runner->runPrivileged(QStringLiteral("test"), QStringLiteral("id -u; cat"), "in\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->stdOut, QByteArray("0\nin\n"));
}

TEST(Privilege, NotInSudoers)
{
    Login l(QStringLiteral("nosudo"));
    auto p = l.runner->establishPrivilege(sandbox::password(QStringLiteral("nosudo")));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::SudoNotAllowed);
}

TEST(Privilege, RequireTty)
{
    Login l(QStringLiteral("ttyadmin"));
    auto p = l.runner->establishPrivilege(sandbox::password(QStringLiteral("ttyadmin")));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::SudoRequiresTty);
}

TEST(Privilege, RootLogin)
{
    QTemporaryDir scratch;
    ConnectionSettings settings = sandbox::settingsFor(QStringLiteral("root"), scratch);
    settings.authMethod = AuthMethod::KeyFile;
    settings.identityFile = sandbox::file(QStringLiteral("keys/admin_ed25519"));
    SshConnection connection;
    ASSERT_TRUE(connection.connect(settings).ok());
    ASSERT_TRUE(connection.authenticate(settings, Credentials{}).ok());
    Transcript transcript;
    RemoteRunner runner(connection, transcript, QStringLiteral("root"));
    auto p = runner.establishPrivilege(Secret());
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->mode, PrivilegeMode::Root);
}

TEST(Privilege, ScriptsRunUnderShWhateverTheLoginShell)
{
    const QByteArray loginShell =
        sandbox::shell(QStringLiteral("getent passwd nopwadmin | cut -d: -f7")).trimmed();
    ASSERT_FALSE(loginShell.isEmpty());
    const auto restoreShell = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("chsh -s %1 nopwadmin").arg(QString::fromUtf8(loginShell)));
    });
    for (const char *shell : {"/bin/bash", "/bin/dash", "/usr/bin/zsh", "/usr/bin/fish"}) {
        int rc = 0;
        sandbox::shell(QStringLiteral("chsh -s %1 nopwadmin").arg(QLatin1String(shell)), &rc);
        ASSERT_EQ(rc, 0) << shell << " must be installed (installers/debian/install-deps.sh)";
        Login l(QStringLiteral("nopwadmin"));
        ASSERT_TRUE(l.runner->establishPrivilege(Secret()).ok()) << shell;
        auto r = l.runner->run(QStringLiteral("quoting"),
                               QStringLiteral("v='a b'\\''c $x'; printf '%s\\n' \"$v\" \"$0\""));
        ASSERT_TRUE(r.ok()) << shell;
        EXPECT_EQ(r->stdOut, QByteArray("a b'c $x\n/bin/sh\n")) << shell;
        auto p = l.runner->runPrivileged(QStringLiteral("privileged"), QStringLiteral("id -u"));
        ASSERT_TRUE(p.ok()) << shell;
        EXPECT_EQ(p->stdOut, QByteArray("0\n")) << shell;
    }
}

TEST(Privilege, ScriptPastTheTimeLimitIsStoppedOnTheServerAndTheShellGoesOn)
{
    Login l(QStringLiteral("stitchadmin"), std::chrono::seconds(2));
    ASSERT_TRUE(
        l.runner->establishPrivilege(sandbox::password(QStringLiteral("stitchadmin"))).ok());
    auto first = l.runner->runPrivileged(QStringLiteral("first"), QStringLiteral("id -u"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->stdOut, QByteArray("0\n"));
    ASSERT_TRUE(l.runner->hasPrivilegedShell());

    QElapsedTimer clock;
    clock.start();
    auto hung = l.runner->runPrivileged(QStringLiteral("hangs"),
                                        QStringLiteral("sleep 47; touch ") + kMarker);
    ASSERT_FALSE(hung.ok());
    EXPECT_EQ(hung.error().code, ErrorCode::Timeout) << hung.error().oneLine().toStdString();
    EXPECT_LT(clock.elapsed(), 8000);
    EXPECT_FALSE(processRuns({"sleep", "47"})) << "the server stopped the script's children too";

    EXPECT_TRUE(l.runner->hasPrivilegedShell()) << "the root shell goes on";
    auto after = l.runner->runPrivileged(QStringLiteral("after"), QStringLiteral("id -u"));
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->stdOut, QByteArray("0\n"));
    EXPECT_FALSE(QFile::exists(kMarker));
}

TEST(Privilege, UnusableTmpdirFallsBackToTheHomeFolderAndLeavesNothingThere)
{
    // sshd hands the session a TMPDIR that does not exist, so plain `mktemp -d` fails.
    sandbox::ExtraSshd sshd(2232, {QStringLiteral("SetEnv=TMPDIR=/nonexistent/stitch-tmp")});
    ASSERT_TRUE(sshd.started());
    QTemporaryDir scratch;
    const QString admin = QStringLiteral("stitchadmin");
    const ConnectionSettings settings = sandbox::settingsFor(admin, scratch, 2232);
    SshConnection connection;
    ASSERT_TRUE(connection.connect(settings).ok());
    ASSERT_TRUE(connection.authenticate(settings, sandbox::passwordCredentials(admin)).ok());
    Transcript transcript;
    RemoteRunner runner(connection, transcript, admin);
    auto seen = runner.run(QStringLiteral("tmpdir"), QStringLiteral("echo \"$TMPDIR\""));
    ASSERT_TRUE(seen.ok());
    ASSERT_EQ(seen->stdOut, QByteArray("/nonexistent/stitch-tmp\n")) << "the setup took effect";

    auto p = runner.establishPrivilege(sandbox::password(admin));
    ASSERT_TRUE(p.ok()) << p.error().oneLine().toStdString();
    EXPECT_EQ(p->mode, PrivilegeMode::SudoWithPassword);
    auto r = runner.runPrivileged(QStringLiteral("as root"), QStringLiteral("id -u"));
    ASSERT_TRUE(r.ok()) << r.error().oneLine().toStdString();
    EXPECT_EQ(r->stdOut, QByteArray("0\n"));
    runner.endPrivilegedShell();

    const QString home = QStringLiteral("/home/") + admin;
    QStringList left;
    for (int i = 0; i < 50; ++i) { // the outer shell removes its folder as it exits
        left = QDir(home).entryList({QStringLiteral(".stitch-tunnel.*")},
                                    QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        if (left.isEmpty())
            break;
        QThread::msleep(100);
    }
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}
