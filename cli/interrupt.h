#pragma once

#include <atomic>
#include <functional>
#include <thread>

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

// Calls `onInterrupt` (once, on its own thread) when the first Ctrl-C or SIGTERM arrives: a
// signal handler itself may do nothing but set a flag.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt);
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher &) = delete;
    InterruptWatcher &operator=(const InterruptWatcher &) = delete;

private:
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

} // namespace stitch::cli
