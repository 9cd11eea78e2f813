// stitch-tunnel's options for what to set up: the setup choices, Stitch's public key, the
// opt-ins, and the values of playbook and watch. Validated before any connection is made.
#include "cli_parsing.h"
#include "common/input_validation.h"
#include "common/stitch_regions.h"
#include "setup/ansible_playbook.h"

#include <QFile>
#include <QHash>

#include <cstdio>

namespace stitch::cli::parsing {

Status parseChoices(const QCommandLineParser &parser, const CliDefinitions &d, CliOptions &options)
{
    // The setup choices (all commands but connect use them; validating them here means a typo
    // stops us before any connection is made).
    SetupChoices &choices = options.choices;
    if (parser.isSet(d.allowIp)) {
        for (const QString &cidr : parser.values(d.allowIp)) {
            auto n = normalizeCidr(cidr);
            if (!n)
                return n.error();
            choices.customCidrs << n.value();
        }
    } else {
        auto r = stitchRegion(parser.value(d.region));
        if (!r)
            return r.error();
        choices.region = r->id;
    }
    static const QHash<QString, DatabaseType> types{
        {QStringLiteral("postgresql"), DatabaseType::PostgreSql},
        {QStringLiteral("mysql"), DatabaseType::MySql},
        {QStringLiteral("mariadb"), DatabaseType::MySql},
        {QStringLiteral("sqlserver"), DatabaseType::SqlServer},
        {QStringLiteral("oracle"), DatabaseType::Oracle},
        {QStringLiteral("mongodb"), DatabaseType::MongoDb}};
    if (!types.contains(parser.value(d.dbType)))
        return usage(
            QObject::tr("\"%1\" is not a supported database type.").arg(parser.value(d.dbType)),
            QObject::tr("Use postgresql, mysql, sqlserver, oracle or mongodb."));
    choices.databaseType = types.value(parser.value(d.dbType));
    auto databaseHost = validateDatabaseHost(parser.value(d.dbHost));
    if (!databaseHost)
        return databaseHost.error();
    choices.databaseHost = databaseHost.value();
    choices.databasePort = defaultDatabasePort(choices.databaseType);
    if (parser.isSet(d.dbPort)) {
        // Said here, naming the option: core's own wording is for the wizard's field.
        auto p = validatePort(parser.value(d.dbPort));
        if (!p)
            return usage(QObject::tr("\"%1\" is not a port number.").arg(parser.value(d.dbPort)),
                         QObject::tr("Give --db-port a number from 1 to 65535."));
        choices.databasePort = p.value();
    }
    auto databaseUser = validateDatabaseName(parser.value(d.dbUser), DatabaseNameKind::User);
    if (!databaseUser)
        return databaseUser.error();
    choices.databaseUser = databaseUser.value();
    auto databaseName = validateDatabaseName(parser.value(d.dbName), DatabaseNameKind::Database);
    if (!databaseName)
        return databaseName.error();
    choices.databaseName = databaseName.value();
    choices.databaseSsl = parser.isSet(d.dbSsl);
    if (choices.databaseUser.isEmpty() && (parser.isSet(d.dbName) || choices.databaseSsl))
        return usage(QObject::tr("--db-name and --db-ssl describe Stitch's database login, "
                                 "which needs --db-user."),
                     QObject::tr("Add --db-user USER (the user Stitch logs in as)."));
    if (parser.isSet(d.publicHost)) {
        auto h = validatePublicHost(parser.value(d.publicHost));
        if (!h) {
            Error e = h.error();
            e.message = QStringLiteral("--public-host: %1").arg(e.message);
            return e;
        }
        choices.publicHost = h.value();
    }
    auto user = validateTunnelUser(parser.value(d.tunnelUser));
    if (!user)
        return user.error();
    choices.tunnelUser = user.value();
    return {};
}

Status parsePublicKey(const QCommandLineParser &parser, const CliDefinitions &d,
                      CliOptions &options)
{
    SetupChoices &choices = options.choices;
    // "-" is standard input, which only one of them can read.
    QStringList fromStdin;
    for (const QCommandLineOption *o :
         {&d.passwordFile, &d.passphraseFile, &d.sudoPasswordFile, &d.publicKeyFile}) {
        if (parser.value(*o) == QLatin1String("-"))
            fromStdin << QStringLiteral("--") + o->names().constFirst();
    }
    if (fromStdin.size() > 1)
        return usage(QObject::tr("Only one option can read standard input (-), not %1.")
                         .arg(fromStdin.join(QObject::tr(" and "))),
                     QObject::tr("Give the others as files."));
    if (parser.isSet(d.publicKey) && parser.isSet(d.publicKeyFile))
        return usage(QObject::tr("Give the public key once: --public-key or --public-key-file."),
                     QObject::tr("Remove one of the two options."));
    if (parser.isSet(d.publicKeyFile)) {
        // "-": standard input (`stitch-key.pub` piped in); at most 64 KiB either way.
        constexpr qint64 kMaxKeyFile = 64 * 1024;
        QFile file(parser.value(d.publicKeyFile));
        const bool opened = parser.value(d.publicKeyFile) == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : file.open(QIODevice::ReadOnly);
        const QByteArray bytes = opened ? file.read(kMaxKeyFile + 1) : QByteArray();
        if (!opened || bytes.size() > kMaxKeyFile)
            return makeError(ErrorCode::LocalIoError,
                             QObject::tr("Cannot read the public key file %1.")
                                 .arg(parser.value(d.publicKeyFile)),
                             QObject::tr("Save Stitch's public key to a file and check the "
                                         "path."));
        choices.publicKey = QString::fromUtf8(bytes);
        // Said here: later, an empty key reads as "no key was given", which is not the mistake.
        if (choices.publicKey.trimmed().isEmpty())
            return makeError(
                ErrorCode::KeyEmpty,
                QObject::tr("The public key file %1 is empty.").arg(parser.value(d.publicKeyFile)),
                QObject::tr("Save Stitch's public key (Integration settings → SSH "
                            "Tunnel) into it, then run again."));
    } else {
        choices.publicKey = parser.value(d.publicKey);
    }
    return {};
}

Status parseRunOptions(const QCommandLineParser &parser, const CliDefinitions &d,
                       CliOptions &options)
{
    SetupChoices &choices = options.choices;
    options.run.selfTest = !parser.isSet(d.noSelfTest);
    options.run.enableFirewall = parser.isSet(d.enableFirewall);
    if (parser.isSet(d.keepSshFrom) && !options.run.enableFirewall)
        return usage(QObject::tr("--keep-ssh-from needs --enable-firewall."),
                     QObject::tr("Add --enable-firewall, or leave out --keep-ssh-from (with a "
                                 "firewall already on, allow those addresses in it yourself)."));
    for (const QString &cidr : parser.values(d.keepSshFrom)) {
        auto n = normalizeCidr(cidr);
        if (!n)
            return n.error();
        if (!choices.keepSshFrom.contains(n.value()))
            choices.keepSshFrom << n.value();
    }
    options.run.fixSshd = parser.isSet(d.fixSshd);
    options.run.keyFromStitchOnly = parser.isSet(d.keyFromStitchOnly);
    options.run.unrestrictedKey = parser.isSet(d.unrestrictedKey);
    options.run.adoptExistingUser = parser.isSet(d.adoptExistingUser);
    options.run.keepOldKeys = parser.isSet(d.keepOldKey);
    if (options.run.keyFromStitchOnly && options.run.unrestrictedKey)
        return usage(QObject::tr("--key-from-stitch-only and --unrestricted-key contradict "
                                 "each other."),
                     QObject::tr("Give at most one of them."));
    options.run.removeUser = parser.isSet(d.removeUser);
    options.run.removeFirewallRules = parser.isSet(d.removeFirewall);
    options.run.turnOffUfw = parser.isSet(d.turnOffUfw);
    return {};
}

Status parseCommandValues(const QCommandLineParser &parser, const CliDefinitions &d,
                          CliOptions &options)
{
    // The SSH port: the firewall rules of the script and the playbook are for it too.
    ssh::ConnectionSettings &c = options.connection;
    bool portOk = false;
    const uint portValue = parser.value(d.port).toUInt(&portOk);
    if (!portOk || portValue == 0 || portValue > 65535)
        return usage(QObject::tr("\"%1\" is not a port number.").arg(parser.value(d.port)),
                     QObject::tr("Give --port a number from 1 to 65535 (SSH is usually 22)."));
    c.port = static_cast<quint16>(portValue);
    if (options.action == CliOptions::Action::Playbook) {
        auto pattern = setup::validateHostPattern(parser.value(d.hosts));
        if (!pattern)
            return pattern.error();
        options.playbookHosts = pattern.value();
        // "-": standard output, as without --output.
        if (parser.value(d.output) != QLatin1String("-"))
            options.outputFile = parser.value(d.output);
    }
    if (options.action == CliOptions::Action::Watch ||
        options.action == CliOptions::Action::StitchSource) {
        bool minutesOk = false;
        const double watchMinutes = parser.value(d.minutes).toDouble(&minutesOk);
        if (!minutesOk || watchMinutes < 0.05 || watchMinutes > 60)
            return usage(
                QObject::tr("\"%1\" is not a number of minutes.").arg(parser.value(d.minutes)),
                QObject::tr("Give --minutes a number from 0.05 to 60."));
        options.watchMs = qint64(watchMinutes * 60000);
    }
    return {};
}

} // namespace stitch::cli::parsing
