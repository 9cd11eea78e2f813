#pragma once

#include <QLoggingCategory>

namespace stitch::ssh {

Q_DECLARE_LOGGING_CATEGORY(lcLibssh)

// Routes libssh's own log lines into the "stitch.libssh" Qt logging category (once).
void installLibsshLogging();

} // namespace stitch::ssh
