#pragma once

#include <QString>

namespace stitch {

// The databases Stitch reaches through an SSH tunnel. Below every folder that names one: the
// admin's choices (session/), the handshakes (database/), the plan (setup/).
enum class DatabaseType
{
    PostgreSql,
    MySql,
    SqlServer,
    Oracle,
    MongoDb
};

QString databaseTypeName(DatabaseType type); // "postgresql", … (CLI and setup-file spelling)
quint16 defaultDatabasePort(DatabaseType type);
QString databaseDisplayName(DatabaseType type); // "PostgreSQL", "MySQL/MariaDB", … (for people)

} // namespace stitch
