#pragma once

#include "ssh_host_check.h"
#include "step_page.h"

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace stitch::wizard {

// Step 5: the values to type into Stitch's connection form, the end-to-end self-test (logging
// in as the tunnel user with a temporary key and speaking to the database through the tunnel),
// and the report.
class FinishPage : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(FinishPage)
public:
    FinishPage(SetupSession &session, SetupController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    // Done needs the self-test to have passed in this session, or the admin to hand the setup
    // over unverified, which step 5's result (and so the report) then records.
    bool isComplete() const override;

protected:
    void refresh() override;
    void resultChanged() override;
    QString acknowledgement() const override;

private:
    // The constructor's parts, in the order the widgets are made (their tab order).
    void buildValues();
    void buildGuideLinkRow();
    void buildReportAndHandOver();
    void buildButtons();
    // The end-to-end self-test ran in this session and passed (warnings aside).
    bool selfTestPassed() const;
    // It did not run, or stopped: the setup may be handed over unverified, saying so.
    bool mayHandOver() const;
    // What the self-test would have proven, for the hand-over box and its record.
    QString unverifiedParts() const;
    void recordHandOver(bool on);

    QLineEdit *addValue(const QString &field, const QString &objectName,
                        const QString &copyObjectName);
    // `force`: also replace what the admin typed into the SSH Host field.
    void showValues(bool force = false);
    // The SSH Host field was edited: a valid entry becomes the session's public host.
    void sshHostEdited(const QString &text);
    // The line under the SSH Host field: a bad entry, or a private address Stitch cannot reach.
    void showSshHostMessage();
    // The line under the SSH Host that says where it leads, and what fills it.
    void buildSshHostCheck(QGridLayout *grid);
    // Looks the typed SSH Host up (after typing pauses) and says where it leads.
    void checkSshHost();
    void showSshHostCheck(SshHostCheck::Verdict verdict, const QString &words);
    QString allValues() const;
    void exportReportTo();

    QWidget *m_valuesBox = nullptr;
    QLineEdit *m_sshHost = nullptr;
    QLabel *m_sshHostMessage = nullptr;
    QString m_sshHostError; // why the typed SSH Host is refused; empty when it is taken
    QLabel *m_sshHostCheckLabel = nullptr;
    SshHostCheck *m_sshHostCheck = nullptr;
    QTimer *m_sshHostTyping = nullptr;
    QLineEdit *m_sshPort = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QLineEdit *m_dbHost = nullptr;
    QLineEdit *m_dbPort = nullptr;
    QPushButton *m_runSelfTest = nullptr;
    QCheckBox *m_handOver = nullptr;
    QLabel *m_handOverNote = nullptr; // what the self-test did not verify
    bool m_recordingHandOver = false; // the result changes because the box was ticked
    QPushButton *m_export = nullptr;
    QLabel *m_reportStatus = nullptr;
};

} // namespace stitch::wizard
