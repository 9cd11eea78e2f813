#include "setup_file_fields.h"

#include "common/input_validation.h"

#include <QJsonArray>
#include <QObject>

namespace stitch::setupfile {

Error fieldError(const QString &field, const QString &problem, const QString &fix)
{
    return makeError(
        ErrorCode::InvalidInput,
        QObject::tr("The setup file's field \"%1\" is not valid: %2").arg(field, problem), fix);
}

Error fieldError(const QString &field, const Error &error)
{
    return fieldError(field, error.message, error.fix);
}

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

bool looksSecret(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("passphrase")) ||
           k.contains(QLatin1String("secret")) || k.contains(QLatin1String("private"));
}

// Refuses fields this version does not know: a typo must not silently become a default.
std::optional<Error> checkKnownKeys(const QJsonObject &object, const QString &prefix,
                                    const QStringList &known)
{
    for (const QString &key : object.keys()) {
        if (known.contains(key))
            continue;
        const QString field = join(prefix, key);
        if (looksSecret(key)) {
            return makeError(ErrorCode::InvalidInput,
                             QObject::tr("The setup file contains a field \"%1\", but setup "
                                         "files never hold passwords or other secrets.")
                                 .arg(field),
                             QObject::tr("Delete that field from the file. The wizard asks for "
                                         "passwords when it needs them."));
        }
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("The setup file has an unknown field \"%1\".").arg(field),
                         QObject::tr("Check its spelling or delete it. Known fields there: %1.")
                             .arg(known.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

Result<QJsonObject> readObject(const QJsonObject &parent, const QString &key)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined())
        return QJsonObject();
    if (!v.isObject())
        return fieldError(key, QStringLiteral("it must be a group of fields in { }."),
                          QObject::tr("Write it like \"%1\": { … }.").arg(key));
    return v.toObject();
}

Result<QString> readString(const QJsonObject &object, const QString &key, const QString &field,
                           const QString &fallback)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        return fieldError(field, QStringLiteral("it must be text in double quotes."),
                          QObject::tr("Write it like \"%1\": \"…\".").arg(key));
    return v.toString();
}

Result<bool> readBool(const QJsonObject &object, const QString &key, const QString &field,
                      bool fallback)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        return fieldError(field, QStringLiteral("it must be true or false."),
                          QObject::tr("Write it like \"%1\": true (no quotes).").arg(key));
    return v.toBool();
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Result<quint16> readPort(const QJsonObject &object, const QString &key, const QString &field,
                         quint16 fallback)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return fallback;
    QString text;
    if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 17);
    else if (v.isString())
        text = v.toString();
    else
        return fieldError(field, QStringLiteral("it must be a number."),
                          QObject::tr("Enter a number from 1 to 65535."));
    auto port = validatePort(text);
    if (!port)
        return fieldError(field, port.error());
    return port.value();
}

// A list of addresses or ranges ("allowedAddresses", "keepSshOpenFrom"), each normalised; a
// missing list is empty.
std::optional<Error> readCidrList(const QJsonObject &o, const QString &prefix, const QString &name,
                                  const QString &howToWrite, QStringList &into)
{
    const QString listField = join(prefix, name);
    const QJsonValue list = o.value(name);
    into.clear();
    if (list.isUndefined())
        return std::nullopt;
    if (!list.isArray())
        return fieldError(listField, QStringLiteral("it must be a list in [ ]."), howToWrite);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(listField).arg(i);
        if (!array.at(i).isString())
            return fieldError(field, QStringLiteral("it must be text in double quotes."),
                              QObject::tr("Write each address like \"52.23.137.21/32\"."));
        auto cidr = normalizeCidr(array.at(i).toString());
        if (!cidr)
            return fieldError(field, cidr.error());
        if (!into.contains(cidr.value()))
            into << cidr.value();
    }
    return std::nullopt;
}

} // namespace stitch::setupfile
