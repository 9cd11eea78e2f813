#pragma once

#include "session/credential_store.h"

#include <QHash>

namespace stitch::test {

// In memory, synchronous: the callback runs before save()/load()/remove() return. Can pretend
// that secure storage is unavailable.
class FakeCredentialStore : public CredentialStore
{
public:
    ~FakeCredentialStore() override { clear(); }

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    int size() const { return static_cast<int>(m_entries.size()); }
    int calls() const { return m_calls; }
    void clear()
    {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            secureWipe(it.value().data(), static_cast<std::size_t>(it.value().size()));
        m_entries.clear();
    }

    void save(const QString &key, Secret secret, Callback done) override
    {
        ++m_calls;
        if (!m_available)
            return reply(done, unavailable());
        forget(key);
        m_entries.insert(key, QByteArray(secret.data(), secret.bytes().size()));
        reply(done, CredentialReply{});
    }

    void load(const QString &key, Callback done) override
    {
        ++m_calls;
        if (!m_available)
            return reply(done, unavailable());
        CredentialReply r;
        if (!m_entries.contains(key)) {
            r.status = CredentialStatus::NotSaved;
        } else {
            const QByteArray &bytes = m_entries[key];
            r.secret = Secret(QByteArray(bytes.constData(), bytes.size()));
        }
        reply(done, std::move(r));
    }

    void remove(const QString &key, Callback done) override
    {
        ++m_calls;
        if (!m_available)
            return reply(done, unavailable());
        CredentialReply r;
        if (!forget(key))
            r.status = CredentialStatus::NotSaved;
        reply(done, std::move(r));
    }

private:
    static CredentialReply unavailable()
    {
        CredentialReply r;
        r.status = CredentialStatus::Unavailable;
        r.message = QStringLiteral("Secure storage is not available (fake). The password will "
                                   "simply be asked again next time.");
        r.detail = QStringLiteral("FakeCredentialStore::setAvailable(false)");
        return r;
    }

    static void reply(const Callback &done, CredentialReply r)
    {
        if (done)
            done(std::move(r));
    }

    bool forget(const QString &key)
    {
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            return false;
        secureWipe(it.value().data(), static_cast<std::size_t>(it.value().size()));
        m_entries.erase(it);
        return true;
    }

    QHash<QString, QByteArray> m_entries;
    bool m_available = true;
    int m_calls = 0;
};

} // namespace stitch::test
