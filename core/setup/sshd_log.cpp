#include "sshd_log.h"

#include "sshd_stitch_checks.h"

#include <QObject>
#include <QRegularExpression>

namespace stitch::setup {

namespace {

// The connection a line names: "from ADDRESS port N", "user U ADDRESS port N", "by ADDRESS port
// N", "Connection from ADDRESS port N on …".
const QRegularExpression kConnection(
    QStringLiteral("(?:from|user \\S+|by|by authenticating user \\S+) (\\S+) port (\\d+)"));
const QRegularExpression kAccepted(
    QStringLiteral("Accepted publickey for (\\S+) from (\\S+) port (\\d+) ssh2: (\\S+) (\\S+)"));
const QRegularExpression kFailed(
    QStringLiteral("Failed publickey for (\\S+) from (\\S+) port (\\d+) ssh2: (\\S+) (\\S+)"));
const QRegularExpression kClosedAuthenticating(
    QStringLiteral("Connection closed by authenticating user (\\S+) (\\S+) port (\\d+)"));
const QRegularExpression
    kInvalidUser(QStringLiteral("Invalid user (\\S*) from (\\S+) port (\\d+)"));
const QRegularExpression
    kNotAllowed(QStringLiteral("User (\\S+) from (\\S+) not allowed because (.*)$"));
const QRegularExpression kTypeRefused(
    QStringLiteral("(?:key type|signature algorithm) (\\S+) not in PubkeyAcceptedAlgorithms"));
const QRegularExpression
    kBadModes(QStringLiteral("Authentication refused: (bad ownership or modes for \\S+ \\S+)"));
// "Received request from ADDRESS port N to connect to …" (OpenSSH 9; older ones name no
// originator), or AllowTcpForwarding's refusal.
const QRegularExpression kForwardDenied(QStringLiteral(
    "(?:Received request (?:from (\\S+) port (\\d+) )?to connect to host (\\S+) port (\\d+), "
    "but the request was denied|refused local port forward: originator (\\S+) port (\\d+), "
    "target (\\S+) port (\\d+))"));
// "Connection reset by ADDRESS port N", "Read error from remote host ADDRESS port N: Connection
// timed out": the network ended the connection, not Stitch or sshd.
const QRegularExpression kCut(QStringLiteral("(?:Connection reset by|Read error from remote "
                                             "host|Connection timed out by) (\\S+) port (\\d+)"));
const QRegularExpression kTimeout(QStringLiteral("Timeout, client not responding"));
const QRegularExpression kEnded(QStringLiteral(
    "(?:Disconnected from user \\S+|Received disconnect from|Connection closed by) (\\S+) port "
    "(\\d+)"));

QString withoutPreauth(QString text)
{
    return text.remove(QStringLiteral(" [preauth]")).trimmed();
}

} // namespace

namespace {

// Reads sshd's lines one by one into attempts, one per client address and port.
class LogReader
{
public:
    QVector<StitchAttempt> attempts;

    void read(const QString &line)
    {
        if (!readLogin(line) && !readRefusal(line))
            readSession(line);
    }

private:
    // The attempt of ADDRESS:PORT, made when first seen.
    StitchAttempt *attemptOf(const QString &address, const QString &port)
    {
        for (auto it = attempts.rbegin(); it != attempts.rend(); ++it) {
            if (it->address == address && it->port == port)
                return &*it;
        }
        StitchAttempt a;
        a.address = address;
        a.port = port;
        attempts << a;
        return &attempts.last();
    }

    // A login accepted or refused, with who and which key.
    bool readLogin(const QString &line)
    {
        QRegularExpressionMatch m;
        if ((m = kAccepted.match(line)).hasMatch() || (m = kFailed.match(line)).hasMatch()) {
            const bool accepted = m.regularExpression() == kAccepted;
            m_last = attemptOf(m.captured(2), m.captured(3));
            m_last->user = m.captured(1);
            m_last->keyType = m.captured(4);
            m_last->keyFingerprint = m.captured(5);
            if (accepted) {
                m_last->accepted = true;
                m_last->refusal.clear();
            } else if (m_last->refusal.isEmpty()) {
                m_last->refusal = QStringLiteral("key_refused");
            }
            return true;
        }
        if ((m = kInvalidUser.match(line)).hasMatch()) {
            m_last = attemptOf(m.captured(2), m.captured(3));
            m_last->user = m.captured(1);
            m_last->refusal = QStringLiteral("invalid_user");
            return true;
        }
        if ((m = kClosedAuthenticating.match(line)).hasMatch()) {
            m_last = attemptOf(m.captured(2), m.captured(3));
            m_last->user = m.captured(1);
            m_last->ended = true;
            if (!m_last->accepted && m_last->refusal.isEmpty())
                m_last->refusal = QStringLiteral("key_refused");
            return true;
        }
        return false;
    }

