// The shell helpers from resources/scripts/, run here without root: authorized_keys_edit.sh (it
// runs as the tunnel user on the server, so as whoever runs these tests here) against files in
// a temporary folder, and lib_tunnel_account.sh's account rules with stub commands on PATH.
#include "setup/script_builder.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using namespace stitch::setup;

namespace {

struct ShellRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ShellRun runSh(const QString &script, const QStringList &args = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"), script, QStringLiteral("test")} + args);
    p.waitForFinished(20000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

const QByteArray kBlob = "AAAAC3NzaC1lZDI1NTE5AAAAIBlobOfTheStitchKey0000000000000000000000";
const QByteArray kWanted = "restrict,port-forwarding,permitopen=\"db:5432\",permitlisten=\"127.0.0."
                           "1:1\",command=\"/usr/sbin/nologin\" ssh-ed25519 " +
                           kBlob + " stitch";

class AuthorizedKeysEdit : public ::testing::Test
{
protected:
    ShellRun edit(const QStringList &args)
    {
        return runSh(scriptFile(QStringLiteral("authorized_keys_edit.sh")), args);
    }
    QString ak() const { return dir.path() + QStringLiteral("/authorized_keys"); }
    QTemporaryDir dir;
};

} // namespace

TEST(ScriptFiles, ValuesAreQuotedAndHelpersBringTheirPrograms)
{
    // prelude.sh as the body: the smallest script that runs.
    const QString s =
        ScriptBuilder(QStringLiteral("prelude.sh")).set("U", QStringLiteral("it's $(id)")).build();
    EXPECT_TRUE(s.contains(QLatin1String("\nU='it'\\''s $(id)'\n")));
    EXPECT_EQ(runSh(s + QStringLiteral("\nprintf '%s' \"$U\"")).out, QByteArray("it's $(id)"));

    const QString withHelper = ScriptBuilder(QStringLiteral("key_remove.sh"))
                                   .use(QStringLiteral("lib_tunnel_account.sh"))
                                   .build();
    EXPECT_TRUE(withHelper.startsWith(scriptFile(QStringLiteral("prelude.sh"))));
    EXPECT_TRUE(withHelper.contains(QLatin1String("\nAK_EDIT_SH='")));
    EXPECT_TRUE(withHelper.contains(scriptFile(QStringLiteral("lib_tunnel_account.sh"))));
    EXPECT_TRUE(withHelper.endsWith(scriptFile(QStringLiteral("key_remove.sh"))));
}

// A failed step names the operating system's own reason; its output still reaches the caller.
TEST(ScriptFiles, MustKeepsTheFailingCommandsReason)
{
    const QString prelude = scriptFile(QStringLiteral("prelude.sh"));
    const ShellRun failed = runSh(
        prelude + QStringLiteral("\nmust user.home 'cannot create /home/x' sh -c 'echo made; echo "
                                 "\"mkdir: cannot create directory: No space left on device\" "
                                 ">&2; exit 1'\necho not reached\n"));
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_EQ(failed.out, QByteArray("made\n"));
    EXPECT_EQ(failed.err, QByteArray("error user.home cannot create /home/x: mkdir: cannot "
                                     "create directory: No space left on device\n"));
    const ShellRun worked = runSh(
        prelude + QStringLiteral("\nmust x.y 'z' sh -c 'echo out; echo warned >&2'\necho on\n"));
    EXPECT_EQ(worked.exitCode, 0);
    EXPECT_EQ(worked.out, QByteArray("out\non\n"));
    EXPECT_EQ(worked.err, QByteArray("warned\n"));
}

TEST(ScriptFiles, ASequenceCarriesEachHelperOnceAndParsesAsSh)
{
    const auto part = [](const char *body) {
        return ScriptBuilder(QString::fromLatin1(body))
            .set("U", QStringLiteral("stitch"))
            .use(QStringLiteral("lib_firewall.sh"))
            .use(QStringLiteral("lib_tunnel_account.sh"));
    };
    ScriptSequence sequence;
    sequence.locked()
        .then(part("tunnel_user.sh"))
        .then(part("selftest_key_add.sh"))
        .thenVerify(part("probe.sh"));
    const QString seq = sequence.build();
    EXPECT_EQ(seq.count(QLatin1String("\nAK_EDIT_SH='")), 1);
    EXPECT_EQ(seq.count(QLatin1String("\naccount_paths() {")), 1);
    EXPECT_EQ(seq.count(QLatin1String("\ndetect_firewall() {")), 1);
    EXPECT_EQ(seq.count(QLatin1String("\nU='stitch'\n")), 3) << "values stay per script";
    EXPECT_EQ(seq.count(QLatin1String("flock -w 60 9")), 1);
    // The check's marker is random to this sequence, and splits its output there.
    static const QRegularExpression marker(
        QStringLiteral("printf '\\\\n%s\\\\n' '(@@stitch-verify-[0-9a-f]+)'\n\\(\n"));
    const QRegularExpressionMatch m = marker.match(seq);
    ASSERT_TRUE(m.hasMatch()) << seq.toStdString();
    const QByteArray theMarker = m.captured(1).toUtf8();
    const auto split = sequence.splitVerified("changed user x" + theMarker + "\n\n" + theMarker +
                                              "\nprobe_version=4\n");
    ASSERT_TRUE(split.has_value());
    EXPECT_EQ(split->steps, "changed user x" + theMarker + "\n\n")
        << "the marker inside a line (a link target a local account chose) is not the split";
    EXPECT_EQ(split->verify, QByteArray("probe_version=4\n"));
    EXPECT_FALSE(sequence.splitVerified("changed user x\n").has_value());
    EXPECT_FALSE(
        ScriptSequence().thenVerify(part("probe.sh")).splitVerified(m.captured(1).toUtf8()))
        << "another sequence's marker";
    const QString separately = part("tunnel_user.sh").build() +
                               part("selftest_key_add.sh").build() + part("probe.sh").build();
    std::printf("[scripts] three scripts: %lld bytes in a sequence, %lld built one by one\n",
                static_cast<long long>(seq.size()), static_cast<long long>(separately.size()));
    EXPECT_LT(seq.size() * 2, separately.size() + separately.size() / 4);
    QTemporaryDir dir;
    writeAll(dir.filePath(QStringLiteral("seq.sh")), seq.toUtf8());
    const ShellRun parsed = runSh(QStringLiteral("dash -n \"$1\" && echo ok"),
                                  {dir.filePath(QStringLiteral("seq.sh"))});
    EXPECT_EQ(parsed.out, QByteArray("ok\n")) << parsed.err.toStdString();
}

TEST_F(AuthorizedKeysEdit, EnsureRewritesOnlyTheKeysOwnLineAndKeepsEveryOtherByte)
{
    const QByteArray before = "# my notes\n"
                              "#ssh-ed25519 " +
                              kBlob +
                              " commented out: does not count\n"
                              "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABOtherKey admin@laptop\r\n"
                              "\n"
                              "no-pty ssh-ed25519 " +
                              kBlob +
                              " stale options\n"
                              "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAnotherKeyWithout newline";
    writeAll(ak(), before);
    const ShellRun first = edit(
        {QStringLiteral("ensure"), ak(), QString::fromLatin1(kBlob), QString::fromLatin1(kWanted)});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, QByteArray("ak-dropped 1\nak-added 1\n"));
    const QByteArray after = readAll(ak());
    EXPECT_EQ(after, QByteArray("# my notes\n"
                                "#ssh-ed25519 " +
                                kBlob +
                                " commented out: does not count\n"
                                "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABOtherKey admin@laptop\r\n"
                                "\n"
                                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAnotherKeyWithout newline\n" +
                                kWanted + "\n"));
    EXPECT_EQ(runSh(QStringLiteral("stat -c %a \"$1\""), {ak()}).out, QByteArray("600\n"));

    const ShellRun second = edit(
        {QStringLiteral("ensure"), ak(), QString::fromLatin1(kBlob), QString::fromLatin1(kWanted)});
    EXPECT_EQ(second.out, QByteArray("ak-dropped 0\nak-added 0\n"));
    EXPECT_EQ(readAll(ak()), after);
}

TEST_F(AuthorizedKeysEdit, InspectCountsOnlyUncommentedLinesAndTheExactLine)
{
    writeAll(ak(), "#" + kWanted + "\n");
    ShellRun r = edit({QStringLiteral("inspect"), ak(), QString::fromLatin1(kBlob),
                       QString::fromLatin1(kWanted)});
    EXPECT_TRUE(r.out.contains("ak_has_key=0\n")) << r.out.toStdString();
    writeAll(ak(), "ssh-ed25519 " + kBlob + "\r\n"); // CRLF: the key counts, the line is not exact
    r = edit({QStringLiteral("inspect"), ak(), QString::fromLatin1(kBlob),
              QString::fromLatin1(kWanted)});
    EXPECT_TRUE(r.out.contains("ak_has_key=1\n"));
    EXPECT_TRUE(r.out.contains("ak_exact=0\n"));
    EXPECT_TRUE(r.out.contains("ak_cr=1\n"));
    writeAll(ak(), kWanted + "\n" + kWanted + "\n");
    r = edit({QStringLiteral("inspect"), ak(), QString::fromLatin1(kBlob),
              QString::fromLatin1(kWanted)});
    EXPECT_TRUE(r.out.contains("ak_exact=0\n")) << "twice is not exactly once";
    writeAll(ak(), kWanted);
    r = edit({QStringLiteral("inspect"), ak(), QString::fromLatin1(kBlob),
              QString::fromLatin1(kWanted)});
    EXPECT_TRUE(r.out.contains("ak_exact=1\n"));
    EXPECT_TRUE(r.out.contains("ak_final_newline=0\n"));
}

TEST_F(AuthorizedKeysEdit, RewriteDropsOnlyTheGivenSelfTestTags)
{
    writeAll(ak(),
             kWanted +
                 "\n"
                 "restrict ssh-ed25519 AAAAself1 stitch-tunnel-selftest-0000000a owner=1:2\n"
                 "restrict ssh-ed25519 AAAAself2 stitch-tunnel-selftest-0000000b owner=3:4\n");
    const ShellRun owners = edit({QStringLiteral("selftest-owners"), ak()});
    EXPECT_EQ(owners.out, QByteArray("stitch-tunnel-selftest-0000000a 1:2\n"
                                     "stitch-tunnel-selftest-0000000b 3:4\n"));
    const ShellRun r = edit({QStringLiteral("rewrite"), ak(), QString(),
                             QStringLiteral("stitch-tunnel-selftest-0000000b"), QString()});
    EXPECT_EQ(r.out, QByteArray("ak-dropped 1\nak-added 0\n"));
    EXPECT_EQ(readAll(ak()), kWanted +
                                 "\nrestrict ssh-ed25519 AAAAself1 stitch-tunnel-selftest-0000000a "
                                 "owner=1:2\n");
}

// The self-test lines of sessions that are gone (their owner is not among the live ones) go
// with the given tag; a live session's line, comments and other keys stay.
TEST_F(AuthorizedKeysEdit, SelfTestRewriteDropsTheLinesOfSessionsThatAreGone)
{
    writeAll(ak(),
             kWanted +
                 "\n"
                 "restrict ssh-ed25519 AAAAself1 stitch-tunnel-selftest-0000000a owner=1:2\n"
                 "restrict ssh-ed25519 AAAAself2 stitch-tunnel-selftest-0000000b owner=3:4\n"
                 "restrict ssh-ed25519 AAAAself3 stitch-tunnel-selftest-0000000c\n"
                 "restrict ssh-ed25519 AAAAself4 stitch-tunnel-selftest-0000000d owner=5:6\n"
                 "#restrict ssh-ed25519 AAAAself5 stitch-tunnel-selftest-0000000e owner=7:8\n");
    const ShellRun r =
        edit({QStringLiteral("selftest-rewrite"), ak(),
              QStringLiteral("stitch-tunnel-selftest-0000000d"), QStringLiteral("1:2 5:6 9:10"),
              QStringLiteral("ssh-ed25519 AAAAnew stitch-tunnel-selftest-0000000f owner=9:10")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("ak-dropped 3\nak-added 1\n"));
    EXPECT_EQ(readAll(ak()),
              kWanted +
                  "\n"
                  "restrict ssh-ed25519 AAAAself1 stitch-tunnel-selftest-0000000a owner=1:2\n"
                  "#restrict ssh-ed25519 AAAAself5 stitch-tunnel-selftest-0000000e owner=7:8\n"
                  "ssh-ed25519 AAAAnew stitch-tunnel-selftest-0000000f owner=9:10\n");
    // Nothing to drop and no line: the file is not rewritten.
    const ShellRun none = edit({QStringLiteral("selftest-rewrite"), ak(), QString(),
                                QStringLiteral("1:2 9:10"), QString()});
    EXPECT_EQ(none.out, QByteArray("ak-dropped 0\nak-added 0\n"));
}

// Several operations in one process (one start as the tunnel user), in order; the first that
// fails ends it, and what follows does not run.
TEST_F(AuthorizedKeysEdit, ChainedOperationsRunInOrderAndStopAtTheFirstFailure)
{
    const QString sshDir = dir.path() + QStringLiteral("/home/.ssh");
    const QString file = sshDir + QStringLiteral("/authorized_keys");
    const ShellRun r =
        edit({QStringLiteral("mkdir"), sshDir, QStringLiteral("--"), QStringLiteral("ensure"), file,
              QString::fromLatin1(kBlob), QString::fromLatin1(kWanted)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("ak-dropped 0\nak-added 1\n"));
    EXPECT_EQ(runSh(QStringLiteral("stat -c %a \"$1\""), {sshDir}).out, QByteArray("700\n"));
    EXPECT_EQ(readAll(file), kWanted + "\n");

    // A temp file an interrupted rewrite left (older than the lock) goes, then the key is ensured.
    const QString stale = sshDir + QStringLiteral("/.authorized_keys.AbCdEf");
    writeAll(stale, "half\n");
    runSh(QStringLiteral("touch -d @1000 \"$1\""), {stale});
    const ShellRun again = edit({QStringLiteral("clean-stale"), sshDir, QStringLiteral("2000"),
                                 QStringLiteral("--"), QStringLiteral("ensure"), file,
                                 QString::fromLatin1(kBlob), QString::fromLatin1(kWanted)});
    EXPECT_EQ(again.out, "ak-removed-temp " + stale.toUtf8() + "\nak-dropped 0\nak-added 0\n");
    EXPECT_FALSE(QFileInfo::exists(stale));

    // A link where the file goes: the rewrite refuses, and the operation after it never runs.
    const QString target = dir.path() + QStringLiteral("/target");
    writeAll(target, "secret\n");
    ASSERT_TRUE(QFile::remove(file));
    ASSERT_TRUE(QFile::link(target, file));
    const ShellRun refused = edit({QStringLiteral("rewrite"), file, QString(), QString(),
                                   QString::fromLatin1(kWanted), QStringLiteral("--"),
                                   QStringLiteral("mkdir"), dir.path() + QStringLiteral("/never")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.startsWith("error user.authorized_keys_link "))
        << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.path() + QStringLiteral("/never")));
    EXPECT_EQ(readAll(target), QByteArray("secret\n"));

    // Too few arguments or no "--" between operations: a usage error, nothing done.
    EXPECT_TRUE(edit({QStringLiteral("mkdir")}).err.startsWith("error internal.usage "));
    const ShellRun noSeparator = edit({QStringLiteral("mkdir"), dir.path() + QStringLiteral("/a"),
                                       QStringLiteral("mkdir"), dir.path() + QStringLiteral("/b")});
    EXPECT_TRUE(noSeparator.err.startsWith("error internal.usage "))
        << noSeparator.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.path() + QStringLiteral("/b")));
}

