#include "setup_file.h"

#include "setup_file_fields.h"

#include <QObject>

#include "common/input_validation.h"
#include "common/stitch_regions.h"
#include "keys/public_key.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <optional>

namespace stitch {

using namespace setupfile;

namespace {

constexpr qint64 kMaxFileSize = 1024 * 1024;

QString formatMarker()
{
    return QStringLiteral("stitch-ssh-tunnel-setup");
}

QString authMethodName(ssh::AuthMethod method)
{
    switch (method) {
    case ssh::AuthMethod::Password:
        return QStringLiteral("password");
    case ssh::AuthMethod::KeyFile:
        return QStringLiteral("key-file");
    case ssh::AuthMethod::Agent:
        return QStringLiteral("agent");
    }
    return {};
}

std::optional<ssh::AuthMethod> authMethodFromName(const QString &name)
{
    for (auto m : {ssh::AuthMethod::Password, ssh::AuthMethod::KeyFile, ssh::AuthMethod::Agent}) {
        if (authMethodName(m) == name)
            return m;
    }
    return std::nullopt;
}

std::optional<DatabaseType> databaseTypeFromName(const QString &name)
{
    for (auto t : {DatabaseType::PostgreSql, DatabaseType::MySql, DatabaseType::SqlServer,
                   DatabaseType::Oracle, DatabaseType::MongoDb}) {
        if (databaseTypeName(t) == name)
            return t;
    }
    if (name == QLatin1String("mariadb"))
        return DatabaseType::MySql;
    return std::nullopt;
}

Status readVersion(const QJsonObject &root)
{
    const QJsonValue v = root.value(QStringLiteral("version"));
    const double number = v.toDouble(-1);
    if (!v.isDouble() || number < 1 || number != static_cast<double>(v.toInteger(-1))) {
        return fieldError(
            QStringLiteral("version"),
            QStringLiteral("it must be a whole number such as %1.").arg(kSetupFileVersion),
            QObject::tr("Ask for a new setup file, saved with Stitch SSH Tunnel "
                        "Wizard."));
    }
    if (v.toInteger() > kSetupFileVersion) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("This setup file was made by a newer version of Stitch "
                                     "SSH Tunnel Wizard (file format %1; this version reads "
                                     "format %2 and older).")
                             .arg(v.toInteger())
                             .arg(kSetupFileVersion),
                         QObject::tr("Install the latest Stitch SSH Tunnel Wizard, or ask for "
                                     "a file saved with this version."));
    }
    return {};
}

Status readStitch(const QJsonObject &root, SetupChoices &choices)
{
    auto object = readObject(root, QStringLiteral("stitch"));
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    const QString prefix = QStringLiteral("stitch");
    if (auto e = checkKnownKeys(o, prefix,
                                {QStringLiteral("kind"), QStringLiteral("region"),
                                 QStringLiteral("allowedAddresses"), QStringLiteral("sshHost"),
                                 QStringLiteral("keepSshOpenFrom")}))
        return *e;

    auto kind = readString(o, QStringLiteral("kind"), join(prefix, QStringLiteral("kind")),
                           QStringLiteral("integration"));
    if (!kind)
        return kind.error();
    if (kind.value() != QLatin1String("integration") &&
        kind.value() != QLatin1String("destination"))
        return fieldError(
            join(prefix, QStringLiteral("kind")),
            QStringLiteral("\"%1\" is neither integration nor destination.").arg(kind.value()),
            QObject::tr("Use \"integration\" when Stitch reads from this "
                        "database, \"destination\" when it loads into it."));
    choices.isDestination = kind.value() == QLatin1String("destination");

    auto region = readString(o, QStringLiteral("region"), join(prefix, QStringLiteral("region")),
                             choices.region);
    if (!region)
        return region.error();
    auto known = stitchRegion(region.value());
    if (!known)
        return fieldError(join(prefix, QStringLiteral("region")), known.error());
    choices.region = known->id;

    // The SSH Host for Stitch; empty: the address the admin connects to.
    const QString hostField = join(prefix, QStringLiteral("sshHost"));
    auto publicHost = readString(o, QStringLiteral("sshHost"), hostField, QString());
    if (!publicHost)
        return publicHost.error();
    choices.publicHost.clear();
    if (!publicHost->trimmed().isEmpty()) {
        auto valid = validatePublicHost(publicHost.value());
        if (!valid)
            return fieldError(hostField, valid.error());
        choices.publicHost = valid.value();
    }

    if (auto e = readCidrList(o, prefix, QStringLiteral("allowedAddresses"),
                              QObject::tr("Write it like \"allowedAddresses\": "
                                          "[\"52.23.137.21/32\"], or [] to use the region's "
                                          "addresses."),
                              choices.customCidrs))
        return *e;
    if (auto e = readCidrList(o, prefix, QStringLiteral("keepSshOpenFrom"),
                              QObject::tr("Write it like \"keepSshOpenFrom\": "
                                          "[\"203.0.113.0/24\"], or []."),
                              choices.keepSshFrom))
        return *e;
    return {};
}

