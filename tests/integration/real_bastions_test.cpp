// Bastions as people really configure them, each on the sandbox's real sshd set up that way:
// sshd reading keys from elsewhere (AuthorizedKeysFile), SELinux. Each ends with the stock
// OpenSSH client tunnelling as Stitch where the setup should work, and with the server
// unchanged where the tool must refuse.
#include "cli_run.h"
#include "common/shell_quote.h"
#include "sandbox_env.h"
#include "watch_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace clirun;
using namespace watchrun;

namespace {

const QString kConfig = QStringLiteral("/etc/ssh/sshd_config");

class RealBastions : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_sshd.kept()); }
    // `lines` go before the rest of sshd_config (sshd keeps the first value), and sshd runs
    // with it.
    void sshdWith(const QString &lines)
    {
        const QString err = m_sshd.with(lines);
        ASSERT_TRUE(err.isEmpty()) << err.toStdString();
    }
    QStringList args(const QString &command, const QString &user) const
    {
        QStringList a = adminArgs(command, scratch)
                        << QStringLiteral("--public-key") << key.publicLine
                        << QStringLiteral("--tunnel-user") << user << QStringLiteral("--json");
        if (command != QLatin1String("remove"))
            a << QStringLiteral("--db-host") << QStringLiteral("127.0.0.1");
        return a;
    }
    static QJsonObject json(const CliRun &r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8());
        EXPECT_TRUE(d.isObject()) << r.out.toStdString() << r.err.toStdString();
        return d.object();
    }
    // Every finding's code and message, one a line, for the assertions and their failures.
    static QString findings(const CliRun &r)
    {
        QStringList lines;
        const QJsonObject o = json(r);
        for (const QJsonValue &step : o.value(QStringLiteral("steps")).toArray()) {
            for (const QJsonValue &f : step[QStringLiteral("findings")].toArray())
                lines << f[QStringLiteral("code")].toString() + QLatin1Char(' ') +
                             f[QStringLiteral("message")].toString();
        }
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        if (!error.isEmpty())
            lines << QStringLiteral("error ") + error[QStringLiteral("message")].toString();
        return lines.join(QLatin1Char('\n'));
    }
    static QByteArray sh(const QString &script) { return sandbox::shell(script); }

    QTemporaryDir scratch;
    sandbox::StitchKey key;
    watchrun::SshdConfigKeeper m_sshd;
};

} // namespace

