#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Helpers of the tests that run `stitch-tunnel watch` while "Stitch" (the stock OpenSSH client
// with Stitch's key) connects: real_bastions_test.cpp and stitch_side_test.cpp.
namespace watchrun {

struct WatchRun
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
    QByteArray stitchOut; // what Stitch's commands printed (their stdout)
};

// `watch` (its JSON on stdout) while `stitch` runs in the sandbox's shell: the client starts
// once the watch says it is watching (the log's end is known), as an admin would start Stitch's
// check then.
WatchRun watchWhile(const QStringList &watchArgs, const QString &stitch);

// The code of each finding of a watch's JSON, in order.
QStringList findingCodes(const QJsonObject &o);

// The JSON, for a failure's message.
std::string dump(const QJsonObject &o);

// Keeps /etc/ssh/sshd_config of the sandbox as it was when made, and puts it back (and reloads
// sshd) when destroyed.
class SshdConfigKeeper
{
public:
    SshdConfigKeeper();
    ~SshdConfigKeeper();
    SshdConfigKeeper(const SshdConfigKeeper &) = delete;
    SshdConfigKeeper &operator=(const SshdConfigKeeper &) = delete;
    bool kept() const { return !m_config.isEmpty(); }
    // `lines` go before the rest of the kept sshd_config (sshd keeps the first value), and sshd
    // reloads it; empty when `sshd -t` accepts it, else its complaint.
    QString with(const QString &lines);

private:
    QByteArray m_config; // base64
};

} // namespace watchrun
