#include "cli_options.h"

#include "cli_commands.h"
#include "cli_suggest.h"
#include "setup/ansible_playbook.h"
#include "setup/stitch_network.h"
#include "ssh/fingerprint.h"

#include <QFile>

#include <QCommandLineParser>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>
#include <optional>

namespace stitch::cli {

namespace {

Error usage(const QString &message, const QString &fix)
{
    return makeError(ErrorCode::InvalidInput, message, fix);
}

// The general help's text around the command list, which comes from commandSummary() (the
// same words `help COMMAND` prints).
const char *const kIntroduction =
    "Sets up and verifies an SSH tunnel for Stitch on a Linux server.";
const char *const kDescriptionEnd =
    "Secrets are never taken from the command line: use --password-file,\n"
    "--sudo-password-file, --identity with --passphrase-file, ssh-agent (--agent), or the\n"
    "environment variables STITCH_TUNNEL_PASSWORD and STITCH_TUNNEL_SUDO_PASSWORD.\n"
    "Without a sudo password, the login password is used for sudo.\n"
    "\n"
    "Exit codes: 0 ok, 1 a check failed,\n"
    "            2 usage error or a local file problem (secret, key or report file),\n"
    "            3 connection, host-key or authentication error (sudo included),\n"
    "            130 stopped by Ctrl-C (a change under way is finished first).\n"
    "With --json, errors (usage errors too) are one JSON object on stdout.";

// "127.0.0.1:2222", "alice@srv", "[::1]", "ssh://alice@srv:2222": --host takes the name alone,
// so say how to write what was meant. Plain IPv6 addresses ("::1") have more than one colon.
std::optional<Error> hostSyntaxError(const QString &host)
{
    const bool url = host.contains(QLatin1String("://"));
    if (!url && !host.contains(QLatin1Char('@')) && !host.startsWith(QLatin1Char('[')) &&
        host.count(QLatin1Char(':')) != 1)
        return std::nullopt;
    const QUrl parsed(url ? host : QStringLiteral("ssh://") + host, QUrl::StrictMode);
    QStringList written;
    if (parsed.isValid() && !parsed.host().isEmpty()) {
        written << QStringLiteral("--host %1").arg(parsed.host());
        if (parsed.port() > 0)
            written << QStringLiteral("--port %1").arg(parsed.port());
        if (!parsed.userName().isEmpty())
            written << QStringLiteral("--login %1").arg(parsed.userName());
    }
    return usage(QStringLiteral("--host \"%1\" is not a host name or address: --host takes the "
                                "name alone.")
                     .arg(host),
                 written.isEmpty()
                     ? QStringLiteral("Write it as --host HOST --port N --login USER.")
                     : QStringLiteral("Write it as %1.").arg(written.join(QLatin1Char(' '))));
}

// Qt's "Unknown option 'x'." with the nearest real option, when one is a typo away.
Error unknownOptionError(const QCommandLineParser &parser, const QList<QCommandLineOption> &all)
{
    QStringList names;
    for (const QCommandLineOption &option : all)
        names << option.names();
    const QStringList unknown = parser.unknownOptionNames();
    // -v and -V mean the version in most tools; never "did you mean --h".
    const bool versionFlag =
        !unknown.isEmpty() && unknown.first().compare(QLatin1String("v"), Qt::CaseInsensitive) == 0;
    const QString nearest = versionFlag         ? QStringLiteral("version")
                            : unknown.isEmpty() ? QString()
                                                : nearestName(unknown.first(), names);
    QString message = parser.errorText();
    if (!message.endsWith(QLatin1Char('.'))) // Qt's own texts end in one already
        message += QLatin1Char('.');
    return usage(message, nearest.isEmpty()
                              ? QStringLiteral("Run stitch-tunnel --help for the options.")
                              : QStringLiteral("Did you mean --%1? Run stitch-tunnel --help "
                                               "for the options.")
                                    .arg(nearest));
}

// `text` in lines of at most `width` characters, the second and later indented to `column`.
QString wrapped(const QString &text, int column, int width)
{
    QString out;
    qsizetype length = column;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.isEmpty() && length + 1 + word.size() > width) {
            out += QLatin1Char('\n') + QString(column, QLatin1Char(' '));
            length = column;
        } else if (!out.isEmpty()) {
            out += QLatin1Char(' ');
            ++length;
        }
        out += word;
        length += word.size();
    }
    return out;
}

