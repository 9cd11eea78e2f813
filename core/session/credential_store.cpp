#include "credential_store.h"

#include <qt6keychain/keychain.h>

#include <memory>

namespace stitch {

namespace {

QString kindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::LoginPassword:
        return QStringLiteral("login-password");
    case CredentialKind::KeyPassphrase:
        return QStringLiteral("key-passphrase");
    case CredentialKind::SudoPassword:
        return QStringLiteral("sudo-password");
    }
    return {};
}

// Overwrites the buffer `bytes` shares with QtKeychain's job, then lets go of it.
void wipeShared(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        secureWipe(const_cast<char *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    bytes = QByteArray();
}

// Holds the one copy of a secret handed to a job; wiped however the job ends.
struct JobPayload
{
    QByteArray bytes;
    ~JobPayload() { wipeShared(bytes); }
};

CredentialReply replyFor(const QKeychain::Job &job, const QString &unavailable)
{
    CredentialReply reply;
    switch (job.error()) {
    case QKeychain::NoError:
        reply.status = CredentialStatus::Ok;
        break;
    case QKeychain::EntryNotFound:
        reply.status = CredentialStatus::NotSaved;
        break;
    default:
        // Includes OtherError, which QtKeychain 0.13 reports when there is no libsecret, no
        // D-Bus or no Secret Service.
        reply.status = CredentialStatus::Unavailable;
        reply.message = unavailable;
        reply.detail = QStringLiteral("%1 (QtKeychain error %2)")
                           .arg(job.errorString())
                           .arg(static_cast<int>(job.error()));
        break;
    }
    return reply;
}

template <typename JobType> JobType *newJob(const QString &key, QObject *parent)
{
    auto *job = new JobType(KeychainCredentialStore::serviceName(), parent);
    job->setInsecureFallback(false); // never a plain-text ~/.config/*.conf
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

} // namespace

QString credentialKey(const QString &user, const QString &host, quint16 port, CredentialKind kind)
{
    const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("ssh://%1@%2:%3/%4").arg(user, h).arg(port).arg(kindName(kind));
}

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("Stitch SSH Tunnel Wizard");
}

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : QObject(parent) {}

// Jobs are NOT children: the keychain backend (libsecret's async D-Bus calls) still refers to a
// running job, so deleting it early is a use-after-free. Jobs delete themselves when finished;
// their callbacks are connected with this store as context, so they never run after it is gone.
KeychainCredentialStore::~KeychainCredentialStore() = default;

void KeychainCredentialStore::save(const QString &key, Secret secret, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key, nullptr);
    auto payload = std::make_shared<JobPayload>();
    payload->bytes = QByteArray(secret.data(), secret.bytes().size());
    secret.clear();
    job->setBinaryData(payload->bytes); // shares the buffer: no further copy of ours
    connect(job, &QKeychain::Job::finished, this,
            [payload, done = std::move(done)](QKeychain::Job *finished) {
                wipeShared(payload->bytes);
                if (done)
                    done(replyFor(*finished,
                                  tr("The system's secure password storage is not available, so "
                                     "the password was not remembered. It will simply be asked "
                                     "again next time.")));
            });
    job->start();
}

void KeychainCredentialStore::load(const QString &key, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key, nullptr);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                CredentialReply reply =
                    replyFor(*finished, tr("The system's secure password storage is not "
                                           "available, so no remembered password can be used. "
                                           "The password will simply be asked again."));
                if (reply.ok()) {
                    auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                    QByteArray data = read->binaryData(); // shares the job's buffer
                    reply.secret = Secret(QByteArray(data.constData(), data.size()));
                    wipeShared(data);
                }
                if (done)
                    done(std::move(reply));
            });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key, nullptr);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                if (done)
                    done(replyFor(*finished,
                                  tr("The system's secure password storage is not available, so "
                                     "a remembered password could not be forgotten.")));
            });
    job->start();
}

} // namespace stitch
