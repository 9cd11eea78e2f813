#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace stitch::setup {

struct StitchRegion
{
    QString id;   // "north-america"
    QString name; // "North America (us-east-1)"
    QStringList cidrs;
};

// Stitch's published addresses, from resources/stitch_ip_addresses.json.
// Stitch's own guide to SSH tunnels (what the wizard links to).
QString stitchGuideUrl();

QVector<StitchRegion> stitchRegions();
Result<StitchRegion> stitchRegion(const QString &id);

// Validates and normalises one IPv4/IPv6 CIDR ("52.23.137.21" becomes "52.23.137.21/32").
// Refuses host bits set beyond the prefix, and prefixes so wide they open the port to the world.
Result<QString> normalizeCidr(const QString &text);

// A host name or IP address as the SSH server sees the database; refuses anything a shell or
// an authorized_keys permitopen= could misread.
Result<QString> validateDatabaseHost(const QString &text);
Result<quint16> validatePort(const QString &text);

// A portable Linux user/group name for the tunnel user ([a-z_][a-z0-9_-]{0,31}, not root or
// another well-known system account).
Result<QString> validateTunnelUser(const QString &text);

// The database user Stitch logs in as, or the database it reads (optional: empty is fine). Only
// letters, digits and _ . - @ $ (at most 63, PostgreSQL's limit): the names go into a startup
// message and into the fixes we print, which must be safe to paste.
enum class DatabaseNameKind
{
    User,
    Database
};
Result<QString> validateDatabaseName(const QString &text, DatabaseNameKind kind);

} // namespace stitch::setup
