// Stitch's key used as whoever holds its private half would try to use it beyond the tunnel,
// with the stock OpenSSH tools: a command, a shell on a pty, sftp (through the distribution's
// sftp-server and through sshd's internal-sftp, which runs without the account's shell), scp,
// remote forwarding, a SOCKS proxy (-D), a forward to another port or to a Unix socket. Only the
// forward to the database may work, on a tunnel account the tool made and on an adopted account
// that keeps its login shell. Listening on a Unix socket (ssh -R /path:…) no authorized_keys option
// closes: check reports it (sshd.stream_local_forwarding), and --fix-sshd closes it for the tunnel
// user alone (AllowStreamLocalForwarding no in its Match block).
#include "cli_run.h"
#include "sandbox_env.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using clirun::CliRun;
using clirun::runCli;

namespace {

// A second sshd like the sandbox's, but with `Subsystem sftp internal-sftp` (a common
// hardening): sftp then never passes through the account's shell.
constexpr quint16 kInternalSftpPort = 2236;

class TunnelOnly : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(scratch.isValid());
        ASSERT_FALSE(key.publicLine.isEmpty());
        keyFile = scratch.filePath(QStringLiteral("stitch.pub"));
        QFile f(keyFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(key.publicLine.toUtf8() + '\n');
    }

    // apply for `user` (extra CLI options in `extra`); the key line is then in place.
    void apply(const QString &user, const QStringList &extra = {})
    {
        const CliRun r = runCli(
            clirun::adminArgs(QStringLiteral("apply"), scratch)
            << QStringLiteral("--public-key-file") << keyFile << QStringLiteral("--tunnel-user")
            << user << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1")
            << QStringLiteral("--db-user") << QStringLiteral("stitch_demo") << extra);
        ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    }

