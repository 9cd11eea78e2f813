#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <functional>
#include <mutex>

namespace stitch::remote {

// One remote command as the user may see it: never a secret in any field.
struct TranscriptEntry
{
    QDateTime startedAt;
    QString label;  // "Check sudo rights"
    QString script; // the POSIX sh script that ran
    bool privileged = false;
    int exitStatus = -1;
    QString stdOut;
    QString stdErr;
    QString error; // set when the command could not run to the end
    qint64 elapsedMs = 0;
};

// Every remote command of a session, in order. Thread-safe: the worker appends, the UI reads.
class Transcript
{
public:
    void append(TranscriptEntry entry);
    QVector<TranscriptEntry> entries() const;
    void clear();
    // Called (on the appending thread) after each append.
    void setListener(std::function<void(const TranscriptEntry &)> listener);

    QString toText() const;

private:
    mutable std::mutex m_mutex;
    QVector<TranscriptEntry> m_entries;
    std::function<void(const TranscriptEntry &)> m_listener;
};

} // namespace stitch::remote

Q_DECLARE_METATYPE(stitch::remote::TranscriptEntry)
