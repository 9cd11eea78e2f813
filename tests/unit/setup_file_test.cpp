#include "session/setup_file.h"
#include "model/setup_session.h"
#include "support/setup_file_keys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch;

namespace {

// A throwaway key (also used by public_key_test.cpp).
const char kEd25519[] =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEJpIyGQysJFcYYWBHR4XE7/6uuxKKkrbhaH0p940fJ1 stitch-"
    "test-ed25519@example";

QString qs(const char *text)
{
    return QString::fromUtf8(text);
}

ssh::ConnectionSettings sampleSettings()
{
    ssh::ConnectionSettings s;
    s.host = QStringLiteral("ssh.example.com");
    s.port = 2222;
    s.user = QStringLiteral("alice");
    s.authMethod = ssh::AuthMethod::KeyFile;
    s.identityFile = QStringLiteral("/home/alice/.ssh/id_ed25519");
    return s;
}

SetupChoices sampleChoices()
{
    SetupChoices c;
    c.region = QStringLiteral("europe");
    c.customCidrs = {QStringLiteral("52.23.137.21/32"), QStringLiteral("203.0.113.0/24")};
    c.isDestination = true;
    c.databaseType = DatabaseType::MySql;
    c.databaseHost = QStringLiteral("db.internal");
    c.databasePort = 3307;
    c.publicKey = qs(kEd25519);
    c.tunnelUser = QStringLiteral("stitchtunnel");
    c.publicHost = QStringLiteral("bastion.example.com");
    return c;
}

QJsonObject sampleJson()
{
    return setupToJson(sampleSettings(), sampleChoices());
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Sets "a.b" in a copy of `root`.
QJsonObject with(QJsonObject root, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        root.insert(parts[0], value);
        return root;
    }
    QJsonObject inner = root.value(parts[0]).toObject();
    inner.insert(parts[1], value);
    root.insert(parts[0], inner);
    return root;
}

} // namespace

TEST(SetupFile, RoundTripsEveryField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("setup.json"));
    ASSERT_TRUE(saveSetupFile(path, sampleSettings(), sampleChoices()).ok());

    auto loaded = loadSetupFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().oneLine().toStdString();
    const ssh::ConnectionSettings &s = loaded->connection;
    const SetupChoices &c = loaded->choices;
    const SetupChoices e = sampleChoices();
    EXPECT_EQ(s.host, QStringLiteral("ssh.example.com"));
    EXPECT_EQ(s.port, 2222);
    EXPECT_EQ(s.user, QStringLiteral("alice"));
    EXPECT_EQ(s.authMethod, ssh::AuthMethod::KeyFile);
    EXPECT_EQ(s.identityFile, QStringLiteral("/home/alice/.ssh/id_ed25519"));
    EXPECT_EQ(c.region, e.region);
    EXPECT_EQ(c.customCidrs, e.customCidrs);
    EXPECT_EQ(c.isDestination, true);
    EXPECT_EQ(c.databaseType, DatabaseType::MySql);
    EXPECT_EQ(c.databaseHost, e.databaseHost);
    EXPECT_EQ(c.databasePort, 3307);
    EXPECT_EQ(c.publicKey, e.publicKey);
    EXPECT_EQ(c.tunnelUser, e.tunnelUser);
    EXPECT_EQ(c.publicHost, QStringLiteral("bastion.example.com"));
}

