#pragma once

#include <QProxyStyle>

namespace stitch::wizard {

// The desktop's own style, with the outlines of fields, checkboxes, radio buttons, spin boxes
// and drop-down lists drawn in a colour that stands out 3:1 from the window (WCAG's minimum
// for the parts of a control): Fusion and others draw them barely darker than the window, which
// on a dark palette leaves a field nobody can find. Fields' placeholders read 4.5:1 on the
// field: a palette that does not set them (an application's dark one) otherwise gets the
// light theme's grey, near-invisible on a dark field.
class ReadableStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit ReadableStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

protected:
    // A field's palette changed (another theme): its placeholder follows.
    bool eventFilter(QObject *watched, QEvent *event) override;
};

// Wraps the application's style in a ReadableStyle (once; again after the style was changed).
void useReadableStyle();

} // namespace stitch::wizard
