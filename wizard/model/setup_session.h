#pragma once

#include "common/result.h"
#include "remote/transcript.h"
#include "session/setup_choices.h"
#include "session/step_result.h"
#include "setup/operation_report.h"
#include "setup/setup_request.h"
#include "ssh/connection_settings.h"

#include <QList>
#include <QObject>

#include <array>

namespace stitch {

// The wizard's model of one setup, shared by every page: how to reach the server, what the
// admin chose, and what each step found. Core never sees it: the controller hands core a
// request made from it (request()) and takes each operation's report back in (takeReport()),
// which every page hears as one change. No widget types; secrets stay in `credentials`.
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

    // What one operation reads: the connection, the secrets, the choices and `options`.
    setup::SetupRequest request(const setup::RunOptions &options = {}) const;
    // The values for Stitch's connection form (the Finish page, reports, Stitch's Connect API).
    setup::StitchFormValues formValues() const;

    const StepResult &stepResult(StepId id) const;
    void setStepResult(StepId id, const StepResult &result);
    // Forgets this step's result and every later one.
    void invalidateFrom(StepId id);

    // Takes an operation's report in: every step it reports on, its transcript entries, the
    // cloud firewall rules, how it ended. A check looks at the server afresh, so the self-test
    // result of an earlier apply no longer stands after it. Pages hear it as one
    // resultsChanged, even when no step changed (a failed connect: the outcome did).
    void takeReport(const setup::OperationReport &report);
    // Everything the session's steps add up to, as one report (Export report, diagnostics).
    setup::OperationReport report() const;

    // Every remote command of the session, oldest first (reports bring them in).
    const remote::Transcript &transcript() const { return m_transcript; }
    void appendTranscript(const remote::TranscriptEntry &entry);
    void clearTranscript();

    // The rules to paste into a cloud firewall, from the last check of the server (part of
    // step 1's result: a change is announced as one for step 1).
    QString cloudRules() const { return m_cloudRules; }

    // How the last operation ended (ok, or its error: a failed connect, a refused apply), for
    // reports and diagnostics.
    const Status &lastOutcome() const { return m_lastOutcome; }
    void setLastOutcome(const Status &outcome) { m_lastOutcome = outcome; }

signals:
    void connectionChanged();
    void choicesChanged();
    // The one model change a page refreshes on: these steps' results changed (empty: only the
    // last outcome did).
    void resultsChanged(const QList<stitch::StepId> &steps);
    void transcriptAppended(const stitch::remote::TranscriptEntry &entry);
    void transcriptCleared();

private:
    StepResult &result(StepId id) { return m_results[static_cast<std::size_t>(id)]; }
    // Step 5's SSH Host findings for the host Stitch would be given now; true if it had any.
    bool rejudgeFinish();

    ssh::ConnectionSettings m_connection;
    ssh::Credentials m_credentials;
    SetupChoices m_choices;
    std::array<StepResult, kStepCount> m_results;
    remote::Transcript m_transcript;
    QString m_cloudRules;
    Status m_lastOutcome;
};

} // namespace stitch
