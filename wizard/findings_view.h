#pragma once

#include "session/step_result.h"

#include <QListWidget>

#include <functional>

namespace stitch::wizard {

// The findings of one step: an icon, the message and the fix on a second line in a quieter
// colour, all wrapped to the list's width. Each item speaks "Warning: message Fix: …" to screen
// readers and copies that text with Ctrl+C or the context menu.
class FindingsView : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(FindingsView)
public:
    // How a finding's fix is worded (default: wizard::fixText, which names the wizard's controls).
    using FixWording = std::function<QString(const Finding &)>;

    explicit FindingsView(QWidget *parent = nullptr, FixWording fixWording = {});

    void showResult(const StepResult &result);

    // As high as the findings (at least two lines): the page scrolls, not the list, so there is
    // one scroll bar per page.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int contentHeight() const;

    FixWording m_fixWording;
};

} // namespace stitch::wizard
