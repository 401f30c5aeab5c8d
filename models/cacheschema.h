// The local cache's schema history. Add a migration by appending to cacheMigrations() in
// cacheschema.cpp with the next version number; never edit a released one. A new cache is
// created from cacheBaseline() in one step (one transaction instead of one per migration, a
// shorter first start); existing caches take the migrations. A migration added after the
// baseline runs after it on new caches too; moving the baseline up to it is optional, and the
// test that compares a baseline cache with a migrated one keeps the two equal.
#pragma once

#include "wire/schemamigrator.h"

namespace fb {

QList<Migration> cacheMigrations();
// The schema of version cacheBaseline().version, as statements that create it at once.
Migration cacheBaseline();
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
