#include "cli_credentials.h"
#include "cli_exit_codes.h"
#include "cli_options.h"
#include "cli_output.h"
#include "cli_remedies.h"
#include "ssh/host_key_trust.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::cli;

namespace {
ParsedCommandLine parseFull(QStringList args)
{
    args.prepend(QStringLiteral("stitch-tunnel"));
    return parseCommandLine(args);
}

Result<CliOptions> parse(const QStringList &args)
{
    return parseFull(args).options;
}

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST(CliOptions, ConnectWithDefaults)
{
    auto o = parse({QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("srv"),
                    QStringLiteral("--login"), QStringLiteral("admin")});
    ASSERT_TRUE(o.ok()) << o.error().message.toStdString();
    EXPECT_EQ(o->action, CliOptions::Action::Connect);
    EXPECT_EQ(o->connection.port, 22);
    EXPECT_EQ(o->connection.authMethod, ssh::AuthMethod::Password);
    EXPECT_EQ(o->connection.hostKeyTrust.unknownAction, ssh::UnknownHostKeyAction::Reject);
}

TEST(CliOptions, UsageErrorsNameTheProblemAndTheFix)
{
    struct Case
    {
        QStringList args;
        const char *mentions;
    };
    const QVector<Case> cases{
        {{}, "No command"},
        {{QStringLiteral("launch")}, "Unknown command"},
        {{QStringLiteral("connect"), QStringLiteral("--login"), QStringLiteral("a")},
         "No SSH server"},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h")},
         "No login user"},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h"),
          QStringLiteral("--login"), QStringLiteral("a"), QStringLiteral("--port"),
          QStringLiteral("70000")},
         "not a port"},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h"),
          QStringLiteral("--login"), QStringLiteral("a"), QStringLiteral("--agent"),
          QStringLiteral("--identity"), QStringLiteral("k")},
         "one way to log in"},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h"),
          QStringLiteral("--login"), QStringLiteral("a"), QStringLiteral("--host-key-fingerprint"),
          QStringLiteral("MD5:00")},
         "not a SHA256"},
        {{QStringLiteral("connect"), QStringLiteral("--password"), QStringLiteral("x")},
         "Unknown option"},
    };
    for (const Case &c : cases) {
        auto o = parse(c.args);
        ASSERT_FALSE(o.ok()) << c.mentions;
        EXPECT_EQ(o.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(o.error().message.contains(QString::fromLatin1(c.mentions)))
            << o.error().message.toStdString();
        EXPECT_FALSE(o.error().fix.isEmpty()) << c.mentions;
    }
}

TEST(CliOptions, FingerprintMeansAcceptIfMatching)
{
    auto o = parse({QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("h"),
                    QStringLiteral("--login"), QStringLiteral("a"),
                    QStringLiteral("--host-key-fingerprint"),
                    QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU")});
    ASSERT_TRUE(o.ok());
    EXPECT_FALSE(o->connection.hostKeyTrust.expectedFingerprint.isEmpty());
}

TEST(CliOptions, UnknownCommandSuggestsTheNearest)
{
    auto o = parse({QStringLiteral("aply")});
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().message.toStdString(), "Unknown command \"aply\".");
    EXPECT_EQ(o.error().fix.toStdString(),
              "Did you mean apply? The commands are: connect, check, apply, remove, script, "
              "playbook, watch, stitch-source.");
    o = parse({QStringLiteral("chekc")});
    ASSERT_FALSE(o.ok());
    EXPECT_TRUE(o.error().fix.startsWith(QStringLiteral("Did you mean check?")))
        << o.error().fix.toStdString();
    o = parse({QStringLiteral("launch")});
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().fix.toStdString(),
              "Use one of: connect, check, apply, remove, script, playbook, watch, stitch-source.");
}

TEST(CliOptions, UnknownOptionSuggestsTheNearest)
{
    auto o = parse(split("connect --host h --login a --pasword-file f"));
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().message.toStdString(), "Unknown option 'pasword-file'.");
    EXPECT_EQ(o.error().fix.toStdString(),
              "Did you mean --password-file? Run stitch-tunnel --help for the options.");
    o = parse(split("connect --host h --login a --frobnicate"));
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().fix.toStdString(), "Run stitch-tunnel --help for the options.");
}

