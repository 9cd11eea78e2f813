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

// Entries as plain text, one block per command: what the transcript window, reports and
// diagnostics show.
QString transcriptText(const QVector<TranscriptEntry> &entries);

// Remote commands in order. Thread-safe: the self-test and the admin's connection may append
// from two threads.
class Transcript
{
public:
    using Observer = std::function<void(const TranscriptEntry &)>;
    // `observer` (fixed for the transcript's life, so no one can replace it) sees each entry
    // on the appending thread, right after it is appended.
    explicit Transcript(Observer observer = {}) : m_observer(std::move(observer)) {}

    void append(TranscriptEntry entry);
    QVector<TranscriptEntry> entries() const;
    void clear();
    // Hands out every entry and forgets them (what one operation reports).
    QVector<TranscriptEntry> take();

    QString toText() const;

private:
    mutable std::mutex m_mutex;
    QVector<TranscriptEntry> m_entries;
    const Observer m_observer;
};

} // namespace stitch::remote

Q_DECLARE_METATYPE(stitch::remote::TranscriptEntry)
