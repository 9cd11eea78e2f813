#pragma once

#include "session/step_result.h"
#include "setup/run_options.h"
#include "setup_controller.h"

#include <QSet>
#include <QWizardPage>

class QCheckBox;
class QHBoxLayout;
class QIcon;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace stitch {
class SetupSession;
struct Error;
} // namespace stitch

namespace stitch::wizard {

// Base of the five guide-step pages: what the step does, the findings of the last check (from
// the shared SetupSession), the exact commands, Check again / Apply changes, and a busy row
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

    // The "what this step does and why" text at the top.
    void setExplanation(const QString &text);
    // Subclass widgets above the findings (top) or below the commands (bottom).
    QVBoxLayout *topLayout() const { return m_topLayout; }
    QVBoxLayout *bottomLayout() const { return m_bottomLayout; }

    // Steps that change the server (firewall, tunnel user) show "Apply changes".
    void setApplyAvailable(bool available);
    // "Check again" (default shown).
    void setCheckAvailable(bool available);
    // The row of Check again / Apply changes, for a page's own buttons.
    QHBoxLayout *buttonLayout() const { return m_buttonLayout; }
    // Pages that need no server round trip hide the check/findings parts.
    void setServerPartsVisible(bool visible);
    // Start a Check when the page is shown and its step has no result yet (default on).
    void setAutoCheck(bool on) { m_autoCheck = on; }

    // The options every operation runs with: the opt-ins registered as wizard fields
    // "enableFirewall", "keyFromStitchOnly" and "adoptExistingUser".
    virtual setup::RunOptions runOptions() const;
    // Called before any operation starts, e.g. to commit an edit to the session. Returning
    // false cancels the start.
    virtual bool prepareOperation() { return true; }
    // Whether Check/Apply may start at all (e.g. an input on the page is invalid).
    virtual bool canStart() const { return true; }
    // Whether Apply may run now; `why` explains when not.
    virtual bool canApply(QString *why) const;
    // Whether the current result may be passed by ticking the acknowledgement (default: Warn).
    virtual bool acknowledgeable() const;
    virtual QString acknowledgeText() const;
    // A page may word a fix for the GUI (the core's texts sometimes name CLI options).
    // Called after the result, the busy state or an option changed.
    virtual void refresh();
    // Rebuilds the findings and commands from the session, then refresh().
    void reload();

    // Starts an operation; this page then shows its progress and errors.
    bool startOperation(setup::Operation operation);
    // Apply: re-checks (so the preview is current), then asks for confirmation.
    void requestApply();
    void startCheck() { startOperation(setup::Operation::Check); }
    bool isBusy() const { return m_controller.isBusy(); }
    void showError(const QString &text);

    static QPlainTextEdit *makeCodeView(const QString &objectName, const QString &accessibleName,
                                        QWidget *parent);
    static void copyToClipboard(const QString &text);
    // The pass/warn/fail icon (SVG, or a drawn one when Qt's SVG plugin is missing).
    static QIcon severityIcon(Severity severity);
    // Red-ish text that stays readable on light and dark palettes.
    static void styleAsAlert(QLabel *label);

private:
    void onStepResultChanged(StepId id);
    void onBusyChanged(bool busy);
    void operationProgress(const QString &message) override;
    void operationFinished(const setup::OperationReport &report) override;
    void showResult();
    void updateCommands();
    void showApplyConfirmation();
    QSet<QString> openCodes() const;

    const StepId m_step;
    SetupSession &m_session;
    SetupController &m_controller;

    QLabel *m_explanation = nullptr;
    QVBoxLayout *m_topLayout = nullptr;
    QVBoxLayout *m_bottomLayout = nullptr;
    QHBoxLayout *m_buttonLayout = nullptr;
    QWidget *m_serverParts = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusLabel = nullptr;
    QListWidget *m_findings = nullptr;
    QToolButton *m_showCommands = nullptr;
    QWidget *m_commandsPanel = nullptr;
    QPlainTextEdit *m_commandsView = nullptr;
    QPushButton *m_copyCommands = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_busyRow = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_cancelAsked = false; // a second Cancel stops at once
    QPushButton *m_check = nullptr;
    QPushButton *m_apply = nullptr;

    bool m_applyAvailable = false;
    bool m_checkAvailable = true;
    bool m_serverPartsVisible = true;
    bool m_autoCheck = true;
    bool m_confirmAfterCheck = false;  // Apply was asked for: confirm once the re-check is in
    QSet<QString> m_acknowledgedCodes; // the warnings the user accepted
};

} // namespace stitch::wizard
