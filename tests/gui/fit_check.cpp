#include "fit_check.h"

#include "gui_test_support.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QTest>
#include <QWizard>

namespace stitch::test {

namespace {

QString describe(const QWidget *w, const QString &text)
{
    QString shown = text;
    shown.remove(QLatin1Char('&'));
    if (shown.size() > 60)
        shown = shown.left(57) + QStringLiteral("...");
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(), shown);
}

QString sizeText(const QSize &s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

bool isViewportOfScrollArea(const QWidget *w)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
    return area && area->viewport() == w;
}

// The first ancestor (up to `root`'s window) that `w` reaches out of, or null.
const QWidget *clippingAncestor(const QWidget *w)
{
    QRect rect = w->rect();
    const QWidget *child = w;
    for (const QWidget *parent = w->parentWidget(); parent; parent = parent->parentWidget()) {
        rect = QRect(child->mapToParent(rect.topLeft()), rect.size());
        if (isViewportOfScrollArea(parent)) {
            // A scroll area's content may reach past its viewport: it scrolls. Only the part
            // in view must fit the viewport's ancestors.
            rect = rect.intersected(parent->rect());
            if (rect.isEmpty())
                return nullptr;
        } else if (!parent->rect().contains(rect)) {
            return parent;
        }
        if (parent->isWindow())
            break;
        child = parent;
    }
    return nullptr;
}

QString textOf(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    return {};
}

bool holds(const QLayout *layout, const QWidget *w)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w)
            return true;
        if (const QLayout *inner = item->layout(); inner && holds(inner, w))
            return true;
    }
    return false;
}

// The least size a layout gives `w` when there is room: its explicit minimum, else its
// minimum size hint as its size policy reads it (as QLayout does).
QSize leastSize(const QWidget *w)
{
    const QSizePolicy policy = w->sizePolicy();
    const QSize hint = w->sizeHint();
    const QSize minHint = w->minimumSizeHint();
    const auto least = [](QSizePolicy::Policy p, int explicitMin, int hintValue, int minValue) {
        if (explicitMin > 0)
            return explicitMin;
        if (p == QSizePolicy::Ignored)
            return 0;
        return (p & QSizePolicy::ShrinkFlag) ? minValue : hintValue;
    };
    return {least(policy.horizontalPolicy(), w->minimumWidth(), hint.width(), minHint.width()),
            least(policy.verticalPolicy(), w->minimumHeight(), hint.height(), minHint.height())};
}

} // namespace

QStringList squeezedWidgets(const QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible() || w->isWindow() || w->window() != root->window())
            continue;
        const QWidget *parent = w->parentWidget();
        if (!parent || !parent->layout() || !holds(parent->layout(), w))
            continue;
        // Qt's own parts (a dock's title buttons, "qt_dockwidget_…") get the size its style
        // chose, not their size hints.
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QSize least = leastSize(w);
        // A height that follows the width (wrapped text) is checked by cutOffTexts().
        const bool hfw = w->hasHeightForWidth();
        if (w->width() < least.width() || (!hfw && w->height() < least.height()))
            problems << QStringLiteral("%1: squeezed to %2, needs %3")
                            .arg(describe(w, textOf(w)), sizeText(w->size()), sizeText(least));
    }
    return problems;
}

QStringList cutOffTexts(const QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible() || w->isWindow() || w->window() != root->window())
            continue;
        const auto *label = qobject_cast<const QLabel *>(w);
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        if (!label && !button)
            continue;
        const QString text = textOf(w);
        if (text.trimmed().isEmpty())
            continue; // an icon
        const QSize hint = w->sizeHint();
        if (label && label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                problems << QStringLiteral("%1: wraps to %2 px high, has %3")
                                .arg(describe(w, text))
                                .arg(needed)
                                .arg(label->height());
        } else if (hint.width() > w->width() || hint.height() > w->height()) {
            problems << QStringLiteral("%1: needs %2, has %3")
                            .arg(describe(w, text), sizeText(hint), sizeText(w->size()));
        }
        if (const QWidget *clip = clippingAncestor(w))
            problems << QStringLiteral("%1: reaches out of %2 \"%3\"")
                            .arg(describe(w, text), QLatin1String(clip->metaObject()->className()),
                                 clip->objectName());
    }
    return problems;
}

