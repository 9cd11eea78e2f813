// What holds for every database type (core/database/handshake.cpp): recorded replies on their
// own and on the wrong port, truncation, other protocols, robustness. Each protocol's own
// cases are in <protocol>_handshake_test.cpp.
#include "database/handshake.h"
#include "recorded_handshakes.h"

#include <QList>

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>

using namespace stitch;
using namespace stitch::database;
using recorded::bytes;

namespace {

const DatabaseType kAllTypes[] = {DatabaseType::PostgreSql, DatabaseType::MySql,
                                  DatabaseType::SqlServer, DatabaseType::Oracle,
                                  DatabaseType::MongoDb};

const char *typeName(DatabaseType type)
{
    switch (type) {
    case DatabaseType::PostgreSql:
        return "PostgreSql";
    case DatabaseType::MySql:
        return "MySql";
    case DatabaseType::SqlServer:
        return "SqlServer";
    case DatabaseType::Oracle:
        return "Oracle";
    case DatabaseType::MongoDb:
        return "MongoDb";
    }
    return "?";
}

const char *answerName(Answer answer)
{
    switch (answer) {
    case Answer::Matches:
        return "Matches";
    case Answer::WrongProtocol:
        return "WrongProtocol";
    case Answer::NeedMoreData:
        return "NeedMoreData";
    case Answer::NoAnswer:
        return "NoAnswer";
    }
    return "?";
}

// One recorded (or hand-built) reply, the type that produced it, and what it must give.
struct Sample
{
    const char *name;
    QByteArray reply;
    DatabaseType type;
    QString server; // expected HandshakeVerdict::server for its own type
    QString guess;  // expected guessOtherProtocol()
};

QList<Sample> samples()
{
    return {
        {"PostgresSslOff", bytes(recorded::kPostgresSslOff), DatabaseType::PostgreSql,
         QStringLiteral("PostgreSQL (SSL off)"), QString()},
        {"PostgresSslOn", bytes(recorded::kPostgresSslOn), DatabaseType::PostgreSql,
         QStringLiteral("PostgreSQL (accepts SSL)"), QString()},
        {"PostgresOldStyleError", bytes(recorded::kPostgresOldStyleError), DatabaseType::PostgreSql,
         QStringLiteral("PostgreSQL"), QStringLiteral("PostgreSQL")},
        {"MariaDbGreeting", bytes(recorded::kMariaDbGreeting), DatabaseType::MySql,
         QStringLiteral("MariaDB 10.11.19"), QStringLiteral("MySQL/MariaDB")},
        {"MariaDbHostNotAllowed", bytes(recorded::kMariaDbHostNotAllowed), DatabaseType::MySql,
         QStringLiteral("MariaDB (refused the connection)"), QStringLiteral("MySQL/MariaDB")},
        {"SqlServerPrelogin", bytes(recorded::kSqlServerPreloginReply), DatabaseType::SqlServer,
         QStringLiteral("Microsoft SQL Server 16.0.1000"), QStringLiteral("Microsoft SQL Server")},
        {"OracleRefuse", bytes(recorded::kOracleRefuse), DatabaseType::Oracle,
         QStringLiteral("Oracle TNS listener"), QStringLiteral("Oracle")},
        {"MongoHello", bytes(recorded::kMongoHelloReply), DatabaseType::MongoDb,
         QStringLiteral("MongoDB (wire version 21)"), QStringLiteral("MongoDB")},
    };
}

} // namespace

// ---- Recorded replies ---------------------------------------------------------------------

TEST(HandshakeReply, EachRecordedReplyMatchesItsType)
{
    for (const Sample &sample : samples()) {
        SCOPED_TRACE(sample.name);
        const HandshakeVerdict verdict = interpretReply(sample.type, sample.reply);
        EXPECT_EQ(verdict.answer, Answer::Matches) << qPrintable(verdict.detail);
        EXPECT_EQ(verdict.server, sample.server);
        EXPECT_FALSE(verdict.detail.isEmpty());
    }
}

