#include "common/app_identity.h"
#include "gui_test_support.h"

#include <QApplication>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

// GUI tests drive the real wizard by object names, most against the sandbox server. Offscreen
// by default on Linux; the screenshot run sets QT_QPA_PLATFORM=xcb under Xvfb. The Windows build
// has only the tests that need no server (STITCH_GUI_TESTS_NEED_SANDBOX unset) and keeps the
// native platform: Qt's offscreen platform has no fonts on Windows, so every glyph is a box.
int main(int argc, char **argv)
{
#ifndef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QApplication app(argc, argv);
    stitch::setApplicationIdentity();
    ::testing::InitGoogleTest(&argc, argv);
    // STITCH_GUI_TEST_LOOK=dark: every test on a dark palette (Fusion), as ctest's gui_dark
    // runs the whole suite a second time; tests that compare light and dark still do.
    std::unique_ptr<stitch::guitest::DarkLook> dark;
    if (qEnvironmentVariable("STITCH_GUI_TEST_LOOK") == QLatin1String("dark"))
        dark = std::make_unique<stitch::guitest::DarkLook>();
#ifdef STITCH_GUI_TESTS_NEED_SANDBOX
    if (qEnvironmentVariable("STITCH_SANDBOX") != QLatin1String("1")) {
        std::fprintf(stderr, "FATAL: the GUI tests need the sandbox server; run them through "
                             "tests/sandbox/run-in-sandbox.sh (ctest does).\n");
        return 1;
    }
#endif
    return RUN_ALL_TESTS();
}
