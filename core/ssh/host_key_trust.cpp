#include "host_key_trust.h"

#include <QObject>

#include "fingerprint.h"
#include "known_hosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

namespace stitch::ssh {

KnownHostsVerdict classifyKnownHosts(enum ssh_known_hosts_e lookup)
{
    switch (lookup) {
    case SSH_KNOWN_HOSTS_OK:
        return KnownHostsVerdict::Known;
    case SSH_KNOWN_HOSTS_CHANGED:
        return KnownHostsVerdict::Changed;
    case SSH_KNOWN_HOSTS_OTHER:
        return KnownHostsVerdict::OtherType;
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        return KnownHostsVerdict::Unknown;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    // SSH_KNOWN_HOSTS_ERROR, or a value a later libssh adds: never a reason to trust.
    return KnownHostsVerdict::Unreadable;
}

HostKeyStatus hostKeyStatus(KnownHostsVerdict verdict)
{
    switch (verdict) {
    case KnownHostsVerdict::Known:
        return HostKeyStatus::Known;
    case KnownHostsVerdict::Changed:
    case KnownHostsVerdict::OtherType:
        return HostKeyStatus::Changed;
    case KnownHostsVerdict::Unknown:
    case KnownHostsVerdict::Unreadable:
        break;
    }
    return HostKeyStatus::Unknown;
}

namespace {

Error changedKeyError(const HostKeyInfo &key, const QStringList &knownHostsFiles)
{
    QStringList saved;
    for (const KnownHostKey &k : key.savedKeys)
        saved << QStringLiteral("%1 %2").arg(k.keyType, k.fingerprint);
    return makeError(
        ErrorCode::HostKeyChanged,
        QObject::tr("The host key of %1 has CHANGED. Expected %2, but the server now "
                    "presents %3 %4. Either the server was rebuilt, or someone is "
                    "intercepting the connection. Nothing was sent to the server.")
            .arg(knownHostsName(key.host, key.port),
                 saved.isEmpty() ? QStringLiteral("a different key")
                                 : saved.join(QStringLiteral(" or ")),
                 key.keyType, key.fingerprint),
        QObject::tr("Ask the server's administrator for its current fingerprint. Only if "
                    "it matches, remove the old entry for this server from %1.")
            .arg(knownHostsFiles.join(QStringLiteral(" / "))));
}

// A fingerprint the user pinned (from the server's owner) is compared with the key the server
// presents whatever known_hosts says: a script pins exactly so that a known entry, perhaps an
// attacker's, cannot stand in for it.
Status checkPinnedFingerprint(const HostKeyInfo &key, const QString &pinned)
{
    if (pinned.isEmpty())
        return {};
    const QString expected = normalizeFingerprint(pinned);
    if (expected.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a SHA256 fingerprint.").arg(pinned),
                         QObject::tr("Paste the fingerprint as `ssh-keygen -lf` prints "
                                     "it, e.g. SHA256:abc…"));
    }
    if (expected != key.fingerprint) {
        return makeError(ErrorCode::HostKeyMismatch,
                         QObject::tr("The server's host key %1 does not match the "
                                     "expected fingerprint %2. Nothing was sent to the "
                                     "server.")
                             .arg(key.fingerprint, expected),
                         QObject::tr("Check that you connect to the right server and "
                                     "that the fingerprint was copied completely."));
    }
    return {};
}

} // namespace

Result<HostKeyAcceptance> decideHostKeyTrust(const HostKeyInfo &key, KnownHostsVerdict verdict,
                                             const HostKeyTrust &trust,
                                             const QStringList &knownHostsFiles)
{
    switch (verdict) {
    case KnownHostsVerdict::Changed:
    case KnownHostsVerdict::OtherType:
        // No setting overrides this, not even a matching expected fingerprint: the old entry
        // has to be removed by hand, after asking the server's administrator.
        return changedKeyError(key, knownHostsFiles);
    case KnownHostsVerdict::Unreadable:
        return makeError(ErrorCode::LocalIoError,
                         QObject::tr("The known-hosts file could not be read."),
                         QObject::tr("Check the permissions of %1.").arg(knownHostsFiles.value(0)));
    case KnownHostsVerdict::Known:
    case KnownHostsVerdict::Unknown:
        break;
    }
    if (Status pin = checkPinnedFingerprint(key, trust.expectedFingerprint); !pin)
        return pin.error();
    if (verdict == KnownHostsVerdict::Known)
        return HostKeyAcceptance::AlreadyKnown;

    // A matching pinned fingerprint is the user's approval: Reject only means "do not accept
    // without one", so the key is saved unless the user chose this connection only.
    if (trust.expectedFingerprint.isEmpty() &&
        trust.unknownAction == UnknownHostKeyAction::Reject) {
        return withRemedy(
            makeError(ErrorCode::HostKeyUnknown,
                      QObject::tr("The server %1 is not known yet. Its %2 host key has "
                                  "the fingerprint %3.")
                          .arg(knownHostsName(key.host, key.port), key.keyType, key.fingerprint),
                      QObject::tr("Compare the fingerprint with the one the server's "
                                  "administrator gives you (ssh-keygen -lf "
                                  "/etc/ssh/ssh_host_*_key.pub), then accept it.")),
            RemedyKind::AcceptHostKey, {key.fingerprint});
    }
    return trust.unknownAction == UnknownHostKeyAction::AcceptOnce
               ? HostKeyAcceptance::ThisConnectionOnly
               : HostKeyAcceptance::Save;
}

Error hostKeyNotSaved(const QString &file, const QString &detail)
{
    Error e = makeError(ErrorCode::HostKeyStoreFailed,
                        QObject::tr("The host key could not be saved to %1.").arg(file),
                        QObject::tr("Check that the folder is writable, or use a known-hosts "
                                    "file that can be written."),
                        detail);
    e.remedy = Remedy{RemedyKind::SaveHostKeyElsewhere, {file}};
    return e;
}

Status appendKnownHostsEntry(const QString &file, const QByteArray &entry)
{
    const auto failed = [&](const QString &detail) {
        return hostKeyNotSaved(file, detail);
    };
    if (entry.trimmed().isEmpty() || entry.trimmed().contains('\n'))
        return failed(QStringLiteral("not one known-hosts line"));
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return failed(QStringLiteral("cannot create %1").arg(QFileInfo(file).absolutePath()));
    QFile out(file);
    if (!out.open(QIODevice::ReadWrite))
        return failed(out.errorString());
    // A file edited by hand may lack its last line break: without one our line would be glued
    // to the previous entry and both would stop matching.
    QByteArray line = entry.trimmed() + '\n';
    if (out.size() > 0) {
        char last = '\n';
        if (!out.seek(out.size() - 1) || !out.getChar(&last))
            return failed(out.errorString());
        if (last != '\n')
            line.prepend('\n');
    }
    if (!out.seek(out.size()) || out.write(line) != line.size() || !out.flush())
        return failed(out.errorString());
    return {};
}

} // namespace stitch::ssh
