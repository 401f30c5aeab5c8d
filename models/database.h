// Database: opens the app's local SQLite cache (WAL mode, foreign keys on) in the data
// directory and brings its schema up to date. One named connection per thread.
#pragma once

#include "wallet/result.h"

#include <QSqlDatabase>
#include <QString>

namespace fb {

class Database
{
public:
    // Opens (creating if needed) the SQLite file at path under connectionName, sets WAL,
    // foreign keys and a busy timeout. Does not migrate.
    static Result<QSqlDatabase> openSqlite(const QString &path, const QString &connectionName);
    // Opens the cache and migrates it to the latest cache schema.
    static Result<QSqlDatabase> openCache(const QString &dataDir,
                                          const QString &connectionName = QStringLiteral("cache"));
    static QString cacheFileName() { return QStringLiteral("cache.sqlite"); }
    // Page cache per connection, in KiB (PRAGMA cache_size takes it negated).
    static constexpr int kCacheSizeKiB = 32768;
    static QString sqliteVersion(QSqlDatabase &db);
    // The SQLite library's version, from a throw-away in-memory database.
    static QString sqliteLibraryVersion();
};

} // namespace fb
