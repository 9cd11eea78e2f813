#include "source_check.h"

#include "setup/sshd_log.h"

#include <utility>

namespace stitch::stitch_api {

SourceCheckRun::SourceCheckRun(ConnectApi &api, CheckWaitOptions options, QObject *parent)
    : QObject(parent), m_api(api), m_options(options)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &SourceCheckRun::poll);
}

SourceCheckRun::~SourceCheckRun()
{
    // Our callbacks hold `this`: no answer may reach them after us.
    stop();
}

void SourceCheckRun::start(qint64 sourceId, const QJsonObject &properties, Done done,
                           Progress progress)
{
    m_sourceId = sourceId;
    m_done = std::move(done);
    m_progress = progress ? std::move(progress) : [](const QString &) {
    };
    m_progress(tr("Reading Stitch's last connection check of source %1…").arg(sourceId));
    m_api.lastConnectionCheck(
        sourceId, [this, properties](Result<std::optional<ConnectionCheck>> before) {
            if (!before)
                return finish(before.error());
            m_before = before.value();
            m_progress(tr("Writing the SSH values into source %1…").arg(m_sourceId));
            m_api.updateSource(m_sourceId, properties, [this](Status written) {
                if (!written)
                    return finish(written.error());
                m_sinceWrite.start();
                m_progress(tr("Written. Waiting for Stitch's connection check (at most %1)…")
                               .arg(setup::watchDurationText(m_options.longestWaitMs)));
                m_next.start(m_options.pollIntervalMs);
            });
        });
}

void SourceCheckRun::poll()
{
    m_api.lastConnectionCheck(m_sourceId, [this](Result<std::optional<ConnectionCheck>> check) {
        if (!check)
            return finish(check.error());
        const bool fresh = check->has_value() && isNewerCheck(*check.value(), m_before);
        if (fresh)
            m_last = *check.value();
        if (fresh && !m_last.running())
            return finish(SourceCheckOutcome{m_last, explainCheck(m_last)});
        if (m_sinceWrite.elapsed() + m_options.pollIntervalMs > m_options.longestWaitMs) {
            ConnectionCheck unfinished = fresh ? m_last : ConnectionCheck{};
            return finish(SourceCheckOutcome{unfinished, explainCheck(unfinished, false)});
        }
        if (fresh && !std::exchange(m_saidRunning, true))
            m_progress(tr("Stitch is running its connection check…"));
        m_next.start(m_options.pollIntervalMs);
    });
}

void SourceCheckRun::stop()
{
    m_next.stop();
    m_done = nullptr;
    m_api.cancel();
}

void SourceCheckRun::finish(Result<SourceCheckOutcome> outcome)
{
    m_next.stop();
    if (Done done = std::exchange(m_done, nullptr))
        done(std::move(outcome));
}

} // namespace stitch::stitch_api
