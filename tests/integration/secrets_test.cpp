// The login password, the sudo password and the key passphrase never leave the tool except as
// SSH authentication and sudo's stdin: not in any process's argv or environment (on the server,
// which here is the same machine), the transcript, the reports, the CLI's output, the setup
// file, settings files, or sshd's log. The sandbox's real, random secrets are used.
#include "sandbox_env.h"
#include "session/recent_servers.h"
#include "session/setup_file.h"
#include "model/setup_session.h"
#include "setup/report.h"
#include "setup/setup_runner.h"
#include "support/test_files.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <set>
#include <thread>

using namespace stitch;
using namespace stitch::setup;

namespace {

const QString kAdmin = QStringLiteral("stitchadmin");
const char *const kWrapperLog = "/var/tmp/stitch-sudo-wrapper.log";

using test::readFile;

struct NamedSecret
{
    QString name;
    QByteArray value;
};

// Scripts and their stdin travel base64-encoded (RemoteRunner's frames), so a secret that
// leaks along that path is base64 text, not its raw bytes. For each of the three positions a
// secret can take within base64's 3-byte groups, the characters every encoding of a stream
// holding it must contain: the first one or two characters mix with the bytes before it, the
// last incomplete group with the bytes after it.
QByteArray base64Needle(const QByteArray &secret, int offset)
{
    const QByteArray encoded =
        (QByteArray(offset, '\0') + secret).toBase64(QByteArray::OmitTrailingEquals);
    const qsizetype skip = offset == 0 ? 0 : offset + 1;
    const qsizetype end = (offset + secret.size()) / 3 * 4;
    return encoded.mid(skip, end - skip);
}

// Each secret raw, and base64-encoded at each of the three alignments.
std::vector<NamedSecret> rawAndEncoded(const std::vector<NamedSecret> &secrets)
{
    std::vector<NamedSecret> all = secrets;
    for (const NamedSecret &s : secrets) {
        for (int offset = 0; offset < 3; ++offset)
            all.push_back({QStringLiteral("%1 (base64, offset %2)").arg(s.name).arg(offset),
                           base64Needle(s.value, offset)});
    }
    return all;
}

// Counts every (secret, place) check and remembers each leak.
struct Checker
{
    std::vector<NamedSecret> secrets;
    int checks = 0;
    QStringList places;
    QStringList leaks;

    void check(const QString &place, const QByteArray &data)
    {
        places << place;
        for (const NamedSecret &s : secrets) {
            ++checks;
            if (data.contains(s.value))
                leaks << QStringLiteral("%1 in %2").arg(s.name, place);
        }
    }
};

// Samples /proc/*/cmdline and /proc/*/environ of every process (ours, sshd's, sudo's, the remote
// scripts') as fast as it can while the runs go on.
class ProcWatcher
{
public:
    explicit ProcWatcher(std::vector<NamedSecret> secrets) : m_secrets(std::move(secrets))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~ProcWatcher() { stop(); }
    void stop()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }
    int scans() const { return m_scans; }
    std::size_t processes() const { return m_seen.size(); }
    long long samples() const { return m_samples; }
    QStringList leaks() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_leaks;
    }
    bool sawSudo() const { return m_sawSudo; }

private:
    void run()
    {
        while (!m_stop.load()) {
            QDir proc(QStringLiteral("/proc"));
            for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                if (pid.isEmpty() || !pid.at(0).isDigit())
                    continue;
                const QByteArray cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
                const QByteArray environ = readFile(QStringLiteral("/proc/%1/environ").arg(pid));
                if (cmdline.isEmpty() && environ.isEmpty())
                    continue;
                ++m_samples;
                m_seen.insert(pid.toStdString() + '\0' + cmdline.left(200).toStdString());
                if (cmdline.contains("stitch-sudo.real") || cmdline.startsWith("sudo"))
                    m_sawSudo = true;
                for (const NamedSecret &s : m_secrets) {
                    for (const auto &[what, data] :
                         {std::pair{"argv", &cmdline}, std::pair{"environment", &environ}}) {
                        if (data->contains(s.value)) {
                            std::lock_guard<std::mutex> lock(m_mutex);
                            m_leaks << QStringLiteral("%1 in the %2 of pid %3: %4")
                                           .arg(s.name, QLatin1String(what), pid,
                                                QString::fromUtf8(cmdline.left(80)));
                        }
                    }
                }
            }
            ++m_scans;
        }
    }

    std::vector<NamedSecret> m_secrets;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QStringList m_leaks;
    std::set<std::string> m_seen;
    int m_scans = 0;
    long long m_samples = 0;
    bool m_sawSudo = false;
};