TEST_F(AuthorizedKeysEdit, LinksAreRefusedAndTheirTargetsUntouched)
{
    const QString target = dir.path() + QStringLiteral("/target");
    writeAll(target, "secret\n");
    ASSERT_TRUE(QFile::link(target, ak()));
    const ShellRun r = edit(
        {QStringLiteral("ensure"), ak(), QString::fromLatin1(kBlob), QString::fromLatin1(kWanted)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith("error user.authorized_keys_link ")) << r.err.toStdString();
    EXPECT_EQ(readAll(target), QByteArray("secret\n"));
    EXPECT_TRUE(QFileInfo(ak()).isSymLink());
    EXPECT_TRUE(edit({QStringLiteral("inspect"), ak(), QString::fromLatin1(kBlob), QString()})
                    .out.isEmpty());
}

// sshd -T is asked once a run for the same question (in the shell that asked, and through the
// run's private folder for the parts after it, which run in subshells); the key files and the
// AuthorizedKeysCommand are read from its answer. A stub sshd (a shell function: the prelude
// sets PATH) answers, and fails for the unknown user, so the tool asks for nobody.
TEST(ScriptFiles, SshdIsAskedOnceARunAndItsAnswerNamesTheKeyFiles)
{
    const QString script =
        ScriptBuilder(QStringLiteral("prelude.sh"))
            .use(QStringLiteral("lib_tunnel_account.sh"))
            .build() +
        QStringLiteral(
            "U=stitch-no-such-user-7; ADDR=52.1.2.3; H=/home/x\n"
            "sshd() {\n"
            "  echo \"asked $*\" >>\"$LOG\"\n"
            "  case $3 in user=nobody,*) ;; *) return 255 ;; esac\n"
            "  printf 'port 22\\nauthorizedkeysfile .ssh/authorized_keys %%h/.ssh/keys2\\n"
            "authorizedkeyscommand /usr/bin/helper %%u %%f\\n'\n"
            "}\n"
            "key_file_choice; echo \"F=$F AS=$KEYS_AS CMD=$KEY_COMMAND\"; echo $KEY_FILES\n"
            "key_file_choice\n"
            "( key_file_choice; echo \"sub F=$F\" )\n"
            "if [ -n \"$RUN_DIR\" ]; then echo run-dir; fi\n"
            "cat \"$LOG\" >&2\n");
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOG"), dir.filePath(QStringLiteral("asked")));
    const ShellRun r = runSh(script, {}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const bool runDir = r.out.endsWith("run-dir\n");
    EXPECT_EQ(r.out, QByteArray("F=/home/x/.ssh/authorized_keys AS=user CMD=/usr/bin/helper %u %f\n"
                                "/home/x/.ssh/authorized_keys /home/x/.ssh/keys2\n"
                                "sub F=/home/x/.ssh/authorized_keys\n") +
                         (runDir ? "run-dir\n" : ""));
    // Once for the user, once for nobody; the subshell asks again only without a run folder.
    EXPECT_EQ(r.err.count("asked -T -C user=stitch-no-such-user-7,host=stitch-tunnel-check,"
                          "addr=52.1.2.3"),
              runDir ? 1 : 2)
        << r.err.toStdString();
    EXPECT_EQ(r.err.count("asked -T -C user=nobody,"), runDir ? 1 : 2);
}

TEST(AccountRules, AccountsThatMustNeverCarryTheKey)
{
    // Stub `id` and `sudo` answer for the account under test; the rest is the real system.
    QTemporaryDir stubs;
    writeAll(stubs.path() + QStringLiteral("/id"), "#!/bin/sh\ncase \"$1 $2\" in\n"
                                                   "  \"-u $STUB_USER\") echo \"$STUB_UID\";;\n"
                                                   "  \"-u $STUB_LOGIN\") echo 1000;;\n"
                                                   "  \"-nG $STUB_USER\") echo \"$STUB_GROUPS\";;\n"
                                                   "  *) exit 1;;\nesac\n");
    writeAll(stubs.path() + QStringLiteral("/sudo"),
             "#!/bin/sh\n[ \"$STUB_SUDOER\" = 1 ] && echo \"User $STUB_USER may run the "
             "following commands on host:\"\nexit 0\n");
    for (const char *stub : {"/id", "/sudo"})
        QFile::setPermissions(stubs.path() + QLatin1String(stub),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString script =
        scriptFile(QStringLiteral("prelude.sh")) +
        QStringLiteral("PATH=%1:$PATH\nU=$STUB_USER\nLOGIN=$STUB_LOGIN\n").arg(stubs.path()) +
        scriptFile(QStringLiteral("lib_tunnel_account.sh")) + QStringLiteral("account_refusal\n");
    const struct
    {
        const char *user, *uid, *groups, *sudoer, *expect;
    } cases[] = {
        {"stitch", "1001", "stitch", "0", ""},
        {"toor", "0", "root", "0", "uid0 0\n"},
        {"games", "5", "games", "0", "system 5 1000\n"},
        {"stitchadmin", "1000", "stitchadmin", "0", "login stitchadmin\n"},
        {"bob", "1002", "bob sudo", "0", "admin_group sudo\n"},
        {"carol", "1003", "carol", "1", "sudoer\n"},
    };
    for (const auto &c : cases) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STUB_USER"), QString::fromLatin1(c.user));
        env.insert(QStringLiteral("STUB_UID"), QString::fromLatin1(c.uid));
        env.insert(QStringLiteral("STUB_GROUPS"), QString::fromLatin1(c.groups));
        env.insert(QStringLiteral("STUB_SUDOER"), QString::fromLatin1(c.sudoer));
        env.insert(QStringLiteral("STUB_LOGIN"), QStringLiteral("stitchadmin"));
        const ShellRun r = runSh(script, {}, env);
        EXPECT_EQ(r.exitCode, 0) << c.user << r.err.toStdString();
        EXPECT_EQ(r.out, QByteArray(c.expect)) << c.user;
    }
}

// In root's key folder (AK_ROOT_FOLDER=1) a new file is readable by all (sshd reads it as the
// tunnel user) and an existing one keeps its mode; under a home it is always 600.
TEST_F(AuthorizedKeysEdit, ModesInRootsKeyFolderAndUnderAHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AK_ROOT_FOLDER"), QStringLiteral("1"));
    const QString script = scriptFile(QStringLiteral("authorized_keys_edit.sh"));
    const QString line = QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(kBlob);
    EXPECT_EQ(runSh(script, {QStringLiteral("ensure"), ak(), QString::fromLatin1(kBlob), line}, env)
                  .exitCode,
              0);
    EXPECT_EQ(runSh(QStringLiteral("stat -c %a \"$1\""), {ak()}).out, QByteArray("644\n"));
    runSh(QStringLiteral("chmod 640 \"$1\""), {ak()});
    EXPECT_EQ(
        runSh(script, {QStringLiteral("rewrite"), ak(), QString(), QString(), line}, env).exitCode,
        0);
    EXPECT_EQ(runSh(QStringLiteral("stat -c %a \"$1\""), {ak()}).out, QByteArray("640\n"));
    EXPECT_EQ(edit({QStringLiteral("rewrite"), ak(), QString(), QString(), line}).exitCode, 0);
    EXPECT_EQ(runSh(QStringLiteral("stat -c %a \"$1\""), {ak()}).out, QByteArray("600\n"));
}

// Which folders count as root's alone for a key file (lib_tunnel_account.sh, root_only_dir):
// read-only here, nothing is created.
TEST(ScriptFiles, RootOnlyDirAcceptsRootsFoldersOnly)
{
    const QString lib = ScriptBuilder(QStringLiteral("prelude.sh"))
                            .use(QStringLiteral("lib_tunnel_account.sh"))
                            .build();
    const auto rootOnly = [&lib](const QString &dir) {
        return runSh(lib + QStringLiteral("\nroot_only_dir \"$1\" && echo yes || echo no\n"), {dir})
            .out;
    };
    EXPECT_EQ(rootOnly(QStringLiteral("/etc")), QByteArray("yes\n"));
    EXPECT_EQ(rootOnly(QStringLiteral("/etc/stitch-no-such-folder")), QByteArray("yes\n"))
        << "a missing folder in a root folder is made by root";
    EXPECT_EQ(rootOnly(QStringLiteral("/stitch-no-such-folder")), QByteArray("no\n"))
        << "never a new top-level folder";
    EXPECT_EQ(rootOnly(QStringLiteral("/tmp")), QByteArray("no\n")) << "every account writes it";
    EXPECT_EQ(rootOnly(QStringLiteral("/tmp/stitch-no-such-folder")), QByteArray("no\n"));
    QTemporaryDir dir;
    EXPECT_EQ(rootOnly(dir.path()), QByteArray("no\n")) << "a folder under /tmp";
}
