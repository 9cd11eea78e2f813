#include "common/app_identity.h"
#include "sandbox_env.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    stitch::setApplicationIdentity();
    ::testing::InitGoogleTest(&argc, argv);
    if (!sandbox::available()) {
        // Never skip: a missing sandbox is a failure of the test run.
        std::fprintf(stderr, "FATAL: the integration tests need the sandbox server. Run them as "
                             "root through tests/sandbox/run-in-sandbox.sh (ctest does).\n");
        return 1;
    }
    return RUN_ALL_TESTS();
}
