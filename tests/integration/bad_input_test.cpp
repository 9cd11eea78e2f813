// The bad-input catalogue: every case names the exact error code, gets a message that names the
// problem and a fix, and leaves the server exactly as it was.
#include "cli_run.h"
#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/setup_runner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace stitch;
using namespace stitch::setup;

namespace {

using sandbox::overlayOver;
using sandbox::serverState;

QString generatedKey(const QTemporaryDir &dir, const char *type, const char *bits = nullptr,
                     const char *format = nullptr, bool privatePart = false)
{
    const QString path =
        dir.filePath(QStringLiteral("k-%1-%2-%3")
                         .arg(QLatin1String(type), QLatin1String(bits ? bits : "d"),
                              QLatin1String(format ? format : "o")));
    QString cmd = QStringLiteral("rm -f %1 %1.pub; ssh-keygen -q -N '' -t %2 -f %1")
                      .arg(path, QLatin1String(type));
    if (bits)
        cmd += QStringLiteral(" -b ") + QLatin1String(bits);
    if (format)
        cmd += QStringLiteral(" -m ") + QLatin1String(format);
    sandbox::shell(cmd);
    QFile f(privatePart ? path : path + QStringLiteral(".pub"));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

struct Case
{
    const char *name;
    ErrorCode code;
    std::function<void(SetupChoices &, ssh::ConnectionSettings &, ssh::Credentials &)> change;
    const char *mentions = nullptr; // a word the message must contain
};

} // namespace

class BadInput : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        keys = new QTemporaryDir;
        ed25519 = generatedKey(*keys, "ed25519");
        rsa1024Pub = QStringLiteral("ssh-rsa ") +
                     generatedKey(*keys, "rsa", "1024").section(QLatin1Char(' '), 1);
        rsaPemPrivate = generatedKey(*keys, "rsa", "2048", "PEM", true);
        opensshPrivate = generatedKey(*keys, "ed25519", nullptr, nullptr, true);
    }
    static void TearDownTestSuite() { delete keys; }
    static inline QTemporaryDir *keys = nullptr;
    static inline QString ed25519, rsa1024Pub, rsaPemPrivate, opensshPrivate;
};

