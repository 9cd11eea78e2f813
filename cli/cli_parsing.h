#pragma once

#include "cli_options.h"
#include "common/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// The parts of stitch-tunnel's command line parser (cli_options.cpp): the option definitions,
// the help texts (cli_help.cpp) and the parsing per group of options (cli_parse_choices.cpp,
// cli_parse_connection.cpp). Internal to cli/.
namespace stitch::cli {

// Every option of stitch-tunnel, in the order the general help lists them: the one list of
// them (the man page and the bash completion are checked against cliOptions() by
// tests/unit/cli_option_docs_test.cpp). Which commands take each one: cli_commands.cpp.
struct CliDefinitions
{
    const QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QObject::tr("Show this help.")};
    const QCommandLineOption version{QStringLiteral("version"), QObject::tr("Show the version.")};
    const QCommandLineOption json{QStringLiteral("json"),
                                  QObject::tr("Print one JSON object instead of text.")};
    const QCommandLineOption report{QStringLiteral("report"),
                                    QObject::tr("Also write the report to FILE (.md or .json)."),
                                    QStringLiteral("FILE")};
    const QCommandLineOption showCommands{
        QStringLiteral("show-commands"),
        QObject::tr("Also print the exact commands apply runs (or would run).")};
    const QCommandLineOption host{
        QStringLiteral("host"), QObject::tr("SSH server name or address."), QStringLiteral("HOST")};
    const QCommandLineOption port{QStringLiteral("port"), QObject::tr("SSH port (default 22)."),
                                  QStringLiteral("PORT"), QStringLiteral("22")};
    const QCommandLineOption login{
        QStringLiteral("login"), QObject::tr("User name to log in with."), QStringLiteral("USER")};
    const QCommandLineOption connectTimeout{QStringLiteral("connect-timeout"),
                                            QObject::tr("Seconds to wait for the server "
                                                        "(default 10)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("10")};
    const QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        QObject::tr("File holding the login password (- reads standard input)."),
        QStringLiteral("FILE")};
    const QCommandLineOption identity{QStringLiteral("identity"),
                                      QObject::tr("Private key file to log in with."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption passphraseFile{
        QStringLiteral("passphrase-file"),
        QObject::tr("File holding the passphrase of the --identity key (- reads standard input)."),
        QStringLiteral("FILE")};
    const QCommandLineOption agent{QStringLiteral("agent"),
                                   QObject::tr("Log in with the keys in ssh-agent.")};
    const QCommandLineOption sudoPasswordFile{
        QStringLiteral("sudo-password-file"),
        QObject::tr("File holding the sudo password (- reads standard input)."),
        QStringLiteral("FILE")};
    const QCommandLineOption knownHosts{
        QStringLiteral("known-hosts"),
        QObject::tr("Known-hosts file to use instead of the app's own."), QStringLiteral("FILE")};
    const QCommandLineOption acceptNew{
        QStringLiteral("accept-new-host-key"),
        QObject::tr("Trust and save the host key of a server never seen before.")};
    const QCommandLineOption fingerprint{
        QStringLiteral("host-key-fingerprint"),
        QObject::tr("Trust a new server only if its host key has this fingerprint."),
        QStringLiteral("SHA256:...")};
    const QCommandLineOption region{QStringLiteral("region"),
                                    QObject::tr("Stitch data pipeline region: north-america "
                                                "(default) or europe."),
                                    QStringLiteral("REGION"), QStringLiteral("north-america")};
    const QCommandLineOption allowIp{QStringLiteral("allow-ip"),
                                     QObject::tr("Allow this address/CIDR instead of the "
                                                 "region's list (repeatable)."),
                                     QStringLiteral("CIDR")};
    const QCommandLineOption publicKeyFile{
        QStringLiteral("public-key-file"),
        QObject::tr("File with the Stitch public key (- reads standard input)."),
        QStringLiteral("FILE")};
    const QCommandLineOption publicKey{QStringLiteral("public-key"),
                                       QObject::tr("The Stitch public key itself."),
                                       QStringLiteral("KEY")};
    const QCommandLineOption tunnelUser{QStringLiteral("tunnel-user"),
                                        QObject::tr("Linux user for Stitch (default stitch)."),
                                        QStringLiteral("NAME"), QStringLiteral("stitch")};
    const QCommandLineOption dbType{QStringLiteral("db-type"),
                                    QObject::tr("postgresql (default), mysql, sqlserver, "
                                                "oracle or mongodb."),
                                    QStringLiteral("TYPE"), QStringLiteral("postgresql")};
    const QCommandLineOption dbHost{QStringLiteral("db-host"),
                                    QObject::tr("Database host as the SSH server sees it "
                                                "(default localhost)."),
                                    QStringLiteral("HOST"), QStringLiteral("localhost")};
    const QCommandLineOption dbPort{QStringLiteral("db-port"),
                                    QObject::tr("Database port (default: the type's)."),
                                    QStringLiteral("PORT")};
    const QCommandLineOption dbUser{
        QStringLiteral("db-user"),
        QObject::tr("The database user Stitch logs in as: step 2 then checks that the "
                    "database's access rules admit the SSH server (PostgreSQL: pg_hba.conf, "
                    "without a password)."),
        QStringLiteral("USER")};
    const QCommandLineOption dbName{
        QStringLiteral("db-name"),
        QObject::tr("The database Stitch reads (default: PostgreSQL takes the user's name)."),
        QStringLiteral("NAME")};
    const QCommandLineOption dbSsl{
        QStringLiteral("db-ssl"),
        QObject::tr("Stitch connects to the database with SSL (checks hostssl lines).")};
    const QCommandLineOption publicHost{
        QStringLiteral("public-host"),
        QObject::tr("SSH Host for Stitch: the server's public DNS name or address, when "
                    "Stitch reaches it otherwise than --host (default: --host). Shown as "
                    "stitch.ssh_host in --json."),
        QStringLiteral("HOST")};
    const QCommandLineOption noSelfTest{QStringLiteral("no-self-test"),
                                        QObject::tr("Skip the end-to-end self-test.")};
    const QCommandLineOption fixSshd{
        QStringLiteral("fix-sshd"),
        QObject::tr("apply: if sshd's settings keep the tunnel user out (AllowUsers, "
                    "AllowGroups, AllowTcpForwarding, DisableForwarding, "
                    "PubkeyAuthentication; for an RSA key, ssh-rsa signatures refused), add a "
                    "\"Match User\" block for it alone, check it "
                    "with sshd -t and sshd -T, reload sshd, and take it out again unless a "
                    "fresh admin login and the tunnel user's login (the self-test, which "
                    "then always runs) both work. remove takes it out.")};
    const QCommandLineOption enableFirewall{
        QStringLiteral("enable-firewall"),
        QObject::tr("Turn on ufw if no firewall is active (your address is allowed first).")};
    const QCommandLineOption keepSshFrom{
        QStringLiteral("keep-ssh-from"),
        QObject::tr("With --enable-firewall: also keep SSH open to this address/CIDR, e.g. "
                    "your office network (repeatable)."),
        QStringLiteral("CIDR")};
    const QCommandLineOption keyFromStitchOnly{
        QStringList{QStringLiteral("key-from-stitch-only"), QStringLiteral("restrict-key")},
        QObject::tr("Also accept the Stitch key only from Stitch's addresses (from=).")};
    const QCommandLineOption unrestrictedKey{
        QStringLiteral("unrestricted-key"),
        QObject::tr("Add the Stitch key without the tunnel-only options (it could then run "
                    "commands and open any tunnel); only if you need that.")};
    const QCommandLineOption adoptExistingUser{
        QStringLiteral("adopt-existing-user"),
        QObject::tr("Use the tunnel user even though it exists already and this tool did not "
                    "create it.")};
    const QCommandLineOption keepOldKey{
        QStringLiteral("keep-old-key"),
        QObject::tr("apply: keep the Stitch keys this tool installed earlier for the tunnel "
                    "user beside the new one (by default a new key replaces them).")};
    const QCommandLineOption hosts{
        QStringLiteral("hosts"),
        QObject::tr("playbook: the Ansible host pattern the play runs on (default all)."),
        QStringLiteral("PATTERN"), QStringLiteral("all")};
    const QCommandLineOption output{
        QStringLiteral("output"),
        QObject::tr("playbook: write the playbook to FILE instead of standard output (-)."),
        QStringLiteral("FILE")};
    const QCommandLineOption minutes{
        QStringLiteral("minutes"),
        QObject::tr("watch: how long to watch for Stitch; stitch-source: how long to wait for "
                    "Stitch's connection check. In minutes (default 10; at most 60)."),
        QStringLiteral("N"), QStringLiteral("10")};
    const QCommandLineOption tokenFile{
        QStringLiteral("token-file"),
        QObject::tr("stitch-source: file holding a Stitch Connect API token (ac_…), readable "
                    "by you alone."),
        QStringLiteral("FILE")};
    const QCommandLineOption sourceId{
        QStringLiteral("source-id"),
        QObject::tr("stitch-source: the ID of the Stitch source (integration) to fill in."),
        QStringLiteral("N")};
    const QCommandLineOption list{QStringLiteral("list"),
                                  QObject::tr("stitch-source: list the account's sources and "
                                              "change nothing.")};
    const QCommandLineOption apiUrl{QStringLiteral("api-url"),
                                    QObject::tr("stitch-source: the Connect API's address (default "
                                                "https://api.stitchdata.com; for tests)."),
                                    QStringLiteral("URL")};
    const QCommandLineOption caFile{
        QStringLiteral("ca-file"),
        QObject::tr("stitch-source: also trust the CA certificates in this PEM file (a proxy "
                    "that inspects HTTPS)."),
        QStringLiteral("FILE")};
    const QCommandLineOption removeUser{
        QStringLiteral("remove-user"),
        QObject::tr("remove: also delete the user and group, if this tool created them.")};
    const QCommandLineOption removeFirewall{
        QStringLiteral("remove-firewall-rules"),
        QObject::tr("remove: also delete the firewall rules this tool added.")};
    const QCommandLineOption turnOffUfw{
        QStringLiteral("turn-off-ufw"),
        QObject::tr("remove: turn ufw off again, if this tool turned it on (by the server's "
                    "record).")};

    QList<QCommandLineOption> all() const
    {
        return {help,
                version,
                json,
                report,
                showCommands,
                host,
                port,
                login,
                connectTimeout,
                passwordFile,
                identity,
                passphraseFile,
                agent,
                sudoPasswordFile,
                knownHosts,
                acceptNew,
                fingerprint,
                region,
                allowIp,
                publicKeyFile,
                publicKey,
                tunnelUser,
                dbType,
                dbHost,
                dbPort,
                dbUser,
                dbName,
                dbSsl,
                publicHost,
                noSelfTest,
                fixSshd,
                enableFirewall,
                keepSshFrom,
                keyFromStitchOnly,
                unrestrictedKey,
                adoptExistingUser,
                keepOldKey,
                hosts,
                output,
                minutes,
                tokenFile,
                sourceId,
                list,
                apiUrl,
                caFile,
                removeUser,
                removeFirewall,
                turnOffUfw};
    }
};

namespace parsing {

inline Error usage(const QString &message, const QString &fix)
{
    return makeError(ErrorCode::InvalidInput, message, fix);
}

// The name an option goes by in messages and in the command table: its first long name
// (--key-from-stitch-only, not its older name --restrict-key; --help, not -h).
inline QString longName(const QCommandLineOption &option)
{
    for (const QString &name : option.names()) {
        if (name.size() > 1)
            return name;
    }
    return option.names().constFirst();
}

inline QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// `--help` and `help`: what the tool does, its commands, the exit codes, every option.
QString generalHelp(const QList<QCommandLineOption> &all);
// `help COMMAND` and `COMMAND --help`: that command's options only, and examples.
QString commandHelp(CliOptions::Action action, const QList<QCommandLineOption> &all);

// Each group of options into `options`, in this order; the first bad value is the error.
// The setup choices (all commands but connect use them; validating them here means a typo stops
// us before any connection is made).
Status parseChoices(const QCommandLineParser &parser, const CliDefinitions &d, CliOptions &options);
// Stitch's public key, from --public-key or a file (or standard input).
Status parsePublicKey(const QCommandLineParser &parser, const CliDefinitions &d,
                      CliOptions &options);
// The opt-ins (--enable-firewall, --fix-sshd, …) and what remove takes out.
Status parseRunOptions(const QCommandLineParser &parser, const CliDefinitions &d,
                       CliOptions &options);
// The SSH port, and the values only playbook and watch take.
Status parseCommandValues(const QCommandLineParser &parser, const CliDefinitions &d,
                          CliOptions &options);
// "127.0.0.1:2222", "alice@srv", "ssh://…": --host takes the name alone; how to write it.
std::optional<Error> hostSyntaxError(const QString &host);
// How to reach and log in to the server, and how to trust its host key.
Status parseConnection(const QCommandLineParser &parser, const CliDefinitions &d,
                       CliOptions &options);

} // namespace parsing

} // namespace stitch::cli
