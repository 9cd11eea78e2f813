#pragma once

#include "setup/run_options.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// "Apply the changes on <host>?": what will change (the failing items of steps 1 and 4 and the
// opt-ins), and under "Show Details…" the exact commands in a fixed font. Built from public Qt
// API only. Cancel is the default; accepted() means apply.
class ApplyConfirmation : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ApplyConfirmation)
public:
    ApplyConfirmation(const SetupSession &session, const setup::RunOptions &options,
                      QWidget *parent = nullptr);

    QString text() const;
    QString informativeText() const;

private:
    void setDetailsShown(bool shown);

    QLabel *m_text = nullptr;
    QLabel *m_informative = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_toggleDetails = nullptr;
};

} // namespace stitch::wizard
