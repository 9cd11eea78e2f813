#include "common/app_identity.h"

#include <QApplication>

#include <gtest/gtest.h>

#include <cstdio>

// GUI tests drive the real wizard by object names against the sandbox server. Offscreen by
// default; the screenshot run sets QT_QPA_PLATFORM=xcb under Xvfb.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    stitch::setApplicationIdentity();
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariable("STITCH_SANDBOX") != QLatin1String("1")) {
        std::fprintf(stderr, "FATAL: the GUI tests need the sandbox server; run them through "
                             "tests/sandbox/run-in-sandbox.sh (ctest does).\n");
        return 1;
    }
    return RUN_ALL_TESTS();
}
