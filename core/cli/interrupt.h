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

// Until the first change to the server there is nothing to finish: a Ctrl-C then ends the
// operation at once (a hard cancel, from this watcher's thread), even in the middle of
// connecting to a server that does not answer. After that, only the safe-point stop applies.
class StopBeforeChanges
{
public:
    StopBeforeChanges(std::function<bool()> changesStarted, std::function<void()> cancelNow);
    ~StopBeforeChanges();
    StopBeforeChanges(const StopBeforeChanges &) = delete;
    StopBeforeChanges &operator=(const StopBeforeChanges &) = delete;

private:
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

} // namespace stitch::cli
