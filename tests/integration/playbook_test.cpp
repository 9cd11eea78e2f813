// `stitch-tunnel playbook` run by Debian's ansible-playbook against the sandbox server, as an
// admin would run it against a fleet: it must leave the server as apply does (check passes
// every step), change nothing the second time, keep the key's tunnel-only options, and refuse
// what apply refuses. The become password travels in a vars file (mode 600), never on a
// command line, and never shows in the output.
#include "cli_run.h"
#include "sandbox_env.h"
#include "setup/remote_scripts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using clirun::CliRun;
using clirun::runCli;

namespace {

QString shellQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

struct PlaybookRun
{
    int exitCode = -1;
    QString output; // stdout and stderr
    int ok = -1, changed = -1, unreachable = -1, failed = -1;
    qint64 ms = 0;
};

class Playbook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(scratch.isValid());
        ASSERT_FALSE(key.publicLine.isEmpty());
        sandbox::resetFirewall();
        // A comment Ansible would run if it expanded the key: it must land as plain text.
        keyLine = key.publicLine.section(QLatin1Char(' '), 0, 1) +
                  QStringLiteral(" stitch {{ lookup('pipe', 'touch %1') }}").arg(pwnedPath());
        keyFile = write(QStringLiteral("stitch.pub"), keyLine.toUtf8() + '\n');
        write(QStringLiteral("inventory.ini"),
              QStringLiteral("[sandbox]\nstitch-playbook-sandbox ansible_host=%1 ansible_port=%2 "
                             "ansible_user=stitchadmin ansible_ssh_private_key_file=%3 "
                             "ansible_python_interpreter=/usr/bin/python3 "
                             "ansible_ssh_common_args='-o UserKnownHostsFile=%4 "
                             "-o StrictHostKeyChecking=yes -o IdentitiesOnly=yes'\n")
                  .arg(sandbox::host())
                  .arg(sandbox::sshPort())
                  .arg(sandbox::file(QStringLiteral("keys/admin_ed25519")),
                       sandbox::file(QStringLiteral("known_hosts")))
                  .toUtf8());
        // This machine's or the user's ansible.cfg must not change the run.
        write(QStringLiteral("ansible.cfg"),
              "[defaults]\nretry_files_enabled = false\nstdout_callback = default\n");
        const QJsonObject vars{
            {QStringLiteral("ansible_become_password"), QString::fromUtf8(password.bytes())}};
        varsFile = write(QStringLiteral("become.json"),
                         QJsonDocument(vars).toJson(QJsonDocument::Compact));
        ASSERT_TRUE(QFile::setPermissions(varsFile, QFile::ReadOwner | QFile::WriteOwner));
    }
    void TearDown() override { sandbox::resetFirewall(); }

    QString pwnedPath() const { return scratch.filePath(QStringLiteral("expanded")); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = scratch.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size())
            << name.toStdString();
        return path;
    }

    // `stitch-tunnel playbook` for `tunnelUser` (SSH port: the sandbox's) into `name`.
    QString makePlaybook(const QString &tunnelUser, const QStringList &extra,
                         const QString &name = QStringLiteral("stitch-tunnel.yml")) const
    {
        const QString path = scratch.filePath(name);
        const CliRun r = runCli(
            QStringList{QStringLiteral("playbook"), QStringLiteral("--public-key-file"), keyFile,
                        QStringLiteral("--tunnel-user"), tunnelUser, QStringLiteral("--db-host"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                        QString::number(sandbox::sshPort()), QStringLiteral("--output"), path} +
            extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << "--output: nothing on stdout";
        EXPECT_TRUE(QFile::exists(path));
        return path;
    }

    PlaybookRun ansible(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANSIBLE_CONFIG"),
                   scratch.filePath(QStringLiteral("ansible.cfg")));
        env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), scratch.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("ANSIBLE_SSH_CONTROL_PATH_DIR"),
                   scratch.filePath(QStringLiteral("cp")));
        // One SSH round trip per task instead of three (sudo here has no requiretty).
        env.insert(QStringLiteral("ANSIBLE_PIPELINING"), QStringLiteral("True"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral("ansible-playbook"), args);
        EXPECT_TRUE(p.waitForFinished(300000)) << "ansible-playbook did not finish";
        PlaybookRun run;
        run.ms = clock.elapsed();
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.output = QString::fromUtf8(p.readAllStandardOutput());
        static const QRegularExpression recap(
            QStringLiteral("stitch-playbook-sandbox\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+"
                           "unreachable=(\\d+)\\s+failed=(\\d+)"));
        const QRegularExpressionMatch m = recap.match(run.output);
        if (m.hasMatch()) {
            run.ok = m.captured(1).toInt();
            run.changed = m.captured(2).toInt();
            run.unreachable = m.captured(3).toInt();
            run.failed = m.captured(4).toInt();
        }
        EXPECT_FALSE(run.output.contains(QString::fromUtf8(password.bytes())))
            << "the become password showed in Ansible's output";
        std::cout << "[playbook] ansible-playbook "
                  << args.last().section(QLatin1Char('/'), -1).toStdString() << ": " << run.ms
                  << " ms, ok=" << run.ok << " changed=" << run.changed << " failed=" << run.failed
                  << std::endl;
        return run;
    }

    PlaybookRun runPlaybook(const QString &playbook) const
    {
        return ansible({QStringLiteral("-i"), scratch.filePath(QStringLiteral("inventory.ini")),
                        QStringLiteral("-e"), QLatin1Char('@') + varsFile, playbook});
    }

    // On a host whose active firewall `setUp` made: the playbook adds a rule for each of two
    // Stitch addresses (`listing` then shows `tag` on `tagged` lines), check's step 1 says
    // `firewallStatus` (what it says after apply), and a second run changes nothing.
    void firewallRoundTrip(const QString &user, const QString &setUp, const QString &listing,
                           const QString &tag, int tagged,
                           const QString &firewallStatus = QStringLiteral("pass"))
    {
        int rc = -1;
        sandbox::shell(setUp, &rc);
        ASSERT_EQ(rc, 0) << setUp.toStdString();
        const QStringList choices{QStringLiteral("--allow-ip"), QStringLiteral("52.23.137.21/32"),
                                  QStringLiteral("--allow-ip"),
                                  QStringLiteral("52.204.223.208/32")};
        const QString playbook = makePlaybook(user, choices);
        const PlaybookRun first = runPlaybook(playbook);
        ASSERT_EQ(first.exitCode, 0) << first.output.toStdString();
        const QString rules = QString::fromUtf8(sandbox::shell(listing));
        EXPECT_EQ(rules.count(tag), tagged) << rules.toStdString();
        const CliRun check =
            runCli(clirun::adminArgs(QStringLiteral("check"), scratch)
                   << QStringLiteral("--public-key-file") << keyFile
                   << QStringLiteral("--tunnel-user") << user << QStringLiteral("--db-host")
                   << QStringLiteral("127.0.0.1") << QStringLiteral("--db-user")
                   << QStringLiteral("stitch_demo") << choices << QStringLiteral("--json"));
        EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
        EXPECT_EQ(clirun::stepStatuses(QJsonDocument::fromJson(check.out.toUtf8()).object()),
                  QStringLiteral("firewall=%1 database=pass public_key=pass tunnel_user=pass "
                                 "finish=skipped")
                      .arg(firewallStatus))
            << check.out.left(3000).toStdString();
        const PlaybookRun second = runPlaybook(playbook);
        EXPECT_EQ(second.exitCode, 0) << second.output.toStdString();
        EXPECT_EQ(second.changed, 0) << second.output.toStdString();
        EXPECT_EQ(QString::fromUtf8(sandbox::shell(listing)).count(tag), tagged);
    }

    QTemporaryDir scratch;
    sandbox::StitchKey key;
    stitch::Secret password = sandbox::password(QStringLiteral("stitchadmin"));
    QString keyLine;
    QString keyFile;
    QString varsFile;
};

