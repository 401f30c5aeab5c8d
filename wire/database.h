// Database: opens a SQLite file the way every Flashback database is opened (WAL mode, foreign
// keys on, a busy timeout, a 32 MB page cache). One named connection per thread. The app's
// cache (models/cacheschema.h) and the node's database (server/nodedb.h) are built on it.
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
    // Page cache per connection, in KiB (PRAGMA cache_size takes it negated).
    static constexpr int kCacheSizeKiB = 32768;
    static QString sqliteVersion(QSqlDatabase &db);
    // The SQLite library's version, from a throw-away in-memory database.
    static QString sqliteLibraryVersion();
};

} // namespace fb
