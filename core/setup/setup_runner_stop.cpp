// SetupRunner's stop state machine: a stop asked for before the first change is a cancel; after
// it, the running script finishes and only the self-test is cut short (setup_runner.h).
#include "self_test_login.h"
#include "setup_runner.h"

namespace stitch::setup {

void SetupRunner::beginOperation()
{
    m_steps = {};
    m_reachedServer = false;
    std::lock_guard<std::mutex> lock(m_stopMutex);
    m_changesStarted = false;
    m_stopRequested = false;
}

bool SetupRunner::startChanges()
{
    std::lock_guard<std::mutex> lock(m_stopMutex);
    if (m_stopRequested)
        return false;
    m_changesStarted = true;
    return true;
}

void SetupRunner::stopSoon()
{
    {
        std::lock_guard<std::mutex> lock(m_stopMutex);
        m_stopRequested = true;
        if (!m_changesStarted) {
            cancel(); // nothing to finish yet
            return;
        }
    }
    std::lock_guard<std::mutex> lock(m_selfTestMutex);
    if (m_selfTestLogin)
        m_selfTestLogin->cancel(); // the admin's connection stays, to remove the key
}

void SetupRunner::cancel()
{
    m_connection.cancel();
    std::lock_guard<std::mutex> lock(m_selfTestMutex);
    if (m_selfTestLogin)
        m_selfTestLogin->cancel();
}

} // namespace stitch::setup
