#pragma once

// What every GUI test does to drive the wizard: wait for a condition while Qt runs, find a
// widget by object name, find a visible top-level window (a dialog opened with open()).

#include "../support/german_text.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPalette>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QStringList>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>

#include <functional>

namespace stitch::guitest {

// Runs the event loop until `condition` holds; false after `timeoutMs`.
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// The app's German translation while it lives (tests/support/german_text.h).
using GermanText = test::GermanText;

// The texts among `texts` whose letter after '&' an earlier text already uses: Alt+letter
// would be ambiguous.
inline QStringList repeatedMnemonics(const QStringList &texts)
{
    QStringList seen, repeated;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    for (const QString &text : texts) {
        const auto m = mnemonic.match(text);
        if (!m.hasMatch())
            continue;
        const QString letter = m.captured(1).toLower();
        if (seen.contains(letter))
            repeated << text;
        seen << letter;
    }
    return repeated;
}

// Where screenshots go: build/ci/screenshots, and its dark/ folder in the dark run (ctest's
// gui_dark), so one run never overwrites the other's.
inline QString screenshotDir()
{
    const QString dir = QStringLiteral(STITCH_SCREENSHOT_DIR);
    return qEnvironmentVariable("STITCH_GUI_TEST_LOOK") == QLatin1String("dark")
               ? dir + QStringLiteral("/dark")
               : dir;
}

template <typename T> T *child(QObject *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

template <typename T> T *topLevel(const char *name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String(name) && w->isVisible())
            return qobject_cast<T *>(w);
    }
    return nullptr;
}

// A dark desktop as users have one: Fusion with a dark palette (like KDE's Breeze Dark or a
// dark GNOME theme), for as long as this lives; the style and palette before come back after.
class DarkLook
{
public:
    DarkLook() : m_style(styleName()), m_palette(QApplication::palette())
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p;
        p.setColor(QPalette::Window, QColor(37, 37, 38));
        p.setColor(QPalette::WindowText, QColor(230, 230, 230));
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        p.setColor(QPalette::Text, QColor(230, 230, 230));
        p.setColor(QPalette::Button, QColor(50, 50, 52));
        p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        p.setColor(QPalette::Highlight, QColor(38, 79, 120));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(100, 170, 255));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        QApplication::setPalette(p);
    }
    ~DarkLook()
    {
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
    }
    DarkLook(const DarkLook &) = delete;
    DarkLook &operator=(const DarkLook &) = delete;

private:
    // The desktop's style, also when the wizard wrapped it (a proxy has no name of its own).
    static QString styleName()
    {
        const QStyle *style = QApplication::style();
        if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
            style = proxy->baseStyle();
        return style->name();
    }

    QString m_style;
    QPalette m_palette;
};

} // namespace stitch::guitest