// Puts a logging wrapper in front of sudo, inside the sandbox's own mount namespace: a bind
// mount over /usr/bin/sudo (the host's file is never touched) that records argv and the
// environment of every call, then execs a setuid copy of the real sudo kept in the /var overlay.
class SudoWrapper
{
public:
    SudoWrapper()
    {
        // Never outside the sandbox: its UTS name, and PID 1 of our PID namespace is its init.
        m_inSandbox = QString::fromUtf8(sandbox::shell(QStringLiteral("hostname")).trimmed()) ==
                          QLatin1String("stitch-sandbox") &&
                      readFile(QStringLiteral("/proc/1/cmdline")).contains("run-in-sandbox.sh");
        if (!m_inSandbox)
            return;
        int rc = -1;
        sandbox::shell(QStringLiteral(R"SH(set -e
cp -a /usr/bin/sudo /var/lib/stitch-sudo.real
: > @LOG@; chmod 666 @LOG@
cat > /var/lib/stitch-sudo-wrapper <<'EOF'
#!/bin/sh
{ printf 'argv:'; for a in "$0" "$@"; do printf ' [%s]' "$a"; done; printf '\n'
  env | sed 's/^/env: /'; } >> @LOG@ 2>/dev/null
exec /var/lib/stitch-sudo.real "$@"
EOF
chmod 755 /var/lib/stitch-sudo-wrapper
mount --bind /var/lib/stitch-sudo-wrapper /usr/bin/sudo
)SH")
                           .replace(QStringLiteral("@LOG@"), QLatin1String(kWrapperLog)),
                       &rc);
        m_installed = rc == 0;
    }
    ~SudoWrapper()
    {
        if (!m_inSandbox)
            return;
        sandbox::shell(QStringLiteral("umount /usr/bin/sudo; rm -f /var/lib/stitch-sudo.real "
                                      "/var/lib/stitch-sudo-wrapper %1")
                           .arg(QLatin1String(kWrapperLog)));
    }
    bool installed() const { return m_installed; }
    QByteArray log() const { return readFile(QLatin1String(kWrapperLog)); }

private:
    bool m_inSandbox = false;
    bool m_installed = false;
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STITCH_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void configure(SetupSession &session, const QTemporaryDir &scratch, const QString &tunnelUser,
               const QString &publicKey)
{
    session.setConnection(sandbox::settingsFor(kAdmin, scratch));
    session.setCredentials(sandbox::passwordCredentials(kAdmin));
    SetupChoices c;
    c.tunnelUser = tunnelUser;
    c.publicKey = publicKey;
    c.databaseType = DatabaseType::PostgreSql;
    c.databaseHost = QStringLiteral("127.0.0.1");
    c.databasePort = sandbox::postgresPort();
    session.setChoices(c);
}

} // namespace

