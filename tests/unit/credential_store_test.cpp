#include "session/credential_store.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <gtest/gtest.h>

#include <optional>
#include <utility>
#include <vector>

using namespace stitch;

namespace {

// Sees every QtKeychain job the application runs (an event filter on the application catches
// the queued start of each one) and counts those that finished.
class KeychainJobWatcher : public QObject
{
public:
    KeychainJobWatcher() { QCoreApplication::instance()->installEventFilter(this); }
    ~KeychainJobWatcher() override { QCoreApplication::instance()->removeEventFilter(this); }
    int seen() const { return m_seen; }
    int finished() const { return m_finished; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *job = qobject_cast<QKeychain::Job *>(watched);
        if (job && !job->property(kWatched).toBool()) {
            job->setProperty(kWatched, true);
            ++m_seen;
            connect(job, &QKeychain::Job::finished, this, [this] { ++m_finished; });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static constexpr const char *kWatched = "stitchTestWatched";
    int m_seen = 0;
    int m_finished = 0;
};

#ifndef Q_OS_WIN // only the Linux test without secure storage uses these two
// Sets environment variables for one test and restores them afterwards.
class EnvironmentOverride
{
public:
    ~EnvironmentOverride()
    {
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
            if (it->second)
                qputenv(it->first.constData(), *it->second);
            else
                qunsetenv(it->first.constData());
        }
    }
    void set(const char *name, const QByteArray &value)
    {
        remember(name);
        qputenv(name, value);
    }
    void unset(const char *name)
    {
        remember(name);
        qunsetenv(name);
    }

private:
    void remember(const char *name)
    {
        m_saved.emplace_back(QByteArray(name), qEnvironmentVariableIsSet(name)
                                                   ? std::optional<QByteArray>(qgetenv(name))
                                                   : std::nullopt);
    }
    std::vector<std::pair<QByteArray, std::optional<QByteArray>>> m_saved;
};

// Every file under `dir` (recursively) that contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() < 4 * 1024 * 1024 && f.open(QIODevice::ReadOnly) &&
            f.readAll().contains(needle))
            found << path;
    }
    return found;
}

#endif

// Runs one store call and waits for its reply on the event loop (QtKeychain replies later).
template <typename Call> CredentialReply awaitReply(Call call)
{
    std::optional<CredentialReply> reply;
    call([&](CredentialReply r) { reply = std::move(r); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, 20000))
        << "QtKeychain never finished";
    return reply ? std::move(*reply) : CredentialReply{};
}

} // namespace

TEST(CredentialKey, NamesUserServerPortAndWhat)
{
    EXPECT_EQ(credentialKey(QStringLiteral("alice"), QStringLiteral("db.example.com"), 22,
                            CredentialKind::LoginPassword),
              QStringLiteral("ssh://alice@db.example.com:22/login-password"));
    EXPECT_EQ(credentialKey(QStringLiteral("bob"), QStringLiteral("::1"), 2222,
                            CredentialKind::SudoPassword),
              QStringLiteral("ssh://bob@[::1]:2222/sudo-password"));
    EXPECT_EQ(
        credentialKey(QStringLiteral("c"), QStringLiteral("h"), 1, CredentialKind::KeyPassphrase),
        QStringLiteral("ssh://c@h:1/key-passphrase"));
}

// Against the system's real secure storage. On Windows that is the Credential Manager (the Wine
// run in tests/windows/ runs this). On Linux, a real Secret Service (gnome-keyring-daemon on a
// private D-Bus session bus): CTest runs
// SecretService.* under tests/scripts/with-secret-service.sh (test "secret_service"); without a
// service this fails, it never skips. Run apart from the other tests: libsecret keeps its first
// D-Bus connection, which the test without secure storage below must not inherit.
TEST(SecretService, KeychainStoreSavesLoadsAndRemoves)
{
    const QByteArray tag = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QString login =
        credentialKey(QStringLiteral("alice-") + QString::fromLatin1(tag),
                      QStringLiteral("db.example.com"), 22, CredentialKind::LoginPassword);
    const QString sudo =
        credentialKey(QStringLiteral("alice-") + QString::fromLatin1(tag),
                      QStringLiteral("db.example.com"), 22, CredentialKind::SudoPassword);
    KeychainCredentialStore store;

    CredentialReply missing = awaitReply([&](auto cb) { store.load(login, cb); });
    ASSERT_EQ(missing.status, CredentialStatus::NotSaved)
        << "no Secret Service? run under tests/scripts/with-secret-service.sh: "
        << missing.detail.toStdString();
    EXPECT_TRUE(missing.secret.isEmpty());

    CredentialReply saved =
        awaitReply([&](auto cb) { store.save(login, Secret(QByteArray("pw1-") + tag), cb); });
    ASSERT_TRUE(saved.ok()) << saved.detail.toStdString();
    ASSERT_TRUE(
        awaitReply([&](auto cb) { store.save(login, Secret(QByteArray("pw2-") + tag), cb); }).ok());
    ASSERT_TRUE(
        awaitReply([&](auto cb) { store.save(sudo, Secret(QByteArray("sudo-") + tag), cb); }).ok());

    // A second store object, so the bytes come back from the service, not from this process.
    KeychainCredentialStore other;
    CredentialReply found = awaitReply([&](auto cb) { other.load(login, cb); });
    ASSERT_TRUE(found.ok()) << found.detail.toStdString();
    EXPECT_EQ(found.secret.bytes(), QByteArray("pw2-") + tag) << "the second save replaces";
    EXPECT_TRUE(found.message.isEmpty());
    EXPECT_EQ(awaitReply([&](auto cb) { other.load(sudo, cb); }).secret.bytes(),
              QByteArray("sudo-") + tag)
        << "each kind of secret is its own entry";

    EXPECT_TRUE(awaitReply([&](auto cb) { store.remove(login, cb); }).ok());
    // A second remove is not an error. (The Secret Service through libsecret answers Ok here,
    // not the NotSaved that credential_store.h promises; nothing in the wizard reads it.)
    EXPECT_NE(awaitReply([&](auto cb) { store.remove(login, cb); }).status,
              CredentialStatus::Unavailable);
    EXPECT_EQ(awaitReply([&](auto cb) { other.load(login, cb); }).status,
              CredentialStatus::NotSaved);
    EXPECT_EQ(awaitReply([&](auto cb) { other.load(sudo, cb); }).secret.bytes(),
              QByteArray("sudo-") + tag)
        << "removing one entry leaves the others";
    EXPECT_TRUE(awaitReply([&](auto cb) { store.remove(sudo, cb); }).ok());
}

