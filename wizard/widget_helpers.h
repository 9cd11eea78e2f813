#pragma once

#include <QString>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace stitch::wizard {

// A read-only, unwrapped, fixed-font view for commands and rules.
QPlainTextEdit *makeCodeView(const QString &objectName, const QString &accessibleName,
                             QWidget *parent);
void copyToClipboard(const QString &text);
// Red-ish text that stays readable on light and dark palettes.
void styleAsAlert(QLabel *label);

} // namespace stitch::wizard
