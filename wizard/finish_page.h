#pragma once

#include "step_page.h"

class QLabel;
class QLineEdit;
class QPushButton;

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

protected:
    void refresh() override;

private:
    QLineEdit *addValue(const QString &field, const QString &objectName,
                        const QString &copyObjectName);
    void showValues();
    QString allValues() const;
    void exportReportTo();

    QWidget *m_valuesBox = nullptr;
    QLineEdit *m_sshHost = nullptr;
    QLineEdit *m_sshPort = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QLineEdit *m_dbHost = nullptr;
    QLineEdit *m_dbPort = nullptr;
    QPushButton *m_runSelfTest = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_reportStatus = nullptr;
};

} // namespace stitch::wizard