// What support staff tick for the customer comes back ticked, each opt-in on its own (a swapped
// field would show), beside the key and the database fields; a format-2 file ticks none.
TEST(SetupFile, RoundTripsOptInsWithTheKey)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::pair<const char *, bool SetupOptIns::*> each[] = {
        {"enableFirewall", &SetupOptIns::enableFirewall},
        {"keyFromStitchOnly", &SetupOptIns::keyFromStitchOnly},
        {"adoptExistingUser", &SetupOptIns::adoptExistingUser},
        {"fixSshd", &SetupOptIns::fixSshd}};
    for (const auto &[name, member] : each) {
        SCOPED_TRACE(name);
        SetupOptIns optIns;
        optIns.*member = true;
        const QString path = dir.filePath(QStringLiteral("%1.json").arg(QLatin1String(name)));
        ASSERT_TRUE(saveSetupFile(path, sampleSettings(), sampleChoices(), optIns).ok());
        auto loaded = loadSetupFile(path);
        ASSERT_TRUE(loaded.ok()) << loaded.error().oneLine().toStdString();
        EXPECT_TRUE(loaded->optIns == optIns);
        EXPECT_EQ(loaded->choices.publicKey, sampleChoices().publicKey);
        EXPECT_EQ(loaded->choices.databaseHost, sampleChoices().databaseHost);
        EXPECT_EQ(loaded->connection.host, QStringLiteral("ssh.example.com"));
    }
    SetupOptIns all{true, true, true, true};
    auto back = setupFromJson(bytes(setupToJson(sampleSettings(), sampleChoices(), all)));
    ASSERT_TRUE(back.ok()) << back.error().oneLine().toStdString();
    EXPECT_TRUE(back->optIns == all);

    QJsonObject older = sampleJson();
    older.remove(QStringLiteral("optIns"));
    older.insert(QStringLiteral("version"), 2);
    auto old = setupFromJson(bytes(older));
    ASSERT_TRUE(old.ok()) << old.error().oneLine().toStdString();
    EXPECT_TRUE(old->optIns == SetupOptIns{});

    auto wrong = setupFromJson(
        bytes(with(sampleJson(), QStringLiteral("optIns.enableFirewall"), QStringLiteral("yes"))));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QLatin1String("optIns.enableFirewall")))
        << wrong.error().message.toStdString();
    auto unknown =
        setupFromJson(bytes(with(sampleJson(), QStringLiteral("optIns.turnOffEverything"), true)));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QLatin1String("optIns.turnOffEverything")));
}

TEST(SetupFile, RoundTripsDefaultsAndEveryAuthMethodAndDatabase)
{
    for (auto method :
         {ssh::AuthMethod::Password, ssh::AuthMethod::KeyFile, ssh::AuthMethod::Agent}) {
        for (auto type : {DatabaseType::PostgreSql, DatabaseType::MySql, DatabaseType::SqlServer,
                          DatabaseType::Oracle, DatabaseType::MongoDb}) {
            ssh::ConnectionSettings s;
            s.authMethod = method;
            SetupChoices c;
            c.databaseType = type;
            c.databasePort = defaultDatabasePort(type);
            auto back = setupFromJson(bytes(setupToJson(s, c)));
            ASSERT_TRUE(back.ok()) << back.error().oneLine().toStdString();
            EXPECT_EQ(back->connection.authMethod, method);
            EXPECT_EQ(back->connection.host, QString());
            EXPECT_EQ(back->connection.port, 22);
            EXPECT_EQ(back->choices.databaseType, type);
            EXPECT_EQ(back->choices.databasePort, defaultDatabasePort(type));
            EXPECT_EQ(back->choices.region, QStringLiteral("north-america"));
            EXPECT_TRUE(back->choices.customCidrs.isEmpty());
            EXPECT_TRUE(back->choices.publicKey.isEmpty());
            EXPECT_FALSE(back->choices.isDestination);
        }
    }
}

TEST(SetupFile, NormalisesWhatItLoads)
{
    QJsonObject o =
        with(sampleJson(), QStringLiteral("stitch.allowedAddresses"),
             QJsonArray{QStringLiteral(" 52.23.137.21 "), QStringLiteral("52.23.137.21/32")});
    o = with(o, QStringLiteral("database.host"), QStringLiteral("DB.Internal"));
    o = with(o, QStringLiteral("publicKey"), QStringLiteral("\"%1\"\r\n").arg(qs(kEd25519)));
    auto r = setupFromJson(bytes(o));
    ASSERT_TRUE(r.ok()) << r.error().oneLine().toStdString();
    EXPECT_EQ(r->choices.customCidrs, QStringList{QStringLiteral("52.23.137.21/32")});
    EXPECT_EQ(r->choices.databaseHost, QStringLiteral("db.internal"));
    EXPECT_EQ(r->choices.publicKey, qs(kEd25519));
}

