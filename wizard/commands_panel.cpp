#include "commands_panel.h"

#include "widget_helpers.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace stitch::wizard {

CommandsPanel::CommandsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("showCommandsButton"));
    m_toggle->setText(tr("Show the exact commands"));
    m_toggle->setAccessibleName(tr("Show the exact commands"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);

    m_panel = new QWidget(this);
    m_panel->setObjectName(QStringLiteral("commandsPanel"));
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    m_view = makeCodeView(QStringLiteral("commandsView"), tr("Commands"), m_panel);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 6);
    panelLayout->addWidget(m_view, 1);
    auto *copy = new QPushButton(tr("Copy"), m_panel);
    copy->setObjectName(QStringLiteral("copyCommandsButton"));
    copy->setAccessibleName(tr("Copy the commands"));
    panelLayout->addWidget(copy, 0, Qt::AlignRight);
    layout->addWidget(m_panel, 1);

    connect(m_toggle, &QToolButton::toggled, this, &CommandsPanel::setUnfolded);
    connect(copy, &QPushButton::clicked, this, [this] { copyToClipboard(m_view->toPlainText()); });
    setUnfolded(false);
    setVisible(false);
}

void CommandsPanel::setCommands(const QStringList &commands)
{
    const QString text = commands.join(QLatin1Char('\n')).trimmed();
    m_view->setPlainText(text);
    if (text.isEmpty())
        m_toggle->setChecked(false);
    setVisible(!text.isEmpty());
}

void CommandsPanel::setUnfolded(bool on)
{
    m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    m_panel->setVisible(on);
    // Folded, the toggle takes only its own height and the findings keep the space.
    setSizePolicy(QSizePolicy::Preferred, on ? QSizePolicy::Preferred : QSizePolicy::Maximum);
}

} // namespace stitch::wizard
