#include "cli_options.h"

#include "cli_commands.h"
#include "cli_suggest.h"
#include "common/input_validation.h"
#include "common/stitch_regions.h"
#include "setup/ansible_playbook.h"
#include "ssh/fingerprint.h"
#include "stitch_source_options.h"

#include <QFile>

#include <QCommandLineParser>
#include <QHash>
#include <QObject>
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

// The name an option goes by in messages and in the command table: its first long name
// (--key-from-stitch-only, not its older name --restrict-key; --help, not -h).
QString longName(const QCommandLineOption &option)
{
    for (const QString &name : option.names()) {
        if (name.size() > 1)
            return name;
    }
    return option.names().constFirst();
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

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
    return usage(
        QObject::tr("--host \"%1\" is not a host name or address: --host takes the name alone.")
            .arg(host),
        written.isEmpty() ? QObject::tr("Write it as --host HOST --port N --login USER.")
                          : QObject::tr("Write it as %1.").arg(written.join(QLatin1Char(' '))));
}

// What Qt's parser could not take, in our words (Qt's own are English unless its translation is
// installed): an unknown option with the nearest real one when one is a typo away, an option
// without its value at the end of the line, or a value given to a switch (--agent=yes).
Error parseError(const QStringList &arguments, const QCommandLineParser &parser,
                 const QList<QCommandLineOption> &all)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        QStringList names;
        for (const QCommandLineOption &option : all)
            names << option.names();
        // -v and -V mean the version in most tools; never "did you mean --h".
        const bool versionFlag =
            unknown.first().compare(QLatin1String("v"), Qt::CaseInsensitive) == 0;
        const QString nearest =
            versionFlag ? QStringLiteral("version") : nearestName(unknown.first(), names);
        const QString message =
            unknown.size() == 1
                ? QObject::tr("Unknown option '%1'.").arg(unknown.first())
                : QObject::tr("Unknown options: %1.").arg(unknown.join(QStringLiteral(", ")));
        return usage(message, nearest.isEmpty()
                                  ? QObject::tr("Run stitch-tunnel --help for the options.")
                                  : QObject::tr("Did you mean --%1? Run stitch-tunnel --help "
                                                "for the options.")
                                        .arg(nearest));
    }
    const auto optionNamed = [&all](const QString &name) -> const QCommandLineOption * {
        for (const QCommandLineOption &option : all) {
            if (option.names().contains(name))
                return &option;
        }
        return nullptr;
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-"))
            continue;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        QString name = argument.mid(0, equals);
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        const QCommandLineOption *option = optionNamed(name);
        if (!option)
            continue;
        if (option->valueName().isEmpty() && equals >= 0)
            return usage(
                QObject::tr("%1 takes no value (got %2).").arg(dashed(longName(*option)), argument),
                QObject::tr("Give %1 alone.").arg(dashed(longName(*option))));
        if (!option->valueName().isEmpty() && equals < 0 && ++i >= arguments.size())
            return usage(
                QObject::tr("%1 needs a value.").arg(dashed(longName(*option))),
                QObject::tr("Give %1 %2.").arg(dashed(longName(*option)), option->valueName()));
    }
    return usage(parser.errorText(), QObject::tr("Run stitch-tunnel --help for the options."));
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

// The "Options:" part of a help: each option with its value and its description, wrapped.
QString optionList(const QList<QCommandLineOption> &options)
{
    constexpr int kColumn = 32, kWidth = 100;
    QString text = QObject::tr("Options:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &n : option.names())
            names << dashed(n);
        QString head = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            head += QStringLiteral(" <%1>").arg(option.valueName());
        head = head.size() < kColumn
                   ? head.leftJustified(kColumn)
                   : head + QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
        text += head + wrapped(option.description(), kColumn, kWidth) + QLatin1Char('\n');
    }
    return text;
}

QString usageLine(const QString &command)
{
    return QObject::tr("Usage: stitch-tunnel %1 [options]").arg(command) + QLatin1Char('\n');
}