TEST(HandshakeReply, DetailsCarryTheUsefulFacts)
{
    const auto detail = [](DatabaseType type, const char *reply, qsizetype size) {
        return interpretReply(type, QByteArray(reply, size)).detail;
    };
    EXPECT_TRUE(detail(DatabaseType::PostgreSql, recorded::kPostgresOldStyleError,
                       sizeof(recorded::kPostgresOldStyleError) - 1)
                    .contains(QStringLiteral(
                        "FATAL: unsupported frontend protocol 1.0: server supports 3.0 to 3.0")));

    const QString greeting = detail(DatabaseType::MySql, recorded::kMariaDbGreeting,
                                    sizeof(recorded::kMariaDbGreeting) - 1);
    EXPECT_TRUE(greeting.contains(QStringLiteral("5.5.5-10.11.19-MariaDB-0+deb12u1")))
        << qPrintable(greeting);
    EXPECT_TRUE(greeting.contains(QStringLiteral("connection id 5"))) << qPrintable(greeting);
    EXPECT_TRUE(greeting.contains(QStringLiteral("auth plugin mysql_native_password")))
        << qPrintable(greeting);

    EXPECT_EQ(detail(DatabaseType::MySql, recorded::kMariaDbHostNotAllowed,
                     sizeof(recorded::kMariaDbHostNotAllowed) - 1),
              QStringLiteral(
                  "Error 1130: Host '127.0.0.2' is not allowed to connect to this MariaDB server"));

    const QString prelogin = detail(DatabaseType::SqlServer, recorded::kSqlServerPreloginReply,
                                    sizeof(recorded::kSqlServerPreloginReply) - 1);
    EXPECT_EQ(prelogin, QStringLiteral("PRELOGIN answer: version 16.0.1000, encryption off "
                                       "(login only)"));

    const QString refuse =
        detail(DatabaseType::Oracle, recorded::kOracleRefuse, sizeof(recorded::kOracleRefuse) - 1);
    EXPECT_TRUE(refuse.contains(QStringLiteral("refused"))) << qPrintable(refuse);
    EXPECT_TRUE(refuse.contains(QStringLiteral("ORA-12514"))) << qPrintable(refuse);
    EXPECT_TRUE(refuse.contains(QStringLiteral("listener version 19.0.0.0.0")))
        << qPrintable(refuse);

    const QString hello = detail(DatabaseType::MongoDb, recorded::kMongoHelloReply,
                                 sizeof(recorded::kMongoHelloReply) - 1);
    EXPECT_EQ(hello, QStringLiteral("hello answered: ok 1, maxWireVersion 21 (MongoDB 7.0), "
                                    "writable primary: yes"));
}

TEST(HandshakeReply, EmptyReplyIsNoAnswer)
{
    for (DatabaseType type : kAllTypes) {
        SCOPED_TRACE(typeName(type));
        const HandshakeVerdict verdict = interpretReply(type, QByteArray());
        EXPECT_EQ(verdict.answer, Answer::NoAnswer);
        EXPECT_TRUE(verdict.server.isEmpty());
    }
}

// Every reply on every other type's port. Only PostgreSQL's one-byte answers are ambiguous:
// they could be the first byte of a MySQL packet length or of a MongoDB message length.
TEST(HandshakeReply, RepliesOnTheWrongPortAreWrongProtocol)
{
    for (const Sample &sample : samples()) {
        for (DatabaseType type : kAllTypes) {
            if (type == sample.type)
                continue;
            SCOPED_TRACE(std::string(sample.name) + " on " + typeName(type));
            const HandshakeVerdict verdict = interpretReply(type, sample.reply);
            const bool oneByte = sample.reply.size() == 1;
            const bool ambiguous =
                oneByte && (type == DatabaseType::MySql || type == DatabaseType::MongoDb);
            if (ambiguous) {
                EXPECT_EQ(verdict.answer, Answer::NeedMoreData) << answerName(verdict.answer);
                continue;
            }
            EXPECT_EQ(verdict.answer, Answer::WrongProtocol)
                << answerName(verdict.answer) << ": " << qPrintable(verdict.detail);
            EXPECT_EQ(verdict.server, sample.guess);
            if (!sample.guess.isEmpty()) {
                EXPECT_TRUE(verdict.detail.contains(sample.guess)) << qPrintable(verdict.detail);
            }
        }
    }
}

