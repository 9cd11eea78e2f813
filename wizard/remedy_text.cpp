#include "remedy_text.h"

#include <QCoreApplication>

namespace stitch::wizard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stitch::wizard::RemedyText", text);
}

QString wording(const Remedy &remedy, const QString &neutral)
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
        return tr("Click \"Run self-test\" to prove the tunnel works.");
    case RemedyKind::AdoptExistingUser:
        return tr("If this account is meant only for Stitch's tunnel, tick \"Use the existing "
                  "account\" and apply. Otherwise choose another name.");
    }
    return neutral;
}

} // namespace

QString fixText(const Finding &finding)
{
    return wording(finding.remedy, finding.fix);
}

QString fixText(const Error &error)
{
    return wording(error.remedy, error.fix);
}

} // namespace stitch::wizard
