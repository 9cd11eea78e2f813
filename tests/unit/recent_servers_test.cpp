#include "session/recent_servers.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;

namespace {

RecentServer server(const char *host, quint16 port = 22, const char *user = "admin")
{
    return RecentServer{QString::fromUtf8(host), port, QString::fromUtf8(user)};
}

class RecentServersTest : public ::testing::Test
{
protected:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("recent.ini")); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RecentServersTest, StartsEmpty)
{
    RecentServers recent(iniPath());
    EXPECT_TRUE(recent.servers().isEmpty());
}

TEST_F(RecentServersTest, MostRecentFirstAndKeptAcrossInstances)
{
    {
        RecentServers recent(iniPath());
        recent.remember(server("a.example.com"));
        recent.remember(server("b.example.com", 2222, "bob"));
    }
    RecentServers again(iniPath());
    const QVector<RecentServer> list = again.servers();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0], server("b.example.com", 2222, "bob"));
    EXPECT_EQ(list[0].port, 2222);
    EXPECT_EQ(list[0].user, QStringLiteral("bob"));
    EXPECT_EQ(list[1], server("a.example.com"));
}

TEST_F(RecentServersTest, RememberingAgainMovesToTheFrontWithoutDuplicates)
{
    RecentServers recent(iniPath());
    recent.remember(server("a.example.com"));
    recent.remember(server("b.example.com"));
    recent.remember(server("A.Example.com"));
    const QVector<RecentServer> list = recent.servers();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].host, QStringLiteral("A.Example.com"));
    EXPECT_EQ(list[1].host, QStringLiteral("b.example.com"));
}

TEST_F(RecentServersTest, SameHostWithAnotherPortOrUserIsAnotherEntry)
{
    RecentServers recent(iniPath());
    recent.remember(server("h"));
    recent.remember(server("h", 2222));
    recent.remember(server("h", 22, "other"));
    EXPECT_EQ(recent.servers().size(), 3);
}

TEST_F(RecentServersTest, KeepsAtMostEight)
{
    RecentServers recent(iniPath());
    for (int i = 0; i < 11; ++i)
        recent.remember(RecentServer{QStringLiteral("host%1").arg(i), 22, QStringLiteral("u")});
    const QVector<RecentServer> list = recent.servers();
    ASSERT_EQ(list.size(), RecentServers::kMaxEntries);
    EXPECT_EQ(list.first().host, QStringLiteral("host10"));
    EXPECT_EQ(list.last().host, QStringLiteral("host3"));
}

TEST_F(RecentServersTest, IgnoresIncompleteServers)
{
    RecentServers recent(iniPath());
    recent.remember(server(""));
    recent.remember(server("  "));
    recent.remember(server("h", 0));
    recent.remember(server("h", 22, ""));
    EXPECT_TRUE(recent.servers().isEmpty());
}

TEST_F(RecentServersTest, ForgetAndClear)
{
    RecentServers recent(iniPath());
    recent.remember(server("a"));
    recent.remember(server("b"));
    recent.forget(server("a"));
    ASSERT_EQ(recent.servers().size(), 1);
    EXPECT_EQ(recent.servers()[0].host, QStringLiteral("b"));
    recent.clear();
    EXPECT_TRUE(recent.servers().isEmpty());
}

TEST_F(RecentServersTest, SkipsDamagedEntries)
{
    {
        QSettings s(iniPath(), QSettings::IniFormat);
        s.beginWriteArray(QStringLiteral("recentServers"), 3);
        s.setArrayIndex(0);
        s.setValue(QStringLiteral("host"), QStringLiteral("good"));
        s.setValue(QStringLiteral("port"), 22);
        s.setValue(QStringLiteral("user"), QStringLiteral("u"));
        s.setArrayIndex(1);
        s.setValue(QStringLiteral("host"), QStringLiteral("bad-port"));
        s.setValue(QStringLiteral("port"), QStringLiteral("abc"));
        s.setValue(QStringLiteral("user"), QStringLiteral("u"));
        s.setArrayIndex(2);
        s.setValue(QStringLiteral("host"), QStringLiteral("too-big"));
        s.setValue(QStringLiteral("port"), 70000);
        s.setValue(QStringLiteral("user"), QStringLiteral("u"));
        s.endArray();
    }
    RecentServers recent(iniPath());
    const QVector<RecentServer> list = recent.servers();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].host, QStringLiteral("good"));
}

TEST_F(RecentServersTest, StoresOnlyHostPortAndUser)
{
    ssh::ConnectionSettings settings;
    settings.host = QStringLiteral("ssh.example.com");
    settings.port = 2200;
    settings.user = QStringLiteral("alice");
    settings.authMethod = ssh::AuthMethod::KeyFile;
    settings.identityFile = QStringLiteral("/home/alice/.ssh/id_ed25519");
    {
        RecentServers recent(iniPath());
        recent.remember(settings);
        ASSERT_EQ(recent.servers().size(), 1);
        EXPECT_EQ(recent.servers()[0], server("ssh.example.com", 2200, "alice"));
    }
    QSettings s(iniPath(), QSettings::IniFormat);
    QStringList keys = s.allKeys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("recentServers/1/host"),
                                 QStringLiteral("recentServers/1/port"),
                                 QStringLiteral("recentServers/1/user"),
                                 QStringLiteral("recentServers/size")}));
}
