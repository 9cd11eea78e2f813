#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QPalette;
class QPlainTextEdit;
class QWidget;

namespace stitch::wizard {

// A read-only, unwrapped, fixed-font view for commands and rules.
QPlainTextEdit *makeCodeView(const QString &objectName, const QString &accessibleName,
                             QWidget *parent);
void copyToClipboard(const QString &text);
// `fileName` in the user's documents folder: where Save and Export dialogs start (not the
// process's working folder, which is / or the build folder when started from a menu or a test).
QString inDocuments(const QString &fileName = QString());
// WCAG 2 contrast ratio of two opaque colours: 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// A red and a green for text on the palette's window colour, with at least 4.5:1 contrast to it
// (the WCAG minimum for normal text): derived from the palette, so readable on light and dark.
QColor alertColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
// The outline of fields and checkboxes: at least 3:1 against the window (WCAG's minimum for
// the parts of a control), in the direction of the window text.
QColor borderColor(const QPalette &palette);
// The colour of a field's placeholder text: quieter than what is typed, yet 4.5:1 on the field.
QColor placeholderColor(const QPalette &palette, QPalette::ColorGroup group);
// `text` as rich text in alertColor(): for labels that show rich text anyway.
QString alertHtml(const QString &plainText, const QPalette &palette);
// Red (green) text that stays readable on light and dark palettes.
void styleAsAlert(QLabel *label);
void styleAsSuccess(QLabel *label);

} // namespace stitch::wizard
