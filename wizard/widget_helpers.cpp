#include "widget_helpers.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>

namespace stitch::wizard {

QPlainTextEdit *makeCodeView(const QString &objectName, const QString &accessibleName,
                             QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setTabChangesFocus(true);
    return view;
}

void copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

void styleAsAlert(QLabel *label)
{
    const QPalette inherited =
        label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette();
    const bool dark = inherited.color(QPalette::Window).lightness() < 128;
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(pal);
}

} // namespace stitch::wizard
