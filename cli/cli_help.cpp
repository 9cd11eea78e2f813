// stitch-tunnel's help texts: the general one and one per command, built from the options'
// definitions (cli_parsing.h) and the command table (cli_commands.cpp).
#include "cli_commands.h"
#include "cli_parsing.h"

namespace stitch::cli::parsing {

namespace {

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

} // namespace

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

} // namespace stitch::cli::parsing
