// The findings and errors the server's scripts print reach the user in the user's language:
// every line a script can print has its wording in core (read from the scripts built into core,
// so a line added or reworded in resources/scripts/ fails here, not in a German wizard), the
// values are read back from the English and put into the translation.
#include "../support/german_text.h"
#include "common/text_template.h"
#include "setup/change_sentences.h"
#include "setup/script_output.h"
#include "setup/script_texts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

// A script's message as the test reads it from shell source: its words, and every expansion
// ($U, ${X}, $(…)) as one place. Expansions with the same text are the same place.
struct ShellWord
{
    QString text; // the words with %1, %2 … for the expansions
    qsizetype end = 0;
};

qsizetype skipCommand(const QString &s, qsizetype i);

// A double-quoted shell word starting at s[i] == '"'.
ShellWord readDoubleQuoted(const QString &s, qsizetype i)
{
    static const QRegularExpression variable(
        QStringLiteral("\\G\\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9#?*@])"));
    QStringList expansions;
    QString text;
    auto place = [&](const QString &expansion) {
        if (!expansions.contains(expansion))
            expansions << expansion;
        text += QStringLiteral("%%1").arg(expansions.indexOf(expansion) + 1);
    };
    for (++i; i < s.size();) {
        const QChar c = s[i];
        if (c == QLatin1Char('\\')) {
            text += s.mid(i + 1, 1);
            i += 2;
        } else if (c == QLatin1Char('"')) {
            return {text, i + 1};
        } else if (s.mid(i, 2) == QLatin1String("$(")) {
            const qsizetype end = skipCommand(s, i + 2);
            place(s.mid(i, end - i));
            i = end;
        } else if (s.mid(i, 2) == QLatin1String("${")) {
            const qsizetype end = s.indexOf(QLatin1Char('}'), i) + 1;
            place(s.mid(i, end - i));
            i = end;
        } else if (const auto m = variable.match(s, i); m.hasMatch()) {
            place(m.captured(0));
            i = m.capturedEnd();
        } else {
            text += c;
            ++i;
        }
    }
    ADD_FAILURE() << "unterminated quote in: " << s.toStdString();
    return {text, s.size()};
}

// The end of a $( … ) whose text starts at s[i].
qsizetype skipCommand(const QString &s, qsizetype i)
{
    for (int depth = 1; i < s.size();) {
        const QChar c = s[i];
        if (c == QLatin1Char('\'')) {
            i = s.indexOf(QLatin1Char('\''), i + 1) + 1;
        } else if (c == QLatin1Char('"')) {
            i = readDoubleQuoted(s, i).end;
        } else if (c == QLatin1Char('\\')) {
            i += 2;
        } else {
            if (c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(')') && --depth == 0) {
                return i + 1;
            }
            ++i;
        }
    }
    return s.size();
}

// Every (code, wording) the built-in scripts can print with fail, err, finding or must (whose
// message ends in ": " and the failed command's reason), and the one printf'd error line; a
// change (`changed STEP "…"`) with the code "changed".
QSet<QPair<QString, QString>> wordingsInScripts()
{
    static const QRegularExpression call(QStringLiteral(
        R"((?:^|[\s;&|({])(fail|err|finding\s+(?:fail|warn|info)|must|changed)\s+([a-z_]+\.[a-z_]+|firewall|user|sshd|selftest)\s+(?="))"));
    static const QRegularExpression printed(
        QStringLiteral(R"(printf 'error ([a-z_.]+) ([^'\\]*)\\n')"));
    static const QRegularExpression place(QStringLiteral("%(\\d)"));
    QSet<QPair<QString, QString>> wordings;
    const QDir dir(QStringLiteral(":/stitch/scripts"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sh")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            for (auto it = call.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                QString text = readDoubleQuoted(line, m.capturedEnd()).text;
                if (m.captured(1) == QLatin1String("must")) {
                    int places = 0;
                    for (auto p = place.globalMatch(text); p.hasNext(); p.next())
                        ++places;
                    text += QStringLiteral(": %%1").arg(places + 1);
                }
                const bool change = m.captured(1) == QLatin1String("changed");
                wordings.insert({change ? QStringLiteral("changed") : m.captured(2), text});
            }
            if (const auto m = printed.match(line); m.hasMatch())
                wordings.insert({m.captured(1), m.captured(2)});
        }
    }
    return wordings;
}

