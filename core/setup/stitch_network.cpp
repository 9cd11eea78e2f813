#include "stitch_network.h"

#include <QObject>

#include "common/core_resources.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace stitch::setup {

QString stitchGuideUrl()
{
    return QStringLiteral(
        "https://www.stitchdata.com/docs/security/encryption/ssh-tunnel-self-hosted-database");
}

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
        r.name = o.value(QStringLiteral("name")).toString();
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
                     QStringLiteral("\"%1\" is not a Stitch data pipeline region.").arg(id),
                     QObject::tr("Use one of: %1 (Stitch shows the region under Account "
                                 "settings).")
                         .arg(known.join(QStringLiteral(", "))));
}

Result<QString> normalizeCidr(const QString &text)
{
    const QString t = text.trimmed();
    const auto bad = [&](const QString &why) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a usable IP range: %2.").arg(text, why),
                         QObject::tr("Give an address like 52.23.137.21 or a range like "
                                     "52.23.137.0/24."));
    };
    const QStringList parts = t.split(QLatin1Char('/'));
    if (t.isEmpty() || parts.size() > 2)
        return bad(QStringLiteral("expected ADDRESS or ADDRESS/PREFIX"));
    // QHostAddress also takes inet_aton shorthands ("1.2.3"); a firewall rule must not.
    static const QRegularExpression dottedQuad(
        QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    QHostAddress address;
    const bool looksV4 = !parts[0].contains(QLatin1Char(':'));
    if ((looksV4 && !dottedQuad.match(parts[0]).hasMatch()) || !address.setAddress(parts[0]) ||
        parts[0].contains(QLatin1Char('%')))
        return bad(QStringLiteral("the address is not an IPv4 or IPv6 address"));
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = v4 ? 32 : 128;
    int prefix = maxPrefix;
    if (parts.size() == 2) {
        bool ok = false;
        prefix = parts[1].toInt(&ok);
        if (!ok || prefix < 0 || prefix > maxPrefix || parts[1].startsWith(QLatin1Char('+')))
            return bad(QStringLiteral("the prefix must be a number from 0 to %1").arg(maxPrefix));
    }
    if (prefix < (v4 ? 8 : 32))
        return bad(QStringLiteral("/%1 would open the SSH port to a huge part of the internet")
                       .arg(prefix));
    const QPair<QHostAddress, int> subnet =
        QHostAddress::parseSubnet(QStringLiteral("%1/%2").arg(address.toString()).arg(prefix));
    if (subnet.first != address)
        return bad(QStringLiteral("bits are set after the prefix (did you mean %1/%2?)")
                       .arg(subnet.first.toString())
                       .arg(prefix));
    return QStringLiteral("%1/%2").arg(address.toString()).arg(prefix);
}

Result<QString> validateDatabaseHost(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression hostName(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)"
                       "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?$"));
    QHostAddress address;
    if (address.setAddress(t) && !t.contains(QLatin1Char('%')))
        return address.toString();
    if (hostName.match(t).hasMatch())
        return t.toLower();
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("\"%1\" is not a host name or IP address.").arg(text),
                     QObject::tr("Enter the database's address as the SSH server sees it, "
                                 "e.g. localhost, 10.0.1.5 or db.internal."));
}

Result<quint16> validatePort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a port number.").arg(text),
                         QObject::tr("Enter a number from 1 to 65535."));
    }
    return static_cast<quint16>(port);
}

Result<QString> validateDatabaseName(const QString &text, DatabaseNameKind kind)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.@$-]{0,63}\\z"));
    const QString t = text.trimmed();
    if (name.match(t).hasMatch())
        return t;
    const bool user = kind == DatabaseNameKind::User;
    return makeError(
        ErrorCode::InvalidInput,
        user ? QObject::tr("\"%1\" is not a database user name this tool can check.").arg(text)
             : QObject::tr("\"%1\" is not a database name this tool can check.").arg(text),
        QObject::tr("Use at most 63 letters, digits and _ . - @ $ (no spaces or "
                    "quotes), or leave it empty to skip the access-rule check."));
}

Result<QString> validateTunnelUser(const QString &text)
{
    static const QRegularExpression portable(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}\\z"));
    static const QStringList reserved{
        QStringLiteral("root"),     QStringLiteral("daemon"),   QStringLiteral("bin"),
        QStringLiteral("sys"),      QStringLiteral("sync"),     QStringLiteral("nobody"),
        QStringLiteral("sshd"),     QStringLiteral("postgres"), QStringLiteral("mysql"),
        QStringLiteral("www-data"), QStringLiteral("admin"),    QStringLiteral("sudo"),
        QStringLiteral("wheel"),    QStringLiteral("adm"),      QStringLiteral("ubuntu"),
        QStringLiteral("ec2-user")};
    if (!portable.match(text).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a valid Linux user name.").arg(text),
                         QObject::tr("Use lower-case letters, digits, '_' or '-', start with a "
                                     "letter or '_', at most 32 characters (e.g. stitch)."));
    }
    if (reserved.contains(text)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is a system or administrator account and must "
                                        "not be used for Stitch's tunnel.")
                             .arg(text),
                         QObject::tr("Use a dedicated user such as stitch."));
    }
    return text;
}

} // namespace stitch::setup
