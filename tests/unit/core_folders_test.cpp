// core/'s folders form layers: the include graph between them, derived here from the sources,
// has no cycle (docs/ARCHITECTURE.md, "The folders"). A cycle means two folders can only be
// understood, built and tested together; this test names the includes that close it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace {

const QString kCore = QStringLiteral(STITCH_SOURCE_DIR "/core");

// folder → folder it includes → the includes that make the edge ("setup_file.cpp: setup/x.h").
using FolderGraph = QMap<QString, QMap<QString, QStringList>>;

FolderGraph folderGraph()
{
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    const QStringList folders = QDir(kCore).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    FolderGraph graph;
    for (const QString &folder : folders) {
        graph[folder]; // every folder is a node, even one that includes no other
        QDirIterator it(kCore + QLatin1Char('/') + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = include.globalMatch(text); m.hasNext();) {
                const QString included = m.next().captured(1);
                const QString target = included.section(QLatin1Char('/'), 0, 0);
                if (!included.contains(QLatin1Char('/')) || target == folder ||
                    !folders.contains(target))
                    continue;
                graph[folder][target]
                    << QFileInfo(path).fileName() + QStringLiteral(": ") + included;
            }
        }
    }
    return graph;
}

// A cycle through `start`, as "a -> b -> a", or empty.
QStringList cycleFrom(const FolderGraph &graph, const QString &node, QStringList path)
{
    path << node;
    for (const QString &next : graph.value(node).keys()) {
        if (next == path.first())
            return path << next;
        if (path.contains(next))
            continue;
        const QStringList found = cycleFrom(graph, next, path);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

TEST(CoreFolders, GraphIsReadFromTheSources)
{
    const FolderGraph graph = folderGraph();
    // Guards the test itself: an empty or wrongly read graph would have no cycle either.
    ASSERT_GE(graph.size(), 7) << kCore.toStdString();
    EXPECT_TRUE(graph.value(QStringLiteral("setup")).contains(QStringLiteral("ssh")));
    EXPECT_TRUE(graph.value(QStringLiteral("setup")).contains(QStringLiteral("session")));
    EXPECT_TRUE(graph.value(QStringLiteral("ssh")).contains(QStringLiteral("common")));
}

TEST(CoreFolders, IncludeGraphHasNoCycle)
{
    const FolderGraph graph = folderGraph();
    for (const QString &folder : graph.keys()) {
        const QStringList cycle = cycleFrom(graph, folder, {});
        if (cycle.isEmpty())
            continue;
        QStringList edges;
        for (int i = 0; i + 1 < cycle.size(); ++i) {
            edges
                << cycle.at(i) + QStringLiteral(" -> ") + cycle.at(i + 1) + QStringLiteral(" (") +
                       graph.value(cycle.at(i)).value(cycle.at(i + 1)).join(QStringLiteral(", ")) +
                       QLatin1Char(')');
        }
        ADD_FAILURE() << "core/ folders include each other in a cycle:\n  "
                      << edges.join(QStringLiteral("\n  ")).toStdString();
        return; // one cycle is enough to act on; the next run names the next one
    }
}