QSet<QPair<QString, QString>> wordingsInCore()
{
    QSet<QPair<QString, QString>> wordings;
    for (const ScriptTextWording &w : scriptTextWordings())
        wordings.insert({w.code, w.english});
    return wordings;
}

QSet<QString> placesIn(const QString &text)
{
    static const QRegularExpression place(QStringLiteral("%\\d"));
    QSet<QString> places;
    for (auto it = place.globalMatch(text); it.hasNext();)
        places.insert(it.next().captured(0));
    return places;
}

// "<v1>", "<v2>" … for each place of `english`: values that show where they landed.
QStringList sampleValues(const QString &english)
{
    QStringList values;
    for (int n = 1; n <= placesIn(english).size(); ++n)
        values << QStringLiteral("<v%1>").arg(n);
    return values;
}

using GermanScriptTexts = test::GermanTest;

} // namespace

TEST(TextTemplate, ReadsTheValuesBackAndWritesThemIntoAnotherWording)
{
    const QString english = QStringLiteral("%1 is a symbolic link to %2; remove it (rm %1)");
    const auto values =
        valuesInText(english, QStringLiteral("/home/s/.ssh is a symbolic link to /etc; remove "
                                             "it (rm /home/s/.ssh)"));
    ASSERT_TRUE(values);
    EXPECT_EQ(*values, (QStringList{QStringLiteral("/home/s/.ssh"), QStringLiteral("/etc")}));
    EXPECT_EQ(withValues(QStringLiteral("%2 ist das Ziel von %1"), *values),
              QStringLiteral("/etc ist das Ziel von /home/s/.ssh"));
    // A place used twice must hold the same value; a line of other words is no match.
    EXPECT_FALSE(valuesInText(english, QStringLiteral("/a is a symbolic link to /b; remove it "
                                                      "(rm /c)")));
    EXPECT_FALSE(valuesInText(english, QStringLiteral("something else")));
    EXPECT_FALSE(valuesInText(QStringLiteral("user %1 does not exist"),
                              QStringLiteral("user  does not exist")));
    // Values go in once: a value that looks like a place is not filled again.
    EXPECT_EQ(withValues(QStringLiteral("%1 and %2"), {QStringLiteral("%2"), QStringLiteral("x")}),
              QStringLiteral("%2 and x"));
    // Regular-expression characters in the wording are words.
    EXPECT_TRUE(valuesInText(QStringLiteral("a (b) [c] %1 *"), QStringLiteral("a (b) [c] x *")));
}

TEST(ScriptTexts, EveryLineTheScriptsPrintHasItsWordingInCore)
{
    const auto inScripts = wordingsInScripts();
    const auto inCore = wordingsInCore();
    ASSERT_GE(inScripts.size(), 100) << "the scripts' lines were not found";
    for (const auto &[code, text] : inScripts) {
        if (code == QLatin1String("changed"))
            continue; // ScriptTexts.EveryChangeLineHasItsSentence
        EXPECT_TRUE(inCore.contains({code, text}))
            << "no wording in core/setup/script_texts.cpp for: " << code.toStdString() << " \""
            << text.toStdString() << '"';
    }
    for (const auto &[code, text] : inCore) {
        EXPECT_TRUE(inScripts.contains({code, text}))
            << "no script prints: " << code.toStdString() << " \"" << text.toStdString() << '"';
    }
}

// A change line may hold a fixed value where the sentence has a place ("%1 is now 700"), so a
// line is covered by the first wording that reads it, as changeSentence() picks it; that must be
// its own wording when it has one (a general one listed first would take it over).
TEST(ScriptTexts, EveryChangeLineHasItsSentence)
{
    const QStringList wordings = changeLineWordings();
    QSet<QString> used;
    for (const auto &[code, scriptLine] : wordingsInScripts()) {
        if (code != QLatin1String("changed"))
            continue;
        const QString text = scriptLine; // a lambda may not capture a structured binding in C++17
        const auto first = std::find_if(wordings.begin(), wordings.end(), [&](const QString &w) {
            return valuesInText(w, text).has_value();
        });
        ASSERT_NE(first, wordings.end()) << "no sentence in core/setup/change_sentences.cpp for: \""
                                         << text.toStdString() << '"';
        if (wordings.contains(text)) {
            EXPECT_EQ(*first, text) << "listed after \"" << first->toStdString() << '"';
        }
        used.insert(*first);
    }
    for (const QString &w : wordings)
        EXPECT_TRUE(used.contains(w)) << "no script prints: \"" << w.toStdString() << '"';
}