// AuthorizedKeysFile /etc/ssh/authorized_keys/%u: root writes the key file in root's folder
// (root's, 644: sshd reads it as the tunnel user, who cannot change it); ~/.ssh is never made.
// The self-test, check, a second apply and remove all use the same file.
TEST_F(RealBastions, AKeyDirectoryOfRootsIsWrittenByRootAndStitchGetsIn)
{
    const QString user = QStringLiteral("stitchetckeys");
    const QString file = QStringLiteral("/etc/ssh/authorized_keys/") + user;
    const auto cleanup = qScopeGuard([&] {
        sh(QStringLiteral("userdel -r %1 2>/dev/null; rm -rf /etc/ssh/authorized_keys "
                          "/var/lib/stitch-tunnel")
               .arg(user));
    });
    sshdWith(QStringLiteral("AuthorizedKeysFile /etc/ssh/authorized_keys/%u"));

    const CliRun applied = runCli(args(QStringLiteral("apply"), user));
    ASSERT_EQ(applied.exitCode, 0) << findings(applied).toStdString() << applied.err.toStdString();
    EXPECT_TRUE(findings(applied).contains(QLatin1String("selftest.login ")))
        << "the self-test did not log in: " << findings(applied).toStdString();
    EXPECT_EQ(sh(QStringLiteral("stat -c '%U %a' %1 /etc/ssh/authorized_keys").arg(file)),
              QByteArray("root 644\nroot 755\n"));
    EXPECT_EQ(sh(QStringLiteral("grep -c %1 %2")
                     .arg(key.publicLine.section(QLatin1Char(' '), 1, 1), file)),
              QByteArray("1\n"));
    EXPECT_EQ(sh(QStringLiteral("grep -c stitch-tunnel-selftest %1").arg(file)), QByteArray("0\n"))
        << "the self-test key stayed";
    EXPECT_EQ(sh(QStringLiteral("test -e /home/%1/.ssh && echo there || echo none").arg(user)),
              QByteArray("none\n"));
    EXPECT_EQ(sh(QStringLiteral("grep -c '^keyfile %1 %2$' /var/lib/stitch-tunnel/record")
                     .arg(user, file)),
              QByteArray("1\n"));
    EXPECT_TRUE(key.opensTunnelAs(user));

    const CliRun checked = runCli(args(QStringLiteral("check"), user));
    EXPECT_EQ(checked.exitCode, 0) << findings(checked).toStdString();
    EXPECT_TRUE(findings(checked).contains(file)) << findings(checked).toStdString();

    const QByteArray before = sandbox::serverState();
    const CliRun again =
        runCli(args(QStringLiteral("apply"), user) << QStringLiteral("--no-self-test"));
    EXPECT_EQ(again.exitCode, 0) << findings(again).toStdString();
    EXPECT_EQ(sandbox::serverState(), before) << "a second apply changed the server";

    const CliRun removed =
        runCli(args(QStringLiteral("remove"), user) << QStringLiteral("--remove-user"));
    EXPECT_EQ(removed.exitCode, 0) << findings(removed).toStdString();
    EXPECT_FALSE(key.opensTunnelAs(user));
    EXPECT_EQ(sh(QStringLiteral("grep -c ssh- %1 2>/dev/null || true").arg(file)),
              QByteArray("0\n"));
    EXPECT_EQ(sh(QStringLiteral("grep -c '^key' /var/lib/stitch-tunnel/record || true")),
              QByteArray("0\n"));
}

// Two files: the first in a folder every account can write (skipped, and said), the second
// %h/.ssh/keys2, written as the tunnel user.
TEST_F(RealBastions, TheFirstFileThatIsSafeToWriteIsUsedAndTheSkippedOneNamed)
{
    const QString user = QStringLiteral("stitchkeys2");
    const auto cleanup = qScopeGuard([&] {
        sh(QStringLiteral("userdel -r %1 2>/dev/null; rm -rf /var/shared-keys "
                          "/var/lib/stitch-tunnel")
               .arg(user));
    });
    sh(QStringLiteral("mkdir -m 1777 /var/shared-keys"));
    sshdWith(QStringLiteral("AuthorizedKeysFile /var/shared-keys/%u %h/.ssh/keys2"));

    const CliRun applied =
        runCli(args(QStringLiteral("apply"), user) << QStringLiteral("--no-self-test"));
    ASSERT_EQ(applied.exitCode, 0) << findings(applied).toStdString() << applied.err.toStdString();
    EXPECT_TRUE(findings(applied).contains(QLatin1String("/var/shared-keys/") + user))
        << findings(applied).toStdString();
    EXPECT_EQ(sh(QStringLiteral("stat -c '%U %a' /home/%1/.ssh /home/%1/.ssh/keys2").arg(user)),
              QStringLiteral("%1 700\n%1 600\n").arg(user).toUtf8());
    EXPECT_EQ(sh(QStringLiteral("ls -A /var/shared-keys")), QByteArray());
    EXPECT_EQ(sh(QStringLiteral("test -e /home/%1/.ssh/authorized_keys && echo there || echo "
                                "none")
                     .arg(user)),
              QByteArray("none\n"));
    EXPECT_TRUE(key.opensTunnelAs(user));

    const CliRun removed = runCli(args(QStringLiteral("remove"), user));
    EXPECT_EQ(removed.exitCode, 0) << findings(removed).toStdString();
    EXPECT_FALSE(key.opensTunnelAs(user));
}

