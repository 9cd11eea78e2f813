#pragma once

#include <QMetaType>
#include <QString>

namespace stitch::setup {

struct RunOptions
{
    bool selfTest = true;
    bool enableFirewall = false;    // opt-in: turn on ufw, admin's address first
    bool keyFromStitchOnly = false; // opt-in: the key line also says from="<Stitch's addresses>"
    bool unrestrictedKey = false;   // opt-out: the key line without restrict/permitopen
    bool adoptExistingUser = false; // use an existing account this tool did not create
    bool keepOldKeys = false;       // apply: earlier Stitch keys of ours stay beside a new one
    bool fixSshd = false;    // opt-in: sshd settings that admit the tunnel user and its tunnel
    bool removeUser = false; // remove: also delete user/group
    bool removeFirewallRules = false; // remove: also delete our firewall rules
    // apply: the ApplyPlan::digest of what the admin confirmed; apply refuses, changing
    // nothing, when what it would run is not that (empty: no confirmation, as in the CLI).
    QString confirmedPlan;
    // apply: which steps it changes. Each wizard page's Apply changes its own step (step 1
    // needs no key); the CLI and the self-test change both.
    bool applyFirewall = true;
    bool applyTunnelUser = true;
    // remove: turn ufw off again, which is refused unless the server's record says this tool
    // turned it on
    bool turnOffUfw = false;
};

// The values to type into Stitch's connection form, under Stitch's own field names.
struct StitchFormValues
{
    QString sshHost;           // SSH Host: the public host given, else the address connected to
    bool sshHostGiven = false; // the admin gave sshHost (--public-host, the Finish page's field)
    quint16 sshPort = 22;
    QString sshUser;
    QString databaseHost; // Host (Endpoint)
    quint16 databasePort = 0;
};

} // namespace stitch::setup

Q_DECLARE_METATYPE(stitch::setup::RunOptions)
