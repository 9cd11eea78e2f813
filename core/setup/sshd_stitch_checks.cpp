#include "sshd_stitch_checks.h"

#include <optional>

#include <QObject>

namespace stitch::setup {

namespace {

// sshd's -T list of accepted signature algorithms (older sshd: PubkeyAcceptedKeyTypes).
QStringList acceptedAlgorithms(const ServerFacts &facts)
{
    QString algorithms = facts.sshdValue(QStringLiteral("pubkeyacceptedalgorithms"));
    if (algorithms.isEmpty())
        algorithms = facts.sshdValue(QStringLiteral("pubkeyacceptedkeytypes"));
    return algorithms.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// An RSA key signs with ssh-rsa (SHA-1) or rsa-sha2-256/512, as the client chooses: OpenSSH
// >= 8.8 accepts only the rsa-sha2 ones by default. What Stitch's client does is not known, so
// "works with rsa-sha2 only" is said as a note, not as a pass.
std::optional<Finding> rsaKeyFinding(const QStringList &accepted, const QString &u)
{
    const bool sha1 = accepted.contains(QStringLiteral("ssh-rsa"));
    const bool sha2 = accepted.contains(QStringLiteral("rsa-sha2-512")) ||
                      accepted.contains(QStringLiteral("rsa-sha2-256"));
    const QString fix =
        QObject::tr("Apply with the sshd fix (--fix-sshd): it accepts ssh-rsa signatures for %1 "
                    "alone (\"PubkeyAcceptedAlgorithms +ssh-rsa\" in its Match block).")
            .arg(u);
    if (sha1)
        return std::nullopt;
    if (sha2) {
        return makeFinding(
            Severity::Pass, "sshd.rsa_sha2_only",
            QObject::tr("Stitch's key is an RSA key: this sshd accepts it only "
                        "when the client signs with rsa-sha2-256 or rsa-sha2-512, "
                        "not with ssh-rsa (SHA-1). Whether Stitch's client does "
                        "is not known here; watch tells once Stitch tries."),
            QObject::tr("If watch reports \"key type ssh-rsa\" refused: %1").arg(fix));
    }
    return withRemedy(makeFinding(Severity::Fail, "sshd.key_type_refused",
                                  QObject::tr("sshd does not accept RSA keys "
                                              "(PubkeyAcceptedAlgorithms has neither ssh-rsa nor "
                                              "rsa-sha2-256/512)."),
                                  fix),
                      RemedyKind::FixSshd, {fix});
}

} // namespace

QString clientAliveFix(const QString &tunnelUser)
{
    return QObject::tr("Add \"ClientAliveInterval 60\" and \"ClientAliveCountMax 3\" to a \"Match "
                       "User %1\" block of sshd_config (or the tool's own block, when it wrote "
                       "one), check with sshd -t and reload sshd: sshd then probes the idle "
                       "tunnel every minute, which keeps NAT and firewalls from forgetting it.")
        .arg(tunnelUser);
}

QVector<Finding> sshdStitchChecks(const ServerFacts &facts, const QString &u,
                                  const QString &keyType)
{
    QVector<Finding> out;
    if (facts.sshd.isEmpty())
        return out;
    // MaxStartups START:RATE:FULL: past START unauthenticated connections sshd starts dropping
    // new ones; set that low, the internet's scanners crowd Stitch out.
    const int startups =
        facts.sshdValue(QStringLiteral("maxstartups")).section(QLatin1Char(':'), 0, 0).toInt();
    if (startups > 0 && startups < 3) {
        out << makeFinding(Severity::Warn, "sshd.max_startups_low",
                           QObject::tr("sshd drops new connections once %1 are waiting to log in "
                                       "(MaxStartups): scanners on the internet can keep Stitch "
                                       "out.")
                               .arg(startups),
                           QObject::tr("Raise MaxStartups in sshd_config (the default is "
                                       "10:30:100), then reload sshd."));
    }
    const QStringList accepted = acceptedAlgorithms(facts);
    if (!accepted.isEmpty() && keyType == QLatin1String("ssh-rsa")) {
        if (const std::optional<Finding> f = rsaKeyFinding(accepted, u))
            out << *f;
    } else if (!accepted.isEmpty() && !keyType.isEmpty() && !accepted.contains(keyType)) {
        out << makeFinding(
            Severity::Fail, "sshd.key_type_refused",
            QObject::tr("sshd does not accept %1 keys (PubkeyAcceptedAlgorithms).").arg(keyType),
            QObject::tr("Add %1 to PubkeyAcceptedAlgorithms in sshd_config, or "
                        "ask Stitch for another key type.")
                .arg(keyType));
    }
    // 0 (OpenSSH's default) on nearly every server: a warning would be noise, so a note. It
    // matters only where something between Stitch and the server drops idle connections.
    if (facts.sshdValue(QStringLiteral("clientaliveinterval")) == QLatin1String("0")) {
        out << makeFinding(
            Severity::Pass, "sshd.client_alive_off",
            QObject::tr("sshd does not probe idle connections (ClientAliveInterval "
                        "0, OpenSSH's default). A tunnel that sits idle behind NAT "
                        "or a firewall that drops idle connections can end "
                        "without a word."),
            QObject::tr("If Stitch's tunnel drops when idle: %1").arg(clientAliveFix(u)));
    }
    return out;
}

} // namespace stitch::setup
