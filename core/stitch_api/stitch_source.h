#pragma once

#include "common/database_type.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What Stitch's Connect API says about a source, read from its JSON (the documented fields
// only), and what we write into a source's form.
namespace stitch::stitch_api {

struct StitchSource
{
    qint64 id = 0;
    QString name;        // the integration's schema name, e.g. "shop_db"
    QString displayName; // what Stitch shows, e.g. "Shop database"
    QString type;        // "platform.postgres", "platform.mysql", …
    QJsonObject properties;
};

// GET /v4/sources/{id}/last-connection-check.
struct ConnectionCheck
{
    QString status; // "running", "succeeded" or "failed"
    // Stitch's documentation lists "error" without saying more: a boolean or a message. Both
    // are kept, the message for the explanation.
    bool errorFlag = false;
    QString error;
    QString discoveryErrorMessage;
    QString tapErrorMessage;
    QString startTime;
    QString completionTime;
    std::optional<int> checkExitStatus;
    std::optional<int> discoveryExitStatus;
    std::optional<int> tapExitStatus;

    bool running() const { return status == QLatin1String("running"); }
    bool succeeded() const { return status == QLatin1String("succeeded"); }
};

// The SSH and database values of Stitch's form for one source (all strings in Stitch's JSON).
struct SourceSshValues
{
    QString sshHost;
    quint16 sshPort = 22;
    QString sshUser;
    QString databaseHost; // as the SSH server sees it
    quint16 databasePort = 0;
    QString databaseUser; // empty: left as it is in Stitch
    QString databaseName; // empty: left as it is in Stitch
    DatabaseType databaseType = DatabaseType::PostgreSql;
};

// {"ssh": "true", "ssh_host": …, "ssh_port": "22", "ssh_user": …, "host": …, "port": …} and,
// when given, "user" and "dbname" (PostgreSQL) or "database" (MySQL).
QJsonObject sourceProperties(const SourceSshValues &values);

// The body of GET /v4/sources, or a malformed-answer error naming what was missing.
Result<QList<StitchSource>> parseSources(const QByteArray &json);
Result<ConnectionCheck> parseConnectionCheck(const QByteArray &json);

// Whether `type` ("platform.postgres") is a database Stitch reaches through an SSH tunnel
// (the only sources this tool can fill in).
bool isDatabaseSource(const QString &type);

// A check that began after `before` was read: a different start (or, without one, a different
// end). With no earlier check, every check is new.
bool isNewerCheck(const ConnectionCheck &check, const std::optional<ConnectionCheck> &before);

} // namespace stitch::stitch_api
