#include "setup_plan.h"

#include <QObject>

#include "keys/public_key.h"
#include "stitch_network.h"

namespace stitch::setup {

QString SetupPlan::permitOpenTarget() const
{
    const QString host = databaseHost.contains(QLatin1Char(':'))
                             ? QStringLiteral("[%1]").arg(databaseHost)
                             : databaseHost;
    return QStringLiteral("%1:%2").arg(host).arg(databasePort);
}

QString SetupPlan::tunnelOnlyKeyOptions() const
{
    return QStringLiteral("restrict,port-forwarding,permitopen=\"%1\",permitlisten=\"%2\","
                          "command=\"%3\"")
        .arg(permitOpenTarget(), QLatin1String(kNoRemoteForwarding),
             QLatin1String(kTunnelOnlyCommand));
}

QString SetupPlan::wantedKeyLine() const
{
    if (keyLine.isEmpty() || keyOptions.isEmpty())
        return keyLine;
    return keyOptions + QLatin1Char(' ') + keyLine;
}

Error noPublicKeyError()
{
    Error e = makeError(ErrorCode::KeyEmpty, QObject::tr("No Stitch public key was given."),
                        QObject::tr("Copy the public key from Stitch (integration settings "
                                    "→ SSH Tunnel) and give it to this tool."));
    e.remedy = Remedy{RemedyKind::GivePublicKey, {}};
    return e;
}

Result<SetupPlan> makeSetupPlan(const SetupChoices &c, quint16 sshPort, const RunOptions &options)
{
    SetupPlan p;
    auto user = validateTunnelUser(c.tunnelUser);
    if (!user)
        return user.error();
    p.tunnelUser = user.value();

    QStringList cidrs = c.customCidrs;
    if (cidrs.isEmpty()) {
        auto region = stitchRegion(c.region);
        if (!region)
            return region.error();
        cidrs = region->cidrs;
    }
    for (const QString &cidr : cidrs) {
        auto n = normalizeCidr(cidr);
        if (!n)
            return n.error();
        if (!p.stitchCidrs.contains(n.value()))
            p.stitchCidrs << n.value();
    }
    auto host = validateDatabaseHost(c.databaseHost);
    if (!host)
        return host.error();
    p.databaseHost = host.value();
    if (c.databasePort == 0)
        return makeError(ErrorCode::InvalidInput, QObject::tr("The database port is 0."),
                         QObject::tr("Enter the database's port, e.g. %1.")
                             .arg(defaultDatabasePort(c.databaseType)));
    p.databasePort = c.databasePort;
    auto databaseUser = validateDatabaseName(c.databaseUser, DatabaseNameKind::User);
    if (!databaseUser)
        return databaseUser.error();
    p.databaseUser = databaseUser.value();
    auto databaseName = validateDatabaseName(c.databaseName, DatabaseNameKind::Database);
    if (!databaseName)
        return databaseName.error();
    p.databaseName = databaseName.value();
    p.databaseSsl = c.databaseSsl;

    if (!c.publicKey.trimmed().isEmpty()) {
        auto key = keys::parsePublicKey(c.publicKey);
        if (!key)
            return key.error();
        p.keyLine = key->authorizedKeysLine();
        p.keyBlob = key->base64;
        p.keyFingerprint = key->fingerprint;
    }
    // Stitch's key gets a tunnel to the database and nothing else: no shell or command, no
    // other forwarding, no agent or X11 (sshd(8), AUTHORIZED_KEYS FILE FORMAT).
    if (!options.unrestrictedKey) {
        p.keyOptions = p.tunnelOnlyKeyOptions();
        if (options.keyFromStitchOnly)
            p.keyOptions +=
                QStringLiteral(",from=\"%1\"").arg(p.stitchCidrs.join(QLatin1Char(',')));
    }
    p.enableFirewall = options.enableFirewall;
    for (const QString &cidr : c.keepSshFrom) {
        auto n = normalizeCidr(cidr);
        if (!n)
            return n.error();
        if (!p.keepSshFrom.contains(n.value()))
            p.keepSshFrom << n.value();
    }
    p.adoptExistingUser = options.adoptExistingUser;
    p.keepOldKeys = options.keepOldKeys;
    p.fixSshd = options.fixSshd;
    p.sshPorts << QString::number(sshPort);
    return p;
}

} // namespace stitch::setup