TEST_F(Playbook, DoesWhatApplyDoesOnTheFleetAndChangesNothingTheSecondTime)
{
    const QString user = QStringLiteral("stitchplaybook");
    const auto cleanup =
        qScopeGuard([&] { sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null").arg(user)); });
    const QStringList choices{QStringLiteral("--enable-firewall")};
    const QString playbook = makePlaybook(user, choices);

    const PlaybookRun syntax =
        ansible({QStringLiteral("-i"), scratch.filePath(QStringLiteral("inventory.ini")),
                 QStringLiteral("--syntax-check"), playbook});
    ASSERT_EQ(syntax.exitCode, 0) << syntax.output.toStdString();

    const PlaybookRun first = runPlaybook(playbook);
    ASSERT_EQ(first.exitCode, 0) << first.output.toStdString();
    EXPECT_EQ(first.failed, 0);
    EXPECT_EQ(first.unreachable, 0);
    EXPECT_GT(first.changed, 0) << first.output.toStdString();

    // Step 4 as apply leaves it: the account marked as ours with a shell that runs nothing,
    // and exactly one key line, with the tunnel-only options and the comment as plain text.
    const QStringList passwd =
        QString::fromUtf8(sandbox::shell(QStringLiteral("getent passwd %1").arg(user)))
            .trimmed()
            .split(QLatin1Char(':'));
    ASSERT_EQ(passwd.size(), 7);
    EXPECT_EQ(passwd.at(4), stitch::setup::tunnelAccountMarker());
    EXPECT_EQ(passwd.at(6), QStringLiteral("/usr/sbin/nologin"));
    const QString ak = QStringLiteral("/home/%1/.ssh/authorized_keys").arg(user);
    EXPECT_EQ(QString::fromUtf8(sandbox::shell(QStringLiteral("cat ") + ak)),
              QStringLiteral("restrict,port-forwarding,permitopen=\"127.0.0.1:5432\",permitlisten="
                             "\"127.0.0.1:1\",command=\"/usr/sbin/nologin\" ") +
                  keyLine + QLatin1Char('\n'));
    EXPECT_FALSE(QFile::exists(pwnedPath())) << "Ansible expanded the key's comment";
    EXPECT_EQ(QString::fromUtf8(
                  sandbox::shell(QStringLiteral("stat -c '%a %U' /home/%1/.ssh %2").arg(user, ak))),
              QStringLiteral("700 %1\n600 %1\n").arg(user));
    EXPECT_FALSE(sandbox::shell(QStringLiteral("ls -A /home/%1").arg(user)).contains(".ansible"))
        << "writing as the tunnel user left no ~/.ansible in its home";
    // Step 1: ufw on, the admin's address first, Stitch's four addresses tagged.
    const QString ufw = QString::fromUtf8(sandbox::shell(QStringLiteral("ufw status")));
    EXPECT_TRUE(ufw.contains(QStringLiteral("Status: active"))) << ufw.toStdString();
    EXPECT_EQ(ufw.count(QRegularExpression(QStringLiteral("# stitch-tunnel\\n"))), 4)
        << ufw.toStdString();
    EXPECT_EQ(ufw.count(QStringLiteral("# stitch-tunnel admin")), 1) << ufw.toStdString();

    // check, with the same choices, finds every step done.
    const CliRun check = runCli(
        clirun::adminArgs(QStringLiteral("check"), scratch)
        << QStringLiteral("--public-key-file") << keyFile << QStringLiteral("--tunnel-user") << user
        << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1") << QStringLiteral("--db-user")
        << QStringLiteral("stitch_demo") << choices << QStringLiteral("--json"));
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_EQ(clirun::stepStatuses(QJsonDocument::fromJson(check.out.toUtf8()).object()),
              QStringLiteral("firewall=pass database=pass public_key=pass tunnel_user=pass "
                             "finish=skipped"))
        << check.out.toStdString();

    const PlaybookRun second = runPlaybook(playbook);
    ASSERT_EQ(second.exitCode, 0) << second.output.toStdString();
    EXPECT_EQ(second.failed, 0);
    EXPECT_EQ(second.changed, 0) << second.output.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep -c . ") + ak), QByteArray("1\n"));

    // The same record as apply keeps: remove, given no key, finds Stitch's there and takes it.
    const QString record =
        QString::fromUtf8(sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record")));
    EXPECT_TRUE(record.contains(QStringLiteral("account %1\n").arg(user))) << record.toStdString();
    EXPECT_TRUE(record.contains(QStringLiteral("key %1 %2 SHA256:")
                                    .arg(user, key.publicLine.section(QLatin1Char(' '), 1, 1))))
        << record.toStdString();
    const CliRun removed = runCli(clirun::adminArgs(QStringLiteral("remove"), scratch)
                                  << QStringLiteral("--tunnel-user") << user);
    EXPECT_EQ(removed.exitCode, 0) << removed.out.toStdString() << removed.err.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep -c . ") + ak), QByteArray("0\n"));
}

TEST_F(Playbook, RefusesTheAccountsApplyRefusesAndChangesNothing)
{
    const QString admin = QStringLiteral("stitchpbsudo");
    const QString foreign = QStringLiteral("stitchpbforeign");
    const QString linked = QStringLiteral("stitchpblink");
    const auto cleanup = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null; userdel -r %2 2>/dev/null; "
                                      "rm -f /home/%3/.ssh; userdel -r %3 2>/dev/null")
                           .arg(admin, foreign, linked));
    });
    sandbox::shell(QStringLiteral("useradd -m -s /bin/bash -G sudo %1 && "
                                  "useradd -m -s /bin/bash -c 'A person' %2")
                       .arg(admin, foreign));
    // As Stitch's guide leaves it by hand: the key without options, next to a key of the
    // person's own, with modes sshd's StrictModes would refuse.
    const QString otherKey = QStringLiteral(
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFakeFakeFakeFakeFakeFakeFakeFakeFake0 "
        "laptop");
    sandbox::shell(QStringLiteral("mkdir -m 755 /home/%1/.ssh && printf '%s\\n%s\\n' %2 %3 "
                                  ">/home/%1/.ssh/authorized_keys && chmod 644 "
                                  "/home/%1/.ssh/authorized_keys && chown -R %1: /home/%1/.ssh")
                       .arg(foreign, shellQuoted(otherKey), shellQuoted(keyLine)));
    sandbox::shell(QStringLiteral("useradd -m -s /usr/sbin/nologin -c %1 %2 && mkdir -p "
                                  "/root/.ssh && ln -s /root/.ssh /home/%2/.ssh")
                       .arg(shellQuoted(stitch::setup::tunnelAccountMarker()), linked));
    sandbox::shell(QStringLiteral("useradd -m -s /bin/bash -G disk stitchpbdisk"));
    const auto dropDisk =
        qScopeGuard([] { sandbox::shell(QStringLiteral("userdel -r stitchpbdisk 2>/dev/null")); });
    sandbox::shell(QStringLiteral("groupadd stitchpbops; useradd -m -s /bin/bash -G stitchpbops "
                                  "stitchpbdoas; printf 'permit :stitchpbops\\n' >/etc/doas.conf; "
                                  "useradd -M -d /tmp -s /bin/bash stitchpbtmp"));
    const auto dropMore = qScopeGuard([] {
        sandbox::shell(QStringLiteral("userdel -r stitchpbdoas 2>/dev/null; userdel stitchpbtmp; "
                                      "groupdel stitchpbops; rm -f /etc/doas.conf"));
    });
    const QByteArray before = sandbox::serverState();

    const PlaybookRun sudoer = runPlaybook(makePlaybook(admin, {}, QStringLiteral("sudo.yml")));
    EXPECT_NE(sudoer.exitCode, 0);
    EXPECT_EQ(sudoer.failed, 1) << sudoer.output.toStdString();
    EXPECT_TRUE(sudoer.output.contains(
        QStringLiteral("%1 must not carry Stitch's key: it is in the administrators' group sudo")
            .arg(admin)))
        << sudoer.output.toStdString();

    // In a group as strong as root: refused as apply refuses it, even when adopted.
    const PlaybookRun disk = runPlaybook(makePlaybook(QStringLiteral("stitchpbdisk"),
                                                      {QStringLiteral("--adopt-existing-user")},
                                                      QStringLiteral("disk.yml")));
    EXPECT_EQ(disk.failed, 1) << disk.output.toStdString();
    EXPECT_TRUE(disk.output.contains(QStringLiteral(
        "stitchpbdisk must not carry Stitch's key: it is in the group disk, whose members can "
        "become root or read what only root may")))
        << disk.output.toStdString();

    // A doas administrator, and an account whose home is /tmp: refused as apply refuses them.
    const PlaybookRun doas = runPlaybook(makePlaybook(QStringLiteral("stitchpbdoas"),
                                                      {QStringLiteral("--adopt-existing-user")},
                                                      QStringLiteral("doas.yml")));
    EXPECT_EQ(doas.failed, 1) << doas.output.toStdString();
    EXPECT_TRUE(doas.output.contains(QStringLiteral("it may run commands as root with doas")))
        << doas.output.toStdString();
    const PlaybookRun tmpHome = runPlaybook(makePlaybook(QStringLiteral("stitchpbtmp"),
                                                         {QStringLiteral("--adopt-existing-user")},
                                                         QStringLiteral("tmp.yml")));
    EXPECT_EQ(tmpHome.failed, 1) << tmpHome.output.toStdString();
    EXPECT_TRUE(tmpHome.output.contains(QStringLiteral("a home the account does not own")))
        << tmpHome.output.toStdString();
    EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c %a /tmp")), QByteArray("1777\n"));

    // Not made by this tool: refused unless adopting it was asked for.
    const PlaybookRun unmarked =
        runPlaybook(makePlaybook(foreign, {}, QStringLiteral("foreign.yml")));
    EXPECT_EQ(unmarked.failed, 1) << unmarked.output.toStdString();
    EXPECT_TRUE(unmarked.output.contains(
        QStringLiteral("%1 already exists and was not created by stitch-tunnel").arg(foreign)))
        << unmarked.output.toStdString();

    // Ours, but its ~/.ssh points at root's: never written through as root.
    const PlaybookRun link = runPlaybook(makePlaybook(linked, {}, QStringLiteral("link.yml")));
    EXPECT_EQ(link.failed, 1) << link.output.toStdString();
    EXPECT_TRUE(link.output.contains(QStringLiteral("is a symbolic link, not a folder or file")))
        << link.output.toStdString();
    EXPECT_EQ(sandbox::serverState(), before) << "a refused account: nothing changed";

    const PlaybookRun adopted = runPlaybook(makePlaybook(
        foreign, {QStringLiteral("--adopt-existing-user"), QStringLiteral("--restrict-key")},
        QStringLiteral("adopt.yml")));
    EXPECT_EQ(adopted.exitCode, 0) << adopted.output.toStdString();
    EXPECT_EQ(QString::fromUtf8(
                  sandbox::shell(QStringLiteral("getent passwd %1 | cut -d: -f5,7").arg(foreign)))
                  .trimmed(),
              QStringLiteral("A person:/usr/sbin/nologin"))
        << "an adopted account keeps its GECOS and gets a shell that runs nothing, as with apply";
    EXPECT_TRUE(sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record"))
                    .contains(QStringLiteral("shell %1 /bin/bash\n").arg(foreign).toUtf8()))
        << "its old shell is recorded for remove";
    // The person's key stays; Stitch's is rewritten with the tunnel-only options and from=.
    const QString ak = QStringLiteral("/home/%1/.ssh/authorized_keys").arg(foreign);
    EXPECT_EQ(QString::fromUtf8(sandbox::shell(QStringLiteral("cat ") + ak)),
              otherKey +
                  QStringLiteral("\nrestrict,port-forwarding,permitopen=\"127.0.0.1:5432\","
                                 "permitlisten=\"127.0.0.1:1\",command=\"/usr/sbin/nologin\","
                                 "from=\"52.23.137.21/32,52.204.223.208/32,52.204.228.32/"
                                 "32,52.204.230.227/32\" ") +
                  keyLine + QLatin1Char('\n'));
    EXPECT_EQ(QString::fromUtf8(sandbox::shell(
                  QStringLiteral("stat -c '%a %U' /home/%1/.ssh %2").arg(foreign, ak))),
              QStringLiteral("700 %1\n600 %1\n").arg(foreign));
    EXPECT_FALSE(sandbox::shell(QStringLiteral("ls -A /home/%1").arg(foreign)).contains(".ansible"))
        << "the key was written as the tunnel user, and left no ~/.ansible behind";
}

