// The options stitch-tunnel's parser knows (cliOptions(), the one list of them) are the options
// the bash completion offers and the man page documents, and the options the command table
// (commandTakes()) rules on. Reads installers/ from the source tree (STITCH_SOURCE_DIR).
#include "cli_commands.h"
#include "cli_options.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace stitch::cli;

namespace {

QString sourceFile(const char *path)
{
    QFile file(QStringLiteral(STITCH_SOURCE_DIR "/") + QLatin1String(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path;
    return QString::fromUtf8(file.readAll());
}

QString completion()
{
    return sourceFile("installers/completion/stitch-tunnel.bash");
}

// The man page with roff's "\-" as the "-" it prints.
QString manPage()
{
    return sourceFile("installers/man/stitch-tunnel.1")
        .replace(QLatin1String("\\-"), QLatin1String("-"));
}

// A set as sorted words, for a readable failure.
std::string sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' ')).toStdString();
}

// "--name" words in `text`.
QSet<QString> longOptionsIn(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--([a-z][a-z0-9-]*)"));
    for (auto it = option.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// An option's first long name: --key-from-stitch-only (not --restrict-key), --help (not -h).
QString primaryName(const QCommandLineOption &option)
{
    for (const QString &name : option.names()) {
        if (name.size() > 1)
            return name;
    }
    return {};
}

// Every long name of every option (an option's older name too: --restrict-key).
QSet<QString> parserOptions(bool takingValue)
{
    QSet<QString> names;
    for (const QCommandLineOption &option : cliOptions()) {
        if (!option.valueName().isEmpty() != takingValue)
            continue;
        for (const QString &name : option.names()) {
            if (name.size() > 1)
                names << name;
        }
    }
    return names;
}

QSet<QString> parserOptions()
{
    return parserOptions(false) + parserOptions(true);
}

// The text of `variable="…"` in the completion script (it may span lines).
QString completionList(const QString &variable)
{
    const QRegularExpression list(QStringLiteral("local %1=\"([^\"]*)\"").arg(variable));
    const QRegularExpressionMatch m = list.match(completion());
    EXPECT_TRUE(m.hasMatch()) << variable.toStdString();
    return m.captured(1);
}

// The man page section `name`, up to the next .SH.
QString manSection(const QString &name)
{
    const QString page = manPage();
    const qsizetype start = page.indexOf(QStringLiteral("\n.SH %1\n").arg(name));
    EXPECT_GE(start, 0) << name.toStdString();
    const qsizetype end = page.indexOf(QLatin1String("\n.SH "), start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

// The tag lines of a section's items: the line after each .TP.
QStringList manTags(const QString &section)
{
    QStringList tags;
    const QStringList lines = manSection(section).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) == QLatin1String(".TP"))
            tags << lines.at(i + 1);
    }
    return tags;
}

} // namespace

TEST(CliOptionDocs, TheParserHasNoOptionTwice)
{
    QStringList names;
    for (const QCommandLineOption &option : cliOptions())
        names << option.names();
    EXPECT_EQ(QSet<QString>(names.begin(), names.end()).size(), names.size())
        << names.join(QLatin1Char(' ')).toStdString();
    EXPECT_GT(names.size(), 30);
}

TEST(CliOptionDocs, TheCommandTableRulesOnEveryOptionAndOnlyOnThose)
{
    // Every option but --help and --version says which commands take it (by its first long
    // name); an option left out would fit every command, and a name there that the parser does
    // not know is a typo that lets the real option through everywhere.
    QSet<QString> ruled;
    for (const QString &name : commandOptionNames())
        ruled << name;
    QSet<QString> expected;
    for (const QCommandLineOption &option : cliOptions()) {
        const QString name = primaryName(option);
        if (name != QLatin1String("help") && name != QLatin1String("version"))
            expected << name;
    }
    EXPECT_EQ(sorted(ruled), sorted(expected));
    EXPECT_EQ(commandOptionNames().size(), ruled.size()) << "an option ruled on twice";
}

