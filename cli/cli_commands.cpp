#include "cli_commands.h"

#include <QObject>

#include <QList>

namespace stitch::cli {

namespace {

using Action = CliOptions::Action;

struct Command
{
    const char *name;
    Action action;
};

const Command kCommands[] = {{"connect", Action::Connect}, {"check", Action::Check},
                             {"apply", Action::Apply},     {"remove", Action::Remove},
                             {"script", Action::Script},   {"playbook", Action::Playbook},
                             {"watch", Action::Watch},     {"stitch-source", Action::StitchSource}};

QString nameOf(Action action)
{
    for (const Command &c : kCommands)
        if (c.action == action)
            return QLatin1String(c.name);
    return {};
}

// Which commands read each option; an option missing here (help, version) fits every command.
// Every other option of cliOptions() has a row (tests/unit/cli_option_docs_test.cpp). Keep in
// step with what each command really does with it: a row that lists a command which ignores the
// option lets that option be dropped silently again.
struct OptionUse
{
    const char *option;
    QList<Action> commands;
};

const QList<Action> kOnline{Action::Connect, Action::Check, Action::Apply, Action::Remove,
                            Action::Watch};

const OptionUse kUses[] = {
    // Reaching and logging in to the server: the script is run by hand on it instead.
    {"host", kOnline + QList<Action>{Action::StitchSource}},
    // The SSH port: the firewall rules of the script and the playbook are for it too.
    {"port",
     {Action::Connect, Action::Check, Action::Apply, Action::Remove, Action::Script,
      Action::Playbook, Action::Watch, Action::StitchSource}},
    {"login", kOnline},
    {"password-file", kOnline},
    {"identity", kOnline},
    {"passphrase-file", kOnline},
    {"agent", kOnline},
    {"sudo-password-file", kOnline},
    {"known-hosts", kOnline},
    {"accept-new-host-key", kOnline},
    {"host-key-fingerprint", kOnline},
    {"connect-timeout", kOnline},
    // The script prints a script, never JSON.
    {"json", kOnline + QList<Action>{Action::StitchSource}},
    // What to set up; connect sets nothing up. remove needs the user and the key to take out,
    // and Stitch's addresses only with --remove-firewall-rules (checked below).
    // watch: the addresses it watches for, the key and user it compares, the tunnel's target.
    {"region",
     {Action::Check, Action::Apply, Action::Remove, Action::Script, Action::Playbook,
      Action::Watch}},
    {"allow-ip",
     {Action::Check, Action::Apply, Action::Remove, Action::Script, Action::Playbook,
      Action::Watch}},
    {"public-key",
     {Action::Check, Action::Apply, Action::Remove, Action::Script, Action::Playbook,
      Action::Watch}},
    {"public-key-file",
     {Action::Check, Action::Apply, Action::Remove, Action::Script, Action::Playbook,
      Action::Watch}},
    {"tunnel-user",
     {Action::Check, Action::Apply, Action::Remove, Action::Script, Action::Playbook, Action::Watch,
      Action::StitchSource}},
    // stitch-source: the values it writes into Stitch's form.
    {"db-type",
     {Action::Check, Action::Apply, Action::Script, Action::Playbook, Action::Watch,
      Action::StitchSource}},
    {"db-host",
     {Action::Check, Action::Apply, Action::Script, Action::Playbook, Action::Watch,
      Action::StitchSource}},
    {"db-port",
     {Action::Check, Action::Apply, Action::Script, Action::Playbook, Action::Watch,
      Action::StitchSource}},
    // Only step 2's access-rule check reads these; the script changes nothing for them.
    // stitch-source writes them into Stitch's form.
    {"db-user", {Action::Check, Action::Apply, Action::StitchSource}},
    {"db-name", {Action::Check, Action::Apply, Action::StitchSource}},
    {"db-ssl", {Action::Check, Action::Apply}},
    // Only what shows Stitch's form values (the script prints none; remove and connect none).
    {"public-host", {Action::Check, Action::Apply, Action::StitchSource}},
    // How to set it up: check compares the server with (and shows the commands for) the same
    // choices apply would use; the script and the playbook carry them.
    {"enable-firewall", {Action::Check, Action::Apply, Action::Script, Action::Playbook}},
    {"keep-ssh-from", {Action::Check, Action::Apply, Action::Script, Action::Playbook}},
    {"key-from-stitch-only", {Action::Check, Action::Apply, Action::Script, Action::Playbook}},
    {"unrestricted-key", {Action::Check, Action::Apply, Action::Script, Action::Playbook}},
    {"adopt-existing-user", {Action::Check, Action::Apply, Action::Script, Action::Playbook}},
    {"no-self-test", {Action::Apply}},
    // Rotation: what apply does with the Stitch keys it wrote before.
    {"keep-old-key", {Action::Apply}},
    // Changes sshd: only apply (remove always takes our sshd settings out again; the script for
    // the admin does steps 1 and 4 only).
    {"fix-sshd", {Action::Apply}},
    {"remove-user", {Action::Remove}},
    {"remove-firewall-rules", {Action::Remove}},
    {"turn-off-ufw", {Action::Remove}},
    // Output: remove has no commands to show; connect and script make no report.
    {"show-commands", {Action::Check, Action::Apply}},
    {"report", {Action::Check, Action::Apply, Action::Remove}},
    {"hosts", {Action::Playbook}},
    // stitch-source: how long to wait for Stitch's connection check.
    {"minutes", {Action::Watch, Action::StitchSource}},
    {"token-file", {Action::StitchSource}},
    {"source-id", {Action::StitchSource}},
    {"list", {Action::StitchSource}},
    {"api-url", {Action::StitchSource}},
    {"ca-file", {Action::StitchSource}},
    {"output", {Action::Playbook}},
};

Error conflict(const QString &message, const QString &fix)
{
    return makeError(ErrorCode::InvalidInput, message, fix);
}

QString dashed(const char *option)
{
    return QStringLiteral("--") + QLatin1String(option);
}

QString commandList(const QList<Action> &actions)
{
    QStringList names;
    for (Action a : actions)
        names << nameOf(a);
    return names.join(QStringLiteral(", "));
}

} // namespace

QStringList commandNames()
{
    QStringList names;
    for (const Command &c : kCommands)
        names << QLatin1String(c.name);
    return names;
}

std::optional<CliOptions::Action> commandNamed(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return c.action;
    return std::nullopt;
}

QStringList commandOptionNames()
{
    QStringList names;
    for (const OptionUse &use : kUses)
        names << QLatin1String(use.option);
    return names;
}

bool commandTakes(CliOptions::Action action, const QString &option)
{
    for (const OptionUse &use : kUses) {
        if (option == QLatin1String(use.option))
            return use.commands.contains(action);
    }
    return true;
}

QString commandSummary(CliOptions::Action action)
{
    switch (action) {
    case Action::Connect:
        return QObject::tr("Connect, verify the host key, log in and check administrator rights.");
    case Action::Check:
        return QObject::tr("Inspect all five steps on the server; change nothing.");
    case Action::Apply:
        return QObject::tr("Do steps 1 and 4, verify every step, run the end-to-end self-test.");
    case Action::Remove:
        return QObject::tr("Take Stitch's access away again: every Stitch key this tool "
                           "installed, the sshd settings of --fix-sshd, and with options the "
                           "account and the firewall rules.");
    case Action::Script:
        return QObject::tr("Print a POSIX sh script doing steps 1 and 4, to run by hand.");
    case Action::Playbook:
        return QObject::tr("Write an Ansible playbook doing what apply does, for every host of "
                           "an inventory.");
    case Action::Watch:
        return QObject::tr("Read sshd's log on the server while Stitch connects, and say "
                           "whether Stitch got in and, if not, why (read-only).");
    case Action::StitchSource:
        return QObject::tr("Optional, with a Stitch Connect API token: write the SSH values into "
                           "a Stitch source and say what Stitch's own connection check found "
                           "(--list shows the sources).");
    case Action::Help:
    case Action::Version:
        break;
    }
    return {};
}

QString commandExamples(CliOptions::Action action)
{
    // Command lines, not prose: the same in every language.
    switch (action) {
    case Action::Connect:
        return QStringLiteral(
            "  stitch-tunnel connect --host db-bastion.example.com --login admin\n"
            "  stitch-tunnel connect --host 10.0.0.5 --port 2222 --login admin "
            "--identity ~/.ssh/id_ed25519\n");
    case Action::Check:
        return QStringLiteral("  stitch-tunnel check --host bastion --login admin "
                              "--public-key-file stitch.pub --db-host 10.0.1.5\n"
                              "  stitch-tunnel check --host bastion --login admin "
                              "--public-key-file stitch.pub --db-host 10.0.1.5 --json\n");
    case Action::Apply:
        return QStringLiteral("  stitch-tunnel apply --host bastion --login admin "
                              "--public-key-file stitch.pub --db-host 10.0.1.5\n"
                              "  stitch-tunnel apply --host bastion --login admin "
                              "--public-key-file stitch.pub --db-host 10.0.1.5 --db-type mysql "
                              "--region europe --report setup.md\n");
    case Action::Remove:
        return QStringLiteral("  stitch-tunnel remove --host bastion --login admin\n"
                              "  stitch-tunnel remove --host bastion --login admin --remove-user "
                              "--remove-firewall-rules --turn-off-ufw\n");
    case Action::Script:
        return QStringLiteral("  stitch-tunnel script --public-key-file stitch.pub --db-host "
                              "10.0.1.5 > stitch-setup.sh\n");
    case Action::Playbook:
        return QStringLiteral("  stitch-tunnel playbook --public-key-file stitch.pub --db-host "
                              "10.0.1.5 --hosts bastions --output stitch-tunnel.yml\n");
    case Action::Watch:
        return QStringLiteral("  stitch-tunnel watch --host bastion --login admin "
                              "--public-key-file stitch.pub --db-host 10.0.1.5\n"
                              "  stitch-tunnel watch --host bastion --login admin "
                              "--public-key-file stitch.pub --db-host 10.0.1.5 --minutes 20 "
                              "--json\n");
    case Action::StitchSource:
        return QStringLiteral("  stitch-tunnel stitch-source --token-file ~/.stitch-token --list\n"
                              "  stitch-tunnel stitch-source --token-file ~/.stitch-token "
                              "--source-id 123456 --host bastion.example.com --db-host 10.0.1.5\n");
    case Action::Help:
    case Action::Version:
        break;
    }
    return {};
}

Status checkOptionsFit(const QCommandLineParser &parser, CliOptions::Action action)
{
    // Every option the command does not take, in one message: one run to put them all right.
    QStringList refused;
    const OptionUse *first = nullptr;
    for (const OptionUse &use : kUses) {
        if (parser.isSet(QLatin1String(use.option)) && !use.commands.contains(action)) {
            refused << dashed(use.option);
            if (!first)
                first = &use;
        }
    }
    if (refused.size() == 1)
        return conflict(
            QObject::tr("%1 has no effect with %2.").arg(refused.first(), nameOf(action)),
            QObject::tr("Leave out %1; it is for: %2.")
                .arg(refused.first(), commandList(first->commands)));
    if (!refused.isEmpty())
        return conflict(QObject::tr("%1 have no effect with %2.")
                            .arg(refused.join(QStringLiteral(", ")), nameOf(action)),
                        QObject::tr("Leave them out."));
    const auto both = [&parser](const char *a, const char *b) {
        return parser.isSet(QLatin1String(a)) && parser.isSet(QLatin1String(b));
    };
    if (both("region", "allow-ip"))
        return conflict(QObject::tr("--region has no effect with --allow-ip: the addresses "
                                    "given replace the region's list."),
                        QObject::tr("Give either --region or --allow-ip."));
    if (action == Action::Remove && !parser.isSet(QStringLiteral("remove-firewall-rules"))) {
        for (const char *option : {"region", "allow-ip"})
            if (parser.isSet(QLatin1String(option)))
                return conflict(
                    QObject::tr("%1 has no effect with remove unless the firewall rules are "
                                "removed too.")
                        .arg(dashed(option)),
                    QObject::tr("Add --remove-firewall-rules, or leave out %1.")
                        .arg(dashed(option)));
    }
    if (both("show-commands", "json"))
        return conflict(QObject::tr("--show-commands has no effect with --json: the JSON "
                                    "report always holds the commands."),
                        QObject::tr("Leave out --show-commands."));
    if (both("host-key-fingerprint", "accept-new-host-key"))
        return conflict(QObject::tr("--accept-new-host-key has no effect with "
                                    "--host-key-fingerprint, which accepts a new key only if "
                                    "it matches."),
                        QObject::tr("Give only --host-key-fingerprint (the safer one)."));
    return {};
}

} // namespace stitch::cli