QStringList hiddenWizardButtons(const QWizard *wizard, const QWidget *window)
{
    const struct
    {
        QWizard::WizardButton which;
        const char *name;
    } buttons[] = {{QWizard::BackButton, "Back"},
                   {QWizard::NextButton, "Next"},
                   {QWizard::CommitButton, "Commit"},
                   {QWizard::FinishButton, "Done"},
                   {QWizard::CancelButton, "Close"}};
    QStringList problems;
    bool forward = false;
    for (const auto &b : buttons) {
        const QAbstractButton *button = wizard->button(b.which);
        if (!button || !button->isVisibleTo(wizard))
            continue;
        const QRect inWindow(button->mapTo(window, QPoint(0, 0)), button->size());
        if (!button->isVisible())
            problems << QStringLiteral("%1 is not visible").arg(QLatin1String(b.name));
        else if (!window->rect().contains(inWindow))
            problems << QStringLiteral("%1 at (%2,%3) %4 is not inside the window's %5")
                            .arg(QLatin1String(b.name))
                            .arg(inWindow.x())
                            .arg(inWindow.y())
                            .arg(sizeText(inWindow.size()), sizeText(window->size()));
        else if (const QWidget *clip = clippingAncestor(button))
            problems << QStringLiteral("%1 reaches out of %2")
                            .arg(QLatin1String(b.name),
                                 QLatin1String(clip->metaObject()->className()));
        if (b.which == QWizard::NextButton || b.which == QWizard::FinishButton ||
            b.which == QWizard::CommitButton)
            forward = true;
    }
    if (!forward)
        problems << QStringLiteral("neither Next nor Done is shown");
    const QAbstractButton *close = wizard->button(QWizard::CancelButton);
    if (!close || !close->isVisibleTo(wizard))
        problems << QStringLiteral("Close is not shown");
    return problems;
}

QStringList scrollingAreas(const QWidget *page)
{
    QStringList areas;
    const QList<QAbstractScrollArea *> found = page->findChildren<QAbstractScrollArea *>();
    for (const QAbstractScrollArea *area : found) {
        if (!area->isVisible())
            continue;
        const auto *edit = qobject_cast<const QPlainTextEdit *>(area);
        if (edit && !edit->isReadOnly())
            continue; // a field to type into
        const QScrollBar *down = area->verticalScrollBar();
        const QScrollBar *across = area->horizontalScrollBar();
        if (down->maximum() > down->minimum() || across->maximum() > across->minimum())
            areas << QStringLiteral("%1 \"%2\" scrolls (%3 px down, %4 px across)")
                         .arg(QLatin1String(area->metaObject()->className()), area->objectName())
                         .arg(down->maximum() - down->minimum())
                         .arg(across->maximum() - across->minimum());
    }
    return areas;
}

QStringList controlsOutOfSight(const QWidget *root)
{
    QStringList problems;
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (const QAbstractButton *b : buttons) {
        if (!b->isVisible())
            continue;
        QRect rect = b->rect();
        const QWidget *child = b;
        for (const QWidget *parent = b->parentWidget(); parent; parent = parent->parentWidget()) {
            rect = QRect(child->mapToParent(rect.topLeft()), rect.size());
            if (!parent->rect().contains(rect)) {
                problems << QStringLiteral("%1: not wholly in sight, cut by %2 \"%3\"")
                                .arg(describe(b, b->text()),
                                     QLatin1String(parent->metaObject()->className()),
                                     parent->objectName());
                break;
            }
            if (parent->isWindow())
                break;
            child = parent;
        }
    }
    return problems;
}

bool resizeFrameTo(QWidget *window, const QSize &frameSize)
{
    const QSize frame = window->frameGeometry().size() - window->geometry().size();
    const QSize client = frameSize - frame;
    window->resize(client);
    QElapsedTimer clock;
    clock.start();
    while (window->size() != client || window->frameGeometry().size() != frameSize) {
        if (clock.elapsed() > 3000)
            return false;
        QTest::qWait(20);
    }
    QTest::qWait(50); // let the layouts settle
    return true;
}

void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = stitch::guitest::screenshotDir();
    QDir().mkpath(dir);
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace stitch::test