Status readDatabase(const QJsonObject &root, SetupChoices &choices)
{
    auto object = readObject(root, QStringLiteral("database"));
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    const QString prefix = QStringLiteral("database");
    if (auto e =
            checkKnownKeys(o, prefix,
                           {QStringLiteral("type"), QStringLiteral("host"), QStringLiteral("port"),
                            QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("ssl")}))
        return *e;

    auto typeName = readString(o, QStringLiteral("type"), join(prefix, QStringLiteral("type")),
                               databaseTypeName(choices.databaseType));
    if (!typeName)
        return typeName.error();
    const auto type = databaseTypeFromName(typeName.value());
    if (!type)
        return fieldError(
            join(prefix, QStringLiteral("type")),
            QStringLiteral("\"%1\" is not a supported database type.").arg(typeName.value()),
            QObject::tr("Use postgresql, mysql, sqlserver, oracle or mongodb."));
    choices.databaseType = *type;

    auto hostText = readString(o, QStringLiteral("host"), join(prefix, QStringLiteral("host")),
                               choices.databaseHost);
    if (!hostText)
        return hostText.error();
    auto host = validateDatabaseHost(hostText.value());
    if (!host)
        return fieldError(join(prefix, QStringLiteral("host")), host.error());
    choices.databaseHost = host.value();

    auto port = readPort(o, QStringLiteral("port"), join(prefix, QStringLiteral("port")),
                         defaultDatabasePort(*type));
    if (!port)
        return port.error();
    choices.databasePort = port.value();

    // Stitch's database login, for step 2's access-rule check: names only, never a password.
    const auto readName = [&](const QString &key, DatabaseNameKind kind, QString *out) -> Status {
        auto text = readString(o, key, join(prefix, key), QString());
        if (!text)
            return text.error();
        auto name = validateDatabaseName(text.value(), kind);
        if (!name)
            return fieldError(join(prefix, key), name.error());
        *out = name.value();
        return {};
    };
    if (Status s = readName(QStringLiteral("user"), DatabaseNameKind::User, &choices.databaseUser);
        !s)
        return s;
    if (Status s =
            readName(QStringLiteral("name"), DatabaseNameKind::Database, &choices.databaseName);
        !s)
        return s;
    auto ssl = readBool(o, QStringLiteral("ssl"), join(prefix, QStringLiteral("ssl")), false);
    if (!ssl)
        return ssl.error();
    choices.databaseSsl = ssl.value();
    return {};
}

Status readOptIns(const QJsonObject &root, SetupOptIns &optIns)
{
    auto object = readObject(root, QStringLiteral("optIns"));
    if (!object)
        return object.error();
    const QString prefix = QStringLiteral("optIns");
    const std::pair<QString, bool SetupOptIns::*> fields[] = {
        {QStringLiteral("enableFirewall"), &SetupOptIns::enableFirewall},
        {QStringLiteral("keyFromStitchOnly"), &SetupOptIns::keyFromStitchOnly},
        {QStringLiteral("adoptExistingUser"), &SetupOptIns::adoptExistingUser},
        {QStringLiteral("fixSshd"), &SetupOptIns::fixSshd}};
    QStringList known;
    for (const auto &field : fields)
        known << field.first;
    if (auto e = checkKnownKeys(object.value(), prefix, known))
        return *e;
    for (const auto &[key, member] : fields) {
        auto on = readBool(object.value(), key, join(prefix, key), false);
        if (!on)
            return on.error();
        optIns.*member = on.value();
    }
    return {};
}

