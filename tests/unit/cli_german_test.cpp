// The real stitch-tunnel under a German locale: its help and its usage errors are German through
// and through. No server is needed: every run here stops before a connection is made. What the
// binary prints is searched for the English text of every message the German translation
// (translations/stitch-tunnel-wizard_de.ts, read from STITCH_SOURCE_DIR) words differently.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runGerman(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    // No login secret from the caller's environment (connect must stop at "no way to log in").
    for (const char *name :
         {"STITCH_TUNNEL_PASSWORD", "STITCH_TUNNEL_SUDO_PASSWORD", "SSH_AUTH_SOCK"})
        env.remove(QLatin1String(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(STITCH_CLI_PATH), args);
    EXPECT_TRUE(p.waitForFinished(30000)) << args.join(QLatin1Char(' ')).toStdString();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The longest part of an English source text that is not a placeholder (%1, %2, …), for every
// message whose German translation differs from it; parts shorter than 15 characters ("Port",
// "ok", "Use one of: ") could be German text or a value as well.
QStringList englishTexts()
{
    QFile ts(QStringLiteral(STITCH_SOURCE_DIR "/translations/stitch-tunnel-wizard_de.ts"));
    EXPECT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QStringList texts;
    QString source;
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+"));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // A plural message holds <numerusform> children instead of text: skipped.
            const QString translation =
                xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            if (translation.isEmpty() || translation == source)
                continue;
            QString longest;
            for (const QString &part : source.split(placeholder)) {
                if (part.trimmed().size() > longest.size())
                    longest = part.trimmed();
            }
            if (longest.size() >= 15)
                texts << longest;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return texts;
}

// The English texts found in `output`, one a line ("" when there is none).
std::string untranslatedText(const QString &output)
{
    static const QStringList english = englishTexts();
    QStringList found;
    for (const QString &text : english) {
        if (output.contains(text))
            found << text;
    }
    return found.join(QLatin1Char('\n')).toStdString();
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST(CliGerman, TheTranslationIsReadAndHasManyMessages)
{
    EXPECT_GT(englishTexts().size(), 300);
}

TEST(CliGerman, HelpIsGerman)
{
    for (const char *line :
         {"--help", "help", "help connect", "help check", "help apply", "apply --help",
          "help remove", "remove --help", "help script", "help playbook", "playbook -h"}) {
        const CliRun r = runGerman(words(line));
        EXPECT_EQ(r.exitCode, 0) << line;
        EXPECT_TRUE(r.err.isEmpty()) << line << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QLatin1String("Aufruf: stitch-tunnel ")))
            << line << ":\n"
            << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QLatin1String("\nOptionen:\n"))) << line;
        EXPECT_TRUE(r.out.contains(QLatin1String("  -h, --help                    Diese Hilfe "
                                                 "anzeigen.")))
            << line;
        EXPECT_EQ(untranslatedText(r.out), "") << line << ":\n" << r.out.toStdString();
    }
    const CliRun general = runGerman({QStringLiteral("--help")});
    for (const char *german : {"Befehle:", "Exit-Codes:", "Geheimnisse werden nie",
                               "Richtet einen SSH-Tunnel für Stitch"})
        EXPECT_TRUE(general.out.contains(QString::fromUtf8(german))) << german;
    const CliRun apply = runGerman(words("help apply"));
    EXPECT_TRUE(apply.out.contains(QLatin1String("\nBeispiele:\n  stitch-tunnel apply ")));
    EXPECT_TRUE(apply.out.contains(QLatin1String("--fix-sshd")));
    EXPECT_FALSE(apply.out.contains(QLatin1String("--remove-user")));
}

