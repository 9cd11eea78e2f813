#include "step_list.h"

#include "model/setup_session.h"
#include "status_icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace stitch::wizard {

StepList::StepList(const SetupSession &session, QWizard &wizard, QWidget *parent)
    : QWidget(parent), m_session(session), m_wizard(wizard)
{
    setObjectName(QStringLiteral("stepList"));
    setAccessibleName(tr("Steps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(2);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    connect(&m_wizard, &QWizard::currentIdChanged, this, &StepList::refresh);
    connect(&m_session, &SetupSession::resultsChanged, this, &StepList::refresh);
}

void StepList::addRow(int pageId, std::optional<StepId> step, const QString &name)
{
    Row row;
    row.pageId = pageId;
    row.step = step;
    row.name = name;
    row.widget = new QWidget(this);
    row.widget->setObjectName(QStringLiteral("stepListRow%1").arg(m_rows.size()));
    auto *rowLayout = new QHBoxLayout(row.widget);
    rowLayout->setContentsMargins(6, 4, 8, 4);
    rowLayout->setSpacing(6);
    row.icon = new QLabel(row.widget);
    row.icon->setFixedSize(kStatusIconSize, kStatusIconSize);
    row.text = new QLabel(name, row.widget);
    row.text->setTextFormat(Qt::PlainText);
    // As wide as the name in bold (the current row's), so the list never changes width and
    // the pages beside it do not move from page to page.
    QFont bold = row.text->font();
    bold.setBold(true);
    row.text->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(name) + 2);
    rowLayout->addWidget(row.icon, 0, Qt::AlignTop);
    rowLayout->addWidget(row.text, 1);
    // The current row is drawn in the palette's selection colours.
    row.widget->setBackgroundRole(QPalette::Highlight);
    row.text->setForegroundRole(QPalette::HighlightedText);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->count() - 1, row.widget);
    m_rows << row;
    refresh();
}

QString StepList::resultState(const Row &row) const
{
    if (!row.step) {
        // Welcome and Connect: done once the wizard went past them.
        return m_wizard.currentId() > row.pageId ? QStringLiteral("done") : QStringLiteral("todo");
    }
    switch (m_session.stepResult(*row.step).status) {
    case StepStatus::Pass:
    case StepStatus::Changed:
        return QStringLiteral("done");
    case StepStatus::Warn:
        return QStringLiteral("warning");
    case StepStatus::Fail:
        return QStringLiteral("failed");
    case StepStatus::NotChecked:
    case StepStatus::Skipped:
        break;
    }
    return QStringLiteral("todo");
}

void StepList::refresh()
{
    for (const Row &row : std::as_const(m_rows)) {
        const QString result = resultState(row);
        const bool current = m_wizard.currentId() == row.pageId;
        row.widget->setProperty("resultState", result);
        row.widget->setProperty("stepState", current ? QStringLiteral("current") : result);

        QString said;
        if (result == QLatin1String("done")) {
            row.icon->setPixmap(statusIcon(IconKind::Pass).pixmap(kStatusIconSize));
            said = tr("done");
        } else if (result == QLatin1String("warning")) {
            row.icon->setPixmap(statusIcon(IconKind::Warn).pixmap(kStatusIconSize));
            said = tr("done, with warnings");
        } else if (result == QLatin1String("failed")) {
            row.icon->setPixmap(statusIcon(IconKind::Fail).pixmap(kStatusIconSize));
            said = tr("needs attention");
        } else {
            row.icon->clear();
            said = tr("to do");
        }
        if (current)
            said = tr("current page, %1").arg(said);
        row.widget->setAccessibleName(tr("%1: %2").arg(row.name, said));
        row.widget->setToolTip(said);

        QFont font = row.text->font();
        font.setBold(current);
        row.text->setFont(font);
        row.widget->setAutoFillBackground(current);
        row.text->setForegroundRole(current ? QPalette::HighlightedText : QPalette::WindowText);
    }
}

} // namespace stitch::wizard
