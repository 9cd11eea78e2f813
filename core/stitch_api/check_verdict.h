#pragma once

#include "stitch_source.h"

#include <QString>

// Stitch's connection check in plain words: what its messages (tap_error_message,
// discovery_error_message, error) mean for this setup, and what to do.
namespace stitch::stitch_api {

enum class VerdictKind
{
    Succeeded,
    Failed,
    NotFinished, // still running when our time ran out: not checked
};

// What a failed check's text points at; Unknown quotes Stitch's own words.
enum class CheckCause
{
    None,
    DatabasePassword,  // the database refused the user or its password
    NoPgHbaEntry,      // PostgreSQL's pg_hba.conf has no line for the SSH server's address
    DatabaseMissing,   // the database named in the form does not exist
    DatabaseRefused,   // nothing listens at host:port as the SSH server sees it
    DatabaseTimeout,   // the database (through the tunnel) did not answer in time
    SshTimeout,        // the SSH server did not answer Stitch in time: a firewall, SSH Host/Port
    SshAuthentication, // the SSH server refused Stitch's key
    SshForwardRefused, // logged in, but sshd refused the tunnel to host:port
    SshTunnel,         // another SSH tunnel error
    HostNotFound,      // a host name in the form does not resolve
    Unknown,
};

struct CheckVerdict
{
    VerdictKind kind = VerdictKind::NotFinished;
    CheckCause cause = CheckCause::None;
    QString sentence;   // one sentence: whether Stitch got in and, if not, why
    QString fix;        // what to do; empty when nothing is needed
    QString stitchText; // Stitch's own words, as it gave them (empty on success)
};

// The cause of a failed check, from its messages.
CheckCause causeOf(const ConnectionCheck &check);
// `check` as a verdict; `finished` false when our wait ended while Stitch still ran it.
CheckVerdict explainCheck(const ConnectionCheck &check, bool finished = true);

} // namespace stitch::stitch_api