    // Why sshd refused: the account, the key type, the modes (on the last attempt seen).
    bool readRefusal(const QString &line)
    {
        QRegularExpressionMatch m;
        if ((m = kNotAllowed.match(line)).hasMatch()) {
            // Names the address but not the port: the last connection from that address.
            StitchAttempt *from = nullptr;
            for (auto it = attempts.rbegin(); it != attempts.rend() && !from; ++it) {
                if (it->address == m.captured(2))
                    from = &*it;
            }
            m_last = from ? from : attemptOf(m.captured(2), QString());
            m_last->user = m.captured(1);
            m_last->refusal = QStringLiteral("not_allowed");
            m_last->refusalDetail = withoutPreauth(m.captured(3));
            return true;
        }
        if ((m = kTypeRefused.match(line)).hasMatch()) {
            if (m_last) {
                m_last->refusal = QStringLiteral("key_type_refused");
                m_last->keyType = m.captured(1);
                m_last->refusalDetail = withoutPreauth(line.mid(m.capturedStart()));
            }
            return true;
        }
        if ((m = kBadModes.match(line)).hasMatch()) {
            if (m_last) {
                m_last->refusal = QStringLiteral("bad_modes");
                m_last->refusalDetail = m.captured(1);
            }
            return true;
        }
        return false;
    }

    // After the login: the forward refused, the connection cut, timed out or ended.
    void readSession(const QString &line)
    {
        QRegularExpressionMatch m;
        if ((m = kForwardDenied.match(line)).hasMatch()) {
            const bool denied = m.capturedLength(3) > 0; // else AllowTcpForwarding's refusal
            const QString from = m.captured(denied ? 1 : 5);
            if (!from.isEmpty())
                m_last = attemptOf(from, m.captured(denied ? 2 : 6));
            if (m_last) {
                m_last->forwardDenied = QStringLiteral("%1:%2").arg(m.captured(denied ? 3 : 7),
                                                                    m.captured(denied ? 4 : 8));
            }
        } else if ((m = kCut.match(line)).hasMatch()) {
            m_last = attemptOf(m.captured(1), m.captured(2));
            m_last->cutByNetwork = m_last->accepted;
            m_last->ended = true;
        } else if (kTimeout.match(line).hasMatch()) {
            if ((m = kConnection.match(line)).hasMatch())
                m_last = attemptOf(m.captured(1), m.captured(2));
            if (m_last) {
                m_last->idleTimeout = true;
                m_last->ended = true;
            }
        } else if ((m = kEnded.match(line)).hasMatch()) {
            m_last = attemptOf(m.captured(1), m.captured(2));
            m_last->ended = true;
        } else if ((m = kConnection.match(line)).hasMatch()) {
            m_last = attemptOf(m.captured(1), m.captured(2));
        }
    }