// With no D-Bus session (hence no Secret Service or KWallet) QtKeychain must fail cleanly: the
// store reports "unavailable" with a message for the user, and nothing is written to disk (the
// insecure plain-text fallback is off). Linux only by design: Windows always has its Credential
// Manager (Wine too), where the test above runs instead.
#ifndef Q_OS_WIN
TEST(KeychainCredentialStore, WithoutSecureStorageReportsUnavailableAndWritesNothing)
{
    const QString realConfig =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QDir(home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EnvironmentOverride env;
    env.set("HOME", home.path().toLocal8Bit());
    env.set("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toLocal8Bit());
    env.set("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
    env.set("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("run")).toLocal8Bit());
    env.set("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + home.filePath(QStringLiteral("run/no-bus")).toLocal8Bit());
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
        env.unset(name);

    const QByteArray secret =
        "stitch-keychain-test-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QString key = credentialKey(QStringLiteral("alice"), QStringLiteral("db.example.com"), 22,
                                      CredentialKind::LoginPassword);
    KeychainCredentialStore store;

    CredentialReply saved =
        awaitReply([&](auto cb) { store.save(key, Secret(QByteArray(secret)), cb); });
    EXPECT_EQ(saved.status, CredentialStatus::Unavailable) << saved.detail.toStdString();
    EXPECT_TRUE(saved.message.contains(QLatin1String("asked again next time")))
        << saved.message.toStdString();
    EXPECT_FALSE(saved.detail.isEmpty());

    CredentialReply loaded = awaitReply([&](auto cb) { store.load(key, cb); });
    EXPECT_EQ(loaded.status, CredentialStatus::Unavailable) << loaded.detail.toStdString();
    EXPECT_TRUE(loaded.secret.isEmpty());
    EXPECT_FALSE(loaded.message.isEmpty());

    CredentialReply removed = awaitReply([&](auto cb) { store.remove(key, cb); });
    EXPECT_EQ(removed.status, CredentialStatus::Unavailable) << removed.detail.toStdString();

    // No plain-text copy anywhere: not in the temporary home, not in the real config folder
    // (QSettings may have cached its paths before HOME changed).
    EXPECT_EQ(filesContaining(home.path(), secret), QStringList());
    if (!realConfig.isEmpty()) {
        EXPECT_EQ(filesContaining(realConfig, secret), QStringList());
    }
    const QString conf = KeychainCredentialStore::serviceName() + QStringLiteral(".conf");
    QDirIterator it(home.path(), {conf}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    EXPECT_FALSE(it.hasNext());
}

#endif

TEST(KeychainCredentialStore, CallbacksNeverOutliveTheStore)
{
    KeychainJobWatcher jobs;
    bool called = false;
    {
        KeychainCredentialStore store;
        store.load(QStringLiteral("k"), [&](CredentialReply) { called = true; });
    } // deleted before its queued job could run
    // The job itself still runs to its end (the backend refers to it). Wait for that, so that
    // "not called" means the store dropped the callback, not that it had no time to run yet.
    ASSERT_TRUE(QTest::qWaitFor([&] { return jobs.finished() == 1; }, 20000))
        << "the keychain job never finished (" << jobs.seen() << " seen)";
    EXPECT_FALSE(called);

    // The same load with the store alive does call back: the watcher sees what the store sees.
    KeychainCredentialStore store;
    store.load(QStringLiteral("k"), [&](CredentialReply) { called = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return jobs.finished() == 2; }, 20000));
    EXPECT_TRUE(called);
}
