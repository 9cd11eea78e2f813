#pragma once

#include "common/result.h"
#include "setup_choices.h"
#include "ssh/connection_settings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace stitch {

// The setup file support staff prepare and admins open ("*.stitch-tunnel", the type the packages
// register): the choices and how to reach the SSH server. Never a secret: neither struct holds one,
// and a file with a password-like field is refused. Format 2 added stitch.sshHost (the SSH Host for
// Stitch), format 3 the opt-ins; older files are read as before (no opt-in ticked).
constexpr int kSetupFileVersion = 3;

// The opt-ins support staff tick for the customer ("optIns" in the file): how the steps are
// done, each off unless ticked.
struct SetupOptIns
{
    bool enableFirewall = false;    // turn on ufw when no firewall is active
    bool keyFromStitchOnly = false; // the key works only from Stitch's addresses
    bool adoptExistingUser = false; // use an existing account of that name
    bool fixSshd = false;           // sshd settings that admit the tunnel user

    bool operator==(const SetupOptIns &o) const
    {
        return enableFirewall == o.enableFirewall && keyFromStitchOnly == o.keyFromStitchOnly &&
               adoptExistingUser == o.adoptExistingUser && fixSshd == o.fixSshd;
    }
};

struct SetupFileContents
{
    ssh::ConnectionSettings connection; // host, port, user, auth method, identity file path
    SetupChoices choices;
    SetupOptIns optIns;
};

QJsonObject setupToJson(const ssh::ConnectionSettings &settings, const SetupChoices &choices,
                        const SetupOptIns &optIns = {});
// Validates every field; a bad one gives InvalidInput naming the field ("database.port") and
// the fix. A file from a newer version gives InvalidInput saying so.
Result<SetupFileContents> setupFromJson(const QByteArray &json);

// Refuses to write what it could not read back (and a private key pasted as the public key);
// writes atomically.
Status saveSetupFile(const QString &path, const ssh::ConnectionSettings &settings,
                     const SetupChoices &choices, const SetupOptIns &optIns = {});
Result<SetupFileContents> loadSetupFile(const QString &path);

} // namespace stitch
