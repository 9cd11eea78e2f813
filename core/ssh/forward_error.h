#pragma once

#include "common/error.h"

#include <QString>

namespace stitch::ssh {

// Turns the server's channel-open failure ("Channel opening failure: channel 3 error (2)
// Connection refused") into the error a user can act on: refused, timed out, prohibited by
// sshd, or name not resolved on the server.
Error classifyForwardFailure(const QString &libsshError, const QString &host, quint16 port);

} // namespace stitch::ssh
