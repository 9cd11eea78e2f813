#pragma once

// The keys a saved setup file may have, for the tests that save one (unit: saveSetupFile;
// GUI: File → Save setup after passwords were typed).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <gtest/gtest.h>

#include <initializer_list>

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
    return {
        QStringLiteral("database"), QStringLiteral("database.host"),
        QStringLiteral("database.name"), QStringLiteral("database.port"),
        QStringLiteral("database.ssl"), QStringLiteral("database.type"),
        QStringLiteral("database.user"), QStringLiteral("format"),
        // Opt-ins: flags, no secret.
        QStringLiteral("optIns"), QStringLiteral("optIns.adoptExistingUser"),
        QStringLiteral("optIns.enableFirewall"), QStringLiteral("optIns.fixSshd"),
        QStringLiteral("optIns.keyFromStitchOnly"), QStringLiteral("publicKey"),
        QStringLiteral("ssh"), QStringLiteral("ssh.authMethod"), QStringLiteral("ssh.host"),
        QStringLiteral("ssh.identityFile"), QStringLiteral("ssh.port"), QStringLiteral("ssh.user"),
        QStringLiteral("stitch"), QStringLiteral("stitch.allowedAddresses"),
        QStringLiteral("stitch.keepSshOpenFrom"), // addresses, reviewed: no secret
        QStringLiteral("stitch.kind"), QStringLiteral("stitch.region"),
        QStringLiteral("stitch.sshHost"), QStringLiteral("tunnelUser"), QStringLiteral("version")};
}

// A saved setup file's bytes hold none of `secrets` and exactly the reviewed keys: a new field
// (a "password", a "sudo" section, a "lastUsed" holding anything) fails here until it is added
// to allowedSetupFileKeys() on purpose.
inline ::testing::AssertionResult
holdsNoSecretAndOnlyReviewedKeys(const QByteArray &written,
                                 std::initializer_list<QByteArray> secrets)
{
    for (const QByteArray &secret : secrets) {
        if (written.contains(secret))
            return ::testing::AssertionFailure()
                   << "the setup file holds the secret \"" << secret.toStdString() << "\"";
    }
    const QJsonDocument document = QJsonDocument::fromJson(written);
    if (!document.isObject())
        return ::testing::AssertionFailure() << "not a JSON object: " << written.toStdString();
    const QStringList keys = keyPaths(document.object());
    if (keys != allowedSetupFileKeys())
        return ::testing::AssertionFailure()
               << "keys " << keys.join(QLatin1Char(' ')).toStdString() << "\n  expected "
               << allowedSetupFileKeys().join(QLatin1Char(' ')).toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace stitch::test
