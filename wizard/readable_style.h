#pragma once

#include <QProxyStyle>

namespace stitch::wizard {

// The desktop's own style, with the outlines of fields, checkboxes, radio buttons, spin boxes
// and drop-down lists drawn in a colour that stands out 3:1 from the window (WCAG's minimum
// for the parts of a control): Fusion and others draw them barely darker than the window, which
// on a dark palette leaves a field nobody can find.
class ReadableStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit ReadableStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
};

// Wraps the application's style in a ReadableStyle (once; again after the style was changed).
void useReadableStyle();

} // namespace stitch::wizard
