#include "known_hosts.h"

#include "fingerprint.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QStandardPaths>

namespace stitch::ssh {

QString defaultKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/known_hosts");
}

QString openSshKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString knownHostsName(const QString &host, quint16 port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

namespace {

bool hashedNameMatches(const QByteArray &pattern, const QByteArray &name)
{
    // |1|<base64 salt>|<base64 HMAC-SHA1(salt, name)>
    const QList<QByteArray> parts = pattern.split('|');
    if (parts.size() != 4 || parts[1] != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    return !salt.isEmpty() &&
           QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1) == expected;
}

bool namesMatch(const QByteArray &field, const QByteArray &name)
{
    if (field.startsWith("|1|"))
        return hashedNameMatches(field, name);
    const QList<QByteArray> patterns = field.split(',');
    for (const QByteArray &p : patterns) {
        if (p.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

std::vector<KnownHostKey> parseKnownHostKeys(const QByteArray &fileText, const QString &host,
                                             quint16 port)
{
    std::vector<KnownHostKey> keys;
    const QByteArray name = knownHostsName(host, port).toUtf8();
    const QList<QByteArray> lines = fileText.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3 || !namesMatch(fields[0], name))
            continue;
        const QByteArray blob = QByteArray::fromBase64(fields[2]);
        if (blob.isEmpty())
            continue;
        keys.push_back({QString::fromLatin1(fields[1]), sha256Fingerprint(blob)});
    }
    return keys;
}

std::vector<KnownHostKey> knownHostKeys(const QStringList &files, const QString &host, quint16 port)
{
    std::vector<KnownHostKey> all;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto keys = parseKnownHostKeys(file.readAll(), host, port);
        all.insert(all.end(), keys.begin(), keys.end());
    }
    return all;
}

} // namespace stitch::ssh