    // The stock client `tool` (ssh, sftp, scp) as Stitch against port `port`, as a shell
    // fragment the caller completes. The sandbox's own sshd and the internal-sftp one share a
    // host key, and host keys are not the subject here.
    QString client(const QString &tool, quint16 port) const
    {
        const QString portFlag =
            tool == QLatin1String("ssh") ? QStringLiteral("-p") : QStringLiteral("-P");
        return QStringLiteral("timeout 20 %1 -F none -o BatchMode=yes -o IdentitiesOnly=yes "
                              "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                              "-o LogLevel=ERROR -o ConnectTimeout=5 -i %2 %3 %4")
            .arg(tool, key.privatePath(), portFlag)
            .arg(port);
    }

    QByteArray authorizedKeys(const QString &user) const
    {
        return sandbox::shell(QStringLiteral("cat /home/%1/.ssh/authorized_keys").arg(user));
    }

    // Every channel but the tunnel to the database fails, and the key file is as before.
    void expectOnlyTheTunnel(const QString &user)
    {
        const QByteArray keysBefore = authorizedKeys(user);
        ASSERT_FALSE(keysBefore.isEmpty());
        const QString at = QStringLiteral(" %1@127.0.0.1").arg(user);
        const quint16 port = sandbox::sshPort();
        int rc = -1;

        // A command, with agent and X11 forwarding asked for; then a shell on a pty.
        QByteArray out =
            sandbox::shell(client(QStringLiteral("ssh"), port) + QStringLiteral(" -A -X") + at +
                               QStringLiteral(" 'echo ran-$((6*7)) $SSH_AUTH_SOCK' 2>&1"),
                           &rc);
        EXPECT_NE(rc, 0) << out.toStdString();
        EXPECT_FALSE(out.contains("ran-42")) << "the key ran a command: " << out.toStdString();
        out = sandbox::shell(QStringLiteral("echo 'echo ran-$((6*7)); exit' | ") +
                                 client(QStringLiteral("ssh"), port) + QStringLiteral(" -tt") + at +
                                 QStringLiteral(" 2>&1"),
                             &rc);
        EXPECT_FALSE(out.contains("ran-42")) << "the key got a shell: " << out.toStdString();

        // sftp through the distribution's sftp-server and through internal-sftp: no listing of
        // ~/.ssh, no way to replace authorized_keys with the bare key.
        const QString bareKey = scratch.filePath(QStringLiteral("bare"));
        sandbox::shell(QStringLiteral("cp %1 %2").arg(keyFile, bareKey));
        const QString batch = scratch.filePath(QStringLiteral("sftp-batch"));
        sandbox::shell(QStringLiteral("printf 'ls -la .ssh\\nput %1 .ssh/authorized_keys\\n' >%2")
                           .arg(bareKey, batch));
        for (const quint16 sftpPort : {port, kInternalSftpPort}) {
            SCOPED_TRACE(sftpPort == port ? "sftp-server" : "internal-sftp");
            out = sandbox::shell(client(QStringLiteral("sftp"), sftpPort) +
                                     QStringLiteral(" -b %1").arg(batch) + at +
                                     QStringLiteral(" 2>&1"),
                                 &rc);
            EXPECT_NE(rc, 0) << out.toStdString();
            EXPECT_FALSE(out.contains("authorized_keys")) << out.toStdString();
            // scp in both protocols: its sftp mode and the legacy one (a remote `scp` command).
            for (const QString &mode : {QString(), QStringLiteral(" -O")}) {
                const QString copy = scratch.filePath(QStringLiteral("copied"));
                out = sandbox::shell(
                    client(QStringLiteral("scp"), sftpPort) + mode +
                        QStringLiteral(" %1:.ssh/authorized_keys %2 2>&1").arg(at.trimmed(), copy),
                    &rc);
                EXPECT_NE(rc, 0) << mode.toStdString() << ": " << out.toStdString();
                EXPECT_FALSE(QFile::exists(copy)) << mode.toStdString();
            }
        }
        EXPECT_EQ(authorizedKeys(user), keysBefore) << "the key changed its own authorized_keys";

        // Remote forwarding, and a forward to another port (MariaDB): refused by sshd.
        out = sandbox::shell(client(QStringLiteral("ssh"), port) +
                                 QStringLiteral(" -N -o ExitOnForwardFailure=yes "
                                                "-R 127.0.0.1:17001:127.0.0.1:22") +
                                 at + QStringLiteral(" 2>&1"),
                             &rc);
        EXPECT_EQ(rc, 255) << "-R was not refused: " << out.toStdString();
        EXPECT_TRUE(out.contains("remote port forwarding failed")) << out.toStdString();
        out = sandbox::shell(client(QStringLiteral("ssh"), port) +
                                 QStringLiteral(" -N -o ExitOnForwardFailure=yes "
                                                "-R 0:127.0.0.1:22") +
                                 at + QStringLiteral(" 2>&1"),
                             &rc);
        EXPECT_EQ(rc, 255) << "-R with a port of the server's choice was not refused: "
                           << out.toStdString();
        out = sandbox::shell(client(QStringLiteral("ssh"), port) +
                                 QStringLiteral(" -W 127.0.0.1:%1").arg(sandbox::mysqlPort()) + at +
                                 QStringLiteral(" </dev/null 2>&1"),
                             &rc);
        EXPECT_EQ(rc, 255) << "a forward to MariaDB was not refused: " << out.toStdString();
        EXPECT_TRUE(out.contains("stdio forwarding failed")) << out.toStdString();
        // -D (a SOCKS proxy through the key): a CONNECT to MariaDB's port is refused by sshd,
        // as -L to another port is (ssh's SOCKS reply is not 0, "succeeded").
        out = sandbox::shell(
            client(QStringLiteral("ssh"), port) +
                QStringLiteral(" -N -o ExitOnForwardFailure=yes -D 127.0.0.1:15437") + at +
                QStringLiteral(
                    " & p=$!; i=0; until ss -Hltn 'sport = :15437' | grep -q . || [ $i -ge 50 ]; "
                    "do sleep 0.1; i=$((i+1)); done; python3 -c 'import socket, struct, sys\n"
                    "s = socket.create_connection((\"127.0.0.1\", 15437), 5)\n"
                    "s.sendall(b\"\\x05\\x01\\x00\"); s.recv(2)\n"
                    "s.sendall(b\"\\x05\\x01\\x00\\x01\" + socket.inet_aton(\"127.0.0.1\") + "
                    "struct.pack(\">H\", int(sys.argv[1])))\n"
                    "r = s.recv(10); print(\"socks-reply\", r[1] if len(r) > 1 else -1)' %1; "
                    "kill $p")
                    .arg(sandbox::mysqlPort()),
            &rc);
        EXPECT_TRUE(out.contains("socks-reply ")) << out.toStdString();
        EXPECT_FALSE(out.contains("socks-reply 0")) << "-D reached MariaDB: " << out.toStdString();
        const QString socketDir = scratch.filePath(QStringLiteral("pg"));
        out = sandbox::shell(
            QStringLiteral("mkdir -p %1 && ").arg(socketDir) + client(QStringLiteral("ssh"), port) +
                QStringLiteral(" -N -o ExitOnForwardFailure=yes "
                               "-L %1/.s.PGSQL.5432:/run/postgresql/.s.PGSQL.5432")
                    .arg(socketDir) +
                at +
                QStringLiteral(" & tunnel=$!; i=0; until [ -S %1/.s.PGSQL.5432 ] || [ $i -ge 50 ]; "
                               "do sleep 0.1; i=$((i+1)); done; PGCONNECT_TIMEOUT=5 psql "
                               "\"host=%1 dbname=stitch_demo user=stitch_demo\" -tAc 'SELECT 1' "
                               "2>&1; kill $tunnel")
                    .arg(socketDir),
            &rc);
        EXPECT_FALSE(out.startsWith("1\n")) << "a forward to PostgreSQL's Unix socket worked";

        // The one thing the key is for: PostgreSQL through -L, as Stitch uses it.
        out = sandbox::shell(
            client(QStringLiteral("ssh"), port) +
                QStringLiteral(" -N -o ExitOnForwardFailure=yes -L 127.0.0.1:15436:127.0.0.1:%1")
                    .arg(sandbox::postgresPort()) +
                at +
                QStringLiteral(
                    " & tunnel=$!; i=0; until pg_isready -q -h 127.0.0.1 -p 15436 || [ $i -ge 50 "
                    "]; "
                    "do sleep 0.1; i=$((i+1)); done; PGPASSWORD=$(cat "
                    "$STITCH_SANDBOX_DIR/postgres.password) psql -h 127.0.0.1 -p 15436 -U "
                    "stitch_demo -d stitch_demo -tAc 'SELECT 1'; r=$?; kill $tunnel; exit $r"),
            &rc);
        EXPECT_EQ(rc, 0) << out.toStdString();
        EXPECT_EQ(out, QByteArray("1\n"));
    }

    QTemporaryDir scratch;
    sandbox::StitchKey key;
    QString keyFile;
};

class InternalSftpSshd
{
public:
    explicit InternalSftpSshd(const QTemporaryDir &scratch)
        : m_config(scratch.filePath(QStringLiteral("sshd_config.internal-sftp")))
    {
        sandbox::shell(QStringLiteral("sed 's/^Subsystem.*/Subsystem sftp internal-sftp/' %1 >%2")
                           .arg(sandbox::file(QStringLiteral("sshd_config")), m_config));
        m_sshd = std::make_unique<sandbox::ExtraSshd>(kInternalSftpPort, QStringList{}, QString(),
                                                      QString(), m_config);
    }
    bool started() const { return m_sshd->started(); }

private:
    QString m_config;
    std::unique_ptr<sandbox::ExtraSshd> m_sshd;
};

} // namespace

