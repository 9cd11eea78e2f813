#include "change_sentences.h"

#include "common/text_template.h"

#include <QCoreApplication>

namespace stitch::setup {

namespace {

struct ChangeWording
{
    const char *line;     // the script's words (resources/scripts), values as %1, %2 …
    const char *sentence; // translated; the same places
};

// The more specific lines first: "%1 no longer allows %2 on port %3" would also match the
// line about your own address, "removed %1" every other removal.
const ChangeWording kWordings[] = {
    {"allowed your address %1 on port %2",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Allowed your own address %1 on port %2.")},
    {"allowed %1 on port %2 (kept open to SSH as asked)",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Allowed %1 on port %2 (kept open to SSH, as asked).")},
    {"ufw turned on", QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Turned on ufw.")},
    {"ufw turned off", QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Turned off ufw.")},
    {"ufw no longer allows your address %1 on port %2 (the rule added when ufw was turned on)",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "ufw no longer allows your own address %1 on port %2 (the rule added "
                       "when ufw was turned on).")},
    {"%1 no longer allows %2 on port %3",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "%1 no longer allows %2 on port %3.")},
    {"%1 allows %2 on port %3",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "%1 now allows %2 on port %3.")},
    {"removed the Stitch key from %1",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Removed the Stitch key from %1.")},
    {"deleted user %1",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Deleted the user %1.")},
    {"deleted group %1",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Deleted the group %1.")},
    {"gave %1 its shell %2 back",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Gave %1 its shell %2 back.")},
    {"removed %1 self-test key line(s) from %2",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Removed the self-test key (%1 line(s)) from %2.")},
    {"wrote sshd settings that admit %1 and its tunnel (only for %1) to %2, checked them with "
     "sshd -t and sshd -T, and reloaded sshd",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Wrote sshd settings that let %1 and its tunnel in (for %1 only) to %2, "
                       "checked them with sshd -t and sshd -T, and reloaded sshd.")},
    {"removed the tunnel user's block from %1",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Removed the tunnel user's settings from %1.")},
    {"reloaded sshd", QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Reloaded sshd.")},
    {"created group %1",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Created the group %1.")},
    {"created user %1 with the shell %2 (it can hold a tunnel, not run commands)",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Created the user %1 with the shell %2 (it can hold a tunnel, not run "
                       "commands).")},
    {"gave %1 the shell %2 instead of %3: it holds Stitch's tunnel only (remove gives %3 back)",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Gave %1 the shell %2 instead of %3: it holds Stitch's tunnel only "
                       "(removing Stitch access gives %3 back).")},
    {"%1 is no longer writable by others (sshd StrictModes)",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "%1 is no longer writable by others (sshd's StrictModes).")},
    {"replaced Stitch key %1 by %2 in %3",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Replaced the Stitch key %1 by %2 in %3.")},
    {"rewrote the Stitch key line in %1 with the wanted options",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Rewrote the Stitch key's line in %1 with the options it needs.")},
    {"added the Stitch public key to %1",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Added the Stitch public key to %1.")},
    {"%1 may now log in with a key (the account was locked and UsePAM is off)",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "%1 may now log in with a key (the account was locked and UsePAM is off).")},
    {"removed %1, left behind by an interrupted earlier run",
     QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences",
                       "Removed %1, left behind by an interrupted earlier run.")},
    {"removed %1", QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Removed %1.")},
    {"created %1", QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "Created %1.")},
    {"%1 is now %2", QT_TRANSLATE_NOOP("stitch::setup::ChangeSentences", "%1 is now %2.")},
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
    for (const ChangeWording &w : kWordings) {
        if (const auto values = valuesInText(QString::fromUtf8(w.line), line)) {
            return withValues(
                QCoreApplication::translate("stitch::setup::ChangeSentences", w.sentence), *values);
        }
    }
    return asSentence(line);
}

QString findingSentence(const Finding &finding)
{
    const bool change = finding.code == QLatin1String("apply.changed") ||
                        finding.code == QLatin1String("remove.changed");
    return change ? changeSentence(finding.message) : finding.message;
}

QStringList changeLineWordings()
{
    QStringList lines;
    for (const ChangeWording &w : kWordings)
        lines << QString::fromUtf8(w.line);
    return lines;
}

} // namespace stitch::setup
