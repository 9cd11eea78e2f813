#include "setup_session.h"

#include "ssh_host_findings.h"

namespace stitch {

namespace {
// The earliest step whose outcome depends on what changed between two sets of choices.
std::optional<StepId> firstAffectedStep(const SetupChoices &a, const SetupChoices &b)
{
    if (a.region != b.region || a.customCidrs != b.customCidrs)
        return StepId::Firewall;
    if (a.databaseType != b.databaseType || a.databaseHost != b.databaseHost ||
        a.databasePort != b.databasePort || a.databaseUser != b.databaseUser ||
        a.databaseName != b.databaseName || a.databaseSsl != b.databaseSsl)
        return StepId::Database;
    if (a.publicKey != b.publicKey)
        return StepId::PublicKey;
    if (a.tunnelUser != b.tunnelUser)
        return StepId::TunnelUser;
    if (a.isDestination != b.isDestination)
        return StepId::Finish;
    return std::nullopt;
}
} // namespace

SetupSession::SetupSession(QObject *parent) : QObject(parent) {}

void SetupSession::setCredentials(ssh::Credentials credentials)
{
    m_credentials = std::move(credentials);
}

void SetupSession::appendTranscript(const remote::TranscriptEntry &entry)
{
    m_transcript.append(entry);
    emit transcriptAppended(entry);
}

void SetupSession::clearTranscript()
{
    m_transcript.clear();
    emit transcriptCleared();
}

void SetupSession::setCloudRules(const QString &rules)
{
    if (rules == m_cloudRules)
        return;
    m_cloudRules = rules;
    emit cloudRulesChanged();
}

void SetupSession::setConnection(const ssh::ConnectionSettings &settings)
{
    const bool otherServer = settings.host != m_connection.host ||
                             settings.port != m_connection.port ||
                             settings.user != m_connection.user;
    m_connection = settings;
    if (otherServer)
        invalidateFrom(StepId::Firewall);
    emit connectionChanged();
}

void SetupSession::setChoices(const SetupChoices &choices)
{
    const auto affected = firstAffectedStep(m_choices, choices);
    const bool newPublicHost = choices.publicHost != m_choices.publicHost;
    m_choices = choices;
    if (affected)
        invalidateFrom(*affected);
    if (newPublicHost && stepResult(StepId::Finish).status != StepStatus::NotChecked) {
        StepResult finish = stepResult(StepId::Finish);
        rejudgeSshHost(finish, stitchSshHost(), !m_choices.publicHost.isEmpty());
        setStepResult(StepId::Finish, finish);
    }
    emit choicesChanged();
}

QString SetupSession::stitchSshHost() const
{
    return m_choices.publicHost.isEmpty() ? m_connection.host : m_choices.publicHost;
}

const StepResult &SetupSession::stepResult(StepId id) const
{
    return m_results[static_cast<std::size_t>(id)];
}

void SetupSession::setStepResult(StepId id, const StepResult &result)
{
    m_results[static_cast<std::size_t>(id)] = result;
    emit stepResultChanged(id);
}

void SetupSession::invalidateFrom(StepId id)
{
    for (int i = static_cast<int>(id); i < kStepCount; ++i) {
        if (m_results[static_cast<std::size_t>(i)].status == StepStatus::NotChecked)
            continue;
        m_results[static_cast<std::size_t>(i)] = StepResult{};
        emit stepResultChanged(static_cast<StepId>(i));
    }
}

} // namespace stitch
