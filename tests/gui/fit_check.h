#pragma once

// What the GUI tests check about a window's layout at a given size, in any language.
#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;
class QWizard;

namespace stitch::test {

// Every visible QLabel, QCheckBox, QRadioButton and QAbstractButton under `root` whose text does
// not fit: a non-wrapping text wider or taller than its widget, a word-wrapped label lower than
// its height for its width, or a widget reaching past an ancestor that clips it (a scroll area's
// viewport excepted: what is scrolled away can be scrolled back). One line per problem.
QStringList cutOffTexts(const QWidget *root);

// Every visible widget under `root` that its layout gave less than the least size it asks for
// (the window is smaller than its layout's minimum, so the layout squeezed it, and parts of it
// overlap or vanish). One line per problem.
QStringList squeezedWidgets(const QWidget *root);

// The wizard's buttons that are shown (Back, Next, Commit, Done, Close) but are not entirely
// inside `window`, or that should be shown and are not. One line per problem.
QStringList hiddenWizardButtons(const QWizard *wizard, const QWidget *window);

// Every scroll area under `page` that scrolls now (its content is larger than its view), text
// fields the user types into excepted. A page holds one at most: boxes that scroll inside a
// scrolling page hide their ends from a reader. One line per scroll area.
QStringList scrollingAreas(const QWidget *page);

// Every visible button or checkbox under `root` that is not wholly in sight: outside the
// window, or cut by any ancestor, a scroll area's view included (below the fold). For what
// must never need scrolling: the page's footer. One line per problem.
QStringList controlsOutOfSight(const QWidget *root);

// Resizes `window` so that it measures `frameSize` with its frame (frameGeometry()) and waits
// until the window system applied it. False when the window cannot get that small (its
// minimum size is larger) or the size was not applied.
bool resizeFrameTo(QWidget *window, const QSize &frameSize);

// Saves `window` as <build>/screenshots/<name>.png.
void saveScreenshot(QWidget *window, const QString &name);

} // namespace stitch::test