TEST(CliOptions, HostWithPortUserOrSchemeSaysHowToWriteIt)
{
    const std::pair<const char *, const char *> cases[] = {
        {"127.0.0.1:2222", "Write it as --host 127.0.0.1 --port 2222."},
        {"alice@srv", "Write it as --host srv --login alice."},
        {"[::1]", "Write it as --host ::1."},
        {"[::1]:2200", "Write it as --host ::1 --port 2200."},
        {"ssh://alice@srv.example:2200",
         "Write it as --host srv.example --port 2200 --login alice."},
        {"ssh://", "Write it as --host HOST --port N --login USER."},
    };
    for (const auto &[host, fix] : cases) {
        auto o = parse({QStringLiteral("connect"), QStringLiteral("--host"),
                        QString::fromUtf8(host), QStringLiteral("--login"), QStringLiteral("a")});
        ASSERT_FALSE(o.ok()) << host;
        EXPECT_EQ(o.error().code, ErrorCode::InvalidInput) << host;
        EXPECT_EQ(o.error().message.toStdString(),
                  "--host \"" + std::string(host) +
                      "\" is not a host name or address: --host takes the name alone.");
        EXPECT_EQ(o.error().fix.toStdString(), fix) << host;
    }
    for (const char *host : {"::1", "2001:db8::5", "srv.example", "10.0.0.1"}) {
        auto o = parse({QStringLiteral("connect"), QStringLiteral("--host"),
                        QString::fromUtf8(host), QStringLiteral("--login"), QStringLiteral("a")});
        ASSERT_TRUE(o.ok()) << host << ": " << o.error().oneLine().toStdString();
        EXPECT_EQ(o->connection.host.toStdString(), host);
    }
}

