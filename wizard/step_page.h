#pragma once

#include "session/step_result.h"
#include "setup/run_options.h"
#include "setup_controller.h"

#include <QSet>
#include <QWizardPage>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace stitch {
class SetupSession;
} // namespace stitch

namespace stitch::wizard {

class BusyRow;
class CommandsPanel;
class FindingsView;

// What a step page offers; each page sets it in its constructor.
struct StepPolicy
{
    bool serverParts = true;    // status, findings and commands (off: no server round trip)
    bool mayCheck = true;       // "Check again"
    bool mayApply = false;      // "Apply changes…": the step changes the server
    bool autoCheck = true;      // check when shown while the step has no result yet
    bool mayAcknowledge = true; // a Warn or Skipped result may be passed by ticking a box
};

// Base of the five guide-step pages, a frame around reusable parts: what the step does, the
// step's status and findings (FindingsView, from the shared SetupSession), the exact commands
// (CommandsPanel), Check again / Apply changes (confirmed in an ApplyConfirmation), and a BusyRow
// while an operation runs. Never blocks: operations are started through the SetupController and
// their report arrives in operationFinished(); isComplete() follows the session's step result.
class StepPage : public QWizardPage, public OperationClient
{
    Q_OBJECT
    Q_DISABLE_COPY(StepPage)
public:
    StepPage(StepId step, SetupSession &session, SetupController &controller,
             QWidget *parent = nullptr);

    StepId step() const { return m_step; }

    void initializePage() override;
    // Keeps every choice when going Back (QWizardPage's default resets the fields).
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    SetupSession &session() const { return m_session; }
    SetupController &controller() const { return m_controller; }
    const StepResult &result() const;

    void setPolicy(const StepPolicy &policy);
    const StepPolicy &policy() const { return m_policy; }
    // The "what this step does and why" text at the top.
    void setExplanation(const QString &text);
    // Subclass widgets above the findings (top) or below the commands (bottom).
    QVBoxLayout *topLayout() const { return m_topLayout; }
    QVBoxLayout *bottomLayout() const { return m_bottomLayout; }
    // The row of Check again / Apply changes, for a page's own buttons.
    QHBoxLayout *buttonLayout() const { return m_buttonLayout; }
    // Below the scrolling part, always in sight: for what decides whether Next or Done works.
    QVBoxLayout *footerLayout() const { return m_footerLayout; }
    // `box` sets one of the opt-ins every operation of every page runs with.
    void bindOptIn(QCheckBox *box, bool setup::RunOptions::*option);

    // Called before any operation starts, e.g. to commit an edit to the session. Returning
    // false cancels the start.
    virtual bool prepareOperation() { return true; }
    // Whether Check/Apply may start at all (e.g. an input on the page is invalid).
    virtual bool canStart() const { return true; }
    // Whether Apply may run now; `why` explains when not.
    virtual bool canApply(QString *why) const;
    // The text of the box that passes the current result anyway; empty when it may not be
    // passed. Default: a Warn or Skipped result, if the policy allows acknowledging.
    virtual QString acknowledgement() const;
    // Called after the result, the busy state or an option changed: once per change, and once
    // when an operation ends (by the session's change, or by the busy state if this step's
    // result did not change).
    virtual void refresh();
    // This step's result changed (before the refresh that follows): for what a page keeps
    // beside the result.
    virtual void resultChanged() {}
    // Rebuilds the findings and commands from the session, then refresh().
    void reload();

    // Starts an operation with the opt-ins; this page then shows its progress and errors.
    // `confirmedPlan`: Apply runs the plan with this digest, or nothing (RunOptions).
    bool startOperation(setup::Operation operation, const QString &confirmedPlan = {});
    // Apply: re-checks (so the preview is current), then asks for confirmation.
    void requestApply();
    void startCheck() { startOperation(setup::Operation::Check); }
    bool isBusy() const { return m_controller.isBusy(); }
    void showError(const QString &text);

private:
    // "I understand", the error, why Apply is off, progress, Check again and Apply.
    void buildFooter(QVBoxLayout *pageLayout);
    void onResultsChanged(const QList<StepId> &steps);
    void onBusyChanged(bool busy);
    void operationProgress(const QString &message) override;
    void operationFinished(const setup::OperationReport &report) override;
    void showResult();
    void showStatus();
    void showApplyConfirmation();
    QSet<QString> openCodes() const;

    const StepId m_step;
    SetupSession &m_session;
    SetupController &m_controller;
    StepPolicy m_policy;

    QLabel *m_explanation = nullptr;
    QVBoxLayout *m_topLayout = nullptr;
    QVBoxLayout *m_bottomLayout = nullptr;
    QHBoxLayout *m_buttonLayout = nullptr;
    QVBoxLayout *m_footerLayout = nullptr;
    QWidget *m_serverParts = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusLabel = nullptr;
    FindingsView *m_findings = nullptr;
    CommandsPanel *m_commands = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_applyBlocked = nullptr; // why Apply is off, when it is shown but disabled
    BusyRow *m_busyRow = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_apply = nullptr;

    bool m_confirmAfterCheck = false;  // Apply was asked for: confirm once the re-check is in
    setup::ApplyPlan m_checkedPlan;    // what that check planned, for the confirmation
    QString m_replanReason;            // why the confirmation is asked again (the server changed)
    QSet<QString> m_acknowledgedCodes; // the warnings the user accepted
};

} // namespace stitch::wizard
