#pragma once

#include "common/database_type.h"

#include <QString>
#include <QStringList>

namespace stitch {

// What the admin chose; none of it is secret, so all of it may be saved and shared.
struct SetupChoices
{
    QString region = QStringLiteral("north-america"); // or "europe"; ignored with customCidrs
    QStringList customCidrs;                          // replaces the region's list when set
    bool isDestination = false;                       // Stitch integration or destination
    DatabaseType databaseType = DatabaseType::PostgreSql;
    QString databaseHost = QStringLiteral("localhost"); // as the SSH server sees it
    quint16 databasePort = 5432;
    // Optional, never a password: whom and what Stitch will log in to, so that step 2 can ask the
    // database whether its access rules admit the SSH server (PostgreSQL's pg_hba.conf).
    QString databaseUser;
    QString databaseName;
    bool databaseSsl = false; // Stitch connects with SSL ("hostssl" rather than "host")
    QString publicKey; // the Stitch public key, one line
    QString tunnelUser = QStringLiteral("stitch");
    // The SSH Host Stitch connects to, when it is not the address the admin connected to (a
    // VPN or private address): the server's public DNS name or address. Empty: that address.
    QString publicHost;
    // When the tool turns the firewall on: addresses or ranges that keep reaching SSH beside
    // the admin's current address (an office network, a VPN range), normalised CIDRs.
    QStringList keepSshFrom;
};

} // namespace stitch
