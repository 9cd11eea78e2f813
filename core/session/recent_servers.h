#pragma once

#include "ssh/connection_settings.h"

#include <QString>
#include <QVector>

#include <memory>

class QSettings;

namespace stitch {

// An SSH server the admin connected to; never a secret.
struct RecentServer
{
    QString host;
    quint16 port = 22;
    QString user;

    bool operator==(const RecentServer &other) const;
    bool operator!=(const RecentServer &other) const { return !(*this == other); }
};

// The last SSH servers, most recent first, at most kMaxEntries, each once (host names compare
// case-insensitively). Stored in QSettings under "recentServers".
class RecentServers
{
public:
    static constexpr int kMaxEntries = 8;

    // The application's settings (call setApplicationIdentity() first).
    RecentServers();
    // An INI file of its own (tests).
    explicit RecentServers(const QString &iniFile);
    ~RecentServers();
    RecentServers(const RecentServers &) = delete;
    RecentServers &operator=(const RecentServers &) = delete;

    QVector<RecentServer> servers() const;
    // Moves the server to the front; ignores an empty host or user, or port 0.
    void remember(const RecentServer &server);
    void remember(const ssh::ConnectionSettings &settings);
    void forget(const RecentServer &server);
    void clear();

private:
    void store(const QVector<RecentServer> &servers);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace stitch
