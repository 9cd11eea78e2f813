#pragma once

#include "result.h"

#include <QString>

// What the admin types, checked and normalised before anything reaches a script or a file:
// addresses and ranges, host names, ports, account and database names. Nothing here knows
// Stitch (common/stitch_regions.h has its addresses).
namespace stitch {

// Validates and normalises one IPv4/IPv6 CIDR ("52.23.137.21" becomes "52.23.137.21/32").
// Refuses host bits set beyond the prefix, and prefixes so wide they open the port to the world.
Result<QString> normalizeCidr(const QString &text);

// What a host name or address is for; it chooses the wording of the fix, and whether the
// underscores of internal names (Docker's "db_1") are accepted.
enum class HostUse
{
    Database,      // as the SSH server sees the database (underscores allowed)
    StitchSshHost, // the SSH server as Stitch reaches it from the internet (RFC 1123 only)
};

// The one host validator: a host name (dot-separated labels of letters, digits and hyphens,
// 1 to 63 characters each, 253 in all, a final dot allowed) or an IPv4 (dotted quad) or IPv6
// address. Returns it normalised (lower case, the address's canonical form). An error names the
// problem — spaces, shell characters, a scheme ("ssh://"), a user ("admin@"), a port ("host:22",
// "[::1]:22"), a path, a bad label — and what to enter instead. Nothing a shell or an
// authorized_keys permitopen= could misread is ever accepted.
Result<QString> validateHost(const QString &text, HostUse use);

// validateHost(text, HostUse::Database).
Result<QString> validateDatabaseHost(const QString &text);
// validateHost(text, HostUse::StitchSshHost): the SSH Host to hand to Stitch (--public-host,
// the Finish page's field, a setup file's stitch.sshHost).
Result<QString> validatePublicHost(const QString &text);

// Whether Stitch, connecting from the internet, could not reach `host`: loopback, link-local,
// RFC 1918, carrier-grade NAT (100.64/10), IPv6 unique-local, or "localhost". A name is taken as
// public (it may still resolve to a private address; that is for the admin to know).
bool isPrivateHost(const QString &host);
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

} // namespace stitch