TEST(CliOptions, OptionsTheCommandWouldIgnoreAreRefused)
{
    const char *const online = "--host h --login a ";
    const std::pair<std::string, const char *> refused[] = {
        {std::string("connect ") + online + "--region europe",
         "--region has no effect with connect."},
        {std::string("connect ") + online + "--public-key-file k",
         "--public-key-file has no effect with connect."},
        {std::string("connect ") + online + "--report r.md",
         "--report has no effect with connect."},
        {"script --report r.md", "--report has no effect with script."},
        {"script --host h", "--host has no effect with script."},
        {"script --json", "--json has no effect with script."},
        {"script --show-commands", "--show-commands has no effect with script."},
        {std::string("apply ") + online + "--remove-user",
         "--remove-user has no effect with apply."},
        {std::string("check ") + online + "--remove-firewall-rules",
         "--remove-firewall-rules has no effect with check."},
        {std::string("check ") + online + "--no-self-test",
         "--no-self-test has no effect with check."},
        {std::string("remove ") + online + "--db-port 5432",
         "--db-port has no effect with remove."},
        {std::string("remove ") + online + "--adopt-existing-user",
         "--adopt-existing-user has no effect with remove."},
        // All at once, so that one run puts them right.
        {std::string("remove ") + online +
             "--db-type mysql --db-host 10.0.0.5 --db-port 3306 --public-host b.example.com "
             "--key-from-stitch-only",
         "--db-type, --db-host, --db-port, --public-host, --key-from-stitch-only have no effect "
         "with remove."},
        {std::string("remove ") + online + "--show-commands",
         "--show-commands has no effect with remove."},
        {std::string("remove ") + online + "--region europe",
         "--region has no effect with remove unless the firewall rules are removed too."},
        {std::string("connect ") + online + "--public-host bastion.example.com",
         "--public-host has no effect with connect."},
        {std::string("remove ") + online + "--public-host bastion.example.com",
         "--public-host has no effect with remove."},
        {"script --public-host bastion.example.com", "--public-host has no effect with script."},
        {"playbook --host h", "--host has no effect with playbook."},
        {"playbook --fix-sshd", "--fix-sshd has no effect with playbook."},
        {"playbook --no-self-test", "--no-self-test has no effect with playbook."},
        {"playbook --db-user u", "--db-user has no effect with playbook."},
        {"script --hosts web", "--hosts has no effect with script."},
        {std::string("apply ") + online + "--output pb.yml", "--output has no effect with apply."},
        {std::string("check ") + online + "--region europe --allow-ip 1.2.3.4/32",
         "--region has no effect with --allow-ip: the addresses given replace the region's list."},
        {std::string("check ") + online + "--json --show-commands",
         "--show-commands has no effect with --json: the JSON report always holds the commands."},
        {std::string("connect ") + online +
             "--accept-new-host-key --host-key-fingerprint "
             "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU",
         "--accept-new-host-key has no effect with --host-key-fingerprint, which accepts a new "
         "key only if it matches."},
    };
    for (const auto &[args, message] : refused) {
        auto o = parse(split(args.c_str()));
        ASSERT_FALSE(o.ok()) << args;
        EXPECT_EQ(o.error().code, ErrorCode::InvalidInput) << args;
        EXPECT_EQ(o.error().message.toStdString(), message) << args;
        EXPECT_EQ(exitCodeFor(o.error().code), ExitUsage);
    }
    auto ignored = parse(split("connect --host h --login a --report r.md"));
    ASSERT_FALSE(ignored.ok());
    EXPECT_EQ(ignored.error().fix.toStdString(),
              "Leave out --report; it is for: check, apply, remove.");

    // The same options where they count are accepted.
    for (const char *args : {"remove --host h --login a --region europe --remove-firewall-rules",
                             "script --enable-firewall --adopt-existing-user --db-port 5433",
                             "playbook --enable-firewall --adopt-existing-user --db-port 5433 "
                             "--restrict-key --port 2222 --hosts db:!staging --output pb.yml",
                             "check --host h --login a --enable-firewall --show-commands",
                             "apply --host h --login a --no-self-test --report r.json",
                             "check --host h --login a --public-host bastion.example.com",
                             "remove --host h --login a --remove-user --tunnel-user tun"}) {
        auto o = parse(split(args));
        EXPECT_TRUE(o.ok()) << args << ": " << o.error().oneLine().toStdString();
    }
}

TEST(CliOptions, PlaybookTakesAHostPatternAndAnOutputFile)
{
    auto o = parse(split("playbook --hosts db_servers:!staging --output fleet.yml --port 2222"));
    ASSERT_TRUE(o.ok()) << o.error().oneLine().toStdString();
    EXPECT_EQ(o->action, CliOptions::Action::Playbook);
    EXPECT_EQ(o->playbookHosts, QStringLiteral("db_servers:!staging"));
    EXPECT_EQ(o->outputFile, QStringLiteral("fleet.yml"));
    EXPECT_EQ(o->connection.port, 2222);
    auto defaults = parse(split("playbook"));
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->playbookHosts, QStringLiteral("all"));
    EXPECT_TRUE(defaults->outputFile.isEmpty()) << "standard output";
    // A template in the pattern would be expanded by Ansible: refused before anything is written.
    auto templated = parse({QStringLiteral("playbook"), QStringLiteral("--hosts"),
                            QStringLiteral("{{ lookup('pipe', 'id') }}")});
    ASSERT_FALSE(templated.ok());
    EXPECT_EQ(templated.error().code, ErrorCode::InvalidInput);
}

