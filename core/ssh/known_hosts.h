#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace stitch::ssh {

struct KnownHostKey
{
    QString keyType;     // "ssh-ed25519"
    QString fingerprint; // "SHA256:…"
};

// The app's own known-hosts file: <app data>/known_hosts.
QString defaultKnownHostsFile();
// The user's OpenSSH file, ~/.ssh/known_hosts (only ever read).
QString openSshKnownHostsFile();

// The name under which OpenSSH files a host: "host" for port 22, "[host]:port" otherwise.
QString knownHostsName(const QString &host, quint16 port);

// Keys recorded for host:port in OpenSSH known_hosts text (plain and hashed "|1|" names;
// @revoked and @cert-authority lines are ignored). Used to show the old fingerprint when a key
// changed; the trust decision itself is libssh's.
std::vector<KnownHostKey> parseKnownHostKeys(const QByteArray &fileText, const QString &host,
                                             quint16 port);
std::vector<KnownHostKey> knownHostKeys(const QStringList &files, const QString &host,
                                        quint16 port);

} // namespace stitch::ssh