TEST(HandshakeReply, TruncatedRepliesAskForMoreData)
{
    for (const Sample &sample : samples()) {
        for (qsizetype length = 1; length < sample.reply.size(); ++length) {
            SCOPED_TRACE(std::string(sample.name) + " cut at " + std::to_string(length));
            const HandshakeVerdict verdict = interpretReply(sample.type, sample.reply.left(length));
            EXPECT_EQ(verdict.answer, Answer::NeedMoreData)
                << answerName(verdict.answer) << ": " << qPrintable(verdict.detail);
        }
    }
}

// Prefixes of other protocols' replies never pass for ours. The one exception is inherent:
// "S", the first byte of an SSH banner, is also PostgreSQL's whole answer (the real banner
// arrives in one piece, and the whole banner is recognised).
TEST(HandshakeReply, TruncatedRepliesOnTheWrongPortNeverMatch)
{
    QList<Sample> all = samples();
    all.append({"SshBanner", bytes(recorded::kSshBanner), DatabaseType::PostgreSql, {}, {}});
    for (const Sample &sample : all) {
        for (DatabaseType type : kAllTypes) {
            if (type == sample.type && sample.reply != bytes(recorded::kSshBanner))
                continue;
            for (qsizetype length = 1; length <= sample.reply.size(); ++length) {
                SCOPED_TRACE(std::string(sample.name) + " cut at " + std::to_string(length) +
                             " on " + typeName(type));
                const HandshakeVerdict verdict = interpretReply(type, sample.reply.left(length));
                const bool sshS = sample.reply.startsWith("SSH-") && length == 1 &&
                                  type == DatabaseType::PostgreSql;
                if (sshS)
                    EXPECT_EQ(verdict.answer, Answer::Matches);
                else
                    EXPECT_NE(verdict.answer, Answer::Matches) << qPrintable(verdict.detail);
            }
        }
    }
}

TEST(HandshakeReply, SshBannerOnThePostgresPort)
{
    const QByteArray banner = bytes(recorded::kSshBanner);
    EXPECT_EQ(guessOtherProtocol(banner), QStringLiteral("SSH"));
    EXPECT_EQ(guessOtherProtocol(QByteArray("SSH-2.0-OpenSSH_9.2")), QStringLiteral("SSH"));
    for (DatabaseType type : kAllTypes) {
        SCOPED_TRACE(typeName(type));
        for (const QByteArray &reply : {banner, QByteArray("SSH-2.0-OpenSSH_9.2")}) {
            const HandshakeVerdict verdict = interpretReply(type, reply);
            EXPECT_EQ(verdict.answer, Answer::WrongProtocol);
            EXPECT_EQ(verdict.server, QStringLiteral("SSH"));
            EXPECT_TRUE(verdict.detail.contains(QStringLiteral("looks like SSH")))
                << qPrintable(verdict.detail);
        }
    }
}