TEST(CliOptions, PublicHostIsValidatedBeforeAnythingRuns)
{
    auto o = parse(split("apply --host 10.8.0.1 --login a --public-host Bastion.Example.com"));
    ASSERT_TRUE(o.ok()) << o.error().oneLine().toStdString();
    EXPECT_EQ(o->choices.publicHost, QStringLiteral("bastion.example.com"));
    EXPECT_EQ(o->connection.host, QStringLiteral("10.8.0.1")) << "the connection is unchanged";
    auto none = parse(split("check --host 10.8.0.1 --login a"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->choices.publicHost.isEmpty()) << "default: the address connected to";

    const std::pair<QStringList, const char *> bad[] = {
        {split("check --host h --login a --public-host ssh://bastion.example.com"), "scheme"},
        {split("check --host h --login a --public-host bastion.example.com:22"), "port"},
        {split("check --host h --login a --public-host $(id)"), "\"$\""},
        {split("check --host h --login a")
             << QStringLiteral("--public-host") << QStringLiteral("bastion example"),
         "space"},
        {split("check --host h --login a") << QStringLiteral("--public-host") << QString(),
         "No host name"},
    };
    for (const auto &[args, problem] : bad) {
        auto r = parse(args);
        ASSERT_FALSE(r.ok()) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(exitCodeFor(r.error().code), ExitUsage);
        EXPECT_TRUE(r.error().message.startsWith(QLatin1String("--public-host: ")))
            << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.contains(QString::fromUtf8(problem)))
            << r.error().message.toStdString();
        EXPECT_FALSE(r.error().fix.isEmpty());
    }
    auto wrapped = parse(split("check --host h --login a --public-host ssh://admin@bastion:2222"));
    ASSERT_FALSE(wrapped.ok());
    EXPECT_TRUE(wrapped.error().fix.contains(QLatin1String("alone: bastion.")))
        << wrapped.error().fix.toStdString();
}

TEST(CliRemedies, APrivateSshHostNamesPublicHost)
{
    Finding f = withRemedy(makeFinding(Severity::Warn, "finish.private_ssh_host",
                                       QStringLiteral("10.8.0.1 is a private address"),
                                       QStringLiteral("neutral")),
                           RemedyKind::GivePublicHost);
    EXPECT_TRUE(fixText(f).contains(QLatin1String("--public-host"))) << fixText(f).toStdString();
}

TEST(CliRemedies, AnUnwritableKnownHostsFileNamesWhatTheCliCanDo)
{
    const Error e = ssh::hostKeyNotSaved(QStringLiteral("/ro/known_hosts"));
    EXPECT_EQ(e.code, ErrorCode::HostKeyStoreFailed);
    const QString fix = fixText(e);
    EXPECT_TRUE(fix.contains(QLatin1String("--known-hosts FILE"))) << fix.toStdString();
    EXPECT_TRUE(fix.contains(QLatin1String("/ro/known_hosts"))) << fix.toStdString();
    EXPECT_FALSE(fix.contains(QLatin1String("without saving"))) << "the CLI has no such choice";
}

TEST(CliOptions, JsonIsKnownEvenWhenParsingFails)
{
    EXPECT_TRUE(parseFull(split("--json aply")).json);
    EXPECT_TRUE(parseFull(split("connect --json --bogus")).json);
    EXPECT_TRUE(parseFull(split("-json connect --host")).json);
    EXPECT_FALSE(parseFull(split("aply")).json);
}

TEST(CliOptions, UsageErrorWithJsonIsOneObjectOnStdout)
{
    ParsedCommandLine parsed = parseFull(split("--json aply"));
    ASSERT_FALSE(parsed.options.ok());
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = printFailure(out, err, parsed.json, {}, parsed.options.error());
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(errText.isEmpty()) << errText.toStdString();
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(outText.toUtf8(), &jsonError);
    ASSERT_EQ(jsonError.error, QJsonParseError::NoError) << outText.toStdString();
    const QJsonObject expected{
        {QStringLiteral("ok"), false},
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_input")},
                     {QStringLiteral("message"), QStringLiteral("Unknown command \"aply\".")},
                     {QStringLiteral("fix"),
                      QStringLiteral("Did you mean apply? The commands are: connect, check, "
                                     "apply, remove, script, playbook, watch, stitch-source.")}}}};
    EXPECT_EQ(doc.object(), expected) << outText.toStdString();

    // Without --json: one line on stderr, nothing on stdout.
    outText.clear();
    EXPECT_EQ(printFailure(out, err, false, {}, parsed.options.error()), 2);
    EXPECT_TRUE(outText.isEmpty());
    EXPECT_EQ(errText.toStdString(), "stitch-tunnel: error: Unknown command \"aply\". Fix: Did you "
                                     "mean apply? The commands are: connect, check, apply, "
                                     "remove, script, playbook, watch, stitch-source.\n");
}