// `--help` and `help`: what the tool does, its commands, where secrets come from, the exit
// codes, then every option.
QString generalHelp(const QList<QCommandLineOption> &all)
{
    QString text = usageLine(QObject::tr("COMMAND")) +
                   QObject::tr("Sets up and verifies an SSH tunnel for Stitch on a Linux server.") +
                   QStringLiteral("\n\n") + QObject::tr("Commands:") + QLatin1Char('\n');
    const auto command = [](const QString &name, const QString &summary) {
        return QStringLiteral("  %1").arg(name, -15) + wrapped(summary, 17, 100) +
               QLatin1Char('\n');
    };
    for (const QString &name : commandNames())
        text += command(name, commandSummary(*commandNamed(name)));
    text += command(QStringLiteral("help"),
                    QObject::tr("This help; help COMMAND shows one command's options, with "
                                "examples.")) +
            QLatin1Char('\n') +
            QObject::tr("Secrets are never taken from the command line: use --password-file,\n"
                        "--sudo-password-file, --identity with --passphrase-file, ssh-agent "
                        "(--agent), or the\n"
                        "environment variables STITCH_TUNNEL_PASSWORD and "
                        "STITCH_TUNNEL_SUDO_PASSWORD.\n"
                        "Without a sudo password, the login password is used for sudo.") +
            QStringLiteral("\n\n") +
            QObject::tr("Exit codes: 0 ok, 1 a check failed,\n"
                        "            2 usage error or a local file problem (secret, key or "
                        "report file),\n"
                        "            3 connection, host-key or authentication error (sudo "
                        "included),\n"
                        "            130 stopped by Ctrl-C (a change under way is finished "
                        "first).\n"
                        "With --json, errors (usage errors too) are one JSON object on stdout.") +
            QStringLiteral("\n\n");
    return text + optionList(all);
}

// `help COMMAND` and `COMMAND --help`: that command's options only, and examples.
QString commandHelp(CliOptions::Action action, const QList<QCommandLineOption> &all)
{
    QString name;
    for (const QString &n : commandNames()) {
        if (commandNamed(n) == action)
            name = n;
    }
    QList<QCommandLineOption> taken;
    for (const QCommandLineOption &option : all) {
        if (longName(option) != QLatin1String("version") && commandTakes(action, longName(option)))
            taken << option;
    }
    return usageLine(name) + wrapped(commandSummary(action), 0, 100) + QStringLiteral("\n\n") +
           optionList(taken) + QLatin1Char('\n') + QObject::tr("Examples:") + QLatin1Char('\n') +
           commandExamples(action);
}

