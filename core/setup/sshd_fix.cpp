#include "sshd_fix.h"

#include <QRegularExpression>

#include <array>

namespace stitch::setup {

namespace {

// The keywords a fix may set, in the order they are written (a fixed order, so the same
// settings always make the same bytes). ClientAliveInterval and ClientAliveCountMax are never
// added by the tool (OpenSSH's default 0 is only a note): kept when the admin put them in our
// block, as the note's fix says, so that applying again does not take them out.
constexpr std::array<const char *, 9> kKeywords = {"AllowUsers",
                                                   "AllowGroups",
                                                   "AllowTcpForwarding",
                                                   "AllowStreamLocalForwarding",
                                                   "DisableForwarding",
                                                   "PubkeyAuthentication",
                                                   "PubkeyAcceptedAlgorithms",
                                                   "ClientAliveInterval",
                                                   "ClientAliveCountMax"};

// What the block adds to sshd's signature algorithms for an RSA Stitch key: ssh-rsa (SHA-1),
// which OpenSSH >= 8.8 refuses by default, for the tunnel user alone (whose key opens one tunnel
// and nothing else). Stitch's client may sign only with it; nobody outside Stitch knows.
const QString kPlusSshRsa = QStringLiteral("+ssh-rsa");

} // namespace

bool streamLocalForwardingAllowed(const ServerFacts &facts)
{
    const QString value = facts.sshdValue(QStringLiteral("allowstreamlocalforwarding"));
    return value == QLatin1String("yes") || value == QLatin1String("all") ||
           value == QLatin1String("remote");
}

bool sshdListNames(const QStringList &entries, const QString &name)
{
    for (const QString &line : entries) {
        for (const QString &e : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString who = e.section(QLatin1Char('@'), 0, 0);
            const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(who));
            if (glob.match(name).hasMatch())
                return true;
        }
    }
    return false;
}

SshdFix sshdFixFor(const ServerFacts &facts, const SetupPlan &plan)
{
    const QString u = plan.tunnelUser;
    const QString group = facts.userPrimaryGroup.isEmpty() ? u : facts.userPrimaryGroup;
    QHash<QString, QString> wanted; // lower-case keyword → value

    // What our block already sets stays (it is why sshd -T now looks right).
    for (const QString &line : facts.sshdFixLines) {
        const QString keyword = line.section(QLatin1Char(' '), 0, 0).toLower();
        const QString value = line.section(QLatin1Char(' '), 1).trimmed();
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (keyword != QLatin1String("match") &&
            (plain.match(value).hasMatch() ||
             (keyword == QLatin1String("pubkeyacceptedalgorithms") && value == kPlusSshRsa)))
            wanted.insert(keyword, value);
    }
    if (!facts.sshd.isEmpty()) {
        const QStringList allowUsers = facts.sshd.value(QStringLiteral("allowusers"));
        if (!allowUsers.isEmpty() && !sshdListNames(allowUsers, u))
            wanted.insert(QStringLiteral("allowusers"), u);
        const QStringList allowGroups = facts.sshd.value(QStringLiteral("allowgroups"));
        if (!allowGroups.isEmpty() && !sshdListNames(allowGroups, group))
            wanted.insert(QStringLiteral("allowgroups"), group);
        const QString forwarding = facts.sshdValue(QStringLiteral("allowtcpforwarding"));
        if (forwarding == QLatin1String("no") || forwarding == QLatin1String("remote"))
            wanted.insert(QStringLiteral("allowtcpforwarding"), QStringLiteral("local"));
        // The one thing the key's options cannot forbid: Unix-domain socket forwarding (ssh -R
        // /path:… makes a socket on the server as the tunnel user); the tunnel needs none.
        if (streamLocalForwardingAllowed(facts))
            wanted.insert(QStringLiteral("allowstreamlocalforwarding"), QStringLiteral("no"));
        if (facts.sshdValue(QStringLiteral("disableforwarding")) == QLatin1String("yes"))
            wanted.insert(QStringLiteral("disableforwarding"), QStringLiteral("no"));
        if (facts.sshdValue(QStringLiteral("pubkeyauthentication")) == QLatin1String("no"))
            wanted.insert(QStringLiteral("pubkeyauthentication"), QStringLiteral("yes"));
        const QString algorithms = facts.sshdValue(QStringLiteral("pubkeyacceptedalgorithms"));
        if (plan.keyLine.startsWith(QLatin1String("ssh-rsa ")) && !algorithms.isEmpty() &&
            !algorithms.split(QLatin1Char(',')).contains(QStringLiteral("ssh-rsa")))
            wanted.insert(QStringLiteral("pubkeyacceptedalgorithms"), kPlusSshRsa);
    }

    SshdFix fix;
    for (const char *keyword : kKeywords) {
        const QString name = QLatin1String(keyword);
        const QString value = wanted.value(name.toLower());
        if (value.isEmpty())
            continue;
        fix.settings << name + QLatin1Char(' ') + value;
        if (value != kPlusSshRsa) {
            fix.expected << name.toLower() + QLatin1Char(' ') + value;
            continue;
        }
        // sshd -T prints the whole list: the one it has now, with ssh-rsa at its end.
        QStringList list = facts.sshdValue(QStringLiteral("pubkeyacceptedalgorithms"))
                               .split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!list.contains(QStringLiteral("ssh-rsa")))
            list << QStringLiteral("ssh-rsa");
        if (list.size() > 1)
            fix.expected << name.toLower() + QLatin1Char(' ') + list.join(QLatin1Char(','));
    }
    return fix;
}

} // namespace stitch::setup
