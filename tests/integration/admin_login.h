#pragma once

#include "sandbox_env.h"
#include "ssh/ssh_connection.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sandbox {

// A test with one SSH connection, logged in as the sandbox's admin (stitchadmin, password).
class AdminLoginTest : public ::testing::Test
{
protected:
    // Port 0: the sandbox's own sshd.
    void connectTo(quint16 port = 0)
    {
        const QString admin = QStringLiteral("stitchadmin");
        settings = settingsFor(admin, scratch, port);
        ASSERT_TRUE(connection.connect(settings).ok());
        ASSERT_TRUE(connection.authenticate(settings, passwordCredentials(admin)).ok());
    }

    QTemporaryDir scratch;
    stitch::ssh::ConnectionSettings settings;
    stitch::ssh::SshConnection connection;
};

} // namespace sandbox