TEST_F(BadInput, CatalogueOfFortyPlusCases)
{
    const QString blob = ed25519.section(QLatin1Char(' '), 1, 1);
    const QVector<Case> cases{
        // The Stitch public key
        {"empty key", ErrorCode::KeyEmpty,
         [](auto &c, auto &, auto &) {
             c.publicKey = QStringLiteral("  \n");
         }},
        {"truncated key", ErrorCode::KeyMalformed,
         [&](auto &c, auto &, auto &) {
             c.publicKey = QStringLiteral("ssh-ed25519 ") + blob.left(30);
         }},
        {"type does not match blob", ErrorCode::KeyMalformed,
         [&](auto &c, auto &, auto &) {
             c.publicKey = QStringLiteral("ssh-rsa ") + blob;
         }},
        {"DSA key", ErrorCode::KeyTypeUnsupported,
         [](auto &c, auto &, auto &) {
             c.publicKey = QStringLiteral("ssh-dss AAAAB3NzaC1kc3MAAACBAP1/");
         }},
        {"RSA 1024", ErrorCode::KeyTooWeak,
         [&](auto &c, auto &, auto &) {
             c.publicKey = rsa1024Pub;
         }},
        {"OpenSSH private key", ErrorCode::PrivateKeyGiven,
         [&](auto &c, auto &, auto &) {
             c.publicKey = opensshPrivate;
         }},
        {"PEM private key", ErrorCode::PrivateKeyGiven,
         [&](auto &c, auto &, auto &) {
             c.publicKey = rsaPemPrivate;
         }},
        {"PuTTY private key", ErrorCode::PrivateKeyGiven,
         [](auto &c, auto &, auto &) {
             c.publicKey = QStringLiteral("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n"
                                          "Comment: x\nPublic-Lines: 2\nAAAA\nAAAA\n");
         }},
        {"options in front of the key", ErrorCode::KeyMalformed,
         [&](auto &c, auto &, auto &) {
             c.publicKey = QStringLiteral("restrict,command=\"x\" ") + ed25519;
         }},
        {"two keys", ErrorCode::KeyMalformed,
         [&](auto &c, auto &, auto &) {
             c.publicKey = ed25519.trimmed() + QLatin1Char('\n') + ed25519;
         }},
        {"not a key at all", ErrorCode::KeyMalformed,
         [](auto &c, auto &, auto &) {
             c.publicKey = QStringLiteral("hello world");
         }},
        // The tunnel user
        {"user root", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) { c.tunnelUser = QStringLiteral("root"); }, "root"},
        {"user -x", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.tunnelUser = QStringLiteral("-x");
         }},
        {"user with space", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.tunnelUser = QStringLiteral("a b");
         }},
        {"user $(id)", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.tunnelUser = QStringLiteral("$(id)");
         }},
        {"user over-long", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.tunnelUser = QString(40, QLatin1Char('a'));
         }},
        {"user upper case", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.tunnelUser = QStringLiteral("Stitch");
         }},
        {"existing system account", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) { c.tunnelUser = QStringLiteral("games"); }, "system account"},
        // Stitch's addresses
        {"CIDR /33", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.customCidrs = {QStringLiteral("1.2.3.4/33")};
         }},
        {"CIDR whole internet", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.customCidrs = {QStringLiteral("0.0.0.0/0")};
         }},
        {"CIDR shorthand", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.customCidrs = {QStringLiteral("1.2.3")};
         }},
        {"CIDR host bits", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.customCidrs = {QStringLiteral("10.0.0.1/8")};
         }},
        {"CIDR shell", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.customCidrs = {QStringLiteral("1.2.3.4;id")};
         }},
        {"unknown region", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.region = QStringLiteral("mars");
         }},
        // The database
        {"db port 0", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.databasePort = 0;
         }},
        {"db host ;", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.databaseHost = QStringLiteral("db;reboot");
         }},
        {"db host $()", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.databaseHost = QStringLiteral("$(touch /x)");
         }},
        {"db host backticks", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.databaseHost = QStringLiteral("`id`");
         }},
        {"db host space", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.databaseHost = QStringLiteral("a b");
         }},
        {"db host option", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.databaseHost = QStringLiteral("-oProxyCommand=x");
         }},
        {"db host with port", ErrorCode::InvalidInput,
         [](auto &c, auto &, auto &) {
             c.databaseHost = QStringLiteral("db:5432");
         }},
        // Reaching and logging in to the server
        {"refused port", ErrorCode::ConnectionRefused,
         [](auto &, auto &s, auto &) { s.port = 2299; }, "2299"},
        {"DNS failure", ErrorCode::HostNotFound,
         [](auto &, auto &s, auto &) {
             s.host = QStringLiteral("no-such-host.invalid");
         }},
        {"wrong password", ErrorCode::AuthenticationFailed,
         [](auto &, auto &, auto &k) { k.password = Secret(QByteArray("not-the-password")); },
         "password"},
        {"missing key file", ErrorCode::KeyFileUnreadable,
         [](auto &, auto &s, auto &) {
             s.authMethod = ssh::AuthMethod::KeyFile;
             s.identityFile = QStringLiteral("/nonexistent/id");
         }},
        {"wrong key passphrase", ErrorCode::KeyPassphraseWrong,
         [](auto &, auto &s, auto &k) {
             s.authMethod = ssh::AuthMethod::KeyFile;
             s.identityFile = sandbox::file(QStringLiteral("keys/admin_ed25519_pass"));
             k.keyPassphrase = Secret(QByteArray("wrong"));
         }},
        {"unknown host key", ErrorCode::HostKeyUnknown,
         [](auto &, auto &s, auto &) {
             s.hostKeyTrust = {};
         }},
        {"mismatched fingerprint", ErrorCode::HostKeyMismatch,
         [](auto &, auto &s, auto &) {
             s.hostKeyTrust.expectedFingerprint =
                 QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
         }},
        {"no sudo rights", ErrorCode::SudoNotAllowed,
         [](auto &, auto &s, auto &k) {
             s.user = QStringLiteral("nosudo");
             k = sandbox::passwordCredentials(QStringLiteral("nosudo"));
         }},
        {"wrong sudo password", ErrorCode::SudoWrongPassword,
         [](auto &, auto &, auto &k) {
             k.sudoPassword = Secret(QByteArray("not-the-sudo-password"));
         }},
        {"no sudo password", ErrorCode::SudoPasswordRequired,
         [](auto &, auto &, auto &k) {
             k.sudoPassword = Secret();
         }},
        {"requiretty", ErrorCode::SudoRequiresTty,
         [](auto &, auto &s, auto &k) {
             s.user = QStringLiteral("ttyadmin");
             k = sandbox::passwordCredentials(QStringLiteral("ttyadmin"));
         }},
    };
    ASSERT_GE(cases.size(), 40);
    QTemporaryDir scratch;
    int checked = 0;
    for (const Case &c : cases) {
        SetupSession session;
        ssh::ConnectionSettings settings =
            sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch);
        ssh::Credentials credentials = sandbox::passwordCredentials(QStringLiteral("stitchadmin"));
        SetupChoices choices;
        choices.tunnelUser = QStringLiteral("stitchbad");
        choices.publicKey = ed25519;
        choices.databaseHost = QStringLiteral("127.0.0.1");
        c.change(choices, settings, credentials);
        session.setConnection(settings);
        session.setCredentials(std::move(credentials));
        session.setChoices(choices);

        const QByteArray before = serverState();
        SetupRunner runner(session.request());
        Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
        ASSERT_FALSE(s.ok()) << c.name << ": must fail";
        EXPECT_EQ(errorCodeName(s.error().code).toStdString(), errorCodeName(c.code).toStdString())
            << c.name << ": " << s.error().oneLine().toStdString();
        EXPECT_GT(s.error().message.size(), 15) << c.name;
        EXPECT_FALSE(s.error().fix.isEmpty()) << c.name << ": the fix is named";
        if (c.mentions) {
            EXPECT_TRUE(s.error().message.contains(QString::fromLatin1(c.mentions)))
                << c.name << ": " << s.error().message.toStdString();
        }
        EXPECT_EQ(serverState(), before) << c.name << ": the server is unchanged";
        ++checked;
    }
    RecordProperty("cases", checked);
}

