#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVector>

// Stitch's own facts: its data pipeline regions with their published addresses, and its guide.
namespace stitch {

struct StitchRegion
{
    QString id;   // "north-america"
    QString name; // "North America (us-east-1)"
    QStringList cidrs;
};

// Stitch's own guide to SSH tunnels (what the wizard links to).
QString stitchGuideUrl();

// Stitch's published addresses, from resources/stitch_ip_addresses.json.
QVector<StitchRegion> stitchRegions();
Result<StitchRegion> stitchRegion(const QString &id);

} // namespace stitch
