// Fuzzes the database handshake parsers: interpretReply() for every DatabaseType,
// guessOtherProtocol() and PostgreSQL's answer to a StartupMessage (interpretStartupReply). The
// bytes come from whatever listens on the database port through the tunnel, so they are fully
// hostile; the verdict's text goes to the transcript and must stay one printable line.

#include "database/handshake.h"
#include "database/postgres_startup.h"
#include "fuzz_support.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch;
    using database::Answer;
    static const QStringList known{QStringLiteral("MySQL/MariaDB"),
                                   QStringLiteral("PostgreSQL"),
                                   QStringLiteral("Microsoft SQL Server"),
                                   QStringLiteral("Oracle"),
                                   QStringLiteral("MongoDB"),
                                   QStringLiteral("SSH"),
                                   QStringLiteral("HTTP"),
                                   QStringLiteral("TLS"),
                                   QStringLiteral("Redis")};

    const QByteArray reply = fuzz::bytes(data, size);
    const QString other = database::guessOtherProtocol(reply);
    FUZZ_CHECK(other.isEmpty() || known.contains(other));

    for (const DatabaseType type :
         {DatabaseType::PostgreSql, DatabaseType::MySql, DatabaseType::SqlServer,
          DatabaseType::Oracle, DatabaseType::MongoDb}) {
        const database::HandshakeVerdict v = database::interpretReply(type, reply);
        FUZZ_CHECK((v.answer == Answer::NoAnswer) == reply.isEmpty());
        FUZZ_CHECK(!v.detail.isEmpty());
        FUZZ_CHECK(!fuzz::hasControlCharacter(v.server) && !fuzz::hasControlCharacter(v.detail));
        if (v.answer == Answer::Matches)
            FUZZ_CHECK(!v.server.isEmpty());
        if (v.answer == Answer::WrongProtocol)
            FUZZ_CHECK(v.server.isEmpty() || v.server == other);
        if (v.answer == Answer::NeedMoreData || v.answer == Answer::NoAnswer)
            FUZZ_CHECK(v.server.isEmpty());
    }

    const database::StartupVerdict startup = database::interpretStartupReply(reply);
    FUZZ_CHECK(!fuzz::hasControlCharacter(startup.message) &&
               !fuzz::hasControlCharacter(startup.sqlState));
    if (startup.answer == database::StartupAnswer::Admitted)
        FUZZ_CHECK(!startup.authMethod.isEmpty() && reply.startsWith('R'));
    if (startup.answer == database::StartupAnswer::Refused)
        FUZZ_CHECK(!startup.message.isEmpty() && reply.startsWith('E'));
    if (startup.refusedByAccessRules())
        FUZZ_CHECK(startup.sqlState == QLatin1String("28000"));
    return 0;
}
