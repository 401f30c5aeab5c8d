// The local cache's schema history. Add a migration by appending to cacheMigrations() in
// cacheschema.cpp with the next version number; never edit a released one.
#pragma once

#include "wire/schemamigrator.h"

namespace fb {

QList<Migration> cacheMigrations();
const SchemaMigrator &cacheMigrator();

// The app's local cache: cache.sqlite in the data directory, opened with Database::openSqlite
// and migrated to the latest cache schema.
class CacheDatabase
{
public:
    static Result<QSqlDatabase> open(const QString &dataDir,
                                     const QString &connectionName = QStringLiteral("cache"));
    static QString fileName() { return QStringLiteral("cache.sqlite"); }
};

} // namespace fb