TEST(CliOptionDocs, TheCompletionOffersEveryOptionAndNoOther)
{
    const QString list = completionList(QStringLiteral("options"));
    QSet<QString> offered;
    for (const QString &word :
         list.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        EXPECT_TRUE(word.startsWith(QLatin1String("--"))) << word.toStdString();
        offered << word.mid(2);
    }
    EXPECT_EQ(sorted(offered), sorted(parserOptions()));
}

TEST(CliOptionDocs, TheCompletionKnowsWhichOptionsTakeAValue)
{
    // After an option that takes a value, the completion must not offer options or commands:
    // each of them has a branch in `case "$prev"`, and no switch has one.
    const QString script = completion();
    const qsizetype start = script.indexOf(QLatin1String("case \"$prev\" in"));
    const qsizetype end = script.indexOf(QLatin1String("esac"), start);
    ASSERT_GE(start, 0);
    ASSERT_GT(end, start);
    EXPECT_EQ(sorted(longOptionsIn(script.mid(start, end - start))), sorted(parserOptions(true)));
}

TEST(CliOptionDocs, TheCompletionOffersEveryCommand)
{
    const QStringList offered =
        completionList(QStringLiteral("commands")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    EXPECT_EQ(offered.join(QLatin1Char(' ')).toStdString(),
              (commandNames() << QStringLiteral("help")).join(QLatin1Char(' ')).toStdString());
}

TEST(CliOptionDocs, TheManPageDocumentsEveryOptionAndNoOther)
{
    QSet<QString> documented;
    for (const QString &tag : manTags(QStringLiteral("OPTIONS")))
        documented += longOptionsIn(tag);
    EXPECT_EQ(sorted(documented), sorted(parserOptions()));
}

TEST(CliOptionDocs, TheManPageShowsTheValueOfEachOptionThatTakesOne)
{
    // `.BI \-\-host " HOST"` for an option with a value (the same name --help shows), `.B` or
    // `.BR` for a switch.
    for (const QCommandLineOption &option : cliOptions()) {
        const QString name = primaryName(option);
        const QStringList names = option.names();
        const QSet<QString> nameSet(names.begin(), names.end());
        QString tag;
        for (const QString &t : manTags(QStringLiteral("OPTIONS"))) {
            if (longOptionsIn(t).intersects(nameSet))
                tag = t;
        }
        ASSERT_FALSE(tag.isEmpty()) << name.toStdString();
        if (option.valueName().isEmpty())
            EXPECT_FALSE(tag.startsWith(QLatin1String(".BI "))) << tag.toStdString();
        else
            EXPECT_TRUE(tag.startsWith(QLatin1String(".BI ")) &&
                        tag.endsWith(QStringLiteral(" \" %1\"").arg(option.valueName())))
                << tag.toStdString() << " should show " << option.valueName().toStdString();
    }
}

TEST(CliOptionDocs, TheManPageDocumentsEveryCommand)
{
    QStringList documented;
    for (const QString &tag : manTags(QStringLiteral("COMMANDS")))
        documented << tag.section(QLatin1Char(' '), 1);
    EXPECT_EQ(documented.join(QLatin1Char(' ')).toStdString(),
              commandNames().join(QLatin1Char(' ')).toStdString());
}

TEST(CliOptionDocs, TheSourceFilesTheyNameExist)
{
    // "Keep the options in step with cli/cli_options.cpp": that file, and any other they name.
    for (const QString &text : {completion(), manPage()}) {
        static const QRegularExpression path(QStringLiteral("[\\w./-]+\\.(?:cpp|h|sh)\\b"));
        int named = 0;
        for (auto it = path.globalMatch(text); it.hasNext();) {
            const QString file = it.next().captured(0);
            ++named;
            EXPECT_TRUE(QFileInfo::exists(QStringLiteral(STITCH_SOURCE_DIR "/") + file))
                << file.toStdString() << " does not exist";
        }
        EXPECT_GT(named, 0) << "names the options' source file";
    }
}
