#pragma once

#include "common/secret.h"

#include <QObject>
#include <QString>

#include <functional>

namespace stitch {

// What secure storage said about one entry.
enum class CredentialStatus
{
    Ok,          // saved / found / removed
    NotSaved,    // no such entry (a normal case: ask the user)
    Unavailable, // no usable secure storage: ask the user, save nothing elsewhere
};

struct CredentialReply
{
    CredentialStatus status = CredentialStatus::Ok;
    Secret secret;   // load() with Ok only
    QString message; // for the user when Unavailable ("… asked again next time.")
    QString detail;  // the backend's own words, for logs; never a secret

    bool ok() const { return status == CredentialStatus::Ok; }
};

// Which secret of a server.
enum class CredentialKind
{
    LoginPassword,
    KeyPassphrase,
    SudoPassword
};

// "ssh://alice@db.example.com:22/login-password" ("[::1]" for IPv6 hosts).
QString credentialKey(const QString &user, const QString &host, quint16 port, CredentialKind kind);

// Where remembered passwords live. Asynchronous: the callback runs later on the calling
// thread's event loop (a test fake may call it before the call returns). Nothing is ever
// written outside secure storage.
class CredentialStore
{
public:
    using Callback = std::function<void(CredentialReply reply)>;

    virtual ~CredentialStore() = default;
    virtual void save(const QString &key, Secret secret, Callback done) = 0;
    virtual void load(const QString &key, Callback done) = 0;
    // NotSaved when there was nothing to remove.
    virtual void remove(const QString &key, Callback done) = 0;

protected:
    CredentialStore() = default;
    Q_DISABLE_COPY(CredentialStore)
};

// The system keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows
// Credential Manager), insecure fallback off. Callbacks never run after this object is gone;
// needs a running event loop.
class KeychainCredentialStore : public QObject, public CredentialStore
{
    Q_OBJECT
public:
    static QString serviceName(); // "Stitch SSH Tunnel Wizard"

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    void save(const QString &key, Secret secret, Callback done) override;
    void load(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;
};

} // namespace stitch
