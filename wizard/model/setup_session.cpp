#include "setup_session.h"

#include "session/ssh_host_findings.h"

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
    if (newPublicHost && rejudgeFinish())
        emit resultsChanged({StepId::Finish});
    emit choicesChanged();
}

QString SetupSession::stitchSshHost() const
{
    return m_choices.publicHost.isEmpty() ? m_connection.host : m_choices.publicHost;
}

setup::SetupRequest SetupSession::request(const setup::RunOptions &options) const
{
    return setup::SetupRequest{m_connection, m_credentials.clone(), m_choices, options};
}

setup::StitchFormValues SetupSession::formValues() const
{
    return setup::stitchFormValues(m_choices, m_connection);
}

const StepResult &SetupSession::stepResult(StepId id) const
{
    return m_results[static_cast<std::size_t>(id)];
}

void SetupSession::setStepResult(StepId id, const StepResult &result)
{
    this->result(id) = result;
    emit resultsChanged({id});
}

void SetupSession::invalidateFrom(StepId id)
{
    QList<StepId> forgotten;
    for (int i = static_cast<int>(id); i < kStepCount; ++i) {
        const StepId step = static_cast<StepId>(i);
        if (result(step).status == StepStatus::NotChecked)
            continue;
        result(step) = StepResult{};
        forgotten.append(step);
    }
    if (!forgotten.isEmpty())
        emit resultsChanged(forgotten);
}

bool SetupSession::rejudgeFinish()
{
    StepResult &finish = result(StepId::Finish);
    if (finish.status == StepStatus::NotChecked)
        return false;
    rejudgeSshHost(finish, stitchSshHost(), !m_choices.publicHost.isEmpty());
    return true;
}

void SetupSession::takeReport(const setup::OperationReport &report)
{
    for (const remote::TranscriptEntry &e : report.transcript)
        appendTranscript(e);
    m_lastOutcome = report.outcome;
    QList<StepId> changed;
    // A failed connect or a bad input says nothing about the server: what is known still stands.
    if (report.reachedServer) {
        for (int i = 0; i < kStepCount; ++i) {
            const StepId id = static_cast<StepId>(i);
            const StepResult &r = report.step(id);
            if (r.status != StepStatus::NotChecked ||
                (id == StepId::Finish && report.operation == setup::Operation::Check)) {
                result(id) = r;
                changed.append(id);
            }
        }
        // The public host may have changed while the operation ran.
        if (rejudgeFinish() && !changed.contains(StepId::Finish))
            changed.append(StepId::Finish);
        if (report.cloudRules != m_cloudRules) {
            m_cloudRules = report.cloudRules;
            if (!changed.contains(StepId::Firewall))
                changed.prepend(StepId::Firewall);
        }
    }
    emit resultsChanged(changed);
}

setup::OperationReport SetupSession::report() const
{
    setup::OperationReport r;
    r.reachedServer = true;
    r.connection.host = m_connection.host;
    r.connection.port = m_connection.port;
    r.connection.login = m_connection.user;
    r.steps = m_results;
    r.cloudRules = m_cloudRules;
    r.formValues = formValues();
    r.transcript = m_transcript.entries();
    r.outcome = m_lastOutcome;
    return r;
}

} // namespace stitch
