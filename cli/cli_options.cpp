#include "cli_options.h"

#include "cli_commands.h"
#include "cli_parsing.h"
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

using namespace parsing;

namespace {

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

// The command word: one known command and nothing after it.
Result<CliOptions::Action> commandOf(const QStringList &positional)
{
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
    return *action;
}

Result<CliOptions> parse(const QStringList &arguments, QCommandLineParser &parser);

} // namespace

QList<QCommandLineOption> cliOptions()
{
    return CliDefinitions().all();
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
    const CliDefinitions d;
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
    const auto action = commandOf(parser.positionalArguments());
    if (!action)
        return action.error();
    options.action = action.value();
    if (Status fits = checkOptionsFit(parser, options.action); !fits)
        return fits.error();
    for (const auto group : {parseChoices, parsePublicKey, parseRunOptions, parseCommandValues}) {
        if (Status s = group(parser, d, options); !s)
            return s.error();
    }
    if (options.action == CliOptions::Action::Script ||
        options.action == CliOptions::Action::Playbook)
        return options;
    if (options.action == CliOptions::Action::StitchSource) {
        if (auto wrong = hostSyntaxError(parser.value(d.host).trimmed()))
            return *wrong;
        return stitchSourceOptions(parser, std::move(options));
    }
    if (Status s = parseConnection(parser, d, options); !s)
        return s.error();
    return options;
}

} // namespace

} // namespace stitch::cli
