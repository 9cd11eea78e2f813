#include "code_block.h"

#include <QFontDatabase>
#include <QResizeEvent>
#include <QTextDocument>
#include <QtMath>

#include <memory>

namespace stitch::wizard {

namespace {

// Wide enough for "--port 22 --cidr 52.23.137.21/32" and similar pieces unbroken.
constexpr int kMinimumCharacters = 32;

} // namespace

CodeBlock::CodeBlock(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setReadOnly(true);
    setAcceptRichText(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void CodeBlock::setCode(const QString &code)
{
    setPlainText(code);
    m_measuredWidth = -1;
    updateGeometry();
}

int CodeBlock::heightForWidth(int width) const
{
    if (width == m_measuredWidth)
        return m_measuredHeight;
    // The document laid out at the width its viewport would have.
    const int frame = 2 * frameWidth();
    const std::unique_ptr<QTextDocument> copy(document()->clone());
    copy->setDefaultFont(font());
    copy->setTextWidth(qMax(1, width - frame));
    m_measuredWidth = width;
    m_measuredHeight = qCeil(copy->size().height()) + frame + 2;
    return m_measuredHeight;
}

QSize CodeBlock::sizeHint() const
{
    const int width = QTextEdit::sizeHint().width();
    return {width, heightForWidth(this->width() > 0 ? this->width() : width)};
}

QSize CodeBlock::minimumSizeHint() const
{
    const int width =
        fontMetrics().horizontalAdvance(QLatin1Char('x')) * kMinimumCharacters + 2 * frameWidth();
    return {width, heightForWidth(this->width() > 0 ? this->width() : width)};
}

void CodeBlock::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

} // namespace stitch::wizard