// Keys only from an AuthorizedKeysCommand (AuthorizedKeysFile none): no file the tool could own,
// so apply refuses, saying so, before it changes anything.
TEST_F(RealBastions, KeysFromAProgramOnlyAreRefusedBeforeAnyChange)
{
    const QString user = QStringLiteral("stitchakcmd");
    sshdWith(QStringLiteral("AuthorizedKeysFile none\n"
                            "AuthorizedKeysCommand /usr/local/bin/fetch-keys %u\n"
                            "AuthorizedKeysCommandUser nobody"));
    const QByteArray before = sandbox::serverState();
    const CliRun applied =
        runCli(args(QStringLiteral("apply"), user) << QStringLiteral("--no-self-test"));
    EXPECT_NE(applied.exitCode, 0);
    EXPECT_TRUE(findings(applied).contains(QLatin1String("AuthorizedKeysCommand")))
        << findings(applied).toStdString() << applied.err.toStdString();
    EXPECT_EQ(sandbox::serverState(), before);
    EXPECT_EQ(sh(QStringLiteral("getent passwd %1 || echo none").arg(user)), QByteArray("none\n"));
}

// A Match block gives the tunnel user a key file of its own: apply uses it (sshd -T for that
// user), before the account exists as after.
TEST_F(RealBastions, AMatchBlockForTheTunnelUserDecidesItsKeyFile)
{
    const QString user = QStringLiteral("stitchmatchak");
    const auto cleanup = qScopeGuard([&] {
        sh(QStringLiteral("userdel -r %1 2>/dev/null; rm -rf /var/lib/stitch-tunnel").arg(user));
    });
    QString config =
        QStringLiteral("Match User %1\n    AuthorizedKeysFile .ssh/stitch_keys\n").arg(user);
    // Appended: a Match block runs to the end of the file.
    sandbox::shell(
        QStringLiteral("printf '%s' %1 >>%2").arg(stitch::shellQuote(config).value(), kConfig));
    sandbox::reloadSshd();
    const CliRun applied =
        runCli(args(QStringLiteral("apply"), user) << QStringLiteral("--no-self-test"));
    ASSERT_EQ(applied.exitCode, 0) << findings(applied).toStdString() << applied.err.toStdString();
    EXPECT_EQ(sh(QStringLiteral("grep -c ssh- /home/%1/.ssh/stitch_keys").arg(user)),
              QByteArray("1\n"));
    EXPECT_TRUE(key.opensTunnelAs(user));
}

// SELinux (RHEL and its kin) cannot run here: stand-ins for selinuxenabled and restorecon on
// PATH record their calls. Apply labels what it wrote; check reports a wrong label on an
// existing authorized_keys as a failure with the fix.
TEST_F(RealBastions, SelinuxLabelsWhatTheToolWroteAndCheckSeesAWrongLabel)
{
    const QString user = QStringLiteral("stitchselinux");
    const QTemporaryDir layers;
    const QString log = QStringLiteral("/var/log/restorecon-calls");
    ASSERT_TRUE(sandbox::overlayOver(
        QStringLiteral("/usr/local/sbin"), layers,
        QStringLiteral("printf '#!/bin/sh\\nexit 0\\n' >/usr/local/sbin/selinuxenabled && "
                       "printf '#!/bin/sh\\necho \"$*\" >>%1\\n"
                       "case \"$1\" in -n) [ -f /var/log/label-wrong ] && "
                       "echo \"Would relabel $3\";; esac\\nexit 0\\n' "
                       ">/usr/local/sbin/restorecon && chmod 755 /usr/local/sbin/*")
            .arg(log)))
        << "the stand-ins could not be installed";
    const auto cleanup = qScopeGuard([&] {
        sh(QStringLiteral("umount -l /usr/local/sbin; userdel -r %1 2>/dev/null; rm -rf "
                          "/var/lib/stitch-tunnel %2 /var/log/label-wrong")
               .arg(user, log));
    });
    const CliRun applied =
        runCli(args(QStringLiteral("apply"), user) << QStringLiteral("--no-self-test"));
    ASSERT_EQ(applied.exitCode, 0) << findings(applied).toStdString() << applied.err.toStdString();
    EXPECT_TRUE(sh(QStringLiteral("cat %1").arg(log))
                    .contains(QStringLiteral("-F -R /home/%1/.ssh").arg(user).toUtf8()))
        << sh(QStringLiteral("cat %1").arg(log)).toStdString();

    CliRun checked = runCli(args(QStringLiteral("check"), user));
    EXPECT_EQ(checked.exitCode, 0) << findings(checked).toStdString();
    sh(QStringLiteral("touch /var/log/label-wrong"));
    checked = runCli(args(QStringLiteral("check"), user));
    EXPECT_NE(checked.exitCode, 0);
    EXPECT_TRUE(findings(checked).contains(QLatin1String("user.selinux_label")))
        << findings(checked).toStdString();
    EXPECT_TRUE(key.opensTunnelAs(user));
}

