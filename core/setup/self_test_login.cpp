#include "self_test_login.h"

#include <QObject>

namespace stitch::setup {

SelfTestLogin::SelfTestLogin(ssh::ConnectionSettings settings, ssh_key key,
                             DatabaseCheck databaseCheck)
    : m_loginResult(m_login.get_future())
{
    m_databaseResult =
        std::async(std::launch::async, [this, settings = std::move(settings), key,
                                        databaseCheck = std::move(databaseCheck),
                                        keyReady = m_keyInPlace.get_future()]() mutable {
            Status status = m_connection.connect(settings);
            if (!keyReady.get()) {
                m_login.set_value(makeError(ErrorCode::Cancelled,
                                            QObject::tr("The self-test key was not added."),
                                            QObject::tr("Apply again.")));
                return QVector<Finding>();
            }
            if (status)
                status = m_connection.authenticateWithKey(settings, key);
            const bool loggedIn = status.ok();
            m_login.set_value(std::move(status));
            return loggedIn ? databaseCheck(m_connection) : QVector<Finding>();
        });
}

SelfTestLogin::~SelfTestLogin()
{
    if (m_databaseResult.valid()) {
        if (!m_keyAnswered)
            keyInPlace(false);
        m_connection.cancel();
        m_databaseResult.wait();
    }
}

void SelfTestLogin::keyInPlace(bool added)
{
    if (m_keyAnswered)
        return;
    m_keyAnswered = true;
    m_keyInPlace.set_value(added);
}

Status SelfTestLogin::waitForLogin()
{
    return m_loginResult.get();
}

QVector<Finding> SelfTestLogin::waitForDatabase()
{
    return m_databaseResult.get();
}

void SelfTestLogin::cancel()
{
    m_connection.cancel();
}

} // namespace stitch::setup
