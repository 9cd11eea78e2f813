#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// How setup_file.cpp reads one field of a setup file: each reader checks the field's JSON type
// and gives InvalidInput naming the field ("database.port") and how to write it. A missing
// field gives the fallback.
namespace stitch::setupfile {

Error fieldError(const QString &field, const QString &problem, const QString &fix);
Error fieldError(const QString &field, const Error &error);
// "prefix.key", or "key" at the top.
QString join(const QString &prefix, const QString &key);
// A field name that reads like a password, passphrase, secret or private key.
bool looksSecret(const QString &key);
// Refuses fields this version does not know: a typo must not silently become a default.
std::optional<Error> checkKnownKeys(const QJsonObject &object, const QString &prefix,
                                    const QStringList &known);
Result<QJsonObject> readObject(const QJsonObject &parent, const QString &key);
Result<QString> readString(const QJsonObject &object, const QString &key, const QString &field,
                           const QString &fallback);
Result<bool> readBool(const QJsonObject &object, const QString &key, const QString &field,
                      bool fallback);
bool hasControlCharacters(const QString &text);
Result<quint16> readPort(const QJsonObject &object, const QString &key, const QString &field,
                         quint16 fallback);
// A list of addresses or ranges ("allowedAddresses", "keepSshOpenFrom"), each normalised; a
// missing list is empty.
std::optional<Error> readCidrList(const QJsonObject &o, const QString &prefix, const QString &name,
                                  const QString &howToWrite, QStringList &into);

} // namespace stitch::setupfile