TEST(CliExitCodes, OneRuleLocalTwoServerThreeCheckOne)
{
    const std::pair<ErrorCode, int> cases[] = {
        {ErrorCode::InvalidInput, 2},
        {ErrorCode::LocalIoError, 2},
        {ErrorCode::KeyFileUnreadable, 2},
        {ErrorCode::KeyEmpty, 2},
        {ErrorCode::PrivateKeyGiven, 2},
        {ErrorCode::HostKeyStoreFailed, 2},
        {ErrorCode::ConnectionRefused, 3},
        {ErrorCode::SshProtocolError, 3},
        {ErrorCode::HostKeyUnknown, 3},
        {ErrorCode::HostKeyChanged, 3},
        {ErrorCode::AuthenticationFailed, 3},
        {ErrorCode::KeyPassphraseWrong, 3},
        {ErrorCode::SudoMissing, 3},
        {ErrorCode::SudoNotAllowed, 3},
        {ErrorCode::SudoPasswordRequired, 3},
        {ErrorCode::SudoWrongPassword, 3},
        {ErrorCode::SudoRequiresTty, 3},
        {ErrorCode::RemoteCommandFailed, 1},
        {ErrorCode::Cancelled, 130},
        {ErrorCode::ApiTokenRefused, 3},
        {ErrorCode::TlsFailed, 3},
        {ErrorCode::ApiRateLimited, 3},
        {ErrorCode::ApiBadAnswer, 3},
        {ErrorCode::ApiNotFound, 2},
    };
    for (const auto &[code, exit] : cases)
        EXPECT_EQ(exitCodeFor(code), exit) << errorCodeName(code).toStdString();
}

TEST(CliRemedies, HostKeyRemediesNameTheFlagAndTheExactCommand)
{
    Error unknown = withRemedy(
        makeError(ErrorCode::HostKeyUnknown, QStringLiteral("m"), QStringLiteral("neutral")),
        RemedyKind::AcceptHostKey, {QStringLiteral("SHA256:abc")});
    EXPECT_EQ(fixText(unknown).toStdString(),
              "Compare the fingerprint with the one the server's administrator gives you "
              "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub); only if they match, run again with "
              "--host-key-fingerprint SHA256:abc (or --accept-new-host-key).");
    Error changed =
        withRemedy(makeError(ErrorCode::HostKeyChanged, QStringLiteral("m"), QStringLiteral("n")),
                   RemedyKind::ForgetChangedHostKey,
                   {QStringLiteral("[srv]:2222"), QStringLiteral("/tmp/it's/kh")});
    EXPECT_EQ(fixText(changed).toStdString(),
              "Ask the server's administrator for its current fingerprint. Only if it matches, "
              "remove the old entry with: ssh-keygen -R '[srv]:2222' -f '/tmp/it'\\''s/kh'");
    // No file named: core's neutral text, never an empty fix.
    changed.remedy.values = {QStringLiteral("[srv]:2222")};
    EXPECT_EQ(fixText(changed).toStdString(), "n");
}

TEST(CliCredentials, EmptySecretFilesAreErrorsNotAFallback)
{
    QTemporaryDir dir;
    const QString empty = writeFile(dir, "empty", "\n");
    qputenv("SSH_AUTH_SOCK", "/tmp/agent.sock"); // would have switched to ssh-agent before
    CliOptions options;
    options.passwordFile = empty;
    ssh::ConnectionSettings settings;
    auto loaded = loadCredentials(options, settings);
    qunsetenv("SSH_AUTH_SOCK");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::LocalIoError);
    EXPECT_EQ(loaded.error().message.toStdString(),
              QStringLiteral("The --password-file %1 is empty.").arg(empty).toStdString());
    EXPECT_EQ(settings.authMethod, ssh::AuthMethod::Password);

    options = CliOptions{};
    options.passwordFile = writeFile(dir, "pw", "secret\n");
    options.sudoPasswordFile = empty;
    loaded = loadCredentials(options, settings);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().message.toStdString(),
              QStringLiteral("The --sudo-password-file %1 is empty.").arg(empty).toStdString());

    options = CliOptions{};
    options.passphraseFile = empty;
    settings.authMethod = ssh::AuthMethod::KeyFile;
    loaded = loadCredentials(options, settings);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().message.toStdString(),
              QStringLiteral("The --passphrase-file %1 is empty.").arg(empty).toStdString());
}

