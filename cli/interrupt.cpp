#include "interrupt.h"

#include <chrono>
#include <csignal>

namespace stitch::cli {

namespace {

std::atomic<bool> g_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void onInterrupt(int signal)
{
    g_requested.store(true);
    // The next one ends the process as usual: whoever presses twice means it.
    std::signal(signal, SIG_DFL);
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_requested.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const std::atomic<bool> &InterruptGuard::requested()
{
    return g_requested;
}

InterruptWatcher::InterruptWatcher(std::function<void()> onInterrupt)
    : m_thread([this, onInterrupt = std::move(onInterrupt)] {
          while (!m_done.load()) {
              if (g_requested.load()) {
                  onInterrupt();
                  return;
              }
              std::this_thread::sleep_for(std::chrono::milliseconds(50));
          }
      })
{
}

InterruptWatcher::~InterruptWatcher()
{
    m_done.store(true);
    m_thread.join();
}

} // namespace stitch::cli