TEST_F(BadInput, ServerWithoutUseraddIsAClearErrorAndChangesNothing)
{
    const QTemporaryDir layers;
    ASSERT_TRUE(overlayOver(QStringLiteral("/usr/sbin"), layers,
                            QStringLiteral("for t in useradd groupadd adduser addgroup; do "
                                           "p=$(command -v $t) && rm -f /usr/sbin/${p##*/}; "
                                           "done; ! command -v groupadd")))
        << "the tools could not be hidden";
    // Lazily: an sshd session started meanwhile runs the overlay's sshd binary, which keeps a
    // plain umount busy (and the tools hidden for every test after this one).
    const auto restore = qScopeGuard([] {
        sandbox::shell(QStringLiteral("umount -l /usr/sbin"));
        EXPECT_FALSE(sandbox::shell(QStringLiteral("command -v groupadd")).isEmpty())
            << "groupadd is still hidden";
    });
    QTemporaryDir scratch;
    SetupSession session;
    session.setConnection(sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch));
    session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
    SetupChoices choices;
    choices.tunnelUser = QStringLiteral("stitchnouseradd");
    choices.publicKey = ed25519;
    choices.databaseHost = QStringLiteral("127.0.0.1");
    session.setChoices(choices);
    const QByteArray before = serverState();
    SetupRunner runner(session.request());
    Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::RemoteCommandFailed);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("groupadd")))
        << s.error().message.toStdString();
    EXPECT_EQ(serverState(), before);
}

// The same mistakes through the CLI: the exit code follows the one rule (local 2, server 3) and
// the fix names the flag to use.
namespace {

clirun::CliRun connectAs(const QString &login, const QStringList &extra,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QTemporaryDir scratch;
    return clirun::runCli(clirun::connectArgs(scratch, login)
                              << QStringLiteral("--host-key-fingerprint")
                              << sandbox::hostKeyFingerprint() << extra,
                          env);
}

QStringList passwordOf(const QString &login)
{
    return {QStringLiteral("--json"), QStringLiteral("--password-file"),
            sandbox::file(login + QStringLiteral(".password"))};
}

} // namespace

TEST_F(BadInput, CliEmptyPasswordFileIsSaidNotSwitchedToTheAgent)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("pw"));
    QFile f(empty);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ASSERT_FALSE(env.value(QStringLiteral("SSH_AUTH_SOCK")).isEmpty())
        << "the sandbox runs an ssh-agent, which an empty file used to fall back to";
    const clirun::CliRun r =
        connectAs(QStringLiteral("stitchadmin"), {QStringLiteral("--password-file"), empty}, env);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err.toStdString(),
              QStringLiteral("stitch-tunnel: error: The --password-file %1 is empty. Fix: Put the "
                             "secret on the first line of %1, or leave out --password-file.\n")
                  .arg(empty)
                  .toStdString());
}

