#pragma once

#include "common/result.h"
#include "session/step_result.h"
#include "ssh/ssh_connection.h"

#include <QVector>

#include <functional>
#include <future>

namespace stitch::setup {

// The end-to-end self-test's own connection, as the tunnel user, on a thread of its own so that
// its network waits overlap the admin connection's work: it connects (TCP, key exchange, host
// key) while the apply script runs, logs in once told that the throwaway key is in place, then
// talks to the database through its tunnel while the admin connection removes that key again.
class SelfTestLogin
{
public:
    using DatabaseCheck = std::function<QVector<Finding>(ssh::SshConnection &)>;

    // Starts connecting at once. `key` must outlive this object.
    SelfTestLogin(ssh::ConnectionSettings settings, ssh_key key, DatabaseCheck databaseCheck);
    // Cancels what still runs and waits for the thread.
    ~SelfTestLogin();
    SelfTestLogin(const SelfTestLogin &) = delete;
    SelfTestLogin &operator=(const SelfTestLogin &) = delete;

    // Call once: the apply script added the key (log in now), or failed (give up).
    void keyInPlace(bool added);
    // After keyInPlace(true): whether the tunnel user could log in with the key.
    Status waitForLogin();
    // After waitForLogin(): the database handshake through the tunnel (empty when the login
    // failed).
    QVector<Finding> waitForDatabase();

    void cancel();                                                       // thread-safe
    int channelsOpened() const { return m_connection.channelsOpened(); } // after the wait

private:
    ssh::SshConnection m_connection;
    std::promise<bool> m_keyInPlace;
    bool m_keyAnswered = false;
    std::promise<Status> m_login;
    std::future<Status> m_loginResult;
    std::future<QVector<Finding>> m_databaseResult;
};

} // namespace stitch::setup
