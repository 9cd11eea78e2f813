#pragma once

#include "common/result.h"
#include "connection_settings.h"
#include "host_key.h"

#include <libssh/libssh.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

// Host key verification in four steps, so that each can be tested on its own: the fingerprint
// of the presented key (fingerprint.h), what the known-hosts files say about it
// (classifyKnownHosts), whether to go on (decideHostKeyTrust), and remembering an accepted key
// (appendKnownHostsEntry). SshConnection::verifyHostKey only strings them together.
namespace stitch::ssh {

// What libssh's known-hosts lookup found for the presented key.
enum class KnownHostsVerdict
{
    Known,      // this key is saved for host:port
    Unknown,    // nothing saved for host:port (also: no known-hosts file yet)
    Changed,    // another key of the same type is saved
    OtherType,  // only keys of other types are saved; an attacker can pick the type he offers
    Unreadable, // a known-hosts file could not be read
};

KnownHostsVerdict classifyKnownHosts(enum ssh_known_hosts_e lookup);
// How the verdict is shown (HostKeyInfo::status): both Changed and OtherType are a change.
HostKeyStatus hostKeyStatus(KnownHostsVerdict verdict);

enum class HostKeyAcceptance
{
    AlreadyKnown,       // saved earlier: nothing to do
    ThisConnectionOnly, // trusted, but not remembered
    Save,               // trusted: append it to the app's known-hosts file
};

// The trust decision, from the verdict and what the user chose (expected fingerprint, accept
// once or for good). `key` is the presented key (host, port, type, fingerprint) and, for a
// changed key, the keys saved so far; `knownHostsFiles` lists the app's own file first, then
// the files only read. A refusal is an Error whose fix says what to do.
Result<HostKeyAcceptance> decideHostKeyTrust(const HostKeyInfo &key, KnownHostsVerdict verdict,
                                             const HostKeyTrust &trust,
                                             const QStringList &knownHostsFiles);

// Appends one known-hosts line (as libssh's ssh_session_export_known_hosts_entry makes it) to
// `file`, creating its folder. Fails with HostKeyStoreFailed.
Status appendKnownHostsEntry(const QString &file, const QByteArray &entry);

// The one error for a host key that cannot be saved to `file` (its remedy: another file, or
// trusting the key once, as each front end can).
Error hostKeyNotSaved(const QString &file, const QString &detail = {});

} // namespace stitch::ssh
