#pragma once

// The keys a saved setup file may have, for the tests that save one (unit: saveSetupFile;
// GUI: File → Save setup after passwords were typed).

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace stitch::test {

// Every key path in `value` ("ssh.host"); array elements add no segment. Sorted, no repeats.
inline QStringList keyPaths(const QJsonValue &value, const QString &prefix = {})
{
    QStringList paths;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            paths << name << keyPaths(it.value(), name);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            paths << keyPaths(v, prefix);
    }
    paths.sort();
    paths.removeDuplicates();
    return paths;
}

// All of them, sorted. None can hold a secret: a new field goes here on purpose, after
// checking that.
inline QStringList allowedSetupFileKeys()
{
    // database.user and database.name are names, never a password; database.ssl a flag.
    return {QStringLiteral("database"),
            QStringLiteral("database.host"),
            QStringLiteral("database.name"),
            QStringLiteral("database.port"),
            QStringLiteral("database.ssl"),
            QStringLiteral("database.type"),
            QStringLiteral("database.user"),
            QStringLiteral("format"),
            QStringLiteral("publicKey"),
            QStringLiteral("ssh"),
            QStringLiteral("ssh.authMethod"),
            QStringLiteral("ssh.host"),
            QStringLiteral("ssh.identityFile"),
            QStringLiteral("ssh.port"),
            QStringLiteral("ssh.user"),
            QStringLiteral("stitch"),
            QStringLiteral("stitch.allowedAddresses"),
            QStringLiteral("stitch.kind"),
            QStringLiteral("stitch.region"),
            QStringLiteral("tunnelUser"),
            QStringLiteral("version")};
}

} // namespace stitch::test