TEST(ScriptTexts, EnglishLinesStayAsTheScriptWroteThem)
{
    for (const ScriptTextWording &w : scriptTextWordings()) {
        const QString line = withValues(w.english, sampleValues(w.english));
        EXPECT_EQ(scriptText(w.code, line), line) << w.code.toStdString();
    }
    EXPECT_EQ(
        scriptText(QStringLiteral("user.home_link"), QStringLiteral("words of a newer script")),
        QStringLiteral("words of a newer script"));
}

// What the server's scripts report as changed reads as sentences, not as raw script lines.
TEST(ChangeSentences, ScriptLinesBecomeSentences)
{
    EXPECT_EQ(changeSentence(QStringLiteral("ufw turned on")), QStringLiteral("Turned on ufw."));
    EXPECT_EQ(changeSentence(QStringLiteral("deleted user stitch")),
              QStringLiteral("Deleted the user stitch."));
    EXPECT_EQ(changeSentence(QStringLiteral("ufw no longer allows 52.23.137.21 on port 22")),
              QStringLiteral("ufw no longer allows 52.23.137.21 on port 22."));
    EXPECT_EQ(changeSentence(QStringLiteral("created user stitch with the shell /bin/false (it "
                                            "can hold a tunnel, not run commands)")),
              QStringLiteral("Created the user stitch with the shell /bin/false (it can hold a "
                             "tunnel, not run commands)."));
    // A line the wizard does not know yet keeps its words.
    EXPECT_EQ(changeSentence(QStringLiteral("did something new")),
              QStringLiteral("Did something new."));
}

TEST_F(GermanScriptTexts, EveryWordingIsGermanWithTheSameValues)
{
    for (const ScriptTextWording &w : scriptTextWordings()) {
        const QStringList values = sampleValues(w.english);
        const QString german = scriptText(w.code, withValues(w.english, values));
        // Short wordings ("ufw: %1") may read the same in German.
        if (w.english.count(QLatin1Char(' ')) >= 3) {
            EXPECT_NE(german, withValues(w.english, values))
                << "not translated: " << w.english.toStdString();
        }
        for (const QString &value : values) {
            EXPECT_TRUE(german.contains(value))
                << value.toStdString() << " is lost in: " << german.toStdString();
        }
        EXPECT_FALSE(german.contains(QRegularExpression(QStringLiteral("%\\d"))))
            << "a place the English does not have: " << german.toStdString();
    }
}

TEST_F(GermanScriptTexts, EveryChangeIsAGermanSentenceWithTheSameValues)
{
    for (const QString &line : changeLineWordings()) {
        const QStringList values = sampleValues(line);
        const QString german = changeSentence(withValues(line, values));
        EXPECT_FALSE(german.contains(QRegularExpression(QStringLiteral("%\\d"))))
            << german.toStdString();
        for (const QString &value : values) {
            EXPECT_TRUE(german.contains(value))
                << value.toStdString() << " is lost in: " << german.toStdString();
        }
    }
    EXPECT_EQ(changeSentence(QStringLiteral("deleted user stitch")),
              QStringLiteral("Den Benutzer stitch gelöscht."));
}

TEST_F(GermanScriptTexts, AScriptsErrorAndFindingReachCoreInGerman)
{
    ssh::ExecResult result;
    result.stdOut = "finding warn user.kept stitch was not created by this tool, so the account "
                    "stays; only the Stitch key was taken out\n";
    result.stdErr = "error user.home_link /home/stitch is a symbolic link to /etc; the tool does "
                    "not follow it as root\n";
    const ScriptOutput out = parseScriptOutput(result);
    ASSERT_EQ(out.findings.size(), 1);
    EXPECT_TRUE(out.findings.first().message.startsWith(QStringLiteral("stitch wurde nicht")))
        << out.findings.first().message.toStdString();
    EXPECT_TRUE(out.errorMessage.startsWith(QStringLiteral("/home/stitch ist ein symbolischer "
                                                           "Link auf /etc")))
        << out.errorMessage.toStdString();
}
