#pragma once

#include <QString>
#include <QStringList>

namespace stitch {

// A fix that is an action in the front end (a CLI flag, a wizard checkbox), so each front end
// words it itself. Core still writes a neutral `fix` text next to it, which is what a front end
// shows for a remedy it has no words for, and what reports contain.
enum class RemedyKind
{
    None,
    EnableFirewall,    // let the tool turn on ufw (the admin's address first)
    GivePublicKey,     // provide Stitch's public key
    RunSelfTest,       // apply again with the end-to-end self-test
    AdoptExistingUser, // confirm that an existing account may carry Stitch's key
    FixSshd,           // let the tool write sshd settings that admit the tunnel user (only it)
    // Errors whose fix is an answer the front end asks for (a flag, a field, a dialog):
    AcceptHostKey,        // trust a server seen for the first time; values: {fingerprint}
    ForgetChangedHostKey, // drop a stale known-hosts entry; values: {known-hosts name, files…}
    GiveSudoPassword,     // sudo asked for a password and none was given; values: {user}
    CheckSudoPassword,    // the sudo password was refused; values: {user}
    GiveKeyPassphrase,    // the private key is encrypted; values: {key file}
    CheckKeyPassphrase,   // the passphrase did not open the key; values: {key file}
    ChooseKeyFile,        // name a readable private key file to log in with
    ReplacePrivateKey,    // a private key was given where Stitch's public key belongs
    GiveDatabaseUser,     // name Stitch's database user (and database) to check access rules
    GivePublicHost,       // the SSH Host for Stitch is private: give the public name/address
    SaveHostKeyElsewhere, // the known-hosts file cannot be written; values: {the file}
    RemoveFirewallRules,  // remove again, this time with the firewall rules the tool added
    TrustExtraCa,         // a TLS-inspecting proxy: trust its CA certificate for Stitch's API
};

// The stable machine-readable name of a kind, e.g. "enable_firewall"; empty for None.
QString remedyKindName(RemedyKind kind);

struct Remedy
{
    RemedyKind kind = RemedyKind::None;
    QStringList values; // what the wording needs (a path, a port, a fingerprint), kind-specific

    bool isNone() const { return kind == RemedyKind::None; }
};

// A finding's or an error's fix as one front end words it: `words` gives the front end's text for
// a remedy, or nothing where core's neutral `fix` stands.
template <typename WithRemedy>
QString frontEndFix(const WithRemedy &item, QString (*words)(const Remedy &remedy))
{
    const QString own = words(item.remedy);
    return own.isEmpty() ? item.fix : own;
}

} // namespace stitch
