// The scripts core runs on servers are the files in resources/scripts/, built in byte for byte,
// and every script name core's sources use is one of them: read from the source tree, so a
// script added, renamed or forgotten in core_resources.qrc fails here, not on a server.
#include "setup/script_builder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace stitch::setup;

namespace {

const QString kSource = QStringLiteral(STITCH_SOURCE_DIR);

QByteArray readSource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(ScriptFiles, EveryFileInResourcesScriptsIsBuiltInUnchanged)
{
    const QDir dir(kSource + QStringLiteral("/resources/scripts"));
    const QStringList files =
        dir.entryList({QStringLiteral("*.sh"), QStringLiteral("*.py")}, QDir::Files);
    ASSERT_GE(files.size(), 15) << dir.path().toStdString();
    for (const QString &name : files) {
        EXPECT_EQ(scriptFile(name).toUtf8(), readSource(dir.filePath(name)))
            << name.toStdString() << " is missing from core_resources.qrc or differs";
    }
}

TEST(ScriptFiles, EveryScriptNamedInCoreExists)
{
    static const QRegularExpression named(QStringLiteral("\"([a-z_]+\\.(sh|py))\""));
    QSet<QString> names;
    QDirIterator it(kSource + QStringLiteral("/core"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString text = QString::fromUtf8(readSource(it.next()));
        for (auto m = named.globalMatch(text); m.hasNext();)
            names.insert(m.next().captured(1));
    }
    ASSERT_GE(names.size(), 15);
    for (const QString &name : names)
        EXPECT_FALSE(scriptFile(name).isEmpty()) << name.toStdString();
}

// What runs on a customer's server, and what the admin reads in "Show the exact commands", the
// transcript, reports and the playbook, speaks of the server, not of this project's sources.
TEST(ScriptFiles, NoScriptOrPlaybookNamesASourceFile)
{
    static const QRegularExpression source(
        QStringLiteral("\\b(core|cli|wizard|app|tests)/[A-Za-z0-9_/]+|\\.(cpp|h)\\b"));
    int files = 0;
    for (const QString &folder :
         {QStringLiteral("/resources/scripts"), QStringLiteral("/resources/ansible")}) {
        QDirIterator it(kSource + folder, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = QString::fromUtf8(readSource(path));
            const QRegularExpressionMatch m = source.match(text);
            EXPECT_FALSE(m.hasMatch()) << path.toStdString() << ": " << m.captured().toStdString();
            ++files;
        }
    }
    EXPECT_GE(files, 20);
}