TEST_F(TunnelOnly, StitchsKeyOnAnAccountTheToolMadeOpensOnlyTheTunnel)
{
    const QString user = QStringLiteral("stitchonly");
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    const InternalSftpSshd internalSftp(scratch);
    ASSERT_TRUE(internalSftp.started());
    apply(user);
    expectOnlyTheTunnel(user);
}

TEST_F(TunnelOnly, StitchsKeyOnAnAdoptedAccountWithALoginShellOpensOnlyTheTunnel)
{
    const QString user = QStringLiteral("stitchadoptsh");
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    sandbox::shell(QStringLiteral("useradd -m -s /bin/bash -c 'A service account' %1").arg(user));
    const InternalSftpSshd internalSftp(scratch);
    ASSERT_TRUE(internalSftp.started());
    apply(user, {QStringLiteral("--adopt-existing-user")});
    ASSERT_EQ(sandbox::shell(QStringLiteral("getent passwd %1 | cut -d: -f7").arg(user)),
              QByteArray("/usr/sbin/nologin\n"))
        << "the adopted account holds the tunnel only: a shell that runs nothing";
    // Even if its login shell comes back (an admin's chsh), the key options alone hold.
    sandbox::shell(QStringLiteral("usermod -s /bin/bash %1").arg(user));
    expectOnlyTheTunnel(user);
}

