#pragma once

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

    ssh::Credentials &credentials() { return m_credentials; }

    const SetupChoices &choices() const { return m_choices; }
    // Changing a choice forgets the results of the steps that depend on it.
    void setChoices(const SetupChoices &choices);

    const StepResult &stepResult(StepId id) const;
    void setStepResult(StepId id, const StepResult &result);
    // Forgets this step's result and every later one.
    void invalidateFrom(StepId id);

    remote::Transcript &transcript() { return m_transcript; }

signals:
    void connectionChanged();
    void choicesChanged();
    void stepResultChanged(stitch::StepId id);
    // After each transcript().append(), on the appending thread.
    void transcriptAppended(const stitch::remote::TranscriptEntry &entry);

private:
    ssh::ConnectionSettings m_connection;
    ssh::Credentials m_credentials;
    SetupChoices m_choices;
    std::array<StepResult, kStepCount> m_results;
    remote::Transcript m_transcript;
};

} // namespace stitch
