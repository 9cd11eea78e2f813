#include "recent_servers.h"

#include <QSettings>

namespace stitch {

namespace {

QString groupName()
{
    return QStringLiteral("recentServers");
}

bool usable(const RecentServer &s)
{
    return !s.host.trimmed().isEmpty() && !s.user.trimmed().isEmpty() && s.port != 0;
}

} // namespace

bool RecentServer::operator==(const RecentServer &other) const
{
    return host.compare(other.host, Qt::CaseInsensitive) == 0 && port == other.port &&
           user == other.user;
}

RecentServers::RecentServers() : m_settings(std::make_unique<QSettings>()) {}

RecentServers::RecentServers(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

RecentServers::~RecentServers() = default;

QVector<RecentServer> RecentServers::servers() const
{
    QVector<RecentServer> list;
    const int size = m_settings->beginReadArray(groupName());
    for (int i = 0; i < size && list.size() < kMaxEntries; ++i) {
        m_settings->setArrayIndex(i);
        RecentServer s;
        s.host = m_settings->value(QStringLiteral("host")).toString().trimmed();
        s.user = m_settings->value(QStringLiteral("user")).toString().trimmed();
        bool ok = false;
        const uint port = m_settings->value(QStringLiteral("port")).toUInt(&ok);
        s.port = ok && port <= 65535 ? static_cast<quint16>(port) : quint16(0);
        if (usable(s) && !list.contains(s))
            list << s;
    }
    m_settings->endArray();
    return list;
}

void RecentServers::remember(const RecentServer &server)
{
    RecentServer s{server.host.trimmed(), server.port, server.user.trimmed()};
    if (!usable(s))
        return;
    QVector<RecentServer> list = servers();
    list.removeAll(s);
    list.prepend(s);
    store(list);
}

void RecentServers::remember(const ssh::ConnectionSettings &settings)
{
    remember(RecentServer{settings.host, settings.port, settings.user});
}

void RecentServers::forget(const RecentServer &server)
{
    QVector<RecentServer> list = servers();
    list.removeAll(server);
    store(list);
}

void RecentServers::clear()
{
    store({});
}

void RecentServers::store(const QVector<RecentServer> &servers)
{
    m_settings->remove(groupName());
    m_settings->beginWriteArray(groupName(),
                                static_cast<int>(qMin<qsizetype>(servers.size(), kMaxEntries)));
    for (int i = 0; i < servers.size() && i < kMaxEntries; ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("host"), servers[i].host);
        m_settings->setValue(QStringLiteral("port"), servers[i].port);
        m_settings->setValue(QStringLiteral("user"), servers[i].user);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace stitch
