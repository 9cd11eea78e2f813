#pragma once

#include <atomic>

namespace stitch::cli {

// Ctrl-C (SIGINT) and SIGTERM while the CLI works: the first asks the running operation to
// stop at the next safe point (the privileged script on the server finishes, the self-test key
// is removed, the root shell closes, and what was done is printed); a second one ends the
// process at once. Installed for the lifetime of this object.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // Set from the signal handler; read by SetupRunner between its steps.
    static const std::atomic<bool> &requested();
};

} // namespace stitch::cli