// Every option of stitch-tunnel, in the order the general help lists them: the one list of
// them (the man page and the bash completion are checked against cliOptions() by
// tests/unit/cli_option_docs_test.cpp). Which commands take each one: cli_commands.cpp.
struct Definitions
{
    const QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QObject::tr("Show this help.")};
    const QCommandLineOption version{QStringLiteral("version"), QObject::tr("Show the version.")};
    const QCommandLineOption json{QStringLiteral("json"),
                                  QObject::tr("Print one JSON object instead of text.")};
    const QCommandLineOption report{QStringLiteral("report"),
                                    QObject::tr("Also write the report to FILE (.md or .json)."),
                                    QStringLiteral("FILE")};
    const QCommandLineOption showCommands{
        QStringLiteral("show-commands"),
        QObject::tr("Also print the exact commands apply runs (or would run).")};
    const QCommandLineOption host{
        QStringLiteral("host"), QObject::tr("SSH server name or address."), QStringLiteral("HOST")};
    const QCommandLineOption port{QStringLiteral("port"), QObject::tr("SSH port (default 22)."),
                                  QStringLiteral("PORT"), QStringLiteral("22")};
    const QCommandLineOption login{
        QStringLiteral("login"), QObject::tr("User name to log in with."), QStringLiteral("USER")};
    const QCommandLineOption connectTimeout{QStringLiteral("connect-timeout"),
                                            QObject::tr("Seconds to wait for the server "
                                                        "(default 10)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("10")};
    const QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        QObject::tr("File holding the login password (- reads standard input)."),
        QStringLiteral("FILE")};
    const QCommandLineOption identity{QStringLiteral("identity"),
                                      QObject::tr("Private key file to log in with."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption passphraseFile{
        QStringLiteral("passphrase-file"),
        QObject::tr("File holding the passphrase of the --identity key (- reads standard input)."),
        QStringLiteral("FILE")};
    const QCommandLineOption agent{QStringLiteral("agent"),
                                   QObject::tr("Log in with the keys in ssh-agent.")};
    const QCommandLineOption sudoPasswordFile{
        QStringLiteral("sudo-password-file"),
        QObject::tr("File holding the sudo password (- reads standard input)."),
        QStringLiteral("FILE")};
    const QCommandLineOption knownHosts{
        QStringLiteral("known-hosts"),
        QObject::tr("Known-hosts file to use instead of the app's own."), QStringLiteral("FILE")};
    const QCommandLineOption acceptNew{
        QStringLiteral("accept-new-host-key"),
        QObject::tr("Trust and save the host key of a server never seen before.")};
    const QCommandLineOption fingerprint{
        QStringLiteral("host-key-fingerprint"),
        QObject::tr("Trust a new server only if its host key has this fingerprint."),
        QStringLiteral("SHA256:...")};
    const QCommandLineOption region{QStringLiteral("region"),
                                    QObject::tr("Stitch data pipeline region: north-america "
                                                "(default) or europe."),
                                    QStringLiteral("REGION"), QStringLiteral("north-america")};
    const QCommandLineOption allowIp{QStringLiteral("allow-ip"),
                                     QObject::tr("Allow this address/CIDR instead of the "
                                                 "region's list (repeatable)."),
                                     QStringLiteral("CIDR")};
    const QCommandLineOption publicKeyFile{
        QStringLiteral("public-key-file"),
        QObject::tr("File with the Stitch public key (- reads standard input)."),
        QStringLiteral("FILE")};
    const QCommandLineOption publicKey{QStringLiteral("public-key"),
                                       QObject::tr("The Stitch public key itself."),
                                       QStringLiteral("KEY")};
    const QCommandLineOption tunnelUser{QStringLiteral("tunnel-user"),
                                        QObject::tr("Linux user for Stitch (default stitch)."),
                                        QStringLiteral("NAME"), QStringLiteral("stitch")};
    const QCommandLineOption dbType{QStringLiteral("db-type"),
                                    QObject::tr("postgresql (default), mysql, sqlserver, "
                                                "oracle or mongodb."),
                                    QStringLiteral("TYPE"), QStringLiteral("postgresql")};
    const QCommandLineOption dbHost{QStringLiteral("db-host"),
                                    QObject::tr("Database host as the SSH server sees it "
                                                "(default localhost)."),
                                    QStringLiteral("HOST"), QStringLiteral("localhost")};
    const QCommandLineOption dbPort{QStringLiteral("db-port"),
                                    QObject::tr("Database port (default: the type's)."),
                                    QStringLiteral("PORT")};
    const QCommandLineOption dbUser{
        QStringLiteral("db-user"),
        QObject::tr("The database user Stitch logs in as: step 2 then checks that the "
                    "database's access rules admit the SSH server (PostgreSQL: pg_hba.conf, "
                    "without a password)."),
        QStringLiteral("USER")};
    const QCommandLineOption dbName{
        QStringLiteral("db-name"),
        QObject::tr("The database Stitch reads (default: PostgreSQL takes the user's name)."),
        QStringLiteral("NAME")};
    const QCommandLineOption dbSsl{
        QStringLiteral("db-ssl"),
        QObject::tr("Stitch connects to the database with SSL (checks hostssl lines).")};
    const QCommandLineOption publicHost{
        QStringLiteral("public-host"),
        QObject::tr("SSH Host for Stitch: the server's public DNS name or address, when "
                    "Stitch reaches it otherwise than --host (default: --host). Shown as "
                    "stitch.ssh_host in --json."),
        QStringLiteral("HOST")};
    const QCommandLineOption noSelfTest{QStringLiteral("no-self-test"),
                                        QObject::tr("Skip the end-to-end self-test.")};
    const QCommandLineOption fixSshd{
        QStringLiteral("fix-sshd"),
        QObject::tr("apply: if sshd's settings keep the tunnel user out (AllowUsers, "
                    "AllowGroups, AllowTcpForwarding, DisableForwarding, "
                    "PubkeyAuthentication; for an RSA key, ssh-rsa signatures refused), add a "
                    "\"Match User\" block for it alone, check it "
                    "with sshd -t and sshd -T, reload sshd, and take it out again unless a "
                    "fresh admin login and the tunnel user's login (the self-test, which "
                    "then always runs) both work. remove takes it out.")};
    const QCommandLineOption enableFirewall{
        QStringLiteral("enable-firewall"),
        QObject::tr("Turn on ufw if no firewall is active (your address is allowed first).")};
    const QCommandLineOption keepSshFrom{
        QStringLiteral("keep-ssh-from"),
        QObject::tr("With --enable-firewall: also keep SSH open to this address/CIDR, e.g. "
                    "your office network (repeatable)."),
        QStringLiteral("CIDR")};
    const QCommandLineOption keyFromStitchOnly{
        QStringList{QStringLiteral("key-from-stitch-only"), QStringLiteral("restrict-key")},
        QObject::tr("Also accept the Stitch key only from Stitch's addresses (from=).")};
    const QCommandLineOption unrestrictedKey{
        QStringLiteral("unrestricted-key"),
        QObject::tr("Add the Stitch key without the tunnel-only options (it could then run "
                    "commands and open any tunnel); only if you need that.")};
    const QCommandLineOption adoptExistingUser{
        QStringLiteral("adopt-existing-user"),
        QObject::tr("Use the tunnel user even though it exists already and this tool did not "
                    "create it.")};
    const QCommandLineOption keepOldKey{
        QStringLiteral("keep-old-key"),
        QObject::tr("apply: keep the Stitch keys this tool installed earlier for the tunnel "
                    "user beside the new one (by default a new key replaces them).")};
    const QCommandLineOption hosts{
        QStringLiteral("hosts"),
        QObject::tr("playbook: the Ansible host pattern the play runs on (default all)."),
        QStringLiteral("PATTERN"), QStringLiteral("all")};
    const QCommandLineOption output{
        QStringLiteral("output"),
        QObject::tr("playbook: write the playbook to FILE instead of standard output (-)."),
        QStringLiteral("FILE")};
    const QCommandLineOption minutes{
        QStringLiteral("minutes"),
        QObject::tr("watch: how long to watch for Stitch; stitch-source: how long to wait for "
                    "Stitch's connection check. In minutes (default 10; at most 60)."),
        QStringLiteral("N"), QStringLiteral("10")};
    const QCommandLineOption tokenFile{
        QStringLiteral("token-file"),
        QObject::tr("stitch-source: file holding a Stitch Connect API token (ac_…), readable "
                    "by you alone."),
        QStringLiteral("FILE")};
    const QCommandLineOption sourceId{
        QStringLiteral("source-id"),
        QObject::tr("stitch-source: the ID of the Stitch source (integration) to fill in."),
        QStringLiteral("N")};
    const QCommandLineOption list{QStringLiteral("list"),
                                  QObject::tr("stitch-source: list the account's sources and "
                                              "change nothing.")};
    const QCommandLineOption apiUrl{QStringLiteral("api-url"),
                                    QObject::tr("stitch-source: the Connect API's address (default "
                                                "https://api.stitchdata.com; for tests)."),
                                    QStringLiteral("URL")};
    const QCommandLineOption caFile{
        QStringLiteral("ca-file"),
        QObject::tr("stitch-source: also trust the CA certificates in this PEM file (a proxy "
                    "that inspects HTTPS)."),
        QStringLiteral("FILE")};
    const QCommandLineOption removeUser{
        QStringLiteral("remove-user"),
        QObject::tr("remove: also delete the user and group, if this tool created them.")};
    const QCommandLineOption removeFirewall{
        QStringLiteral("remove-firewall-rules"),
        QObject::tr("remove: also delete the firewall rules this tool added.")};
    const QCommandLineOption turnOffUfw{
        QStringLiteral("turn-off-ufw"),
        QObject::tr("remove: turn ufw off again, if this tool turned it on (by the server's "
                    "record).")};

    QList<QCommandLineOption> all() const
    {
        return {help,
                version,
                json,
                report,
                showCommands,
                host,
                port,
                login,
                connectTimeout,
                passwordFile,
                identity,
                passphraseFile,
                agent,
                sudoPasswordFile,
                knownHosts,
                acceptNew,
                fingerprint,
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
                hosts,
                output,
                minutes,
                tokenFile,
                sourceId,
                list,
                apiUrl,
                caFile,
                removeUser,
                removeFirewall,
                turnOffUfw};
    }
};

Result<CliOptions> parse(const QStringList &arguments, QCommandLineParser &parser);

} // namespace

QList<QCommandLineOption> cliOptions()
{
    return Definitions().all();
}

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
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const Definitions d;
    const QList<QCommandLineOption> all = d.all();
    parser.addOptions(all);

    CliOptions options;
    options.helpText = generalHelp(all);
    if (!parser.parse(arguments))
        return parseError(arguments, parser, all);
    // "--host --login admin": Qt takes --login as --host's value. An option's value never starts
    // with "--", so that is a missing value, said as such.
    for (const QCommandLineOption &option : all) {
        if (option.valueName().isEmpty() || !parser.isSet(option))
            continue;
        for (const QString &value : parser.values(option)) {
            if (value.startsWith(QLatin1String("--")))
                return usage(
                    QObject::tr("%1 needs a value (got %2).").arg(dashed(longName(option)), value),
                    QObject::tr("Give %1 %2, then %3 with its own value.")
                        .arg(dashed(longName(option)), option.valueName(), value));
        }
    }
    options.json = parser.isSet(d.json);
    options.showCommands = parser.isSet(d.showCommands);
    options.reportFile = parser.value(d.report);
    if (!options.reportFile.isEmpty() && !options.reportFile.endsWith(QLatin1String(".md")) &&
        !options.reportFile.endsWith(QLatin1String(".json")))
        return usage(QObject::tr("The report file must end in .md or .json."),
                     QObject::tr("Use e.g. --report stitch-tunnel-report.md"));
    // `help`, `help COMMAND` and `COMMAND --help`.
    const QStringList words = parser.positionalArguments();
    const bool helpCommand = !words.isEmpty() && words.first() == QLatin1String("help");
    if (parser.isSet(d.help) || helpCommand) {
        const QString topic = helpCommand ? words.value(1) : words.value(0);
        options.action = CliOptions::Action::Help;
        if (topic.isEmpty())
            return options;
        const std::optional<CliOptions::Action> about = commandNamed(topic);
        if (!about || words.size() > (helpCommand ? 2 : 1))
            return usage(QObject::tr("There is no help on \"%1\".")
                             .arg(words.mid(helpCommand ? 1 : 0).join(QLatin1Char(' '))),
                         QObject::tr("The commands are: %1.")
                             .arg(commandNames().join(QStringLiteral(", "))));
        options.helpText = commandHelp(*about, all);
        return options;
    }
    if (parser.isSet(d.version)) {
        options.action = CliOptions::Action::Version;
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QObject::tr("No command given."),
                     QObject::tr("Run stitch-tunnel connect --host HOST --login USER …; see "
                                 "--help."));
    const std::optional<CliOptions::Action> action = commandNamed(positional.first());
    if (action && positional.size() > 1)
        return usage(QObject::tr("Unexpected argument \"%1\" after the command %2.")
                         .arg(positional.at(1), positional.first()),
                     QObject::tr("Values go after their option (see stitch-tunnel help %1).")
                         .arg(positional.first()));
    if (!action) {
        const QString nearest =
            positional.size() > 1 ? QString() : nearestName(positional.first(), commandNames());
        return usage(
            QObject::tr("Unknown command \"%1\".").arg(positional.join(QLatin1Char(' '))),
            nearest.isEmpty()
                ? QObject::tr("Use one of: %1.").arg(commandNames().join(QStringLiteral(", ")))
                : QObject::tr("Did you mean %1? The commands are: %2.")
                      .arg(nearest, commandNames().join(QStringLiteral(", "))));
    }
    options.action = *action;
    if (Status fits = checkOptionsFit(parser, options.action); !fits)
        return fits.error();

    // The setup choices (all commands but connect use them; validating them here means a typo
    // stops us before any connection is made).
    SetupChoices &choices = options.choices;
    if (parser.isSet(d.allowIp)) {
        for (const QString &cidr : parser.values(d.allowIp)) {
            auto n = normalizeCidr(cidr);
            if (!n)
                return n.error();
            choices.customCidrs << n.value();
        }
    } else {
        auto r = stitchRegion(parser.value(d.region));
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
    if (!types.contains(parser.value(d.dbType)))
        return usage(
            QObject::tr("\"%1\" is not a supported database type.").arg(parser.value(d.dbType)),
            QObject::tr("Use postgresql, mysql, sqlserver, oracle or mongodb."));
    choices.databaseType = types.value(parser.value(d.dbType));
    auto databaseHost = validateDatabaseHost(parser.value(d.dbHost));
    if (!databaseHost)
        return databaseHost.error();
    choices.databaseHost = databaseHost.value();
    choices.databasePort = defaultDatabasePort(choices.databaseType);
    if (parser.isSet(d.dbPort)) {
        // Said here, naming the option: core's own wording is for the wizard's field.
        auto p = validatePort(parser.value(d.dbPort));
        if (!p)
            return usage(QObject::tr("\"%1\" is not a port number.").arg(parser.value(d.dbPort)),
                         QObject::tr("Give --db-port a number from 1 to 65535."));
        choices.databasePort = p.value();
    }
    auto databaseUser = validateDatabaseName(parser.value(d.dbUser), DatabaseNameKind::User);
    if (!databaseUser)
        return databaseUser.error();
    choices.databaseUser = databaseUser.value();
    auto databaseName = validateDatabaseName(parser.value(d.dbName), DatabaseNameKind::Database);
    if (!databaseName)
        return databaseName.error();
    choices.databaseName = databaseName.value();
    choices.databaseSsl = parser.isSet(d.dbSsl);
    if (choices.databaseUser.isEmpty() && (parser.isSet(d.dbName) || choices.databaseSsl))
        return usage(QObject::tr("--db-name and --db-ssl describe Stitch's database login, "
                                 "which needs --db-user."),
                     QObject::tr("Add --db-user USER (the user Stitch logs in as)."));
    if (parser.isSet(d.publicHost)) {
        auto h = validatePublicHost(parser.value(d.publicHost));
        if (!h) {
            Error e = h.error();
            e.message = QStringLiteral("--public-host: %1").arg(e.message);
            return e;
        }
        choices.publicHost = h.value();
    }
    auto user = validateTunnelUser(parser.value(d.tunnelUser));
    if (!user)
        return user.error();
    choices.tunnelUser = user.value();
    // "-" is standard input, which only one of them can read.
    QStringList fromStdin;
    for (const QCommandLineOption *o :
         {&d.passwordFile, &d.passphraseFile, &d.sudoPasswordFile, &d.publicKeyFile}) {
        if (parser.value(*o) == QLatin1String("-"))
            fromStdin << QStringLiteral("--") + o->names().constFirst();
    }
    if (fromStdin.size() > 1)
        return usage(QObject::tr("Only one option can read standard input (-), not %1.")
                         .arg(fromStdin.join(QObject::tr(" and "))),
                     QObject::tr("Give the others as files."));
    if (parser.isSet(d.publicKey) && parser.isSet(d.publicKeyFile))
        return usage(QObject::tr("Give the public key once: --public-key or --public-key-file."),
                     QObject::tr("Remove one of the two options."));
    if (parser.isSet(d.publicKeyFile)) {
        // "-": standard input (`stitch-key.pub` piped in); at most 64 KiB either way.
        constexpr qint64 kMaxKeyFile = 64 * 1024;
        QFile file(parser.value(d.publicKeyFile));
        const bool opened = parser.value(d.publicKeyFile) == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : file.open(QIODevice::ReadOnly);
        const QByteArray bytes = opened ? file.read(kMaxKeyFile + 1) : QByteArray();
        if (!opened || bytes.size() > kMaxKeyFile)
            return makeError(ErrorCode::LocalIoError,
                             QObject::tr("Cannot read the public key file %1.")
                                 .arg(parser.value(d.publicKeyFile)),
                             QObject::tr("Save Stitch's public key to a file and check the "
                                         "path."));
        choices.publicKey = QString::fromUtf8(bytes);
        // Said here: later, an empty key reads as "no key was given", which is not the mistake.
        if (choices.publicKey.trimmed().isEmpty())
            return makeError(
                ErrorCode::KeyEmpty,
                QObject::tr("The public key file %1 is empty.").arg(parser.value(d.publicKeyFile)),
                QObject::tr("Save Stitch's public key (Integration settings → SSH "
                            "Tunnel) into it, then run again."));
    } else {
        choices.publicKey = parser.value(d.publicKey);
    }
    options.run.selfTest = !parser.isSet(d.noSelfTest);
    options.run.enableFirewall = parser.isSet(d.enableFirewall);
    if (parser.isSet(d.keepSshFrom) && !options.run.enableFirewall)
        return usage(QObject::tr("--keep-ssh-from needs --enable-firewall."),
                     QObject::tr("Add --enable-firewall, or leave out --keep-ssh-from (with a "
                                 "firewall already on, allow those addresses in it yourself)."));
    for (const QString &cidr : parser.values(d.keepSshFrom)) {
        auto n = normalizeCidr(cidr);
        if (!n)
            return n.error();
        if (!choices.keepSshFrom.contains(n.value()))
            choices.keepSshFrom << n.value();
    }
    options.run.fixSshd = parser.isSet(d.fixSshd);
    options.run.keyFromStitchOnly = parser.isSet(d.keyFromStitchOnly);
    options.run.unrestrictedKey = parser.isSet(d.unrestrictedKey);
    options.run.adoptExistingUser = parser.isSet(d.adoptExistingUser);
    options.run.keepOldKeys = parser.isSet(d.keepOldKey);
    if (options.run.keyFromStitchOnly && options.run.unrestrictedKey)
        return usage(QObject::tr("--key-from-stitch-only and --unrestricted-key contradict "
                                 "each other."),
                     QObject::tr("Give at most one of them."));
    options.run.removeUser = parser.isSet(d.removeUser);
    options.run.removeFirewallRules = parser.isSet(d.removeFirewall);
    options.run.turnOffUfw = parser.isSet(d.turnOffUfw);
    // The SSH port: the firewall rules of the script and the playbook are for it too.
    ssh::ConnectionSettings &c = options.connection;
    bool portOk = false;
    const uint portValue = parser.value(d.port).toUInt(&portOk);
    if (!portOk || portValue == 0 || portValue > 65535)
        return usage(QObject::tr("\"%1\" is not a port number.").arg(parser.value(d.port)),
                     QObject::tr("Give --port a number from 1 to 65535 (SSH is usually 22)."));
    c.port = static_cast<quint16>(portValue);
    if (options.action == CliOptions::Action::Playbook) {
        auto pattern = setup::validateHostPattern(parser.value(d.hosts));
        if (!pattern)
            return pattern.error();
        options.playbookHosts = pattern.value();
        // "-": standard output, as without --output.
        if (parser.value(d.output) != QLatin1String("-"))
            options.outputFile = parser.value(d.output);
    }
    if (options.action == CliOptions::Action::Watch ||
        options.action == CliOptions::Action::StitchSource) {
        bool minutesOk = false;
        const double watchMinutes = parser.value(d.minutes).toDouble(&minutesOk);
        if (!minutesOk || watchMinutes < 0.05 || watchMinutes > 60)
            return usage(
                QObject::tr("\"%1\" is not a number of minutes.").arg(parser.value(d.minutes)),
                QObject::tr("Give --minutes a number from 0.05 to 60."));
        options.watchMs = qint64(watchMinutes * 60000);
    }
    if (options.action == CliOptions::Action::Script ||
        options.action == CliOptions::Action::Playbook)
        return options;
    if (options.action == CliOptions::Action::StitchSource) {
        if (auto wrong = hostSyntaxError(parser.value(d.host).trimmed()))
            return *wrong;
        return stitchSourceOptions(parser, std::move(options));
    }

    c.host = parser.value(d.host).trimmed();
    if (c.host.isEmpty())
        return usage(QObject::tr("No SSH server given."),
                     QObject::tr("Add --host with the server's name or address."));
    if (auto wrong = hostSyntaxError(c.host))
        return *wrong;
    if (c.host.contains(QRegularExpression(QStringLiteral("\\s"))))
        return usage(QObject::tr("\"%1\" is not a server name: it has a space in it.").arg(c.host),
                     QObject::tr("Give --host the server's name or address alone."));
    c.user = parser.value(d.login).trimmed();
    if (c.user.isEmpty())
        return usage(QObject::tr("No login user given."),
                     QObject::tr("Add --login with the user you log in to the server with."));
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(d.connectTimeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds < 1 || timeoutSeconds > 600)
        return usage(
            QObject::tr("\"%1\" is not a valid timeout.").arg(parser.value(d.connectTimeout)),
            QObject::tr("Give --connect-timeout a whole number of seconds from 1 to 600."));
    c.connectTimeout = std::chrono::seconds(timeoutSeconds);

    const int methods = int(parser.isSet(d.identity)) + int(parser.isSet(d.agent)) +
                        int(parser.isSet(d.passwordFile));
    if (methods > 1)
        return usage(QObject::tr("Choose one way to log in: --password-file, --identity or "
                                 "--agent."),
                     QObject::tr("Remove the extra login options."));
    if (parser.isSet(d.identity)) {
        c.authMethod = ssh::AuthMethod::KeyFile;
        c.identityFile = parser.value(d.identity);
    } else if (parser.isSet(d.agent)) {
        if (!ssh::agentLoginAvailable())
            return usage(QObject::tr("--agent is not available on Windows; use --identity."),
                         QObject::tr("Give the private key file with --identity FILE (and "
                                     "--passphrase-file if it has a passphrase)."));
        c.authMethod = ssh::AuthMethod::Agent;
    } else {
        c.authMethod = ssh::AuthMethod::Password;
    }
    if (parser.isSet(d.passphraseFile) && !parser.isSet(d.identity))
        return usage(QObject::tr("--passphrase-file needs --identity."),
                     QObject::tr("Add --identity with the private key file."));
    options.passwordFile = parser.value(d.passwordFile);
    options.passphraseFile = parser.value(d.passphraseFile);
    options.sudoPasswordFile = parser.value(d.sudoPasswordFile);

    c.knownHostsFile = parser.value(d.knownHosts);
    if (parser.isSet(d.fingerprint)) {
        if (ssh::normalizeFingerprint(parser.value(d.fingerprint)).isEmpty())
            return usage(QObject::tr("\"%1\" is not a SHA256 host key fingerprint.")
                             .arg(parser.value(d.fingerprint)),
                         QObject::tr("Copy it as `ssh-keygen -lf` prints it: SHA256:…"));
        c.hostKeyTrust.expectedFingerprint = parser.value(d.fingerprint);
        c.hostKeyTrust.unknownAction = ssh::UnknownHostKeyAction::AcceptAndSave;
    } else if (parser.isSet(d.acceptNew)) {
        c.hostKeyTrust.unknownAction = ssh::UnknownHostKeyAction::AcceptAndSave;
    }
    return options;
}

} // namespace

} // namespace stitch::cli
