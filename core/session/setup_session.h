#pragma once

#include "common/result.h"
#include "remote/transcript.h"
#include "setup_choices.h"
#include "ssh/connection_settings.h"
#include "step_result.h"

#include <QObject>

#include <array>

namespace stitch {

// The one object every wizard page and the CLI hand to core: how to reach the server, what the
// admin chose, and what each step found. No widget types; secrets stay in `credentials`.
class SetupSession : public QObject
{
    Q_OBJECT
public:
    explicit SetupSession(QObject *parent = nullptr);

    const ssh::ConnectionSettings &connection() const { return m_connection; }
    void setConnection(const ssh::ConnectionSettings &settings);

    const ssh::Credentials &credentials() const { return m_credentials; }
    void setCredentials(ssh::Credentials credentials);

    const SetupChoices &choices() const { return m_choices; }
    // Changing a choice forgets the results of the steps that depend on it. A new public host
    // forgets nothing, but step 5's private-address warning is judged afresh.
    void setChoices(const SetupChoices &choices);

    // The SSH Host Stitch connects to: the public host given, else the address connected to.
    QString stitchSshHost() const;

    const StepResult &stepResult(StepId id) const;
    void setStepResult(StepId id, const StepResult &result);
    // Forgets this step's result and every later one.
    void invalidateFrom(StepId id);

    // Every remote command of the session, oldest first (reports bring them in).
    const remote::Transcript &transcript() const { return m_transcript; }
    void appendTranscript(const remote::TranscriptEntry &entry);
    void clearTranscript();

    // The rules to paste into a cloud firewall, from the last check of the server.
    QString cloudRules() const { return m_cloudRules; }
    void setCloudRules(const QString &rules);

    // How the last operation ended (ok, or its error: a failed connect, a refused apply), for
    // reports and diagnostics.
    const Status &lastOutcome() const { return m_lastOutcome; }
    void setLastOutcome(const Status &outcome) { m_lastOutcome = outcome; }

signals:
    void connectionChanged();
    void choicesChanged();
    void stepResultChanged(stitch::StepId id);
    void transcriptAppended(const stitch::remote::TranscriptEntry &entry);
    void transcriptCleared();
    void cloudRulesChanged();

private:
    ssh::ConnectionSettings m_connection;
    ssh::Credentials m_credentials;
    SetupChoices m_choices;
    std::array<StepResult, kStepCount> m_results;
    remote::Transcript m_transcript;
    QString m_cloudRules;
    Status m_lastOutcome;
};

} // namespace stitch