TEST_F(Playbook, FailsClearlyWhenSshdWouldRefuseTheTunnelUser)
{
    const QString user = QStringLiteral("stitchpbdenied");
    // In front of everything in sshd's configuration (sshd keeps the first value); the
    // running sshd is not reloaded: only what `sshd -T` reads changes.
    const QString config = QStringLiteral("/etc/ssh/sshd_config");
    const auto cleanup = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("mv -f %1.playbook-test %1; userdel -r %2 2>/dev/null")
                           .arg(config, user));
    });
    sandbox::shell(QStringLiteral("cp -p %1 %1.playbook-test && { printf 'DenyUsers %2\\n"
                                  "AllowTcpForwarding remote\\n'; cat %1.playbook-test; } >%1")
                       .arg(config, user));
    const PlaybookRun run = runPlaybook(makePlaybook(user, {}));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_EQ(run.failed, 1) << run.output.toStdString();
    EXPECT_TRUE(run.output.contains(
        QStringLiteral("sshd would refuse Stitch's tunnel as %1: AllowTcpForwarding is remote, so "
                       "the tunnel would be refused; DenyUsers excludes %1.")
            .arg(user)))
        << run.output.toStdString();
}

// The firewalls other than ufw, each as apply finds it: firewalld (rich rules now and after a
// reload, recorded for remove), iptables (tagged, saved for the next boot), plain nftables.
TEST_F(Playbook, AddsStitchsRulesOnFirewalldIptablesAndNftablesOnce)
{
    const QString user = QStringLiteral("stitchpbfw");
    const auto cleanup = qScopeGuard([&] {
        sandbox::stopFirewalld();
        sandbox::shell(QStringLiteral("userdel -r %1 2>/dev/null; rm -rf /var/lib/stitch-tunnel "
                                      "/etc/iptables; iptables -P INPUT ACCEPT; iptables -F")
                           .arg(user));
    });
    {
        SCOPED_TRACE("firewalld");
        ASSERT_TRUE(sandbox::startFirewalld());
        firewallRoundTrip(
            user, QStringLiteral("true"),
            QStringLiteral("firewall-cmd --list-rich-rules; firewall-cmd --permanent "
                           "--list-rich-rules"),
            QStringLiteral("port port=\"%1\" protocol=\"tcp\" accept").arg(sandbox::sshPort()),
            4); // runtime and permanent
        EXPECT_EQ(
            sandbox::shell(QStringLiteral("grep '^rule firewalld ' /var/lib/stitch-tunnel/record")),
            QStringLiteral("rule firewalld 52.23.137.21/32 %1\n"
                           "rule firewalld 52.204.223.208/32 %1\n")
                .arg(sandbox::sshPort())
                .toUtf8());
        sandbox::stopFirewalld();
    }
    {
        SCOPED_TRACE("iptables");
        sandbox::resetFirewall();
        firewallRoundTrip(user,
                          // Saved as iptables-persistent keeps them: only our lines are
                          // added to that file.
                          QStringLiteral("mkdir -p /etc/iptables && iptables -A INPUT -i lo -j "
                                         "ACCEPT && iptables -P INPUT DROP && iptables-save "
                                         ">/etc/iptables/rules.v4"),
                          QStringLiteral("iptables -S INPUT; cat /etc/iptables/rules.v4"),
                          QStringLiteral("--comment stitch-tunnel -j ACCEPT"),
                          4); // live and saved for the next boot
        sandbox::shell(
            QStringLiteral("iptables -P INPUT ACCEPT; iptables -F; rm -rf /etc/iptables"));
    }
    {
        SCOPED_TRACE("nftables");
        sandbox::resetFirewall();
        firewallRoundTrip(
            user,
            QStringLiteral("nft add table inet filter && nft add chain inet filter "
                           "input '{ type filter hook input priority 0; policy "
                           "drop; }' && nft add rule inet filter input iif lo accept"),
            QStringLiteral("nft list ruleset"), QStringLiteral("comment \"stitch-tunnel\""), 2,
            // As after apply: nftables rules are live only, so step 1 warns
            // (firewall.nft_not_persistent).
            QStringLiteral("warn"));
    }
}

} // namespace

