#include "commands_panel.h"

#include "code_block.h"
#include "widget_helpers.h"

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
    // As high as the commands: the page scrolls, not a box inside it.
    m_view = new CodeBlock(QStringLiteral("commandsView"), tr("Commands"), m_panel);
    // Copy above the commands, in sight without scrolling through them.
    auto *copy = new QPushButton(tr("Copy"), m_panel);
    copy->setObjectName(QStringLiteral("copyCommandsButton"));
    copy->setAccessibleName(tr("Copy the commands"));
    panelLayout->addWidget(copy, 0, Qt::AlignRight);
    panelLayout->addWidget(m_view);
    layout->addWidget(m_panel);

    connect(m_toggle, &QToolButton::toggled, this, &CommandsPanel::setUnfolded);
    connect(copy, &QPushButton::clicked, this, [this] { copyToClipboard(m_view->code()); });
    setUnfolded(false);
    setVisible(false);
}

void CommandsPanel::setCommands(const QStringList &commands)
{
    const QString text = commands.join(QLatin1Char('\n')).trimmed();
    m_view->setCode(text);
    if (text.isEmpty())
        m_toggle->setChecked(false);
    setVisible(!text.isEmpty());
}

void CommandsPanel::setUnfolded(bool on)
{
    m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    m_panel->setVisible(on);
}

} // namespace stitch::wizard
