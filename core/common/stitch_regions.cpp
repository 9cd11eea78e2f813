#include "stitch_regions.h"

#include "core_resources.h"

#include <QObject>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stitch {

QString stitchGuideUrl()
{
    return QStringLiteral(
        "https://www.stitchdata.com/docs/security/encryption/ssh-tunnel-self-hosted-database");
}

namespace {

// The regions' names in the user's language (the JSON file's English name for one it does not
// know yet).
QString regionName(const QString &id, const QString &english)
{
    if (id == QLatin1String("north-america"))
        return QObject::tr("North America (us-east-1)");
    if (id == QLatin1String("europe"))
        return QObject::tr("Europe (eu-central-1)");
    return english;
}

} // namespace

QVector<StitchRegion> stitchRegions()
{
    initCoreResources();
    QVector<StitchRegion> regions;
    QFile file(QStringLiteral(":/stitch/stitch_ip_addresses.json"));
    if (!file.open(QIODevice::ReadOnly))
        return regions;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("regions")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        StitchRegion r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.name = regionName(r.id, o.value(QStringLiteral("name")).toString());
        for (const QJsonValue &c : o.value(QStringLiteral("cidrs")).toArray())
            r.cidrs << c.toString();
        regions << r;
    }
    return regions;
}

Result<StitchRegion> stitchRegion(const QString &id)
{
    QStringList known;
    for (const StitchRegion &r : stitchRegions()) {
        if (r.id == id)
            return r;
        known << r.id;
    }
    return makeError(ErrorCode::InvalidInput,
                     QObject::tr("\"%1\" is not a Stitch data pipeline region.").arg(id),
                     QObject::tr("Use one of: %1 (Stitch shows the region under Account "
                                 "settings).")
                         .arg(known.join(QStringLiteral(", "))));
}

} // namespace stitch