// sshd reads keys from /etc/ssh/authorized_keys/%u: the playbook writes the key there as root
// (root's file, 644), records that file for remove, and Stitch gets in; with keys from a program
// only (AuthorizedKeysFile none), it fails before anything is changed, as apply does.
TEST_F(Playbook, WritesTheKeyWhereSshdReadsItOrRefusesBeforeAnyChange)
{
    const QString user = QStringLiteral("stitchpbetc");
    const QString config = QStringLiteral("/etc/ssh/sshd_config");
    const auto cleanup = qScopeGuard([&] {
        sandbox::shell(QStringLiteral("mv -f %1.playbook-test %1; userdel -r %2 2>/dev/null; rm "
                                      "-rf /etc/ssh/authorized_keys /var/lib/stitch-tunnel")
                           .arg(config, user));
        sandbox::reloadSshd();
    });
    sandbox::shell(QStringLiteral("cp -p %1 %1.playbook-test && { printf 'AuthorizedKeysFile "
                                  "none\\n'; cat %1.playbook-test; } >%1")
                       .arg(config));
    const QByteArray before = sandbox::serverState();
    const PlaybookRun refused = runPlaybook(makePlaybook(user, {}));
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.output.contains(QLatin1String("no file this tool may write")))
        << refused.output.toStdString();
    EXPECT_EQ(sandbox::serverState(), before);

    sandbox::shell(QStringLiteral("{ printf '%s\\n' 'AuthorizedKeysFile "
                                  "/etc/ssh/authorized_keys/%u'; cat %1.playbook-test; } >%1")
                       .arg(config));
    sandbox::reloadSshd();
    const QString playbook = makePlaybook(user, {});
    const PlaybookRun first = runPlaybook(playbook);
    ASSERT_EQ(first.exitCode, 0) << first.output.toStdString();
    const QString file = QStringLiteral("/etc/ssh/authorized_keys/") + user;
    EXPECT_EQ(sandbox::shell(QStringLiteral("stat -c '%U %a' %1").arg(file)),
              QByteArray("root 644\n"));
    EXPECT_EQ(sandbox::shell(
                  QStringLiteral("test -e /home/%1/.ssh && echo there || echo none").arg(user)),
              QByteArray("none\n"));
    EXPECT_EQ(sandbox::shell(QStringLiteral("grep -c '^keyfile %1 %2$' "
                                            "/var/lib/stitch-tunnel/record")
                                 .arg(user, file)),
              QByteArray("1\n"));
    EXPECT_TRUE(key.opensTunnelAs(user));
    const PlaybookRun second = runPlaybook(playbook);
    EXPECT_EQ(second.exitCode, 0) << second.output.toStdString();
    EXPECT_EQ(second.changed, 0) << second.output.toStdString();
}
