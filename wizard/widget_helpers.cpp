#include "widget_helpers.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace stitch::wizard {

namespace {

double relativeLuminance(const QColor &c)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

// The colour of hue `hue` nearest to mid lightness that reads at 4.5:1 (plus a margin for
// rounding) on the window: darker on a light window, lighter on a dark one.
QColor readableHue(const QPalette &palette, int hue)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const bool darkWindow = relativeLuminance(window) < 0.18;
    const int step = darkWindow ? 4 : -4;
    for (int lightness = 128; lightness >= 0 && lightness <= 255; lightness += step) {
        const QColor candidate = QColor::fromHsl(hue, 200, lightness);
        if (contrastRatio(candidate, window) >= 4.6)
            return candidate;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

// From `background` towards `text`, as little as stands out `minContrast`:1 from the background
// (a margin for rounding is the caller's): an outline, a placeholder, quieter than the text.
QColor towardsText(const QColor &background, const QColor &text, double minContrast)
{
    for (int percent = 30; percent <= 100; percent += 5) {
        const double t = percent / 100.0;
        const QColor mixed =
            QColor::fromRgbF(static_cast<float>(background.redF() * (1 - t) + text.redF() * t),
                             static_cast<float>(background.greenF() * (1 - t) + text.greenF() * t),
                             static_cast<float>(background.blueF() * (1 - t) + text.blueF() * t));
        if (contrastRatio(mixed, background) >= minContrast)
            return mixed;
    }
    return text;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor alertColor(const QPalette &palette)
{
    return readableHue(palette, 4);
}

QColor successColor(const QPalette &palette)
{
    return readableHue(palette, 125);
}

QColor borderColor(const QPalette &palette)
{
    return towardsText(palette.color(QPalette::Active, QPalette::Window),
                       palette.color(QPalette::Active, QPalette::WindowText), 3.2);
}

QColor placeholderColor(const QPalette &palette, QPalette::ColorGroup group)
{
    return towardsText(palette.color(group, QPalette::Base), palette.color(group, QPalette::Text),
                       4.6);
}

QString alertHtml(const QString &plainText, const QPalette &palette)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(alertColor(palette).name(), plainText.toHtmlEscaped());
}

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

QString inDocuments(const QString &fileName)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

namespace {

void setTextColour(QLabel *label, QColor (*colour)(const QPalette &))
{
    const QPalette inherited =
        label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette();
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, colour(inherited));
    label->setPalette(pal);
}

} // namespace

void styleAsAlert(QLabel *label)
{
    setTextColour(label, alertColor);
}

void styleAsSuccess(QLabel *label)
{
    setTextColour(label, successColor);
}

} // namespace stitch::wizard
