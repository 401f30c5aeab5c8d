#include "models/cacheschema.h"

namespace fb {

QList<Migration> cacheMigrations()
{
    return {
        {1,
         QStringLiteral("app state"),
         {QStringLiteral("CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
    };
}

const SchemaMigrator &cacheMigrator()
{
    static const SchemaMigrator migrator(QStringLiteral("cache"), cacheMigrations());
    return migrator;
}

} // namespace fb
