#pragma once

#include "common/result.h"
#include "setup_choices.h"
#include "ssh/connection_settings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace stitch {

// The setup file support staff prepare and admins open ("*.stitch-tunnel.json"): the choices
// and how to reach the SSH server. Never a secret: neither struct holds one, and a file with a
// password-like field is refused.
// Format 2 added stitch.sshHost (the SSH Host for Stitch); format 1 files are read as before.
constexpr int kSetupFileVersion = 2;

struct SetupFileContents
{
    ssh::ConnectionSettings connection; // host, port, user, auth method, identity file path
    SetupChoices choices;
};

QJsonObject setupToJson(const ssh::ConnectionSettings &settings, const SetupChoices &choices);
// Validates every field; a bad one gives InvalidInput naming the field ("database.port") and
// the fix. A file from a newer version gives InvalidInput saying so.
Result<SetupFileContents> setupFromJson(const QByteArray &json);

// Refuses to write what it could not read back (and a private key pasted as the public key);
// writes atomically.
Status saveSetupFile(const QString &path, const ssh::ConnectionSettings &settings,
                     const SetupChoices &choices);
Result<SetupFileContents> loadSetupFile(const QString &path);

} // namespace stitch