Status readSsh(const QJsonObject &root, ssh::ConnectionSettings &settings)
{
    auto object = readObject(root, QStringLiteral("ssh"));
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    const QString prefix = QStringLiteral("ssh");
    if (auto e =
            checkKnownKeys(o, prefix,
                           {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"),
                            QStringLiteral("authMethod"), QStringLiteral("identityFile")}))
        return *e;

    // The admin may fill in the server later: an empty host or user is allowed.
    const QString hostField = join(prefix, QStringLiteral("host"));
    auto host = readString(o, QStringLiteral("host"), hostField, QString());
    if (!host)
        return host.error();
    settings.host = host->trimmed();
    if (!settings.host.isEmpty()) {
        auto valid = validateDatabaseHost(settings.host);
        if (!valid)
            return fieldError(
                hostField,
                QStringLiteral("\"%1\" is not a host name or IP address.").arg(settings.host),
                QObject::tr("Enter the SSH server's name or address, e.g. "
                            "ssh.example.com or 203.0.113.10, or leave it "
                            "empty."));
        settings.host = valid.value();
    }

    auto port = readPort(o, QStringLiteral("port"), join(prefix, QStringLiteral("port")), 22);
    if (!port)
        return port.error();
    settings.port = port.value();

    const QString userField = join(prefix, QStringLiteral("user"));
    auto user = readString(o, QStringLiteral("user"), userField, QString());
    if (!user)
        return user.error();
    settings.user = user->trimmed();
    if (settings.user.size() > 255 || settings.user.contains(QLatin1Char(' ')) ||
        hasControlCharacters(settings.user))
        return fieldError(userField,
                          QStringLiteral("\"%1\" is not a user name.").arg(settings.user),
                          QObject::tr("Enter the user the admin logs in with (one word, no "
                                      "spaces), or leave it empty."));

    const QString methodField = join(prefix, QStringLiteral("authMethod"));
    auto method = readString(o, QStringLiteral("authMethod"), methodField,
                             authMethodName(ssh::AuthMethod::Password));
    if (!method)
        return method.error();
    const auto authMethod = authMethodFromName(method.value());
    if (!authMethod)
        return fieldError(methodField,
                          QStringLiteral("\"%1\" is not a way to log in.").arg(method.value()),
                          QObject::tr("Use \"password\", \"key-file\" or \"agent\"."));
    settings.authMethod = *authMethod;

    const QString fileField = join(prefix, QStringLiteral("identityFile"));
    auto file = readString(o, QStringLiteral("identityFile"), fileField, QString());
    if (!file)
        return file.error();
    if (hasControlCharacters(file.value()))
        return fieldError(fileField,
                          QStringLiteral("the path contains a line break or control "
                                         "character."),
                          QObject::tr("Enter the path of the private key file on one line, or "
                                      "leave it empty."));
    settings.identityFile = file.value();
    return {};
}

Error ioError(const QString &what, const QString &path, const QString &reason)
{
    return makeError(ErrorCode::LocalIoError,
                     QObject::tr("Cannot %1 the setup file %2: %3.")
                         .arg(what, QFileInfo(path).absoluteFilePath(), reason),
                     QObject::tr("Check the path and that you may %1 files there.").arg(what));
}

} // namespace

QJsonObject setupToJson(const ssh::ConnectionSettings &settings, const SetupChoices &choices,
                        const SetupOptIns &optIns)
{
    // Normalised when valid; never a private key pasted by mistake.
    QString publicKey;
    if (!keys::looksLikePrivateKey(choices.publicKey)) {
        auto key = keys::parsePublicKey(choices.publicKey);
        publicKey = key ? key->authorizedKeysLine() : choices.publicKey.trimmed();
    }
    const QJsonObject stitchSection{
        {QStringLiteral("kind"),
         choices.isDestination ? QStringLiteral("destination") : QStringLiteral("integration")},
        {QStringLiteral("region"), choices.region},
        {QStringLiteral("allowedAddresses"), QJsonArray::fromStringList(choices.customCidrs)},
        {QStringLiteral("sshHost"), choices.publicHost},
        {QStringLiteral("keepSshOpenFrom"), QJsonArray::fromStringList(choices.keepSshFrom)},
    };
    const QJsonObject database{
        {QStringLiteral("type"), databaseTypeName(choices.databaseType)},
        {QStringLiteral("host"), choices.databaseHost},
        {QStringLiteral("port"), static_cast<int>(choices.databasePort)},
        {QStringLiteral("user"), choices.databaseUser},
        {QStringLiteral("name"), choices.databaseName},
        {QStringLiteral("ssl"), choices.databaseSsl},
    };
    const QJsonObject sshSection{
        {QStringLiteral("host"), settings.host},
        {QStringLiteral("port"), static_cast<int>(settings.port)},
        {QStringLiteral("user"), settings.user},
        {QStringLiteral("authMethod"), authMethodName(settings.authMethod)},
        {QStringLiteral("identityFile"), settings.identityFile},
    };
    return QJsonObject{
        {QStringLiteral("format"), formatMarker()},
        {QStringLiteral("version"), kSetupFileVersion},
        {QStringLiteral("stitch"), stitchSection},
        {QStringLiteral("database"), database},
        {QStringLiteral("publicKey"), publicKey},
        {QStringLiteral("tunnelUser"), choices.tunnelUser},
        {QStringLiteral("ssh"), sshSection},
        {QStringLiteral("optIns"),
         QJsonObject{{QStringLiteral("enableFirewall"), optIns.enableFirewall},
                     {QStringLiteral("keyFromStitchOnly"), optIns.keyFromStitchOnly},
                     {QStringLiteral("adoptExistingUser"), optIns.adoptExistingUser},
                     {QStringLiteral("fixSshd"), optIns.fixSshd}}},
    };
}