TEST(SetupFile, NeverWritesASecret)
{
    SetupSession session;
    session.setConnection(sampleSettings());
    session.setChoices(sampleChoices());
    const QByteArray password = "hunter2-login-7f3a";
    const QByteArray passphrase = "passphrase-key-91b2";
    const QByteArray sudo = "sudo-secret-c4d5";
    ssh::Credentials credentials;
    credentials.password = Secret(password);
    credentials.keyPassphrase = Secret(passphrase);
    credentials.sudoPassword = Secret(sudo);
    session.setCredentials(std::move(credentials));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("setup.json"));
    ASSERT_TRUE(saveSetupFile(path, session.connection(), session.choices()).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(
        test::holdsNoSecretAndOnlyReviewedKeys(file.readAll(), {password, passphrase, sudo}));
}

TEST(SetupFile, RefusesAFileWithAPasswordField)
{
    for (const char *path : {"ssh.password", "sudoPassword", "ssh.keyPassphrase", "secret"}) {
        auto r = setupFromJson(bytes(with(sampleJson(), qs(path), QStringLiteral("x"))));
        ASSERT_FALSE(r.ok()) << path;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(r.error().message.contains(QLatin1String("never hold passwords")))
            << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.contains(qs(path))) << r.error().message.toStdString();
    }
}

TEST(SetupFile, NeverSavesAPrivateKeyPastedAsThePublicKey)
{
    SetupChoices c = sampleChoices();
    c.publicKey =
        QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n"
                       "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2\n"
                       "-----END OPENSSH PRIVATE KEY-----\n");
    EXPECT_FALSE(
        QJsonDocument(setupToJson(sampleSettings(), c)).toJson().contains("b3BlbnNzaC1rZXktdjE"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("setup.json"));
    const Status s = saveSetupFile(path, sampleSettings(), c);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::PrivateKeyGiven);
    EXPECT_FALSE(s.error().message.contains(QLatin1String("b3BlbnNzaC1rZXktdjE")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(SetupFile, DoesNotSaveWhatItCouldNotLoad)
{
    SetupChoices c = sampleChoices();
    c.tunnelUser = QStringLiteral("root");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("setup.json"));
    const Status s = saveSetupFile(path, sampleSettings(), c);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(s.error().message.contains(QLatin1String("not saved")));
    EXPECT_TRUE(s.error().message.contains(QLatin1String("tunnelUser")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(SetupFile, OverwritesAnExistingFileWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("setup.json"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200000, 'x'));
    }
    ASSERT_TRUE(saveSetupFile(path, sampleSettings(), sampleChoices()).ok());
    EXPECT_TRUE(loadSetupFile(path).ok());
}

TEST(SetupFile, ReportsUnwritableAndMissingFiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/setup.json"));
    const Status s = saveSetupFile(path, sampleSettings(), sampleChoices());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::LocalIoError);
    auto r = loadSetupFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::LocalIoError);
    EXPECT_FALSE(r.error().fix.isEmpty());
}

struct BadField
{
    const char *path;
    QJsonValue value;
    const char *field; // what the message must name
};

