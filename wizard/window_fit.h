#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;
class QWizardPage;

namespace stitch::wizard {

// Puts everything a page lays out into a scroll area that scrolls vertically, so that a long
// page (findings, the commands, an error, a large font or a longer language) scrolls inside the
// page instead of pushing the wizard's buttons off a small screen. Call once per page, after
// the page built its layout; its widgets keep their names and stay children of the page.
void makePageScrollable(QWizardPage *page);

// Where a window of client size `preferred` goes on first show: as large as `preferred` but,
// with its `frame`, inside `available` (the screen's work area), never below `minimum`, and
// centred. Returns the client geometry (frame excluded).
QRect fittedGeometry(const QRect &available, const QSize &preferred, const QMargins &frame,
                     const QSize &minimum);

// Sizes and places `window` by fittedGeometry() on the screen it will appear on. Before the
// window was shown its frame is not known yet and is estimated; call again once shown (the
// real frame) to correct the estimate. Also brings a window back onto the screen when it was
// restored or resized to more than the screen holds.
void fitToScreen(QWidget *window, const QSize &preferred);

} // namespace stitch::wizard
