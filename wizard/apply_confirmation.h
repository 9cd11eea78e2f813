#pragma once

#include "setup/apply_plan.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace stitch::wizard {

// "Apply the changes on <host>?": what will change (the plan a check made, in sentences), and
// under "Show Details…" the exact commands in a fixed font: what Apply then runs, or nothing
// (plan().digest goes with it). Built from public Qt API only. Cancel is the default;
// accepted() means apply.
class ApplyConfirmation : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ApplyConfirmation)
public:
    // `again`: why the admin is asked again (the server changed since the last confirmation).
    ApplyConfirmation(const QString &host, setup::ApplyPlan plan, const QString &again = {},
                      QWidget *parent = nullptr);

    const setup::ApplyPlan &plan() const { return m_plan; }
    QString text() const;
    QString informativeText() const;

private:
    void setDetailsShown(bool shown);

    setup::ApplyPlan m_plan;
    QLabel *m_text = nullptr;
    QLabel *m_informative = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_toggleDetails = nullptr;
};

} // namespace stitch::wizard
