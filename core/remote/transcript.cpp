#include "transcript.h"

#include <utility>

namespace stitch::remote {

void Transcript::append(TranscriptEntry entry)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.push_back(entry);
    }
    if (m_observer)
        m_observer(entry);
}

QVector<TranscriptEntry> Transcript::entries() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_entries;
}

void Transcript::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.clear();
}

QVector<TranscriptEntry> Transcript::take()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return std::exchange(m_entries, {});
}

QString Transcript::toText() const
{
    return transcriptText(entries());
}

QString transcriptText(const QVector<TranscriptEntry> &entries)
{
    QString text;
    for (const TranscriptEntry &e : entries) {
        text += QStringLiteral("### %1 — %2%3\n")
                    .arg(e.startedAt.toString(Qt::ISODate), e.label,
                         e.privileged ? QStringLiteral(" (as root)") : QString());
        text += QStringLiteral("$ %1\n").arg(e.script.trimmed());
        if (!e.stdOut.isEmpty())
            text += e.stdOut +
                    (e.stdOut.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
        if (!e.stdErr.isEmpty())
            text += QStringLiteral("[stderr]\n") + e.stdErr +
                    (e.stdErr.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
        if (!e.error.isEmpty())
            text += QStringLiteral("[error] %1\n").arg(e.error);
        text += QStringLiteral("[exit %1, %2 ms]\n\n").arg(e.exitStatus).arg(e.elapsedMs);
    }
    return text;
}

} // namespace stitch::remote
