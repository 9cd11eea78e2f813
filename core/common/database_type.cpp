#include "database_type.h"

namespace stitch {

QString databaseTypeName(DatabaseType type)
{
    switch (type) {
    case DatabaseType::PostgreSql:
        return QStringLiteral("postgresql");
    case DatabaseType::MySql:
        return QStringLiteral("mysql");
    case DatabaseType::SqlServer:
        return QStringLiteral("sqlserver");
    case DatabaseType::Oracle:
        return QStringLiteral("oracle");
    case DatabaseType::MongoDb:
        return QStringLiteral("mongodb");
    }
    return {};
}

quint16 defaultDatabasePort(DatabaseType type)
{
    switch (type) {
    case DatabaseType::PostgreSql:
        return 5432;
    case DatabaseType::MySql:
        return 3306;
    case DatabaseType::SqlServer:
        return 1433;
    case DatabaseType::Oracle:
        return 1521;
    case DatabaseType::MongoDb:
        return 27017;
    }
    return 0;
}

QString databaseDisplayName(DatabaseType type)
{
    switch (type) {
    case DatabaseType::PostgreSql:
        return QStringLiteral("PostgreSQL");
    case DatabaseType::MySql:
        return QStringLiteral("MySQL/MariaDB");
    case DatabaseType::SqlServer:
        return QStringLiteral("Microsoft SQL Server");
    case DatabaseType::Oracle:
        return QStringLiteral("Oracle");
    case DatabaseType::MongoDb:
        return QStringLiteral("MongoDB");
    }
    return {};
}

} // namespace stitch
