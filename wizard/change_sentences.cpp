#include "change_sentences.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stitch::wizard {

namespace {

struct Pattern
{
    const char *line;     // the script's words (resources/scripts), values captured
    const char *sentence; // translated; %1… are the captured values in order
};

// The more specific lines first: "(\S+) allows …" would also match the first ones.
const Pattern kPatterns[] = {
    {R"(allowed your address (\S+) on port (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "Allowed your own address %1 on port %2.")},
    {R"(allowed (\S+) on port (\S+) \(kept open to SSH as asked\))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "Allowed %1 on port %2 (kept open to SSH, as asked).")},
    {R"(ufw turned on)", QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "Turned on ufw.")},
    {R"((\S+) no longer allows (\S+) on port (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "%1 no longer allows %2 on port %3.")},
    {R"((\S+) allows (\S+) on port (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "%1 now allows %2 on port %3.")},
    {R"(removed the Stitch key from (.+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "Removed the Stitch key from %1.")},
    {R"(deleted user (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "Deleted the user %1.")},
    {R"(deleted group (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "Deleted the group %1.")},
    {R"(gave (\S+) its shell (.+) back)",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "Gave %1 its shell %2 back.")},
    {R"(removed (\d+) self-test key line\(s\) from (.+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "Removed the self-test key (%1 line(s)) from %2.")},
    {R"(wrote sshd settings that admit (\S+) and its tunnel \(only for \S+\) to (\S+), )"
     R"(checked them with sshd -t and sshd -T, and reloaded sshd)",
     QT_TRANSLATE_NOOP(
         "stitch::wizard::ChangeSentences",
         "Wrote sshd settings that let %1 and its tunnel in (for %1 only) to %2, checked "
         "them with sshd -t and sshd -T, and reloaded sshd.")},
    {R"(created group (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "Created the group %1.")},
    {R"(created user (\S+) with the shell (\S+) \(it can hold a tunnel, not run commands\))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "Created the user %1 with the shell %2 (it can hold a tunnel, not run "
                       "commands).")},
    {R"(gave (\S+) the shell (\S+) instead of (.+): it holds Stitch's tunnel only )"
     R"(\(remove gives .+ back\))",
     QT_TRANSLATE_NOOP(
         "stitch::wizard::ChangeSentences",
         "Gave %1 the shell %2 instead of %3: it holds Stitch's tunnel only (removing "
         "Stitch access gives %3 back).")},
    {R"((\S+) is no longer writable by others \(sshd StrictModes\))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "%1 is no longer writable by others (sshd's StrictModes).")},
    {R"(replaced Stitch key (\S+) by (\S+) in (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "Replaced the Stitch key %1 by %2 in %3.")},
    {R"(rewrote the Stitch key line in (\S+) with the wanted options)",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "Rewrote the Stitch key's line in %1 with the options it needs.")},
    {R"(added the Stitch public key to (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "Added the Stitch public key to %1.")},
    {R"((\S+) may now log in with a key \(the account was locked and UsePAM is off\))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "%1 may now log in with a key (the account was locked and UsePAM is off).")},
    {R"(removed (.+), left behind by an interrupted earlier run)",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences",
                       "Removed %1, left behind by an interrupted earlier run.")},
    {R"(created (\S+))", QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "Created %1.")},
    {R"((\S+) is now (\S+))",
     QT_TRANSLATE_NOOP("stitch::wizard::ChangeSentences", "%1 is now %2.")},
};

QString asSentence(const QString &line)
{
    QString sentence = line.trimmed();
    if (sentence.isEmpty())
        return sentence;
    sentence[0] = sentence[0].toUpper();
    if (!sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1Char(')')))
        sentence += QLatin1Char('.');
    return sentence;
}

} // namespace

QString changeSentence(const QString &scriptLine)
{
    const QString line = scriptLine.trimmed();
    for (const Pattern &p : kPatterns) {
        const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QString::fromUtf8(p.line)));
        const QRegularExpressionMatch match = pattern.match(line);
        if (!match.hasMatch())
            continue;
        QString sentence =
            QCoreApplication::translate("stitch::wizard::ChangeSentences", p.sentence);
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            sentence = sentence.arg(match.captured(i));
        return sentence;
    }
    return asSentence(line);
}

} // namespace stitch::wizard