TEST(SetupFile, NamesEveryBadFieldAndItsFix)
{
    const QString privateKey = QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n"
                                              "-----END OPENSSH PRIVATE KEY-----");
    const BadField cases[] = {
        {"stitch", QJsonValue(5), "stitch"},
        {"stitch.kind", QStringLiteral("source"), "stitch.kind"},
        {"stitch.kind", QJsonValue(true), "stitch.kind"},
        {"stitch.region", QStringLiteral("mars"), "stitch.region"},
        {"stitch.allowedAddresses", QStringLiteral("52.23.137.21"), "stitch.allowedAddresses"},
        {"stitch.allowedAddresses", QJsonArray{QStringLiteral("0.0.0.0/0")},
         "stitch.allowedAddresses[0]"},
        {"stitch.allowedAddresses",
         QJsonArray{QStringLiteral("52.23.137.21"), QStringLiteral("52.23.137.1/24")},
         "stitch.allowedAddresses[1]"},
        {"stitch.allowedAddresses", QJsonArray{QJsonValue(7)}, "stitch.allowedAddresses[0]"},
        {"database.type", QStringLiteral("sqlite"), "database.type"},
        {"database.host", QStringLiteral("db; rm -rf /"), "database.host"},
        {"database.host", QStringLiteral(""), "database.host"},
        {"database.port", QJsonValue(0), "database.port"},
        {"database.port", QJsonValue(70000), "database.port"},
        {"database.port", QJsonValue(5432.5), "database.port"},
        {"database.port", QStringLiteral("abc"), "database.port"},
        {"database.port", QJsonValue(true), "database.port"},
        {"publicKey", QStringLiteral("ssh-ed25519 AAAA"), "publicKey"},
        {"publicKey", QStringLiteral("ssh-dss AAAAB3NzaC1kc3MAAACBAP"), "publicKey"},
        {"publicKey", privateKey, "publicKey"},
        {"publicKey", QJsonValue(1), "publicKey"},
        {"tunnelUser", QStringLiteral("root"), "tunnelUser"},
        {"tunnelUser", QStringLiteral("Bad User"), "tunnelUser"},
        {"ssh.host", QStringLiteral("bad host!"), "ssh.host"},
        {"ssh.port", QJsonValue(0), "ssh.port"},
        {"ssh.port", QJsonValue(-22), "ssh.port"},
        {"ssh.user", QStringLiteral("two words"), "ssh.user"},
        {"ssh.user", QStringLiteral("a\nb"), "ssh.user"},
        {"ssh.authMethod", QStringLiteral("kerberos"), "ssh.authMethod"},
        {"ssh.identityFile", QStringLiteral("/tmp/a\nb"), "ssh.identityFile"},
        {"ssh.identityFile", QJsonValue(3), "ssh.identityFile"},
        {"databse", QJsonObject(), "databse"},
        {"ssh.hots", QStringLiteral("x"), "ssh.hots"},
    };
    for (const BadField &c : cases) {
        auto r = setupFromJson(bytes(with(sampleJson(), qs(c.path), c.value)));
        ASSERT_FALSE(r.ok()) << c.path;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput) << c.path;
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("\"%1\"").arg(qs(c.field))))
            << c.path << ": " << r.error().message.toStdString();
        EXPECT_FALSE(r.error().fix.isEmpty()) << c.path;
        if (c.value.isString() && c.value.toString() == privateKey) {
            EXPECT_FALSE(r.error().oneLine().contains(QLatin1String("BEGIN OPENSSH")));
        }
    }
}

TEST(SetupFile, VersionIsCheckedFirst)
{
    auto newer = setupFromJson(
        bytes(with(with(sampleJson(), QStringLiteral("version"), kSetupFileVersion + 1),
                   QStringLiteral("futureField"), true)));
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(newer.error().message.contains(QLatin1String("newer version")))
        << newer.error().message.toStdString();
    EXPECT_TRUE(newer.error().fix.contains(QLatin1String("latest")));

    for (const QJsonValue &v : {QJsonValue(0), QJsonValue(1.5), QJsonValue(QStringLiteral("1")),
                                QJsonValue(QJsonValue::Undefined)}) {
        QJsonObject o = sampleJson();
        if (v.isUndefined())
            o.remove(QStringLiteral("version"));
        else
            o.insert(QStringLiteral("version"), v);
        auto r = setupFromJson(bytes(o));
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message.contains(QLatin1String("\"version\"")))
            << r.error().message.toStdString();
    }
    EXPECT_EQ(sampleJson().value(QStringLiteral("version")).toInt(), kSetupFileVersion);
}

TEST(SetupFile, RefusesWhatIsNotASetupFile)
{
    for (const QByteArray &text :
         {QByteArray("{"), QByteArray("[1,2]"), QByteArray("{\"version\": 1}"),
          QByteArray("{\"format\": \"something-else\", \"version\": 1}"), QByteArray()}) {
        auto r = setupFromJson(text);
        ASSERT_FALSE(r.ok()) << text.constData();
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
        EXPECT_FALSE(r.error().fix.isEmpty());
    }
}