TEST_F(TunnelOnly, AUnixSocketListenerIsReportedAndClosedByTheSshdFix)
{
    const QString user = QStringLiteral("stitchnosock");
    const QString socket = QStringLiteral("/tmp/stitch-test-%1.sock").arg(user);
    const auto cleanup = qScopeGuard([&] {
        runCli(clirun::adminArgs(QStringLiteral("remove"), scratch)
               << QStringLiteral("--public-key-file") << keyFile << QStringLiteral("--tunnel-user")
               << user << QStringLiteral("--remove-user"));
        sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null; rm -f %2").arg(user, socket));
    });
    const auto listenOnSocket = [&](int *rc) {
        sandbox::shell(QStringLiteral("rm -f %1").arg(socket));
        const QByteArray out = sandbox::shell(
            client(QStringLiteral("ssh"), sandbox::sshPort()) +
                QStringLiteral(" -N -o ExitOnForwardFailure=yes -R %1:127.0.0.1:%2 %3@127.0.0.1 "
                               "2>&1 & c=$!; i=0; until [ -S %1 ] || ! kill -0 $c 2>/dev/null || "
                               "[ $i -ge 100 ]; do sleep 0.1; i=$((i+1)); done; "
                               "kill $c 2>/dev/null; wait $c")
                    .arg(socket)
                    .arg(sandbox::postgresPort())
                    .arg(user),
            rc);
        return out;
    };
    const auto checkCodes = [&] {
        const CliRun r =
            runCli(clirun::adminArgs(QStringLiteral("check"), scratch)
                   << QStringLiteral("--public-key-file") << keyFile
                   << QStringLiteral("--tunnel-user") << user << QStringLiteral("--db-host")
                   << QStringLiteral("127.0.0.1") << QStringLiteral("--json"));
        return r.out;
    };

    apply(user);
    EXPECT_TRUE(checkCodes().contains(QLatin1String("sshd.stream_local_forwarding")));
    int rc = -1;
    listenOnSocket(&rc);
    EXPECT_EQ(sandbox::shell(QStringLiteral("test -S %1 && echo made").arg(socket)),
              QByteArray("made\n"))
        << "without the sshd fix the key can listen on a Unix socket (what check reports)";

    apply(user, {QStringLiteral("--fix-sshd")});
    EXPECT_FALSE(checkCodes().contains(QLatin1String("sshd.stream_local_forwarding")));
    const QByteArray refused = listenOnSocket(&rc);
    EXPECT_TRUE(refused.contains("remote port forwarding failed")) << refused.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("test -S %1 && echo made || echo none").arg(socket)),
              QByteArray("none\n"));
    expectOnlyTheTunnel(user); // and the tunnel itself still works

    // The server's record names the sshd block; remove takes both out.
    EXPECT_TRUE(sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record"))
                    .contains(QStringLiteral("sshd %1 /etc/ssh/").arg(user).toUtf8()));
    const CliRun removed = runCli(clirun::adminArgs(QStringLiteral("remove"), scratch)
                                  << QStringLiteral("--public-key-file") << keyFile
                                  << QStringLiteral("--tunnel-user") << user);
    EXPECT_EQ(removed.exitCode, 0) << removed.out.toStdString() << removed.err.toStdString();
    EXPECT_FALSE(sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record"))
                     .contains(QStringLiteral("sshd %1 ").arg(user).toUtf8()));
    EXPECT_EQ(
        sandbox::shell(QStringLiteral("grep -rl 'Match User %1$' /etc/ssh || echo none").arg(user)),
        QByteArray("none\n"));
}