TEST(CliGerman, UsageErrorsAreGerman)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString missingFolder = dir.filePath(QStringLiteral("no-such-folder/report.md"));

    const QList<QStringList> cases{
        {},
        words("--hots"),
        words("--frobnicate"),
        words("-v"),
        words("aply"),
        words("launch now"),
        words("check extra"),
        words("help nosuch"),
        words("connect --host"),
        words("connect --host --login admin"),
        words("connect --agent=yes --host h --login a"),
        words("connect --login a"),
        words("connect --host h"),
        words("connect --host alice@srv"),
        words("connect --host 127.0.0.1:2222 --login a"),
        {QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("a b"),
         QStringLiteral("--login"), QStringLiteral("x")},
        words("connect --host h --login a --port 0"),
        words("connect --host h --login a --connect-timeout 0"),
        words("connect --host h --login a --agent --identity k"),
        words("connect --host h --login a --passphrase-file p"),
        words("connect --host h --login a --host-key-fingerprint MD5:00"),
        words("connect --host h --login a --region europe"),
        words("script --remove-user --remove-firewall-rules"),
        words("check --remove-user"),
        words("check --region europe --allow-ip 203.0.113.0/24"),
        words("remove --host h --login a --region europe"),
        words("check --host-key-fingerprint SHA256:x --accept-new-host-key"),
        words("check --db-port 99999"),
        words("check --db-type db2"),
        words("check --db-ssl"),
        words("check --keep-ssh-from 1.2.3.0/24"),
        // Core's validators, translated too.
        words("check --region mars"),
        words("check --allow-ip 1.2.3"),
        words("check --allow-ip 10.0.0.0/4"),
        words("check --tunnel-user Root"),
        words("check --tunnel-user root"),
        words("check --key-from-stitch-only --unrestricted-key"),
        words("check --report report.txt"),
        words("check --password-file - --public-key-file -"),
        words("check --public-key x --public-key-file stitch.pub"),
        words("script --public-key-file /nonexistent/stitch.pub"),
        {QStringLiteral("script"), QStringLiteral("--public-key-file"), empty},
        words("script"),
        {QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("h"),
         QStringLiteral("--login"), QStringLiteral("a"), QStringLiteral("--report"), missingFolder},
        words("connect --host 127.0.0.1 --login a"),
        {QStringLiteral("connect"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
         QStringLiteral("--login"), QStringLiteral("a"), QStringLiteral("--password-file"), empty},
    };
    QSet<QString> messages;
    for (const QStringList &args : cases) {
        const std::string line = args.join(QLatin1Char(' ')).toStdString();
        const CliRun r = runGerman(args);
        EXPECT_EQ(r.exitCode, 2) << line << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << line << ": " << r.out.toStdString();
        EXPECT_TRUE(r.err.startsWith(QLatin1String("stitch-tunnel: Fehler: ")))
            << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(" Abhilfe: "))) << r.err.toStdString();
        EXPECT_EQ(untranslatedText(r.err), "") << line << ": " << r.err.toStdString();
        messages << r.err;
    }
    EXPECT_EQ(messages.size(), cases.size()) << "every case fails for a reason of its own";
}

TEST(CliGerman, JsonKeepsItsCodesAndWordsItsMessages)
{
    const CliRun r = runGerman(words("--json check --remove-user"));
    EXPECT_EQ(r.exitCode, 2);
    const QJsonObject error =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("error")).toObject();
    EXPECT_EQ(error.value(QLatin1String("code")).toString(), QLatin1String("invalid_input"));
    EXPECT_EQ(error.value(QLatin1String("message")).toString(),
              QStringLiteral("--remove-user hat bei check keine Wirkung."));
    EXPECT_EQ(untranslatedText(r.out), "") << r.out.toStdString();
    const CliRun both = runGerman(words("check --show-commands --json"));
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.out.contains(QLatin1String("\"code\": \"invalid_input\"")))
        << both.out.toStdString();
    EXPECT_TRUE(both.out.contains(QStringLiteral("hat bei --json keine Wirkung")))
        << both.out.toStdString();
    EXPECT_EQ(untranslatedText(both.out), "") << both.out.toStdString();
}
