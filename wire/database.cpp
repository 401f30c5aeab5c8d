#include "wire/database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace fb {

Result<QSqlDatabase> Database::openSqlite(const QString &path, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.isOpen() && !db.open())
        return Result<QSqlDatabase>::failure(
            QStringLiteral("db_open_failed"),
            QObject::tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
          "PRAGMA temp_store=MEMORY"}) { // temporary b-trees in memory
        if (!q.exec(QString::fromLatin1(pragma)))
            return Result<QSqlDatabase>::failure(QStringLiteral("db_error"), q.lastError().text());
    }
    // 32 MB of page cache per connection (the default 2 MB re-reads index pages from the OS on
    // every insert once the offers' indexes outgrow it).
    if (!q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kCacheSizeKiB)))
        return Result<QSqlDatabase>::failure(QStringLiteral("db_error"), q.lastError().text());
    return db;
}

QString Database::sqliteVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return QString();
}

QString Database::sqliteLibraryVersion()
{
    const QString name = QStringLiteral("fb_sqlite_version");
    QString version;
    {
        auto db = openSqlite(QStringLiteral(":memory:"), name);
        if (db)
            version = sqliteVersion(*db);
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace fb
