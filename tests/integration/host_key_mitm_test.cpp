// A man in the middle: the server's real host key was saved on a first, genuine visit; then an
// impostor sshd with a key of its own answers on the same address and port. The tool must stop
// with HostKeyChanged right after the key exchange: no authentication attempt (no password, no
// key signature) and no command ever reaches the impostor. Its own DEBUG3 log is the witness.
#include "sandbox_env.h"
#include "model/setup_session.h"
#include "setup/setup_runner.h"
#include "support/test_files.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

using namespace stitch;
using namespace stitch::setup;

namespace {

const QString kAdmin = QStringLiteral("stitchadmin");
constexpr quint16 kPort = 2241;

using test::readFile;

bool waitForPort(quint16 port)
{
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (probe.waitForConnected(100))
            return true;
        QThread::msleep(50);
    }
    return false;
}

// The impostor: the sandbox's sshd configuration with only the impostor's host key (not also
// the real one, as -h would give), logging at DEBUG3 to a file of its own (-E).
class ImpostorSshd
{
public:
    ImpostorSshd(const QTemporaryDir &dir, const QString &hostKey)
        : m_log(dir.filePath(QStringLiteral("impostor.log")))
    {
        const QString config = dir.filePath(QStringLiteral("impostor_config"));
        int rc = -1;
        sandbox::shell(QStringLiteral("grep -v -e '^HostKey ' -e '^PidFile ' -e '^LogLevel ' %1 "
                                      "> %2 && printf 'HostKey %3\\nPidFile none\\nLogLevel "
                                      "DEBUG3\\n' >> %2")
                           .arg(sandbox::file(QStringLiteral("sshd_config")), config, hostKey),
                       &rc);
        if (rc != 0)
            return;
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(QStringLiteral("/usr/sbin/sshd"),
                        {QStringLiteral("-D"), QStringLiteral("-f"), config, QStringLiteral("-p"),
                         QString::number(kPort), QStringLiteral("-E"), m_log});
        m_started = m_process.waitForStarted(5000) && waitForPort(kPort);
    }
    ~ImpostorSshd()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
    bool started() const { return m_started; }
    QByteArray log() const { return readFile(m_log); }

private:
    QString m_log;
    QProcess m_process;
    bool m_started = false;
};

struct Attempt
{
    const char *name;
    ssh::UnknownHostKeyAction action;
    bool expectImpostorFingerprint; // the admin even "confirms" the impostor's fingerprint
};

} // namespace