TEST_F(BadInput, CliMissingIdentityFileIsALocalProblem)
{
    const clirun::CliRun r =
        connectAs(QStringLiteral("stitchadmin"),
                  {QStringLiteral("--identity"), QStringLiteral("/nonexistent/id")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.endsWith(QStringLiteral("Fix: Give --identity the private key file you log "
                                              "in with (for example ~/.ssh/id_ed25519, not the "
                                              ".pub file).\n")))
        << r.err.toStdString();
}

TEST_F(BadInput, CliEverySudoProblemExitsThree)
{
    QProcessEnvironment wrongSudo = QProcessEnvironment::systemEnvironment();
    wrongSudo.insert(QStringLiteral("STITCH_TUNNEL_SUDO_PASSWORD"), QStringLiteral("Wr0ngSudo"));
    struct Case
    {
        const char *name;
        clirun::CliRun run;
        const char *code;
    };
    const Case cases[] = {
        {"not in sudoers",
         connectAs(QStringLiteral("nosudo"), passwordOf(QStringLiteral("nosudo"))),
         "sudo_not_allowed"},
        {"requiretty",
         connectAs(QStringLiteral("ttyadmin"), passwordOf(QStringLiteral("ttyadmin"))),
         "sudo_requires_tty"},
        {"wrong sudo password",
         connectAs(QStringLiteral("stitchadmin"), passwordOf(QStringLiteral("stitchadmin")),
                   wrongSudo),
         "sudo_wrong_password"},
        // Key login: no login password to reuse for sudo.
        {"key login, sudo password needed",
         connectAs(QStringLiteral("stitchadmin"),
                   {QStringLiteral("--json"), QStringLiteral("--identity"),
                    sandbox::file(QStringLiteral("keys/admin_ed25519"))}),
         "sudo_password_required"},
    };
    const auto error = [](const clirun::CliRun &run) {
        return QJsonDocument::fromJson(run.out.toUtf8())
            .object()
            .value(QStringLiteral("error"))
            .toObject();
    };
    for (const Case &c : cases) {
        EXPECT_EQ(c.run.exitCode, 3) << c.name << ": " << c.run.out.toStdString();
        EXPECT_EQ(error(c.run).value(QStringLiteral("code")).toString().toStdString(), c.code)
            << c.name;
    }
    EXPECT_EQ(error(cases[3].run).value(QStringLiteral("fix")).toString().toStdString(),
              "Put stitchadmin's sudo password in a file and run again with --sudo-password-file "
              "FILE (or set STITCH_TUNNEL_SUDO_PASSWORD).");
    EXPECT_EQ(error(cases[2].run).value(QStringLiteral("fix")).toString().toStdString(),
              "Check that --sudo-password-file (or STITCH_TUNNEL_SUDO_PASSWORD, whichever you "
              "used) holds stitchadmin's own password, not root's; without either, the login "
              "password is used for sudo.");
}

// A server that speaks German (the admin's login shell sets LANG, as .bashrc or pam_env do):
// sudo's answers are still understood, so a wrong sudo password is exit 3 with
// sudo_wrong_password, not "could not find out whether … may use sudo: Das hat nicht
// funktioniert".
TEST_F(BadInput, ASudoThatSpeaksGermanIsStillUnderstood)
{
    const QTemporaryDir layers;
    ASSERT_TRUE(overlayOver(QStringLiteral("/usr/lib/locale"), layers,
                            QStringLiteral("localedef -i de_DE -f UTF-8 de_DE.UTF-8")))
        << "the German locale could not be made";
    const QByteArray bashrc = sandbox::shell(QStringLiteral("cat /home/stitchadmin/.bashrc"));
    const auto restore = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("printf '%s' %1 | base64 -d >/home/stitchadmin/.bashrc; "
                                      "umount -l /usr/lib/locale")
                           .arg(QString::fromLatin1(bashrc.toBase64())));
    });
    sandbox::shell(QStringLiteral("printf 'export LANG=de_DE.UTF-8 LANGUAGE=de\\n' | cat - "
                                  "/home/stitchadmin/.bashrc >/tmp/bashrc.de && cat /tmp/bashrc.de "
                                  ">/home/stitchadmin/.bashrc"));
    // sudo does speak German there.
    const QByteArray german = sandbox::shell(
        QStringLiteral("echo wrong | runuser -u stitchadmin -- env LANG=de_DE.UTF-8 LANGUAGE=de "
                       "sudo -k -S -p '' true 2>&1"));
    ASSERT_FALSE(german.contains("Sorry")) << german.toStdString();

    QProcessEnvironment wrongSudo = QProcessEnvironment::systemEnvironment();
    wrongSudo.insert(QStringLiteral("STITCH_TUNNEL_SUDO_PASSWORD"), QStringLiteral("Wr0ngSudo"));
    const clirun::CliRun r = connectAs(QStringLiteral("stitchadmin"),
                                       passwordOf(QStringLiteral("stitchadmin")), wrongSudo);
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("\"sudo_wrong_password\"")))
        << r.out.toStdString() << r.err.toStdString();
}