TEST(Secrets, NeverInArgvEnvironmentTranscriptReportsCliOutputFilesOrLogs)
{
    const QByteArray password = sandbox::password(kAdmin).bytes();
    const QByteArray passphrase =
        readFile(sandbox::file(QStringLiteral("keys/admin_ed25519_pass.passphrase"))).trimmed();
    ASSERT_GE(password.size(), 16);
    ASSERT_GE(passphrase.size(), 16);
    // In the sandbox the sudo password is the login password of stitchadmin (sudo asks for the
    // user's own); the key-login runs below use it only as the sudo password.
    Checker checker;
    checker.secrets = rawAndEncoded({{QStringLiteral("login/sudo password"), password},
                                     {QStringLiteral("key passphrase"), passphrase}});
    // The encoded forms are found wherever the secret stands in a base64 stream: a leak of a
    // framed stdin (prefix of any length) would not slip through.
    for (int prefix = 0; prefix < 6; ++prefix) {
        Checker probe;
        probe.secrets = checker.secrets;
        probe.check(QStringLiteral("probe"),
                    (QByteArray(prefix, 'x') + password + "\n").toBase64() + " trailing");
        EXPECT_EQ(probe.leaks.size(), 1) << prefix;
    }

    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const QString keyPath = scratch.filePath(QStringLiteral("stitch"));
    sandbox::shell(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -C stitch-account -f ") +
                   keyPath);
    const QString publicKey =
        QString::fromUtf8(readFile(keyPath + QStringLiteral(".pub"))).trimmed();
    ASSERT_FALSE(publicKey.isEmpty());

    SudoWrapper wrapper;
    ASSERT_TRUE(wrapper.installed());
    ProcWatcher watcher(checker.secrets);

    // 1. In-process apply, password login + sudo password.
    {
        SetupSession session;
        configure(session, scratch, QStringLiteral("stitchsec1"), publicKey);
        SetupRunner runner(session.request());
        Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        checker.check(QStringLiteral("transcript (password login)"),
                      session.transcript().toText().toUtf8());
        checker.check(QStringLiteral("report.md (password login)"),
                      reportMarkdown(session.report()).toUtf8());
        checker.check(QStringLiteral("report.json (password login)"),
                      QJsonDocument(reportJson(session.report())).toJson());
        const QString setupFile = scratch.filePath(QStringLiteral("server.stitch-tunnel.json"));
        ASSERT_TRUE(saveSetupFile(setupFile, session.connection(), session.choices()).ok());
        checker.check(QStringLiteral("setup file"), readFile(setupFile));
        RecentServers().remember(session.connection());
    }
    // 2. In-process apply, key login with a passphrase, sudo password.
    {
        SetupSession session;
        configure(session, scratch, QStringLiteral("stitchsec2"), publicKey);
        ssh::ConnectionSettings settings = session.connection();
        settings.authMethod = ssh::AuthMethod::KeyFile;
        settings.identityFile = sandbox::file(QStringLiteral("keys/admin_ed25519_pass"));
        session.setConnection(settings);
        ssh::Credentials credentials;
        credentials.keyPassphrase = Secret(passphrase);
        credentials.sudoPassword = Secret(password); // key login, sudo still asks for it
        session.setCredentials(std::move(credentials));
        SetupRunner runner(session.request());
        Status s = sandbox::recordIn(session, runner.run(Operation::Apply));
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        EXPECT_EQ(runner.connection().authMethodUsed(), QStringLiteral("publickey"));
        checker.check(QStringLiteral("transcript (key login)"),
                      session.transcript().toText().toUtf8());
        checker.check(QStringLiteral("report.md (key login)"),
                      reportMarkdown(session.report()).toUtf8());
        checker.check(QStringLiteral("report.json (key login)"),
                      QJsonDocument(reportJson(session.report())).toJson());
    }
    // 3. The CLI: password login (text + report), key login (JSON + report).
    const QStringList common = {
        QStringLiteral("apply"),
        QStringLiteral("--host"),
        sandbox::host(),
        QStringLiteral("--port"),
        QString::number(sandbox::sshPort()),
        QStringLiteral("--login"),
        kAdmin,
        QStringLiteral("--known-hosts"),
        scratch.filePath(QStringLiteral("cli_known_hosts")),
        QStringLiteral("--host-key-fingerprint"),
        sandbox::hostKeyFingerprint(),
        QStringLiteral("--public-key-file"),
        keyPath + QStringLiteral(".pub"),
        QStringLiteral("--db-host"),
        QStringLiteral("127.0.0.1"),
        QStringLiteral("--db-port"),
        QString::number(sandbox::postgresPort()),
    };
    const QString reportMd = scratch.filePath(QStringLiteral("cli-report.md"));
    const QString reportJsonFile = scratch.filePath(QStringLiteral("cli-report.json"));
    CliRun byPassword = runCli(QStringList(common)
                               << QStringLiteral("--tunnel-user") << QStringLiteral("stitchsec3")
                               << QStringLiteral("--password-file")
                               << sandbox::file(QStringLiteral("stitchadmin.password"))
                               << QStringLiteral("--show-commands") // JSON has them anyway
                               << QStringLiteral("--report") << reportMd);
    EXPECT_EQ(byPassword.exitCode, 0) << byPassword.err.toStdString();
    EXPECT_TRUE(byPassword.out.contains("stitchsec3")) << byPassword.out.toStdString();
    CliRun byKey =
        runCli(QStringList(common)
               << QStringLiteral("--tunnel-user") << QStringLiteral("stitchsec4")
               << QStringLiteral("--identity")
               << sandbox::file(QStringLiteral("keys/admin_ed25519_pass"))
               << QStringLiteral("--passphrase-file")
               << sandbox::file(QStringLiteral("keys/admin_ed25519_pass.passphrase"))
               << QStringLiteral("--sudo-password-file")
               << sandbox::file(QStringLiteral("stitchadmin.password")) << QStringLiteral("--json")
               << QStringLiteral("--report") << reportJsonFile);
    EXPECT_EQ(byKey.exitCode, 0) << byKey.err.toStdString();
    // Both applies installed exactly Stitch's key, the user's own and private.
    const QByteArray publicLine = readFile(keyPath + QStringLiteral(".pub")).trimmed();
    for (const char *user : {"stitchsec3", "stitchsec4"}) {
        const QString ak = QStringLiteral("/home/%1/.ssh/authorized_keys").arg(QLatin1String(user));
        EXPECT_EQ(sandbox::shell(QStringLiteral("cat ") + ak),
                  "restrict,port-forwarding,permitopen=\"127.0.0.1:5432\",permitlisten=\"127.0.0.1:"
                  "1\",command=\"/usr/sbin/nologin\" " +
                      publicLine + '\n')
            << user;
        EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c '%a %U %G' ") + ak),
                  QByteArray("600 ") + user + ' ' + user + '\n');
    }
    EXPECT_TRUE(byKey.out.contains("\"ok\"")) << byKey.out.toStdString();
    watcher.stop();

    checker.check(QStringLiteral("CLI stdout (password login)"), byPassword.out);
    checker.check(QStringLiteral("CLI stderr (password login)"), byPassword.err);
    checker.check(QStringLiteral("CLI stdout (key login, JSON)"), byKey.out);
    checker.check(QStringLiteral("CLI stderr (key login, JSON)"), byKey.err);
    const QByteArray cliMd = readFile(reportMd), cliJson = readFile(reportJsonFile);
    EXPECT_FALSE(cliMd.isEmpty());
    EXPECT_FALSE(cliJson.isEmpty());
    checker.check(QStringLiteral("CLI report .md"), cliMd);
    checker.check(QStringLiteral("CLI report .json"), cliJson);

    // Settings, known hosts, caches: every file under the XDG folders and the scratch folder.
    int files = 0;
    for (const char *var :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(var);
        ASSERT_FALSE(dir.isEmpty()) << var;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            checker.check(path, readFile(path));
            ++files;
        }
    }
    {
        QDirIterator it(scratch.path(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString path = it.next();
            checker.check(path, readFile(path));
            ++files;
        }
    }
    EXPECT_GE(files, 4);
    const QByteArray sshdLog = readFile(sandbox::file(QStringLiteral("sshd.log")));
    EXPECT_TRUE(sshdLog.contains("Accepted password for stitchadmin"));
    EXPECT_TRUE(sshdLog.contains("Accepted publickey for stitchadmin"));
    checker.check(QStringLiteral("sshd.log"), sshdLog);

    // What sudo was called with on the server: argv and environment of every call.
    const QByteArray sudoLog = wrapper.log();
    const int sudoCalls = static_cast<int>(sudoLog.count("argv:"));
    EXPECT_GE(sudoCalls, 4) << "4 runs × one root shell (one sudo call) each";
    EXPECT_TRUE(sudoLog.contains("[-S]")) << "the password goes on stdin (-S)";
    checker.check(QStringLiteral("sudo argv+environment log"), sudoLog);

    for (const QString &leak : watcher.leaks())
        checker.leaks << leak;
    EXPECT_TRUE(checker.leaks.isEmpty()) << checker.leaks.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(watcher.scans(), 50);
    EXPECT_TRUE(watcher.sawSudo()) << "the /proc sampler saw the remote sudo calls";
    std::printf("[secrets] %d output/file checks (%d secrets x %d places, %d files on disk); "
                "sudo called %d times with argv+environment logged; /proc sampled %d times: "
                "%lld argv+environment pairs of %zu distinct processes (%lld checks); leaks: "
                "%lld\n",
                checker.checks, static_cast<int>(checker.secrets.size()),
                static_cast<int>(checker.places.size()), files, sudoCalls, watcher.scans(),
                watcher.samples(), watcher.processes(),
                watcher.samples() * 2 * static_cast<long long>(checker.secrets.size()),
                static_cast<long long>(checker.leaks.size()));
    std::fflush(stdout);
}
