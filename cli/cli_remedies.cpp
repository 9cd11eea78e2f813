#include "cli_remedies.h"

#include <QObject>

#include "common/shell_quote.h"

namespace stitch::cli {

namespace {

// The exact command per file that holds the stale entry, quoted for a POSIX shell so it can be
// pasted as it is (values: the known-hosts name, then the files).
QString forgetHostKeyText(const QStringList &values)
{
    // Neither a host name nor a path from argv can hold NUL, the one thing shellQuote refuses.
    const auto quoted = [](const QString &value) {
        auto q = shellQuote(value);
        return q ? q.value() : value;
    };
    QStringList commands;
    for (const QString &file : values.mid(1))
        commands
            << QStringLiteral("ssh-keygen -R %1 -f %2").arg(quoted(values.value(0)), quoted(file));
    return QObject::tr("Ask the server's administrator for its current fingerprint. Only if it "
                       "matches, remove the old entry with: %1")
        .arg(commands.join(QStringLiteral(" ; ")));
}

QString words(const Remedy &remedy)
{
    switch (remedy.kind) {
    case RemedyKind::None:
        break;
    case RemedyKind::EnableFirewall:
        return QObject::tr("Allow only Stitch's addresses in your cloud or network firewall "
                           "(rules below), or turn on ufw with --enable-firewall (your own "
                           "address is allowed first).");
    case RemedyKind::GivePublicKey:
        return QObject::tr("Copy the public key from Stitch (integration settings → SSH "
                           "Tunnel) and pass it with --public-key-file FILE.");
    case RemedyKind::RunSelfTest:
        return QObject::tr("Run apply again (without --no-self-test) to prove the tunnel works.");
    case RemedyKind::FixSshd:
        return QObject::tr("Run apply with --fix-sshd: it adds sshd settings for the tunnel user "
                           "alone, checks them, reloads sshd and takes them out again if your own "
                           "login or the tunnel user's would fail. Or change sshd_config yourself: "
                           "%1")
            .arg(remedy.values.value(0));
    case RemedyKind::AdoptExistingUser:
        return QObject::tr("If this account is meant only for Stitch's tunnel, run again "
                           "with --adopt-existing-user. Otherwise choose another "
                           "--tunnel-user.");
    case RemedyKind::AcceptHostKey:
        return QObject::tr("Compare the fingerprint with the one the server's administrator "
                           "gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub); only if "
                           "they match, run again with --host-key-fingerprint %1 (or "
                           "--accept-new-host-key).")
            .arg(remedy.values.value(0));
    case RemedyKind::ForgetChangedHostKey:
        if (remedy.values.size() > 1)
            return forgetHostKeyText(remedy.values);
        break; // no file holds a readable entry: core's text names the files
    case RemedyKind::GiveSudoPassword:
        return QObject::tr("Put %1's sudo password in a file and run again with "
                           "--sudo-password-file FILE (or set STITCH_TUNNEL_SUDO_PASSWORD).")
            .arg(remedy.values.value(0));
    case RemedyKind::CheckSudoPassword:
        // Neutral about where it came from: the file or the environment variable.
        return QObject::tr("Check that --sudo-password-file (or STITCH_TUNNEL_SUDO_PASSWORD, "
                           "whichever you used) holds %1's own password, not root's; without "
                           "either, the login password is used for sudo.")
            .arg(remedy.values.value(0));
    case RemedyKind::GiveKeyPassphrase:
        return QObject::tr("Put the passphrase of %1 in a file and run again with "
                           "--passphrase-file FILE.")
            .arg(remedy.values.value(0));
    case RemedyKind::CheckKeyPassphrase:
        return QObject::tr("Check the passphrase in the --passphrase-file file (it is case "
                           "sensitive, and only its first line counts).");
    case RemedyKind::ChooseKeyFile:
        return QObject::tr("Give --identity the private key file you log in with (for "
                           "example ~/.ssh/id_ed25519, not the .pub file).");
    case RemedyKind::ReplacePrivateKey:
        return QObject::tr("Delete the private key from the file or option you gave. If it "
                           "was copied anywhere else, treat it as exposed and replace it. "
                           "Then pass Stitch's public key (one line starting with \"ssh-\", "
                           "from Integration settings → SSH Tunnel) with --public-key-file "
                           "FILE.");
    case RemedyKind::GiveDatabaseUser:
        return QObject::tr("Run again with --db-user USER (and --db-name DATABASE, and --db-ssl "
                           "if Stitch connects with SSL) to check them; no password is needed.");
    case RemedyKind::RemoveFirewallRules:
        return QObject::tr("Run remove again with --remove-firewall-rules.");
    case RemedyKind::SaveHostKeyElsewhere:
        return QObject::tr("Check that the folder of %1 is writable, or give a known-hosts file "
                           "you can write with --known-hosts FILE.")
            .arg(remedy.values.value(0));
    case RemedyKind::TrustExtraCa:
        return QObject::tr("Check this computer's date and time. If your company's proxy "
                           "inspects HTTPS, give its CA certificate (PEM) with --ca-file FILE.");
    case RemedyKind::GivePublicHost:
        return QObject::tr("Run again with --public-host and the SSH server's public DNS name "
                           "or address (the one Stitch reaches from the internet), and enter "
                           "that as SSH Host in Stitch.");
    }
    return {};
}

} // namespace

QString fixText(const Finding &finding)
{
    return frontEndFix(finding, words);
}

QString fixText(const Error &error)
{
    return frontEndFix(error, words);
}

} // namespace stitch::cli
