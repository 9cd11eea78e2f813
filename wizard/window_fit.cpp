#include "window_fit.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>
#include <QWizardPage>

namespace stitch::wizard {

namespace {

// Below this height a page scrolls rather than making the window taller.
constexpr int kMinimumPageHeight = 160;

// The widest a page's text runs, in average characters.
constexpr int kReadableLineCharacters = 100;

// A window frame's size when the window system has not told it yet: a Windows 10/11 title bar
// and borders at 100 % (the largest of the usual desktops), in logical pixels.
constexpr QMargins kEstimatedFrame(8, 31, 8, 8);

// The page body's scroll area: as wide as the body needs (it never scrolls sideways, so no text
// is cut off at the right), as high as there is room for.
class PageScrollArea : public QScrollArea
{
public:
    explicit PageScrollArea(QWidget *parent) : QScrollArea(parent)
    {
        setObjectName(QStringLiteral("pageScrollArea"));
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        // Not a tab stop of its own: tabbing to a control below the fold scrolls it into view.
        setFocusPolicy(Qt::NoFocus);
        // The page's own background (white in ModernStyle and AeroStyle) shows through.
        setBackgroundRole(QPalette::NoRole);
        viewport()->setAutoFillBackground(false);
    }

    QSize minimumSizeHint() const override
    {
        const QSize body = widget() ? widget()->minimumSizeHint() : QSize(0, 0);
        return {body.width() + scrollBarWidth() + 2 * frameWidth(),
                qMin(body.height(), kMinimumPageHeight) + 2 * frameWidth()};
    }

    QSize sizeHint() const override
    {
        const QSize body = widget() ? widget()->sizeHint() : QSize(0, 0);
        return {body.width() + scrollBarWidth() + 2 * frameWidth(),
                body.height() + 2 * frameWidth()};
    }

private:
    // Room for the vertical bar is kept, so the body does not get narrower than it needs when
    // the bar appears.
    int scrollBarWidth() const { return verticalScrollBar()->sizeHint().width(); }
};

QMargins frameOf(const QWidget *window)
{
    if (window->isVisible()) {
        const QRect frame = window->frameGeometry();
        const QRect client = window->geometry();
        const QMargins real(client.left() - frame.left(), client.top() - frame.top(),
                            frame.right() - client.right(), frame.bottom() - client.bottom());
        if (!real.isNull())
            return real;
        // Shown without a frame (no window manager) or before the window manager answered.
        return QMargins();
    }
    return kEstimatedFrame;
}

} // namespace

void makePageScrollable(QWizardPage *page)
{
    QLayout *bodyLayout = page->layout();
    if (!bodyLayout || page->findChild<PageScrollArea *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    // The footer (what the user acts on) stays below the scrolling part, always in sight.
    auto *footer =
        page->findChild<QWidget *>(QStringLiteral("pageFooter"), Qt::FindDirectChildrenOnly);
    if (footer)
        bodyLayout->removeWidget(footer);
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("pageBody"));
    // Lines a reader can follow: on a wide window the text wraps at about 100 characters
    // instead of running across the screen.
    body->setMaximumWidth(page->fontMetrics().averageCharWidth() * kReadableLineCharacters);
    // Takes the layout from the page, and with it every widget it holds.
    body->setLayout(bodyLayout);
    auto *area = new PageScrollArea(page);
    area->setWidget(body);
    area->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(area, 1);
    if (footer) {
        // As wide as the body and left-aligned with it: up to its width, the rest is empty.
        // (A layout alignment would give it only its size hint's width, and a wrapped label in
        // it would need more height than the layout gave it.)
        footer->setMaximumWidth(body->maximumWidth());
        auto *row = new QHBoxLayout;
        row->addWidget(footer, 1);
        row->addStretch(0);
        outer->addLayout(row);
    }
}

QRect fittedGeometry(const QRect &available, const QSize &preferred, const QMargins &frame,
                     const QSize &minimum)
{
    const QSize frameExtra(frame.left() + frame.right(), frame.top() + frame.bottom());
    const QSize room = available.size() - frameExtra;
    const QSize size = preferred.boundedTo(room).expandedTo(minimum);
    const QPoint topLeft(
        available.left() + frame.left() + qMax(0, (room.width() - size.width()) / 2),
        available.top() + frame.top() + qMax(0, (room.height() - size.height()) / 2));
    return {topLeft, size};
}

void fitToScreen(QWidget *window, const QSize &preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame = frameOf(window);
    if (window->isVisible()) {
        // Shown: only pull back in what does not fit.
        if (available.contains(window->frameGeometry()))
            return;
        const QRect fitted =
            fittedGeometry(available, window->size(), frame, window->minimumSizeHint());
        window->setGeometry(fitted);
        return;
    }
    window->setGeometry(fittedGeometry(available, preferred, frame, window->minimumSizeHint()));
}

} // namespace stitch::wizard
