#include "readable_style.h"

#include "widget_helpers.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTextEdit>

namespace stitch::wizard {

namespace {

// An outline round `rect`, a pixel inside it, in the palette's border colour.
void drawOutline(QPainter *painter, const QStyleOption *option, bool round)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setPen(QPen(borderColor(option->palette), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(r);
    else
        painter->drawRect(r);
    painter->restore();
}

// Fields that show a placeholder text.
bool hasPlaceholder(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

// Only the placeholder role becomes the field's own: every other colour still follows the
// application's palette.
void makePlaceholderReadable(QWidget *field)
{
    QPalette palette = field->palette();
    bool changed = false;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor readable = placeholderColor(palette, group);
        if (palette.color(group, QPalette::PlaceholderText) != readable) {
            palette.setColor(group, QPalette::PlaceholderText, readable);
            changed = true;
        }
    }
    if (changed)
        field->setPalette(palette);
}

} // namespace

ReadableStyle::ReadableStyle(QStyle *base) : QProxyStyle(base)
{
    setObjectName(QStringLiteral("readableStyle"));
}

void ReadableStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool focused = option->state & State_HasFocus;
    switch (element) {
    case PE_FrameLineEdit:
        if (!focused) // the focus frame says more than the outline
            drawOutline(painter, option, false);
        break;
    case PE_IndicatorCheckBox:
        drawOutline(painter, option, false);
        break;
    case PE_IndicatorRadioButton:
        drawOutline(painter, option, true);
        break;
    default:
        break;
    }
}

void ReadableStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_SpinBox || control == CC_ComboBox) && !(option->state & State_HasFocus))
        drawOutline(painter, option, false);
}

void ReadableStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    if (!hasPlaceholder(widget))
        return;
    makePlaceholderReadable(widget);
    widget->installEventFilter(this);
}

void ReadableStyle::unpolish(QWidget *widget)
{
    if (hasPlaceholder(widget))
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool ReadableStyle::eventFilter(QObject *watched, QEvent *event)
{
    // Setting the placeholder sends PaletteChange too: the second time nothing changes.
    if (event->type() == QEvent::PaletteChange)
        makePlaceholderReadable(static_cast<QWidget *>(watched));
    return QProxyStyle::eventFilter(watched, event);
}

void useReadableStyle()
{
    if (qobject_cast<ReadableStyle *>(QApplication::style()))
        return;
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    if (!base)
        return;
    // A palette set for the application (a dark one) stays: Qt keeps it across styles.
    QApplication::setStyle(new ReadableStyle(base));
}

} // namespace stitch::wizard
