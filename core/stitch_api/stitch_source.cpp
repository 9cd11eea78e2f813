#include "stitch_source.h"

#include "common/server_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace stitch::stitch_api {

namespace {

Error malformed(const QString &what)
{
    return makeError(ErrorCode::ApiBadAnswer,
                     QObject::tr("Stitch's Connect API answered with something that is not "
                                 "what its documentation describes: %1.")
                         .arg(what),
                     QObject::tr("Try again later; if it stays so, Stitch's API may have "
                                 "changed: report it with what it answered."));
}

// Stitch writes every property as a string; a number or a boolean is taken as its text.
QString text(const QJsonValue &v)
{
    if (v.isString())
        return textFromServer(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<int> exitStatus(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    return std::nullopt;
}

Result<QJsonDocument> document(const QByteArray &json)
{
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return malformed(QObject::tr("the JSON does not parse (%1 at byte %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    return doc;
}

} // namespace

QJsonObject sourceProperties(const SourceSshValues &v)
{
    QJsonObject p{{QStringLiteral("ssh"), QStringLiteral("true")},
                  {QStringLiteral("ssh_host"), v.sshHost},
                  {QStringLiteral("ssh_port"), QString::number(v.sshPort)},
                  {QStringLiteral("ssh_user"), v.sshUser},
                  {QStringLiteral("host"), v.databaseHost},
                  {QStringLiteral("port"), QString::number(v.databasePort)}};
    if (!v.databaseUser.isEmpty())
        p.insert(QStringLiteral("user"), v.databaseUser);
    if (!v.databaseName.isEmpty())
        p.insert(v.databaseType == DatabaseType::MySql ? QStringLiteral("database")
                                                       : QStringLiteral("dbname"),
                 v.databaseName);
    return p;
}

Result<QList<StitchSource>> parseSources(const QByteArray &json)
{
    auto doc = document(json);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return malformed(QObject::tr("the list of sources is not a JSON array"));
    QList<StitchSource> sources;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("id")).isDouble())
            return malformed(QObject::tr("a source has no numeric \"id\""));
        StitchSource s;
        s.id = qint64(o.value(QStringLiteral("id")).toDouble());
        s.name = text(o.value(QStringLiteral("name")));
        s.displayName = text(o.value(QStringLiteral("display_name")));
        s.type = text(o.value(QStringLiteral("type")));
        s.properties = o.value(QStringLiteral("properties")).toObject();
        sources << s;
    }
    return sources;
}

Result<ConnectionCheck> parseConnectionCheck(const QByteArray &json)
{
    auto doc = document(json);
    if (!doc)
        return doc.error();
    const QJsonObject o = doc->object();
    ConnectionCheck c;
    c.status = text(o.value(QStringLiteral("status")));
    if (!doc->isObject() || c.status.isEmpty())
        return malformed(QObject::tr("the connection check has no \"status\""));
    const QJsonValue error = o.value(QStringLiteral("error"));
    c.errorFlag = error.isBool() ? error.toBool() : error.isString() && !error.toString().isEmpty();
    c.error = error.isString() ? textFromServer(error.toString()) : QString();
    c.discoveryErrorMessage = text(o.value(QStringLiteral("discovery_error_message")));
    c.tapErrorMessage = text(o.value(QStringLiteral("tap_error_message")));
    c.startTime = text(o.value(QStringLiteral("start_time")));
    c.completionTime = text(o.value(QStringLiteral("completion_time")));
    c.checkExitStatus = exitStatus(o.value(QStringLiteral("check_exit_status")));
    c.discoveryExitStatus = exitStatus(o.value(QStringLiteral("discovery_exit_status")));
    c.tapExitStatus = exitStatus(o.value(QStringLiteral("tap_exit_status")));
    return c;
}

bool isDatabaseSource(const QString &type)
{
    static const QStringList kDatabases{QStringLiteral("postgres"), QStringLiteral("mysql"),
                                        QStringLiteral("mariadb"),  QStringLiteral("mssql"),
                                        QStringLiteral("oracle"),   QStringLiteral("mongodb"),
                                        QStringLiteral("sqlserver")};
    for (const QString &db : kDatabases)
        if (type.contains(db, Qt::CaseInsensitive))
            return true;
    return false;
}

bool isNewerCheck(const ConnectionCheck &check, const std::optional<ConnectionCheck> &before)
{
    if (!before)
        return true;
    if (!check.startTime.isEmpty() || !before->startTime.isEmpty())
        return check.startTime != before->startTime;
    return check.completionTime != before->completionTime;
}

} // namespace stitch::stitch_api
