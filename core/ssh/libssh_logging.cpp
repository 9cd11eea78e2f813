#include "libssh_logging.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <mutex>

namespace stitch::ssh {

Q_LOGGING_CATEGORY(lcLibssh, "stitch.libssh", QtWarningMsg)

namespace {
// libssh's own messages are diagnostics for developers (QT_LOGGING_RULES="stitch.libssh=true");
// what users need reaches them through Error::detail.
void forwardLog(int priority, const char *function, const char *buffer, void *)
{
    qCDebug(lcLibssh, "[%d] %s: %s", priority, function, buffer);
}
} // namespace

void installLibsshLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Not a reason to stop a connection: without our callback libssh keeps its own quiet
        // default. Said once, where a developer who asked for the log will look.
        if (ssh_set_log_callback(forwardLog) != SSH_OK ||
            ssh_set_log_level(lcLibssh().isDebugEnabled() ? SSH_LOG_PROTOCOL : SSH_LOG_WARN) !=
                SSH_OK)
            qCWarning(lcLibssh, "libssh refused the log callback; its messages are not shown");
    });
}

} // namespace stitch::ssh
