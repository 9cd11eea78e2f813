// PostgreSQL's access rules asked without a password: the StartupMessage and the server's first
// answer to it (core/database/postgres_startup.cpp).
#include "database/postgres_startup.h"

#include <gtest/gtest.h>

using namespace stitch::database;

namespace {

// An ErrorResponse as PostgreSQL 15 sends it for a missing pg_hba.conf line.
QByteArray errorResponse(const QByteArray &code, const QByteArray &message)
{
    QByteArray fields;
    fields += QByteArray("SFATAL") + '\0' + QByteArray("VFATAL") + '\0';
    fields += 'C' + code + '\0';
    fields += 'M' + message + '\0';
    fields += '\0';
    QByteArray reply("E");
    const quint32 length = static_cast<quint32>(fields.size() + 4);
    reply += static_cast<char>(length >> 24);
    reply += static_cast<char>((length >> 16) & 0xff);
    reply += static_cast<char>((length >> 8) & 0xff);
    reply += static_cast<char>(length & 0xff);
    return reply + fields;
}

QByteArray authenticationRequest(quint8 code, const QByteArray &data = {})
{
    QByteArray reply("R");
    const int length = 8 + static_cast<int>(data.size());
    reply += '\0';
    reply += '\0';
    reply += '\0';
    reply += static_cast<char>(length);
    reply += '\0';
    reply += '\0';
    reply += '\0';
    reply += static_cast<char>(code);
    return reply + data;
}

} // namespace

TEST(PostgresStartup, MessageCarriesUserDatabaseAndProtocol3)
{
    const QByteArray m = postgresStartupMessage(QStringLiteral("stitch"), QStringLiteral("shop"));
    const QByteArray body = QByteArray::fromHex("00030000") + "user" + '\0' + "stitch" + '\0' +
                            "database" + '\0' + "shop" + '\0' + "application_name" + '\0' +
                            "stitch-tunnel-check" + '\0' + '\0';
    ASSERT_EQ(m.size(), body.size() + 4);
    EXPECT_EQ(static_cast<quint8>(m[3]), body.size() + 4);
    EXPECT_EQ(m.mid(4), body);
    // Without a database PostgreSQL takes the user's name: the key is left out.
    EXPECT_FALSE(postgresStartupMessage(QStringLiteral("stitch"), {}).contains("database"));
}

TEST(PostgresStartup, AnAuthenticationRequestMeansAdmitted)
{
    const QByteArray sasl = authenticationRequest(10, QByteArray("SCRAM-SHA-256") + '\0' + '\0');
    const StartupVerdict v = interpretStartupReply(sasl);
    EXPECT_EQ(v.answer, StartupAnswer::Admitted);
    EXPECT_EQ(v.authMethod, QStringLiteral("SASL (SCRAM-SHA-256)"));
    EXPECT_EQ(interpretStartupReply(authenticationRequest(5, "salt")).authMethod,
              QStringLiteral("MD5"));
    EXPECT_EQ(interpretStartupReply(authenticationRequest(0)).authMethod,
              QStringLiteral("none (trust)"));
    // Every shorter beginning asks for more.
    for (qsizetype n = 1; n < 9; ++n)
        EXPECT_EQ(interpretStartupReply(sasl.left(n)).answer, StartupAnswer::NeedMoreData) << n;
}

TEST(PostgresStartup, NoPgHbaEntryIsARefusalByTheAccessRules)
{
    const QByteArray reply =
        errorResponse("28000", "no pg_hba.conf entry for host \"10.0.1.4\", user \"stitch\", "
                               "database \"shop\", no encryption");
    const StartupVerdict v = interpretStartupReply(reply);
    EXPECT_EQ(v.answer, StartupAnswer::Refused);
    EXPECT_TRUE(v.refusedByAccessRules());
    EXPECT_EQ(v.message, QStringLiteral("no pg_hba.conf entry for host \"10.0.1.4\", user "
                                        "\"stitch\", database \"shop\", no encryption"));
    for (qsizetype n = 1; n < reply.size(); ++n)
        EXPECT_EQ(interpretStartupReply(reply.left(n)).answer, StartupAnswer::NeedMoreData) << n;

    // Another error before authentication is not the access rules' verdict.
    const StartupVerdict tooMany =
        interpretStartupReply(errorResponse("53300", "sorry, too many clients already"));
    EXPECT_EQ(tooMany.answer, StartupAnswer::Refused);
    EXPECT_FALSE(tooMany.refusedByAccessRules());
}

TEST(PostgresStartup, AnythingElseIsTheWrongProtocol)
{
    EXPECT_EQ(interpretStartupReply("SSH-2.0-OpenSSH_9.2\r\n").answer,
              StartupAnswer::WrongProtocol);
    EXPECT_EQ(interpretStartupReply(QByteArray("R\x01\x00\x00\x08", 5)).answer,
              StartupAnswer::WrongProtocol);
    EXPECT_EQ(interpretStartupReply({}).answer, StartupAnswer::NeedMoreData);
}