TEST(CliOptions, EmptyPublicKeyFileIsSaidToBeEmpty)
{
    QTemporaryDir dir;
    const QString empty = writeFile(dir, "stitch.pub", " \n");
    auto o = parse({QStringLiteral("script"), QStringLiteral("--public-key-file"), empty});
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().code, ErrorCode::KeyEmpty);
    EXPECT_EQ(o.error().message.toStdString(),
              QStringLiteral("The public key file %1 is empty.").arg(empty).toStdString());
}

TEST(CliHelp, ACommandsHelpListsItsOwnOptionsAndExamples)
{
    for (const char *words : {"help remove", "remove --help"}) {
        auto r = parse(split(words));
        ASSERT_TRUE(r.ok()) << words;
        EXPECT_EQ(r->action, CliOptions::Action::Help);
        const QString &text = r->helpText;
        EXPECT_TRUE(text.startsWith(QStringLiteral("Usage: stitch-tunnel remove [options]\n")))
            << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("--remove-user"))) << words;
        EXPECT_FALSE(text.contains(QStringLiteral("--db-type"))) << "remove does not take it";
        EXPECT_TRUE(text.contains(QStringLiteral("Examples:\n  stitch-tunnel remove "))) << words;
    }
    auto apply = parse(split("apply --help"));
    ASSERT_TRUE(apply.ok());
    EXPECT_TRUE(apply->helpText.contains(QStringLiteral("--keep-old-key")));
    EXPECT_FALSE(apply->helpText.contains(QStringLiteral("--remove-user")));
    // Wrapped to 100 columns (the examples are command lines, kept whole).
    for (const QString &line :
         apply->helpText.section(QStringLiteral("Examples:"), 0, 0).split(QLatin1Char('\n')))
        EXPECT_LE(line.size(), 100) << line.toStdString();
    // The general help names the program, not the path it was started from.
    auto general = parse(split("help"));
    ASSERT_TRUE(general.ok());
    EXPECT_TRUE(general->helpText.startsWith(QStringLiteral("Usage: stitch-tunnel ")))
        << general->helpText.left(80).toStdString();
    auto unknown = parse(split("help nosuch"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().fix.contains(QStringLiteral("connect, check, apply")));
}

TEST(CliHelp, VersionFlagsPointToVersion)
{
    for (const char *flag : {"-v", "-V"}) {
        auto r = parse(split(flag));
        ASSERT_FALSE(r.ok()) << flag;
        EXPECT_TRUE(r.error().fix.startsWith(QStringLiteral("Did you mean --version?")))
            << r.error().fix.toStdString();
    }
}

TEST(CliOptions, ValuesThatAreMissingOrMisplacedAreNamed)
{
    const std::pair<QStringList, const char *> cases[] = {
        {split("connect --host --login admin"), "--host needs a value (got --login)."},
        {split("check extra --host h --login a"),
         "Unexpected argument \"extra\" after the command check."},
        {split("connect --host h --login a --connect-timeout 0.5"),
         "\"0.5\" is not a valid timeout."},
        {{QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("127.0.0.1 x"),
          QStringLiteral("--login"), QStringLiteral("a")},
         "\"127.0.0.1 x\" is not a server name: it has a space in it."},
    };
    for (const auto &[args, message] : cases) {
        auto o = parse(args);
        ASSERT_FALSE(o.ok()) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(o.error().code, ErrorCode::InvalidInput) << "a usage error: exit 2";
        EXPECT_EQ(o.error().message.toStdString(), message);
    }
}
