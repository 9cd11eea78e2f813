#include "remedy_text.h"

#include <QCoreApplication>

namespace stitch::wizard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stitch::wizard", text);
}

QString words(const Remedy &remedy)
{
    switch (remedy.kind) {
    case RemedyKind::None:
        break;
    case RemedyKind::EnableFirewall:
        return tr("Allow only Stitch's addresses in your cloud or network firewall (rules "
                  "below), or tick \"Turn on ufw for me\" and apply.");
    case RemedyKind::GivePublicKey:
        return tr("Copy the public key from Stitch (integration settings → SSH Tunnel) and "
                  "paste it on step 3.");
    case RemedyKind::RunSelfTest:
        // Shown with a step 5 result, when the button says "again".
        return tr("Click \"Run self-test again\" to prove the tunnel works.");
    case RemedyKind::FixSshd:
        return tr("Tick \"Fix sshd for the tunnel user\" and apply: the wizard adds sshd "
                  "settings for the tunnel user alone, checks them, reloads sshd and takes them "
                  "out again if your own login or the tunnel user's would fail. Or change "
                  "sshd_config yourself: %1")
            .arg(remedy.values.value(0));
    case RemedyKind::AdoptExistingUser:
        return tr("If this account is meant only for Stitch's tunnel, tick \"Use the existing "
                  "account\" and apply. Otherwise choose another name.");
    case RemedyKind::AcceptHostKey:
        return tr("Compare the fingerprint with the one the server's administrator gives you "
                  "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub); only if they match, click "
                  "\"Accept and save\" or \"Connect once\".");
    case RemedyKind::ForgetChangedHostKey:
        return tr("Ask the server's administrator for its current fingerprint. Only if it "
                  "matches, remove the old entry for %1 from %2, then connect again.")
            .arg(remedy.values.value(0), remedy.values.mid(1).join(tr(" and ")));
    case RemedyKind::GiveSudoPassword:
        return tr("Under \"sudo password\", choose \"Same as the login password\" or \"A "
                  "different password\" and enter it.");
    case RemedyKind::CheckSudoPassword:
        return tr("Under \"sudo password\", enter %1's own password (sudo asks for the login "
                  "password, not root's).")
            .arg(remedy.values.value(0));
    case RemedyKind::GiveKeyPassphrase:
        return tr("Enter the key's passphrase.");
    case RemedyKind::CheckKeyPassphrase:
        return tr("Check the passphrase (it is case sensitive).");
    case RemedyKind::ChooseKeyFile:
        return tr("Click \"Browse…\" and choose the private key file you log in with (for "
                  "example ~/.ssh/id_ed25519).");
    case RemedyKind::ReplacePrivateKey:
        return tr("Clear this field. If this private key was copied anywhere else, treat it as "
                  "exposed and replace it. Then copy Stitch's public key (one line starting "
                  "with \"ssh-\") from the Stitch web app: Integration settings → SSH Tunnel.");
    case RemedyKind::GiveDatabaseUser:
        return tr("Enter Stitch's database user (and the database) above and check again; no "
                  "password is needed.");
    case RemedyKind::RemoveFirewallRules:
        return tr("Open Tools → Remove Stitch access again and tick \"Also delete the firewall "
                  "rules this tool added\".");
    case RemedyKind::SaveHostKeyElsewhere:
        return tr("Check that the folder of %1 is writable, or choose \"Connect once\" when the "
                  "host key is shown (the key is then not saved).")
            .arg(remedy.values.value(0));
    case RemedyKind::TrustExtraCa:
        // The wizard has no field for an extra CA file: the CLI has.
        return tr("Check this computer's date and time. If your company's proxy inspects HTTPS, "
                  "use stitch-tunnel stitch-source with --ca-file and its CA certificate (PEM).");
    case RemedyKind::GivePublicHost:
        return tr("Type the SSH server's public DNS name or address (the one Stitch reaches from "
                  "the internet) into the SSH Host field above: it can be edited.");
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

} // namespace stitch::wizard
