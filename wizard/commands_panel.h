#pragma once

#include <QStringList>
#include <QWidget>

class QToolButton;

namespace stitch::wizard {

class CodeBlock;

// "Show the exact commands": a toggle that unfolds the commands of a step in a code view with
// Copy. Hidden while there are no commands.
class CommandsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(CommandsPanel)
public:
    explicit CommandsPanel(QWidget *parent = nullptr);

    void setCommands(const QStringList &commands);

private:
    void setUnfolded(bool on);

    QToolButton *m_toggle = nullptr;
    QWidget *m_panel = nullptr;
    CodeBlock *m_view = nullptr;
};

} // namespace stitch::wizard
