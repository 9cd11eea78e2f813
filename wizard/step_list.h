#pragma once

#include "session/step_result.h"

#include <QVector>
#include <QWidget>

#include <optional>

class QLabel;
class QWizard;

namespace stitch {
class SetupSession;
} // namespace stitch

namespace stitch::wizard {

// The steps beside the pages: which one is shown, and for each what its real status is (done,
// done with warnings, failed, to do), from the session's step results. Welcome and Connect are
// done once the user got past them. Each row carries its state in the "stepState" property
// ("current", "done", "warning", "failed", "todo"; "resultState" the same without "current").
class StepList : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(StepList)
public:
    StepList(const SetupSession &session, QWizard &wizard, QWidget *parent = nullptr);

    // One row a page, in the wizard's order: `pageId` and the step it shows (none for Welcome
    // and Connect), with its short name.
    void addRow(int pageId, std::optional<StepId> step, const QString &name);
    void refresh();

private:
    struct Row
    {
        int pageId = 0;
        std::optional<StepId> step;
        QString name;
        QWidget *widget = nullptr;
        QLabel *icon = nullptr;
        QLabel *text = nullptr;
    };
    QString resultState(const Row &row) const;

    const SetupSession &m_session;
    QWizard &m_wizard;
    QVector<Row> m_rows;
};

} // namespace stitch::wizard