namespace {

// `connect` as `login` (one of the sandbox's admins) with its password file.
QStringList connectAs(const QString &login, const QTemporaryDir &scratch)
{
    QStringList a = adminArgs(QStringLiteral("connect"), scratch);
    a[a.indexOf(QStringLiteral("--login")) + 1] = login;
    a[a.indexOf(QStringLiteral("--password-file")) + 1] =
        sandbox::file(login + QStringLiteral(".password"));
    return a << QStringLiteral("--json");
}

QString errorCode(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8())
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

// A server that speaks German to every SSH session (de_DE.UTF-8 in /etc/default/locale, which
// pam_env reads for sshd): sudo's refusals are still told apart, and apply → check → remove
// ends as on any server, every message in the admin's language, none in the server's.
TEST_F(RealBastions, AGermanServerIsUnderstoodThroughout)
{
    const QTemporaryDir layers;
    ASSERT_TRUE(sandbox::overlayOver(QStringLiteral("/usr/lib/locale"), layers,
                                     QStringLiteral("localedef -i de_DE -f UTF-8 de_DE.UTF-8")))
        << "the German locale could not be made";
    const QString user = QStringLiteral("stitchgerman");
    const auto cleanup = qScopeGuard([&] {
        sh(QStringLiteral("rm -f /etc/default/locale; userdel -r %1 2>/dev/null; rm -rf "
                          "/var/lib/stitch-tunnel; umount -l /usr/lib/locale")
               .arg(user));
    });
    sh(QStringLiteral("printf 'LANG=de_DE.UTF-8\\nLANGUAGE=de\\n' >/etc/default/locale"));
    // An SSH session there does speak German (sudo's refusal of a wrong password).
    const QByteArray german =
        sh(QStringLiteral("ssh -F none -o BatchMode=yes -o StrictHostKeyChecking=yes "
                          "-o UserKnownHostsFile=$STITCH_SANDBOX_DIR/known_hosts -i "
                          "$STITCH_SANDBOX_DIR/keys/admin_ed25519 -p 2222 stitchadmin@127.0.0.1 "
                          "'echo wrong | sudo -k -S -p \"\" true' 2>&1"));
    ASSERT_FALSE(german.isEmpty());
    ASSERT_FALSE(german.contains("Sorry")) << german.toStdString();

    QProcessEnvironment wrongSudo = QProcessEnvironment::systemEnvironment();
    wrongSudo.insert(QStringLiteral("STITCH_TUNNEL_SUDO_PASSWORD"), QStringLiteral("Wr0ngSudo"));
    CliRun r = runCli(connectAs(QStringLiteral("stitchadmin"), scratch), wrongSudo);
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(errorCode(r), QStringLiteral("sudo_wrong_password")) << r.out.toStdString();

    r = runCli(connectAs(QStringLiteral("ttyadmin"), scratch));
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(errorCode(r), QStringLiteral("sudo_requires_tty")) << r.out.toStdString();

    r = runCli(connectAs(QStringLiteral("nosudo"), scratch));
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(errorCode(r), QStringLiteral("sudo_not_allowed")) << r.out.toStdString();

    const CliRun applied = runCli(args(QStringLiteral("apply"), user));
    EXPECT_EQ(applied.exitCode, 0) << findings(applied).toStdString() << applied.err.toStdString();
    EXPECT_TRUE(key.opensTunnelAs(user));
    const CliRun checked = runCli(args(QStringLiteral("check"), user));
    EXPECT_EQ(checked.exitCode, 0) << findings(checked).toStdString();
    const CliRun removed =
        runCli(args(QStringLiteral("remove"), user) << QStringLiteral("--remove-user"));
    EXPECT_EQ(removed.exitCode, 0) << findings(removed).toStdString();
    EXPECT_FALSE(key.opensTunnelAs(user));
    // Words sudo, useradd and the shell use in German: none reached the admin.
    for (const CliRun *run : {&applied, &checked, &removed}) {
        for (const char *word : {"nicht", "Benutzer", "Datei", "Verzeichnis", "Fehler"})
            EXPECT_FALSE((run->out + run->err).contains(QLatin1String(word)))
                << word << " in " << run->out.toStdString() << run->err.toStdString();
    }
}

// A chatty bastion: a Banner, a motd, and a .bashrc (which bash reads even for `ssh host cmd`)
// that sets the terminal title without a line break, greets on stderr and prints text that
// looks like the tool's own lines. The tool still reads the admin's address from its own
// framed lines: --enable-firewall allows it first, and the self-test key is limited to it.
TEST_F(RealBastions, WhatTheLoginShellPrintsCannotConfuseTheTool)
{
    const QString user = QStringLiteral("stitchchatty");
    const QByteArray bashrc = sh(QStringLiteral("base64 -w0 /home/stitchadmin/.bashrc"));
    const auto cleanup = qScopeGuard([&] {
        sh(QStringLiteral("printf '%s' %1 | base64 -d >/home/stitchadmin/.bashrc; rm -f "
                          "/etc/stitch-banner /etc/motd; userdel -r %2 2>/dev/null; rm -rf "
                          "/var/lib/stitch-tunnel")
               .arg(QString::fromLatin1(bashrc), user));
        sandbox::resetFirewall();
    });
    sandbox::resetFirewall();
    sh(QStringLiteral("printf 'Authorized use only.\\nstitch-privilege: root\\n' "
                      ">/etc/stitch-banner; printf 'Welcome to the bastion\\n' >/etc/motd"));
    sshdWith(QStringLiteral("Banner /etc/stitch-banner\nPrintMotd yes"));
    const QString noise = QStringLiteral(
        "printf '\\033]0;admin@bastion\\007'\n"
        "echo 'Last login: yesterday' >&2\n"
        "printf 'stitch-ssh-connection: 10.9.9.9 1 10.0.0.1 22\\nstitch-privilege: root\\n'\n"
        "printf 'no line break here'\n");
    sh(QStringLiteral("{ printf '%s' %1; printf '%s' %2 | base64 -d; } >/tmp/bashrc.new && cat "
                      "/tmp/bashrc.new >/home/stitchadmin/.bashrc")
           .arg(stitch::shellQuote(noise).value(), QString::fromLatin1(bashrc)));
    ASSERT_TRUE(sh(QStringLiteral("head -n 1 /home/stitchadmin/.bashrc")).startsWith("printf"));

    const CliRun applied =
        runCli(args(QStringLiteral("apply"), user) << QStringLiteral("--enable-firewall"));
    ASSERT_EQ(applied.exitCode, 0) << findings(applied).toStdString() << applied.err.toStdString();
    EXPECT_TRUE(findings(applied).contains(QLatin1String("selftest.login ")))
        << findings(applied).toStdString();
    EXPECT_FALSE(findings(applied).contains(QLatin1String("selftest.from_unknown")))
        << findings(applied).toStdString();
    // The admin's real address (the sandbox connects from 127.0.0.1), not the one the noise
    // claimed, was allowed before ufw went on.
    const QByteArray ufw = sh(QStringLiteral("ufw status"));
    EXPECT_TRUE(ufw.contains("127.0.0.1") && ufw.contains("stitch-tunnel admin")) << ufw.data();
    EXPECT_FALSE(ufw.contains("10.9.9.9")) << ufw.data();
    EXPECT_TRUE(key.opensTunnelAs(user));
}

// `watch` reads sshd's log while "Stitch" (the stock OpenSSH client with Stitch's key, from the
// address given as Stitch's) connects, and names each outcome: in, a key not installed, a
// tunnel to another port than the key allows, nothing at all, and a LogLevel that says too
// little. Stitch's address here is the sandbox's loopback: sshd listens only there.
TEST_F(RealBastions, WatchSaysWhetherStitchGotInAndWhyNot)
{
    const QString user = QStringLiteral("stitchwatch");
    const auto cleanup = qScopeGuard([&] {
        sh(QStringLiteral("userdel -r %1 2>/dev/null; rm -rf /var/lib/stitch-tunnel").arg(user));
    });
    const QStringList asStitch{QStringLiteral("--allow-ip"), QStringLiteral("127.0.0.1")};
    const CliRun applied =
        runCli(args(QStringLiteral("apply"), user) << asStitch << QStringLiteral("--no-self-test"));
    ASSERT_EQ(applied.exitCode, 0) << findings(applied).toStdString();
    const QStringList watch = args(QStringLiteral("watch"), user)
                              << asStitch << QStringLiteral("--minutes") << QStringLiteral("0.2");
    const QString client =
        QStringLiteral("ssh -F none -o BatchMode=yes -o StrictHostKeyChecking=no "
                       "-o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -i %1 -p 2222 "
                       "-W 127.0.0.1:%2 %3@127.0.0.1 </dev/null >/dev/null 2>&1 & c=$!; "
                       "sleep 1; kill $c 2>/dev/null; wait $c 2>/dev/null; true");

    WatchRun in = watchWhile(watch, client.arg(key.privatePath(), QStringLiteral("5432"), user));
    EXPECT_EQ(in.exitCode, 0) << in.err.toStdString();
    EXPECT_EQ(in.json.value(QStringLiteral("got_in")), QJsonValue(true));
    EXPECT_TRUE(findingCodes(in.json).contains(QStringLiteral("stitch.got_in")))
        << QJsonDocument(in.json).toJson().toStdString();

    const QString other = scratch.filePath(QStringLiteral("other"));
    sh(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -f %1").arg(other));
    WatchRun refused = watchWhile(watch, client.arg(other, QStringLiteral("5432"), user));
    EXPECT_EQ(refused.exitCode, 1) << refused.err.toStdString();
    EXPECT_TRUE(findingCodes(refused.json).contains(QStringLiteral("stitch.key_refused")))
        << QJsonDocument(refused.json).toJson().toStdString();

    WatchRun forward =
        watchWhile(watch, client.arg(key.privatePath(), QStringLiteral("5433"), user));
    EXPECT_EQ(forward.exitCode, 1) << forward.err.toStdString();
    EXPECT_TRUE(findingCodes(forward.json).contains(QStringLiteral("stitch.forward_refused")))
        << QJsonDocument(forward.json).toJson().toStdString();
    EXPECT_TRUE(QJsonDocument(forward.json).toJson().contains("127.0.0.1:5433"));

    QStringList shortWatch = watch;
    shortWatch[shortWatch.indexOf(QStringLiteral("0.2"))] = QStringLiteral("0.1");
    WatchRun nothing = watchWhile(shortWatch, QString());
    EXPECT_EQ(nothing.exitCode, 1) << nothing.err.toStdString();
    EXPECT_EQ(findingCodes(nothing.json), QStringList{QStringLiteral("stitch.nothing_arrived")});

    sshdWith(QStringLiteral("LogLevel QUIET"));
    WatchRun quiet = watchWhile(shortWatch, QString());
    EXPECT_EQ(quiet.exitCode, 1) << quiet.err.toStdString();
    EXPECT_EQ(findingCodes(quiet.json), QStringList{QStringLiteral("watch.log_level_too_low")});
}