    StitchAttempt *m_last = nullptr; // the attempt a line without an address is about
};

} // namespace

QVector<StitchAttempt> parseSshdLog(const QStringList &lines)
{
    LogReader reader;
    for (const QString &line : lines)
        reader.read(line);
    return reader.attempts;
}

QString watchDurationText(qint64 durationMs)
{
    const qint64 seconds = durationMs / 1000;
    return seconds < 60 ? QObject::tr("%1 s", "seconds").arg(seconds)
                        : QObject::tr("%1 min", "minutes").arg((seconds + 59) / 60);
}

QString attemptSummary(const StitchAttempt &a, const WatchFacts &facts)
{
    const QString who =
        a.port.isEmpty() ? a.address : QObject::tr("%1 port %2").arg(a.address, a.port);
    QString what;
    if (a.accepted && !a.forwardDenied.isEmpty()) {
        what = QObject::tr("logged in as %1, but the tunnel to %2 was refused")
                   .arg(a.user, a.forwardDenied);
    } else if (a.accepted) {
        what = a.keyFingerprint == facts.keyFingerprint
                   ? QObject::tr("logged in as %1 with the installed key").arg(a.user)
                   : QObject::tr("logged in as %1 with another key (%2)")
                         .arg(a.user, a.keyFingerprint);
    } else if (a.refusal == QLatin1String("key_refused")) {
        what = QObject::tr("its key was refused");
    } else if (a.refusal == QLatin1String("key_type_refused")) {
        what = QObject::tr("its %1 key is not accepted by this sshd").arg(a.keyType);
    } else if (a.refusal == QLatin1String("not_allowed")) {
        what = QObject::tr("sshd does not let %1 in (%2)").arg(a.user, a.refusalDetail);
    } else if (a.refusal == QLatin1String("bad_modes")) {
        what = QObject::tr("sshd ignores the key file (%1)").arg(a.refusalDetail);
    } else if (a.refusal == QLatin1String("invalid_user")) {
        what = QObject::tr("tried the user %1, which does not exist here").arg(a.user);
    } else {
        what = a.ended ? QObject::tr("connected and left without logging in")
                       : QObject::tr("connected");
    }
    return QStringLiteral("%1: %2").arg(who, what);
}

namespace {

// What an attempt sshd let in says: the tunnel refused, another user or key, or Stitch in (and
// how its session ended, when the network or sshd ended it).
void acceptedFindings(const StitchAttempt &a, const WatchFacts &facts, QVector<Finding> &out)
{
    const QString who = a.address;
    const QString u = facts.tunnelUser;
    if (!a.forwardDenied.isEmpty()) {
        out << makeFinding(
            Severity::Fail, "stitch.forward_refused",
            QObject::tr("Stitch logged in from %1, but asked for a tunnel to %2, which the "
                        "key does not allow (it allows %3).")
                .arg(who, a.forwardDenied, facts.databaseTarget),
            QObject::tr("In Stitch's form, Host (Endpoint) and Port must be exactly those "
                        "the tool showed (%1); or apply again with the database Stitch uses.")
                .arg(facts.databaseTarget));
    } else if (a.user != u) {
        out << makeFinding(Severity::Warn, "stitch.other_user",
                           QObject::tr("A login from %1 as %2, not as %3.").arg(who, a.user, u),
                           QObject::tr("In Stitch's form, SSH User must be %1.").arg(u));
    } else {
        const bool ours =
            facts.keyFingerprint.isEmpty() || a.keyFingerprint == facts.keyFingerprint;
        out << makeFinding(
            ours ? Severity::Pass : Severity::Warn, ours ? "stitch.got_in" : "stitch.other_key",
            ours ? QObject::tr("Stitch got in: it logged in from %1 as %2 with the key "
                               "installed (%3), and sshd refused no tunnel.")
                       .arg(who, u, a.keyFingerprint)
                 : QObject::tr("A login from %1 as %2 with a key (%3) other than the one "
                               "this tool installed (%4).")
                       .arg(who, u, a.keyFingerprint, facts.keyFingerprint),
            ours ? QString()
                 : QObject::tr("Find out whose key that is: only Stitch's should open the "
                               "tunnel."));
        if (a.idleTimeout) {
            out << makeFinding(
                Severity::Warn, "stitch.idle_drop",
                QObject::tr("sshd dropped Stitch's session from %1 as not responding.").arg(who),
                QObject::tr("Set \"ClientAliveInterval 60\" and \"ClientAliveCountMax 3\" in "
                            "a \"Match User %1\" block of sshd_config and reload sshd.")
                    .arg(u));
        }
        if (a.cutByNetwork) {
            out << makeFinding(
                Severity::Warn, "stitch.session_cut",
                QObject::tr("Stitch's session from %1 was cut by the network after it had "
                            "logged in (a reset or a timeout, not a logout): a NAT gateway or "
                            "firewall between Stitch and this server may drop idle "
                            "connections.")
                    .arg(who),
                clientAliveFix(u));
        }
    }
}

// Why sshd refused an attempt, with its fix (nothing when the log does not say).
void refusalFindings(const StitchAttempt &a, const WatchFacts &facts, QVector<Finding> &out)
{
    const QString who = a.address;
    const QString u = facts.tunnelUser;
    if (a.refusal == QLatin1String("key_type_refused")) {
        out << makeFinding(
            Severity::Fail, "stitch.key_type_refused",
            QObject::tr("sshd refused Stitch's %1 key from %2: this sshd does not accept "
                        "%1 signatures (PubkeyAcceptedAlgorithms).")
                .arg(a.keyType, who),
            a.keyType == QLatin1String("ssh-rsa")
                ? QObject::tr("Apply again with the sshd fix (--fix-sshd): it adds "
                              "\"PubkeyAcceptedAlgorithms +ssh-rsa\" in a \"Match User %1\" "
                              "block, for %1 alone, and reloads sshd.")
                      .arg(u)
                : QObject::tr("Add \"PubkeyAcceptedAlgorithms +%1\" in a \"Match User %2\" "
                              "block of sshd_config and reload sshd, or have Stitch use "
                              "another key type.")
                      .arg(a.keyType, u));
    } else if (a.refusal == QLatin1String("not_allowed")) {
        out << makeFinding(
            Severity::Fail, "stitch.account_not_allowed",
            QObject::tr("sshd did not let %1 in from %2: %3.").arg(a.user, who, a.refusalDetail),
            QObject::tr("Apply again with the sshd fix (--fix-sshd), which "
                        "admits %1 alone.")
                .arg(u));
    } else if (a.refusal == QLatin1String("bad_modes")) {
        out << makeFinding(
            Severity::Fail, "stitch.bad_modes",
            QObject::tr("sshd ignored the key for a login from %1: %2.").arg(who, a.refusalDetail),
            QObject::tr("Apply again: it sets the owners and modes sshd "
                        "wants."));
    } else if (a.refusal == QLatin1String("invalid_user")) {
        out << makeFinding(Severity::Fail, "stitch.wrong_user",
                           QObject::tr("A login from %1 tried the user %2, which does not "
                                       "exist on this server.")
                               .arg(who, a.user),
                           QObject::tr("In Stitch's form, SSH User must be %1.").arg(u));
    } else if (a.refusal == QLatin1String("key_refused")) {
        out << makeFinding(
            Severity::Fail, "stitch.key_refused",
            a.keyFingerprint.isEmpty()
                ? QObject::tr("sshd refused the key a login from %1 as %2 offered: it is not "
                              "the one installed (%3).")
                      .arg(who, a.user, facts.keyFingerprint)
                : QObject::tr("sshd refused the key a login from %1 as %2 offered (%3); the "
                              "key installed is %4.")
                      .arg(who, a.user, a.keyFingerprint, facts.keyFingerprint),
            QObject::tr("Copy the public key from Stitch's connection settings (SSH Tunnel) "
                        "again, apply with it, and let Stitch try again."));
    }
}

} // namespace

QVector<Finding> watchFindings(const QVector<StitchAttempt> &attempts, const WatchFacts &facts,
                               bool timeUp)
{
    QVector<Finding> out;
    if (facts.logSource.isEmpty() || facts.logSource == QLatin1String("none")) {
        out << makeFinding(Severity::Fail, "watch.no_log",
                           QObject::tr("sshd's log was not found on the server (no -E file, no "
                                       "journald, no /var/log/auth.log or /var/log/secure)."),
                           QObject::tr("Let sshd log to syslog or journald, then watch again."));
        return out;
    }
    const QString level = facts.logLevel.toUpper();
    // sshd -T names QUIET "SILENT".
    if (level == QLatin1String("QUIET") || level == QLatin1String("SILENT") ||
        level == QLatin1String("FATAL") || level == QLatin1String("ERROR")) {
        out << makeFinding(Severity::Fail, "watch.log_level_too_low",
                           QObject::tr("sshd logs at LogLevel %1: it does not log logins, so "
                                       "the tool cannot see whether Stitch got in.")
                               .arg(facts.logLevel),
                           QObject::tr("Set \"LogLevel VERBOSE\" in sshd_config, check it with "
                                       "sshd -t, reload sshd, and watch again."));
        return out;
    }
    for (const StitchAttempt &a : attempts) {
        if (a.accepted)
            acceptedFindings(a, facts, out);
        else
            refusalFindings(a, facts, out);
    }
    if (attempts.isEmpty() && timeUp) {
        out << makeFinding(
            Severity::Fail, "stitch.nothing_arrived",
            QObject::tr("Nothing from Stitch's addresses (%1) reached sshd in %2.")
                .arg(facts.addresses.join(QStringLiteral(", ")),
                     watchDurationText(facts.durationMs)),
            QObject::tr("Allow Stitch's addresses to port %1 in your cloud or network firewall "
                        "(check shows the rules to paste), make sure SSH Host and SSH Port in "
                        "Stitch's form are this server's public address and port %1, and start "
                        "Stitch's connection check again.")
                .arg(facts.sshPort));
    }
    return out;
}

} // namespace stitch::setup
