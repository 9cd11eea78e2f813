#pragma once

#include <QTextEdit>

namespace stitch::wizard {

// Read-only commands or rules in a fixed-width font, wrapped to the width (also inside a long
// word such as a list of addresses) and as high as its text: it never scrolls, sideways or
// down, so a page has one scroll bar at most. Select with mouse or keyboard; Tab moves on.
class CodeBlock : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY(CodeBlock)
public:
    CodeBlock(const QString &objectName, const QString &accessibleName, QWidget *parent);

    void setCode(const QString &code);
    QString code() const { return toPlainText(); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Layouts ask for the height at the same width many times: laid out once per text and width.
    mutable int m_measuredWidth = -1;
    mutable int m_measuredHeight = 0;
};

} // namespace stitch::wizard