// `help COMMAND` and `COMMAND --help`: that command's options only, and examples.
QString commandHelp(CliOptions::Action action, const QList<QCommandLineOption> &all)
{
    QString name;
    for (const QString &n : commandNames()) {
        if (commandNamed(n) == action)
            name = n;
    }
    QString text = QStringLiteral("Usage: stitch-tunnel %1 [options]\n%2\n\n")
                       .arg(name, wrapped(commandSummary(action), 0, 100)) +
                   QObject::tr("Options:") + QLatin1Char('\n');
    constexpr int kColumn = 32, kWidth = 100;
    for (const QCommandLineOption &option : all) {
        const QString longName = option.names().constLast();
        if (longName == QLatin1String("version") || !commandTakes(action, longName))
            continue;
        QStringList names;
        for (const QString &n : option.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString head = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            head += QStringLiteral(" <%1>").arg(option.valueName());
        head = head.size() < kColumn
                   ? head.leftJustified(kColumn)
                   : head + QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
        text += head + wrapped(option.description(), kColumn, kWidth) + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + QObject::tr("Examples:") + QLatin1Char('\n') +
           commandExamples(action);
}

Result<CliOptions> parse(const QStringList &arguments, QCommandLineParser &parser);

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    Result<CliOptions> options = parse(arguments, parser);
    // Qt goes on past an unknown option or a missing value, so --json is seen even then.
    return ParsedCommandLine{std::move(options), parser.isSet(QStringLiteral("json"))};
}

namespace {

Result<CliOptions> parse(const QStringList &arguments, QCommandLineParser &parser)
{
    QString description = QLatin1String(kIntroduction) + QStringLiteral("\n\nCommands:\n");
    for (const QString &name : commandNames())
        description += QStringLiteral("  %1").arg(name, -10) +
                       wrapped(commandSummary(*commandNamed(name)), 12, 96) + QLatin1Char('\n');
    description +=
        QStringLiteral("  help      This help; help COMMAND shows one command's options, "
                       "with examples\n\n") +
        QLatin1String(kDescriptionEnd);
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Show the version."));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("SSH server name or address."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("SSH port (default 22)."),
                                  QStringLiteral("PORT"), QStringLiteral("22"));
    const QCommandLineOption login(QStringLiteral("login"),
                                   QStringLiteral("User name to log in with."),
                                   QStringLiteral("USER"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("File holding the login password (- reads standard input)."),
        QStringLiteral("FILE"));
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      QStringLiteral("Private key file to log in with."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QStringLiteral(
            "File holding the passphrase of the --identity key (- reads standard input)."),
        QStringLiteral("FILE"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   QStringLiteral("Log in with the keys in ssh-agent."));
    const QCommandLineOption sudoPasswordFile(
        QStringLiteral("sudo-password-file"),
        QStringLiteral("File holding the sudo password (- reads standard input)."),
        QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        QStringLiteral("Known-hosts file to use instead of the app's own."),
        QStringLiteral("FILE"));
    const QCommandLineOption acceptNew(
        QStringLiteral("accept-new-host-key"),
        QStringLiteral("Trust and save the host key of a server never seen before."));
    const QCommandLineOption fingerprint(
        QStringLiteral("host-key-fingerprint"),
        QStringLiteral("Trust a new server only if its host key has this fingerprint."),
        QStringLiteral("SHA256:..."));
    const QCommandLineOption connectTimeout(QStringLiteral("connect-timeout"),
                                            QStringLiteral("Seconds to wait for the server "
                                                           "(default 10)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON object instead of text."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Stitch data pipeline region: north-america "
                                                   "(default) or europe."),
                                    QStringLiteral("REGION"), QStringLiteral("north-america"));
    const QCommandLineOption allowIp(QStringLiteral("allow-ip"),
                                     QStringLiteral("Allow this address/CIDR instead of the "
                                                    "region's list (repeatable)."),
                                     QStringLiteral("CIDR"));
    const QCommandLineOption publicKeyFile(
        QStringLiteral("public-key-file"),
        QStringLiteral("File with the Stitch public key (- reads standard input)."),
        QStringLiteral("FILE"));
    const QCommandLineOption publicKey(QStringLiteral("public-key"),
                                       QStringLiteral("The Stitch public key itself."),
                                       QStringLiteral("KEY"));
    const QCommandLineOption tunnelUser(QStringLiteral("tunnel-user"),
                                        QStringLiteral("Linux user for Stitch (default stitch)."),
                                        QStringLiteral("NAME"), QStringLiteral("stitch"));
    const QCommandLineOption dbType(QStringLiteral("db-type"),
                                    QStringLiteral("postgresql (default), mysql, sqlserver, "
                                                   "oracle or mongodb."),
                                    QStringLiteral("TYPE"), QStringLiteral("postgresql"));
    const QCommandLineOption dbHost(QStringLiteral("db-host"),
                                    QStringLiteral("Database host as the SSH server sees it "
                                                   "(default localhost)."),
                                    QStringLiteral("HOST"), QStringLiteral("localhost"));
    const QCommandLineOption dbPort(QStringLiteral("db-port"),
                                    QStringLiteral("Database port (default: the type's)."),
                                    QStringLiteral("PORT"));
    const QCommandLineOption dbUser(
        QStringLiteral("db-user"),
        QStringLiteral("The database user Stitch logs in as: step 2 then checks that the "
                       "database's access rules admit the SSH server (PostgreSQL: pg_hba.conf, "
                       "without a password)."),
        QStringLiteral("USER"));
    const QCommandLineOption dbName(
        QStringLiteral("db-name"),
        QStringLiteral("The database Stitch reads (default: PostgreSQL takes the user's name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dbSsl(
        QStringLiteral("db-ssl"),
        QStringLiteral("Stitch connects to the database with SSL (checks hostssl lines)."));
    const QCommandLineOption publicHost(
        QStringLiteral("public-host"),
        QStringLiteral("SSH Host for Stitch: the server's public DNS name or address, when "
                       "Stitch reaches it otherwise than --host (default: --host). Shown as "
                       "stitch.ssh_host in --json."),
        QStringLiteral("HOST"));
    const QCommandLineOption noSelfTest(QStringLiteral("no-self-test"),
                                        QStringLiteral("Skip the end-to-end self-test."));
    const QCommandLineOption fixSshd(
        QStringLiteral("fix-sshd"),
        QStringLiteral("apply: if sshd's settings keep the tunnel user out (AllowUsers, "
                       "AllowGroups, AllowTcpForwarding, DisableForwarding, "
                       "PubkeyAuthentication), add a \"Match User\" block for it alone, check it "
                       "with sshd -t and sshd -T, reload sshd, and take it out again unless a "
                       "fresh admin login and the tunnel user's login (the self-test, which "
                       "then always runs) both work. remove takes it out."));
    const QCommandLineOption enableFirewall(
        QStringLiteral("enable-firewall"),
        QStringLiteral("Turn on ufw if no firewall is active (your address is allowed first)."));
    const QCommandLineOption keepSshFrom(
        QStringLiteral("keep-ssh-from"),
        QStringLiteral("With --enable-firewall: also keep SSH open to this address/CIDR, e.g. "
                       "your office network (repeatable)."),
        QStringLiteral("CIDR"));
    // The key is limited to a tunnel to the database by default (restrict, permitopen).
    const QCommandLineOption keyFromStitchOnly(
        QStringList{QStringLiteral("key-from-stitch-only"), QStringLiteral("restrict-key")},
        QStringLiteral("Also accept the Stitch key only from Stitch's addresses (from=)."));
    const QCommandLineOption unrestrictedKey(
        QStringLiteral("unrestricted-key"),
        QStringLiteral("Add the Stitch key without the tunnel-only options (it could then run "
                       "commands and open any tunnel); only if you need that."));
    const QCommandLineOption adoptExistingUser(
        QStringLiteral("adopt-existing-user"),
        QStringLiteral("Use the tunnel user even though it exists already and this tool did not "
                       "create it."));
    const QCommandLineOption keepOldKey(
        QStringLiteral("keep-old-key"),
        QStringLiteral("apply: keep the Stitch keys this tool installed earlier for the tunnel "
                       "user beside the new one (by default a new key replaces them)."));
    const QCommandLineOption removeUser(
        QStringLiteral("remove-user"),
        QStringLiteral("remove: also delete the user and group, if this tool created them."));
    const QCommandLineOption removeFirewall(
        QStringLiteral("remove-firewall-rules"),
        QStringLiteral("remove: also delete the firewall rules this tool added."));
    const QCommandLineOption showCommands(
        QStringLiteral("show-commands"),
        QStringLiteral("Also print the exact commands apply runs (or would run)."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Also write the report to FILE (.md or .json)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption hosts(
        QStringLiteral("hosts"),
        QStringLiteral("playbook: the Ansible host pattern the play runs on (default all)."),
        QStringLiteral("PATTERN"), QStringLiteral("all"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QStringLiteral("playbook: write the playbook to FILE instead of standard output (-)."),
        QStringLiteral("FILE"));
    const QList<QCommandLineOption> all{showCommands,
                                        report,
                                        help,
                                        version,
                                        host,
                                        port,
                                        login,
                                        passwordFile,
                                        identity,
                                        passphraseFile,
                                        agent,
                                        sudoPasswordFile,
                                        knownHosts,
                                        acceptNew,
                                        fingerprint,
                                        connectTimeout,
                                        json,
                                        region,
                                        allowIp,
                                        publicKeyFile,
                                        publicKey,
                                        tunnelUser,
                                        dbType,
                                        dbHost,
                                        dbPort,
                                        dbUser,
                                        dbName,
                                        dbSsl,
                                        publicHost,
                                        noSelfTest,
                                        fixSshd,
                                        enableFirewall,
                                        keepSshFrom,
                                        keyFromStitchOnly,
                                        unrestrictedKey,
                                        adoptExistingUser,
                                        keepOldKey,
                                        removeUser,
                                        removeFirewall,
                                        hosts,
                                        output};
    parser.addOptions(all);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("connect, check, apply, remove, script or playbook"));

    CliOptions options;
    // Qt names the program as it was started (a full path); the help names the command.
    options.helpText = parser.helpText();
    if (const qsizetype end = options.helpText.indexOf(QLatin1String(" [options]"));
        options.helpText.startsWith(QLatin1String("Usage: ")) && end > 0)
        options.helpText.replace(7, end - 7, QStringLiteral("stitch-tunnel"));
    if (!parser.parse(arguments))
        return unknownOptionError(parser, all);
    // "--host --login admin": Qt takes --login as --host's value. An option's value never starts
    // with "--", so that is a missing value, said as such.
    for (const QCommandLineOption &option : all) {
        if (option.valueName().isEmpty() || !parser.isSet(option))
            continue;
        for (const QString &value : parser.values(option)) {
            if (value.startsWith(QLatin1String("--")))
                return usage(QStringLiteral("--%1 needs a value (got %2).")
                                 .arg(option.names().constLast(), value),
                             QStringLiteral("Give --%1 %2, then %3 with its own value.")
                                 .arg(option.names().constLast(), option.valueName(), value));
        }
    }
    options.json = parser.isSet(json);
    options.showCommands = parser.isSet(showCommands);
    options.reportFile = parser.value(report);
    if (!options.reportFile.isEmpty() && !options.reportFile.endsWith(QLatin1String(".md")) &&
        !options.reportFile.endsWith(QLatin1String(".json")))
        return usage(QStringLiteral("The report file must end in .md or .json."),
                     QStringLiteral("Use e.g. --report stitch-tunnel-report.md"));
    // `help`, `help COMMAND` and `COMMAND --help`.
    const QStringList words = parser.positionalArguments();
    const bool helpCommand = !words.isEmpty() && words.first() == QLatin1String("help");
    if (parser.isSet(help) || helpCommand) {
        const QString topic = helpCommand ? words.value(1) : words.value(0);
        options.action = CliOptions::Action::Help;
        if (topic.isEmpty())
            return options;
        const std::optional<CliOptions::Action> about = commandNamed(topic);
        if (!about || words.size() > (helpCommand ? 2 : 1))
            return usage(QStringLiteral("There is no help on \"%1\".")
                             .arg(words.mid(helpCommand ? 1 : 0).join(QLatin1Char(' '))),
                         QStringLiteral("The commands are: %1.")
                             .arg(commandNames().join(QStringLiteral(", "))));
        options.helpText = commandHelp(*about, all);
        return options;
    }
    if (parser.isSet(version)) {
        options.action = CliOptions::Action::Version;
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("No command given."),
                     QStringLiteral("Run stitch-tunnel connect --host HOST --login USER …; see "
                                    "--help."));
    const std::optional<CliOptions::Action> action = commandNamed(positional.first());
    if (action && positional.size() > 1)
        return usage(QStringLiteral("Unexpected argument \"%1\" after the command %2.")
                         .arg(positional.at(1), positional.first()),
                     QStringLiteral("Values go after their option (see stitch-tunnel help %1).")
                         .arg(positional.first()));
    if (!action) {
        const QString nearest =
            positional.size() > 1 ? QString() : nearestName(positional.first(), commandNames());
        return usage(
            QStringLiteral("Unknown command \"%1\".").arg(positional.join(QLatin1Char(' '))),
            nearest.isEmpty()
                ? QStringLiteral("Use one of: %1.").arg(commandNames().join(QStringLiteral(", ")))
                : QStringLiteral("Did you mean %1? The commands are: %2.")
                      .arg(nearest, commandNames().join(QStringLiteral(", "))));
    }
    options.action = *action;
    if (Status fits = checkOptionsFit(parser, options.action); !fits)
        return fits.error();

    // The setup choices (all commands but connect use them; validating them here means a typo
    // stops us before any connection is made).
    SetupChoices &choices = options.choices;
    if (parser.isSet(allowIp)) {
        for (const QString &cidr : parser.values(allowIp)) {
            auto n = setup::normalizeCidr(cidr);
            if (!n)
                return n.error();
            choices.customCidrs << n.value();
        }
    } else {
        auto r = setup::stitchRegion(parser.value(region));
        if (!r)
            return r.error();
        choices.region = r->id;
    }
    static const QHash<QString, DatabaseType> types{
        {QStringLiteral("postgresql"), DatabaseType::PostgreSql},
        {QStringLiteral("mysql"), DatabaseType::MySql},
        {QStringLiteral("mariadb"), DatabaseType::MySql},
        {QStringLiteral("sqlserver"), DatabaseType::SqlServer},
        {QStringLiteral("oracle"), DatabaseType::Oracle},
        {QStringLiteral("mongodb"), DatabaseType::MongoDb}};
    if (!types.contains(parser.value(dbType)))
        return usage(
            QStringLiteral("\"%1\" is not a supported database type.").arg(parser.value(dbType)),
            QStringLiteral("Use postgresql, mysql, sqlserver, oracle or mongodb."));
    choices.databaseType = types.value(parser.value(dbType));
    auto databaseHost = setup::validateDatabaseHost(parser.value(dbHost));
    if (!databaseHost)
        return databaseHost.error();
    choices.databaseHost = databaseHost.value();
    choices.databasePort = defaultDatabasePort(choices.databaseType);
    if (parser.isSet(dbPort)) {
        auto p = setup::validatePort(parser.value(dbPort));
        if (!p)
            return p.error();
        choices.databasePort = p.value();
    }
    auto databaseUser =
        setup::validateDatabaseName(parser.value(dbUser), setup::DatabaseNameKind::User);
    if (!databaseUser)
        return databaseUser.error();
    choices.databaseUser = databaseUser.value();
    auto databaseName =
        setup::validateDatabaseName(parser.value(dbName), setup::DatabaseNameKind::Database);
    if (!databaseName)
        return databaseName.error();
    choices.databaseName = databaseName.value();
    choices.databaseSsl = parser.isSet(dbSsl);
    if (choices.databaseUser.isEmpty() && (parser.isSet(dbName) || choices.databaseSsl))
        return usage(QStringLiteral("--db-name and --db-ssl describe Stitch's database login, "
                                    "which needs --db-user."),
                     QStringLiteral("Add --db-user USER (the user Stitch logs in as)."));
    if (parser.isSet(publicHost)) {
        auto h = setup::validatePublicHost(parser.value(publicHost));
        if (!h) {
            Error e = h.error();
            e.message = QStringLiteral("--public-host: %1").arg(e.message);
            return e;
        }
        choices.publicHost = h.value();
    }
    auto user = setup::validateTunnelUser(parser.value(tunnelUser));
    if (!user)
        return user.error();
    choices.tunnelUser = user.value();
    // "-" is standard input, which only one of them can read.
    QStringList fromStdin;
    for (const QCommandLineOption *o :
         {&passwordFile, &passphraseFile, &sudoPasswordFile, &publicKeyFile}) {
        if (parser.value(*o) == QLatin1String("-"))
            fromStdin << QStringLiteral("--") + o->names().constFirst();
    }
    if (fromStdin.size() > 1)
        return usage(QStringLiteral("Only one option can read standard input (-), not %1.")
                         .arg(fromStdin.join(QStringLiteral(" and "))),
                     QStringLiteral("Give the others as files."));
    if (parser.isSet(publicKey) && parser.isSet(publicKeyFile))
        return usage(QStringLiteral("Give the public key once: --public-key or --public-key-file."),
                     QStringLiteral("Remove one of the two options."));
    if (parser.isSet(publicKeyFile)) {
        // "-": standard input (`stitch-key.pub` piped in); at most 64 KiB either way.
        constexpr qint64 kMaxKeyFile = 64 * 1024;
        QFile file(parser.value(publicKeyFile));
        const bool opened = parser.value(publicKeyFile) == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : file.open(QIODevice::ReadOnly);
        const QByteArray bytes = opened ? file.read(kMaxKeyFile + 1) : QByteArray();
        if (!opened || bytes.size() > kMaxKeyFile)
            return makeError(ErrorCode::LocalIoError,
                             QStringLiteral("Cannot read the public key file %1.")
                                 .arg(parser.value(publicKeyFile)),
                             QStringLiteral("Save Stitch's public key to a file and check the "
                                            "path."));
        choices.publicKey = QString::fromUtf8(bytes);
        // Said here: later, an empty key reads as "no key was given", which is not the mistake.
        if (choices.publicKey.trimmed().isEmpty())
            return makeError(
                ErrorCode::KeyEmpty,
                QStringLiteral("The public key file %1 is empty.").arg(parser.value(publicKeyFile)),
                QStringLiteral("Save Stitch's public key (Integration settings → SSH "
                               "Tunnel) into it, then run again."));
    } else {
        choices.publicKey = parser.value(publicKey);
    }
    options.run.selfTest = !parser.isSet(noSelfTest);
    options.run.enableFirewall = parser.isSet(enableFirewall);
    if (parser.isSet(keepSshFrom) && !options.run.enableFirewall)
        return usage(QStringLiteral("--keep-ssh-from needs --enable-firewall."),
                     QStringLiteral("Add --enable-firewall, or leave out --keep-ssh-from (with a "
                                    "firewall already on, allow those addresses in it yourself)."));
    for (const QString &cidr : parser.values(keepSshFrom)) {
        auto n = setup::normalizeCidr(cidr);
        if (!n)
            return n.error();
        if (!choices.keepSshFrom.contains(n.value()))
            choices.keepSshFrom << n.value();
    }
    options.run.fixSshd = parser.isSet(fixSshd);
    options.run.keyFromStitchOnly = parser.isSet(keyFromStitchOnly);
    options.run.unrestrictedKey = parser.isSet(unrestrictedKey);
    options.run.adoptExistingUser = parser.isSet(adoptExistingUser);
    options.run.keepOldKeys = parser.isSet(keepOldKey);
    if (options.run.keyFromStitchOnly && options.run.unrestrictedKey)
        return usage(QStringLiteral("--key-from-stitch-only and --unrestricted-key contradict "
                                    "each other."),
                     QStringLiteral("Give at most one of them."));
    options.run.removeUser = parser.isSet(removeUser);
    options.run.removeFirewallRules = parser.isSet(removeFirewall);
    // The SSH port: the firewall rules of the script and the playbook are for it too.
    ssh::ConnectionSettings &c = options.connection;
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue == 0 || portValue > 65535)
        return usage(QStringLiteral("\"%1\" is not a port number.").arg(parser.value(port)),
                     QStringLiteral("Give --port a number from 1 to 65535 (SSH is usually 22)."));
    c.port = static_cast<quint16>(portValue);
    if (options.action == CliOptions::Action::Playbook) {
        auto pattern = setup::validateHostPattern(parser.value(hosts));
        if (!pattern)
            return pattern.error();
        options.playbookHosts = pattern.value();
        // "-": standard output, as without --output.
        if (parser.value(output) != QLatin1String("-"))
            options.outputFile = parser.value(output);
    }
    if (options.action == CliOptions::Action::Script ||
        options.action == CliOptions::Action::Playbook)
        return options;

    c.host = parser.value(host).trimmed();
    if (c.host.isEmpty())
        return usage(QStringLiteral("No SSH server given."),
                     QStringLiteral("Add --host with the server's name or address."));
    if (auto wrong = hostSyntaxError(c.host))
        return *wrong;
    if (c.host.contains(QRegularExpression(QStringLiteral("\\s"))))
        return usage(
            QStringLiteral("\"%1\" is not a server name: it has a space in it.").arg(c.host),
            QStringLiteral("Give --host the server's name or address alone."));
    c.user = parser.value(login).trimmed();
    if (c.user.isEmpty())
        return usage(QStringLiteral("No login user given."),
                     QStringLiteral("Add --login with the user you log in to the server with."));
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(connectTimeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds < 1 || timeoutSeconds > 600)
        return usage(
            QStringLiteral("\"%1\" is not a valid timeout.").arg(parser.value(connectTimeout)),
            QStringLiteral("Give --connect-timeout a whole number of seconds from 1 to 600."));
    c.connectTimeout = std::chrono::seconds(timeoutSeconds);

    const int methods =
        int(parser.isSet(identity)) + int(parser.isSet(agent)) + int(parser.isSet(passwordFile));
    if (methods > 1)
        return usage(QStringLiteral("Choose one way to log in: --password-file, --identity or "
                                    "--agent."),
                     QStringLiteral("Remove the extra login options."));
    if (parser.isSet(identity)) {
        c.authMethod = ssh::AuthMethod::KeyFile;
        c.identityFile = parser.value(identity);
    } else if (parser.isSet(agent)) {
        if (!ssh::agentLoginAvailable())
            return usage(QStringLiteral("--agent is not available on Windows; use --identity."),
                         QStringLiteral("Give the private key file with --identity FILE (and "
                                        "--passphrase-file if it has a passphrase)."));
        c.authMethod = ssh::AuthMethod::Agent;
    } else {
        c.authMethod = ssh::AuthMethod::Password;
    }
    if (parser.isSet(passphraseFile) && !parser.isSet(identity))
        return usage(QStringLiteral("--passphrase-file needs --identity."),
                     QStringLiteral("Add --identity with the private key file."));
    options.passwordFile = parser.value(passwordFile);
    options.passphraseFile = parser.value(passphraseFile);
    options.sudoPasswordFile = parser.value(sudoPasswordFile);

    c.knownHostsFile = parser.value(knownHosts);
    if (parser.isSet(fingerprint)) {
        if (ssh::normalizeFingerprint(parser.value(fingerprint)).isEmpty())
            return usage(QStringLiteral("\"%1\" is not a SHA256 host key fingerprint.")
                             .arg(parser.value(fingerprint)),
                         QStringLiteral("Copy it as `ssh-keygen -lf` prints it: SHA256:…"));
        c.hostKeyTrust.expectedFingerprint = parser.value(fingerprint);
        c.hostKeyTrust.unknownAction = ssh::UnknownHostKeyAction::AcceptAndSave;
    } else if (parser.isSet(acceptNew)) {
        c.hostKeyTrust.unknownAction = ssh::UnknownHostKeyAction::AcceptAndSave;
    }
    return options;
}

} // namespace

} // namespace stitch::cli
