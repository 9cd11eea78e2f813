#pragma once

#include "session/step_result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace stitch::setup {

// One connection to sshd from Stitch's side, as sshd's log tells it (stitch-tunnel watch).
struct StitchAttempt
{
    QString address; // where it came from
    QString port;    // its source port: tells connections from one address apart
    QString user;    // the user it logged in as, or tried
    bool accepted = false;
    QString keyType;        // the key it logged in with, or offered ("ED25519")
    QString keyFingerprint; // "SHA256:…"
    // Why sshd refused it, as a code: "key_refused", "key_type_refused", "not_allowed",
    // "bad_modes", "invalid_user"; empty when it did not (or the log does not say).
    QString refusal;
    QString refusalDetail; // sshd's own words for it
    QString forwardDenied; // "host:port" of a tunnel sshd refused to open
    bool ended = false;
    bool idleTimeout = false; // sshd dropped it: "client not responding" (ClientAliveInterval)
    // The network cut it after login: a reset or a read that timed out, as when NAT or a firewall
    // between Stitch and the server forgets an idle connection.
    bool cutByNetwork = false;

    bool gotIn() const { return accepted && forwardDenied.isEmpty(); }
};

// sshd's log lines (from resources/scripts/sshd_log_read.sh, oldest first) as attempts, one per
// connection, in the order they arrived. A line that names no connection (a refusal sshd logs
// before it knows the user, a refused forward) belongs to the last connection seen before it.
QVector<StitchAttempt> parseSshdLog(const QStringList &lines);

// What a watch saw, as findings with their fixes: Stitch got in, or why not.
struct WatchFacts
{
    QString tunnelUser;
    QString keyFingerprint; // the Stitch key this tool installed
    QString databaseTarget; // "host:port" the key's tunnel is limited to
    QString logSource;      // "journald", "file /var/log/auth.log", "none"
    QString logLevel;       // sshd's LogLevel
    QStringList addresses;  // Stitch's addresses watched for
    QString sshPort;        // the port Stitch should dial
    qint64 durationMs = 0;  // how long the watch waits
};
QVector<Finding> watchFindings(const QVector<StitchAttempt> &attempts, const WatchFacts &facts,
                               bool timeUp);

// How long a watch waits, for people: "10 min", or "6 s" under a minute (units, not plurals:
// English has no plural forms file).
QString watchDurationText(qint64 durationMs);

// What one watch saw: the attempts, and the findings they make.
struct WatchReport
{
    WatchFacts facts;
    QVector<StitchAttempt> attempts;
    QVector<Finding> findings;
    bool gotIn = false;
    bool stopped = false; // ended by stopSoon()/cancel() before anything was seen
};

// One attempt in a sentence ("52.23.137.21 port 40123: logged in as stitch with the installed
// key"), for the progress as attempts come in.
QString attemptSummary(const StitchAttempt &attempt, const WatchFacts &facts);

} // namespace stitch::setup