TEST(HandshakeReply, HttpAnswerIsWrongProtocol)
{
    const QByteArray http("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    EXPECT_EQ(guessOtherProtocol(http), QStringLiteral("HTTP"));
    for (DatabaseType type : kAllTypes) {
        SCOPED_TRACE(typeName(type));
        const HandshakeVerdict verdict = interpretReply(type, http);
        EXPECT_EQ(verdict.answer, Answer::WrongProtocol);
        EXPECT_EQ(verdict.server, QStringLiteral("HTTP"));
    }
}

// ---- guessOtherProtocol -------------------------------------------------------------------

TEST(HandshakeGuess, NamesKnownProtocols)
{
    for (const Sample &sample : samples()) {
        SCOPED_TRACE(sample.name);
        EXPECT_EQ(guessOtherProtocol(sample.reply), sample.guess);
    }
    EXPECT_EQ(guessOtherProtocol(QByteArray("\x15\x03\x03\x00\x02\x02\x28", 7)),
              QStringLiteral("TLS"));
    EXPECT_EQ(guessOtherProtocol(QByteArray("-ERR unknown command\r\n")), QStringLiteral("Redis"));
    EXPECT_TRUE(guessOtherProtocol(QByteArray()).isEmpty());
    EXPECT_TRUE(guessOtherProtocol(QByteArray("220 mail.example ESMTP\r\n")).isEmpty());
    EXPECT_TRUE(guessOtherProtocol(QByteArray(64, '\0')).isEmpty());
}

// ---- Robustness (the parsers are also fuzzed) ---------------------------------------------

// Every recorded reply with each byte in turn set to a boundary value, read as each database
// would: besides not crashing, every verdict obeys the contract of handshake.h.
TEST(HandshakeRobustness, MutatedRepliesKeepTheVerdictContract)
{
    QList<QByteArray> replies;
    for (const Sample &sample : samples())
        replies.append(sample.reply);
    replies.append(bytes(recorded::kSshBanner));
    int verdicts = 0;
    int matches = 0;
    int wrongProtocol = 0;
    for (const QByteArray &original : replies) {
        for (qsizetype i = 0; i < original.size(); ++i) {
            for (const char value : {'\x00', '\x01', '\x7f', '\x80', '\xff'}) {
                QByteArray mutated = original;
                mutated[i] = value;
                const QString guess = guessOtherProtocol(mutated);
                EXPECT_EQ(guessOtherProtocol(mutated), guess);
                for (DatabaseType type : kAllTypes) {
                    const HandshakeVerdict verdict = interpretReply(type, mutated);
                    ++verdicts;
                    const auto where = [&] {
                        return databaseTypeName(type).toStdString() + " reading " +
                               mutated.toHex().toStdString();
                    };
                    // Something was received, so it is never "nothing received".
                    ASSERT_NE(verdict.answer, Answer::NoAnswer) << where();
                    // Pure: the same bytes give the same verdict.
                    const HandshakeVerdict again = interpretReply(type, mutated);
                    ASSERT_EQ(again.answer, verdict.answer) << where();
                    ASSERT_EQ(again.server, verdict.server) << where();
                    ASSERT_EQ(again.detail, verdict.detail) << where();
                    if (verdict.answer == Answer::Matches) {
                        ++matches;
                        EXPECT_FALSE(verdict.server.isEmpty()) << where();
                    } else if (verdict.answer == Answer::WrongProtocol) {
                        ++wrongProtocol;
                        // Names what else answers, unless that is the database asked for (a
                        // malformed reply of its own).
                        if (guess == databaseDisplayName(type))
                            EXPECT_TRUE(verdict.server.isEmpty()) << where();
                        else
                            EXPECT_EQ(verdict.server, guess) << where();
                        EXPECT_FALSE(verdict.detail.isEmpty()) << where();
                    }
                    // What the server sent is shown to people: bounded, no control characters.
                    for (const QString &text : {verdict.server, verdict.detail}) {
                        EXPECT_LE(text.size(), 600) << where();
                        for (const QChar c : text)
                            ASSERT_FALSE(c.category() == QChar::Other_Control) << where();
                    }
                }
            }
        }
    }
    // Read as its own database, a reply mostly stays recognisable; read as the four others, it is
    // another protocol's (18750 verdicts: 2798 match, 15900 another protocol, when written).
    std::printf("[handshake] %d verdicts: %d match, %d another protocol\n", verdicts, matches,
                wrongProtocol);
    EXPECT_GT(matches, verdicts / 10);
    EXPECT_GT(wrongProtocol, verdicts / 2);
}

TEST(HandshakeRobustness, RandomBytesNeverMatch)
{
    std::mt19937 random(20240313);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(1, 400);
    for (int round = 0; round < 3000; ++round) {
        QByteArray reply;
        const int size = length(random);
        for (int i = 0; i < size; ++i)
            reply.append(static_cast<char>(byte(random)));
        for (DatabaseType type : kAllTypes) {
            const HandshakeVerdict verdict = interpretReply(type, reply);
            if (verdict.answer == Answer::Matches) {
                // Only PostgreSQL's one-byte answers are likely by chance.
                EXPECT_EQ(type, DatabaseType::PostgreSql);
                EXPECT_EQ(reply.size(), 1);
            }
        }
        (void)guessOtherProtocol(reply);
    }
}
