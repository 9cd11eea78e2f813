#include "cli_remedies.h"

namespace stitch::cli {

namespace {

QString wording(const Remedy &remedy, const QString &neutral)
{
    switch (remedy.kind) {
    case RemedyKind::None:
        break;
    case RemedyKind::EnableFirewall:
        return QStringLiteral("Allow only Stitch's addresses in your cloud or network firewall "
                              "(rules below), or turn on ufw with --enable-firewall (your own "
                              "address is allowed first).");
    case RemedyKind::GivePublicKey:
        return QStringLiteral("Copy the public key from Stitch (integration settings → SSH "
                              "Tunnel) and pass it with --public-key-file FILE.");
    case RemedyKind::RunSelfTest:
        return QStringLiteral("Run apply without --no-self-test to prove the tunnel works.");
    case RemedyKind::AdoptExistingUser:
        return QStringLiteral("If this account is meant only for Stitch's tunnel, run again "
                              "with --adopt-existing-user. Otherwise choose another "
                              "--tunnel-user.");
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

} // namespace stitch::cli