TEST(HostKeyMitm, ImpostorOnTheSamePortIsStoppedBeforeAnyAuthentication)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const QString knownHosts = scratch.filePath(QStringLiteral("known_hosts"));

    // 1. The genuine visit: the real sshd (sandbox host key) on kPort; the tool saves its key.
    {
        sandbox::ExtraSshd real(kPort, {});
        ASSERT_TRUE(real.started());
        ssh::ConnectionSettings settings = sandbox::settingsFor(kAdmin, scratch, kPort);
        settings.knownHostsFile = knownHosts;
        settings.hostKeyTrust = {ssh::UnknownHostKeyAction::AcceptAndSave,
                                 sandbox::hostKeyFingerprint()};
        ssh::SshConnection c;
        Status s = c.connect(settings);
        ASSERT_TRUE(s.ok()) << s.error().oneLine().toStdString();
        EXPECT_TRUE(c.hostKey().savedNow);
    }
    const QByteArray saved = readFile(knownHosts);
    ASSERT_TRUE(saved.contains("[127.0.0.1]:2241")) << saved.toStdString();

    // 2. The impostor, with a fresh key of its own, on the same address and port.
    const QString impostorKey = scratch.filePath(QStringLiteral("impostor_host_key"));
    sandbox::shell(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -C impostor -f ") + impostorKey);
    const QString impostorFingerprint = QString::fromLatin1(
        sandbox::shell(QStringLiteral("ssh-keygen -lf %1.pub | awk '{print $2}'").arg(impostorKey))
            .trimmed());
    ASSERT_TRUE(impostorFingerprint.startsWith(QLatin1String("SHA256:")));
    ASSERT_NE(impostorFingerprint, sandbox::hostKeyFingerprint());
    ImpostorSshd impostor(scratch, impostorKey);
    ASSERT_TRUE(impostor.started());

    // 3. The tool, every way it can be told to trust a key, through the full setup path
    // (connect, log in, check sudo) and through the CLI.
    const std::vector<Attempt> attempts = {
        {"reject unknown keys", ssh::UnknownHostKeyAction::Reject, false},
        {"accept once", ssh::UnknownHostKeyAction::AcceptOnce, false},
        {"accept and save", ssh::UnknownHostKeyAction::AcceptAndSave, false},
        {"accept and save, impostor's fingerprint confirmed",
         ssh::UnknownHostKeyAction::AcceptAndSave, true},
    };
    int connections = 0;
    for (const Attempt &a : attempts) {
        SetupSession session;
        ssh::ConnectionSettings settings = sandbox::settingsFor(kAdmin, scratch, kPort);
        settings.knownHostsFile = knownHosts;
        settings.hostKeyTrust = {a.action, a.expectImpostorFingerprint
                                               ? impostorFingerprint
                                               : sandbox::hostKeyFingerprint()};
        session.setConnection(settings);
        session.setCredentials(sandbox::passwordCredentials(kAdmin));
        SetupRunner runner(session.request());
        const setup::OperationReport connected = runner.run(Operation::Connect);
        ++connections;
        const Status &s = connected.outcome;
        ASSERT_FALSE(s.ok()) << a.name;
        EXPECT_EQ(s.error().code, ErrorCode::HostKeyChanged)
            << a.name << ": " << s.error().oneLine().toStdString();
        EXPECT_TRUE(s.error().message.contains(impostorFingerprint)) << a.name;
        EXPECT_TRUE(s.error().message.contains(sandbox::hostKeyFingerprint())) << a.name;
        EXPECT_FALSE(runner.isConnected()) << a.name;
        EXPECT_EQ(runner.remoteCommands(), 0) << a.name;
        EXPECT_EQ(runner.connection().authMethodUsed(), QString()) << a.name;
        EXPECT_TRUE(connected.transcript.isEmpty()) << a.name;
        // An apply after the refusal connects again (a new key exchange with the impostor), is
        // refused the same way and sends nothing either: its report lists no command.
        const setup::OperationReport report = runner.run(Operation::Apply);
        ++connections;
        ASSERT_FALSE(report.ok()) << a.name;
        EXPECT_EQ(report.error().code, ErrorCode::HostKeyChanged)
            << a.name << ": " << report.error().oneLine().toStdString();
        EXPECT_TRUE(report.transcript.isEmpty()) << a.name;
        EXPECT_EQ(report.remoteCommands, 0) << a.name;
        EXPECT_EQ(runner.remoteCommands(), 0) << a.name;
    }
    {
        QProcess cli;
        cli.start(QStringLiteral(STITCH_CLI_PATH),
                  {QStringLiteral("apply"), QStringLiteral("--host"), sandbox::host(),
                   QStringLiteral("--port"), QString::number(kPort), QStringLiteral("--login"),
                   kAdmin, QStringLiteral("--known-hosts"), knownHosts,
                   QStringLiteral("--accept-new-host-key"), QStringLiteral("--password-file"),
                   sandbox::file(QStringLiteral("stitchadmin.password")),
                   QStringLiteral("--public-key-file"),
                   sandbox::file(QStringLiteral("keys/admin_ed25519.pub")),
                   QStringLiteral("--tunnel-user"), QStringLiteral("stitchmitm")});
        ASSERT_TRUE(cli.waitForFinished(60000));
        ++connections;
        const QByteArray err = cli.readAllStandardError();
        EXPECT_EQ(cli.exitCode(), 3) << err.toStdString();
        EXPECT_TRUE(err.contains("CHANGED")) << err.toStdString();
        EXPECT_FALSE(err.contains(sandbox::password(kAdmin).bytes()));
    }
    EXPECT_EQ(readFile(knownHosts), saved) << "the saved key is never replaced";
    int rc = 0;
    sandbox::shell(QStringLiteral("getent passwd stitchmitm"), &rc);
    EXPECT_NE(rc, 0) << "nothing was done on the impostor";

    // 4. The impostor's own log: each connection got as far as the key exchange, and not one
    // authentication request (not even "none"), service request, session or command followed.
    // sshd writes a connection's last lines after our side has closed it: poll the log until
    // every connection it accepted (the readiness probe's too) has ended.
    const auto accepted = [](const QByteArray &log) {
        return static_cast<int>(log.count("Connection from 127.0.0.1")) -
               static_cast<int>(log.count("kex_exchange_identification"));
    };
    const auto allEnded = [](const QByteArray &log) {
        static const QRegularExpression opened(
            QStringLiteral("Connection from 127\\.0\\.0\\.1 port (\\d+)"));
        static const QRegularExpression ended(
            QStringLiteral("(?:Connection closed by|Received disconnect from|Disconnected from|"
                           "Connection reset by) (?:\\S+ )*?127\\.0\\.0\\.1 port (\\d+)"));
        const QString text = QString::fromUtf8(log);
        QSet<QString> open;
        for (auto m = opened.globalMatch(text); m.hasNext();)
            open.insert(m.next().captured(1));
        for (auto m = ended.globalMatch(text); m.hasNext();)
            open.remove(m.next().captured(1));
        return !text.isEmpty() && open.isEmpty();
    };
    QByteArray log = impostor.log();
    for (QDeadlineTimer deadline(10000); !allEnded(log) && !deadline.hasExpired();
         log = impostor.log())
        QThread::msleep(20);
    ASSERT_FALSE(log.isEmpty());
    EXPECT_TRUE(allEnded(log)) << "a connection never ended in the impostor's log";
    const int kexDone = static_cast<int>(log.count("SSH2_MSG_NEWKEYS received"));
    EXPECT_EQ(accepted(log), connections) << log.toStdString();
    EXPECT_EQ(kexDone, connections) << "each connection finished the key exchange";
    const QRegularExpression forbidden(
        QStringLiteral("userauth|service_request|Accepted|Failed |Postponed|password|"
                       "publickey for|session_new|session_input_channel_req|Starting session|"
                       "\\bexec\\b|"
                       // SERVICE_REQUEST, USERAUTH_REQUEST, GLOBAL_REQUEST, CHANNEL_OPEN/REQUEST
                       "receive packet: type (5|50|80|90|98)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList hits, received;
    for (const QByteArray &line : log.split('\n')) {
        const QString l = QString::fromUtf8(line);
        // Configuration echo at startup lists method names; only what clients caused counts.
        if (l.contains(QLatin1String("server_config")) || l.contains(QLatin1String("options")))
            continue;
        if (forbidden.match(l).hasMatch())
            hits << l;
        const qsizetype at = l.indexOf(QLatin1String("receive packet: type "));
        if (at >= 0 && !received.contains(l.mid(at + 21)))
            received << l.mid(at + 21);
    }
    EXPECT_TRUE(hits.isEmpty()) << hits.join(QLatin1Char('\n')).toStdString();
    std::printf("[mitm] %d connections to the impostor: %d key exchanges, %lld authentication "
                "or command lines in its DEBUG3 log (packet types it received: %s); known_hosts "
                "unchanged\n",
                connections, kexDone, static_cast<long long>(hits.size()),
                qPrintable(received.join(QLatin1Char(','))));
    std::fflush(stdout);
}
