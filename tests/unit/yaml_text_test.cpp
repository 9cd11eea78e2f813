// Writing values into YAML for Ansible (core/setup/yaml_text): every hostile value comes back
// from a real YAML parser (PyYAML, which Ansible itself uses) as exactly the text it was.
#include "setup/yaml_text.h"

#include "support/yaml_load.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace stitch::setup;

namespace {

using stitch::test::loadYaml;

// Values that end a string early, start YAML syntax, change type, or break lines.
const QStringList &hostileValues()
{
    static const QStringList values{
        QStringLiteral("plain"),
        QStringLiteral(""),
        QStringLiteral("yes"),
        QStringLiteral("~"),
        QStringLiteral("0777"),
        QStringLiteral("null"),
        QStringLiteral("key: value # comment"),
        QStringLiteral("- item"),
        QStringLiteral("\"double\" and 'single' quotes"),
        QStringLiteral("back\\slash \\\" \\n"),
        QStringLiteral("{{ lookup('pipe', 'id') }} {% raw %} {# c #}"),
        QStringLiteral("line\nbreak\r\n\ttab"),
        QString::fromUtf8("nul\0byte", 8),
        QString::fromUtf8("esc\x1b[31m del\x7f c1\xc2\x85 nel"),
        QString::fromUtf8("ls\xe2\x80\xa8ps\xe2\x80\xa9"),
        QString(QChar(0xFEFF)) + QStringLiteral("bom"),
        QString::fromUtf8("Grüße 😀 日本"),
        QStringLiteral("!unsafe tag"),
        QStringLiteral("&anchor *alias"),
        QStringLiteral("  leading and trailing  "),
        QStringLiteral("%TAG"),
        QStringLiteral("---"),
    };
    return values;
}

} // namespace

TEST(YamlText, DoubleQuotedEscapesWhatIsNotPrintable)
{
    EXPECT_EQ(yamlDoubleQuoted(QStringLiteral("stitch")), QStringLiteral("\"stitch\""));
    EXPECT_EQ(yamlDoubleQuoted(QStringLiteral("a\"b\\c")), QStringLiteral("\"a\\\"b\\\\c\""));
    EXPECT_EQ(yamlDoubleQuoted(QStringLiteral("a\nb\tc\r")), QStringLiteral("\"a\\nb\\tc\\r\""));
    EXPECT_EQ(yamlDoubleQuoted(QString::fromUtf8("x\0y", 3)), QStringLiteral("\"x\\0y\""));
    EXPECT_EQ(yamlDoubleQuoted(QString::fromUtf8("\x7f\xc2\x85\xe2\x80\xa8\xe2\x80\xa9")),
              QStringLiteral("\"\\x7f\\N\\L\\P\""));
    EXPECT_EQ(yamlDoubleQuoted(QString(QChar(0xFEFF))), QStringLiteral("\"\\ufeff\""));
    EXPECT_EQ(yamlDoubleQuoted(QString::fromUtf8("é😀")), QString::fromUtf8("\"é😀\""));
    // A lone surrogate is no character at all: it becomes U+FFFD, never broken UTF-8.
    EXPECT_EQ(yamlDoubleQuoted(QString(QChar(0xD800))), QString::fromUtf8("\"\xef\xbf\xbd\""));
    EXPECT_EQ(ansibleLiteral(QStringLiteral("{{ x }}")), QStringLiteral("!unsafe \"{{ x }}\""));
    EXPECT_EQ(ansibleLiteralList({QStringLiteral("a"), QStringLiteral("b")}),
              QStringLiteral("[!unsafe \"a\", !unsafe \"b\"]"));
}

TEST(YamlText, HostileValuesComeBackExactlyFromAYamlParser)
{
    QString document;
    for (const QString &v : hostileValues())
        document += QStringLiteral("- ") + yamlDoubleQuoted(v) + QStringLiteral("\n- ") +
                    ansibleLiteral(v) + QLatin1Char('\n');
    const QJsonArray parsed = loadYaml(document).array();
    ASSERT_EQ(parsed.size(), 2 * hostileValues().size()) << document.toStdString();
    for (int i = 0; i < hostileValues().size(); ++i) {
        const QString &v = hostileValues().at(i);
        EXPECT_EQ(parsed.at(2 * i), QJsonValue(v)) << yamlDoubleQuoted(v).toStdString();
        EXPECT_EQ(parsed.at(2 * i + 1), QJsonValue(v)) << ansibleLiteral(v).toStdString();
    }
    const QJsonArray list = loadYaml(QStringLiteral("x: ") + ansibleLiteralList(hostileValues()))
                                .object()
                                .value(QStringLiteral("x"))
                                .toArray();
    EXPECT_EQ(list, QJsonArray::fromStringList(hostileValues()));
}

TEST(YamlText, ScriptsBecomeLiteralBlocksWhereABlockHoldsThemExactly)
{
    const QString script = QStringLiteral("#!/bin/sh\n# a: comment\n\nprintf '%s\\n' \"$X\" # x\n"
                                          "  indented {{ not a template }}\n");
    const QString block = ansibleLiteralBlock(script, 4);
    EXPECT_TRUE(block.startsWith(QStringLiteral("!unsafe |\n    #!/bin/sh\n")))
        << block.toStdString();
    const QString noFinalBreak = ansibleLiteralBlock(QStringLiteral("echo a"), 4);
    EXPECT_EQ(noFinalBreak, QStringLiteral("!unsafe |-\n    echo a"));
    // What a block cannot hold exactly is written double-quoted instead.
    for (const QString &awkward : {QStringLiteral("\techo tab"), QStringLiteral(" leading blank"),
                                   QStringLiteral("trailing blank \n"),
                                   QStringLiteral("two breaks\n\n"), QStringLiteral("cr\r\n")})
        EXPECT_TRUE(ansibleLiteralBlock(awkward, 4).startsWith(QStringLiteral("!unsafe \"")))
            << awkward.toStdString();

    QStringList texts{script, QStringLiteral("echo a"), QStringLiteral("\techo tab"),
                      QStringLiteral("two breaks\n\n"), QStringLiteral(" x\n y\n")};
    QString document = QStringLiteral("v:\n");
    for (const QString &t : texts)
        document += QStringLiteral("  - ") + ansibleLiteralBlock(t, 4) + QLatin1Char('\n');
    const QJsonArray parsed = loadYaml(document).object().value(QStringLiteral("v")).toArray();
    EXPECT_EQ(parsed, QJsonArray::fromStringList(texts)) << document.toStdString();
}