Result<SetupFileContents> setupFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("The setup file is not valid JSON (%1 at character %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                         QObject::tr("Ask for a new setup file, or correct it in a text "
                                     "editor."));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatMarker()) {
        return makeError(
            ErrorCode::InvalidInput,
            QObject::tr("This is not a Stitch SSH Tunnel Wizard setup file (its "
                        "\"format\" field is not \"%1\").")
                .arg(formatMarker()),
            QObject::tr(
                "Open the setup file (.stitch-tunnel or .json) saved with \"Save setup…\"."));
    }
    if (Status s = readVersion(root); !s)
        return s.error();
    if (auto e = checkKnownKeys(root, QString(),
                                {QStringLiteral("format"), QStringLiteral("version"),
                                 QStringLiteral("stitch"), QStringLiteral("database"),
                                 QStringLiteral("publicKey"), QStringLiteral("tunnelUser"),
                                 QStringLiteral("ssh"), QStringLiteral("optIns")}))
        return *e;

    SetupFileContents contents;
    SetupChoices &choices = contents.choices;
    if (Status s = readStitch(root, choices); !s)
        return s.error();
    if (Status s = readDatabase(root, choices); !s)
        return s.error();

    auto key =
        readString(root, QStringLiteral("publicKey"), QStringLiteral("publicKey"), QString());
    if (!key)
        return key.error();
    if (!key->trimmed().isEmpty()) {
        auto parsed = keys::parsePublicKey(key.value());
        if (!parsed)
            return fieldError(QStringLiteral("publicKey"), parsed.error());
        choices.publicKey = parsed->authorizedKeysLine();
    }

    auto user = readString(root, QStringLiteral("tunnelUser"), QStringLiteral("tunnelUser"),
                           choices.tunnelUser);
    if (!user)
        return user.error();
    auto tunnelUser = validateTunnelUser(user.value());
    if (!tunnelUser)
        return fieldError(QStringLiteral("tunnelUser"), tunnelUser.error());
    choices.tunnelUser = tunnelUser.value();

    if (Status s = readSsh(root, contents.connection); !s)
        return s.error();
    if (Status s = readOptIns(root, contents.optIns); !s)
        return s.error();
    return contents;
}

Status saveSetupFile(const QString &path, const ssh::ConnectionSettings &settings,
                     const SetupChoices &choices, const SetupOptIns &optIns)
{
    if (keys::looksLikePrivateKey(choices.publicKey)) {
        return makeError(ErrorCode::PrivateKeyGiven,
                         QObject::tr("The public key field holds a private key, so the setup "
                                     "file was not saved."),
                         QObject::tr("Paste Stitch's public key (one line starting with "
                                     "ssh-…) instead, and keep the private key secret."));
    }
    const QByteArray bytes =
        QJsonDocument(setupToJson(settings, choices, optIns)).toJson(QJsonDocument::Indented);
    // Never write a file we could not open again.
    if (auto check = setupFromJson(bytes); !check) {
        Error e = check.error();
        e.message = QObject::tr("The setup file was not saved. %1").arg(e.message);
        return e;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(QStringLiteral("write"), path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(QStringLiteral("write"), path, file.errorString());
    return {};
}

Result<SetupFileContents> loadSetupFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("read"), path, file.errorString());
    if (file.size() > kMaxFileSize) {
        return makeError(
            ErrorCode::InvalidInput,
            QObject::tr("%1 is too large to be a setup file.")
                .arg(QFileInfo(path).absoluteFilePath()),
            QObject::tr(
                "Open the setup file (.stitch-tunnel or .json) saved with \"Save setup…\"."));
    }
    return setupFromJson(file.read(kMaxFileSize));
}

} // namespace stitch
