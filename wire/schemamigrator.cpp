#include "wire/schemamigrator.h"

#include "wire/wirelog.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fb {

namespace {
Status ensureVersionTable(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "schema_name TEXT NOT NULL, version INTEGER NOT NULL, "
                               "name TEXT NOT NULL, applied_at TEXT NOT NULL, "
                               "PRIMARY KEY (schema_name, version))")))
        return Status::failure(QStringLiteral("db_error"), q.lastError().text());
    return success();
}
} // namespace

SchemaMigrator::SchemaMigrator(QString schema, QList<Migration> migrations)
    : m_schema(std::move(schema))
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

SchemaMigrator::SchemaMigrator(QString schema, QList<Migration> migrations, Migration baseline)
    : SchemaMigrator(std::move(schema), std::move(migrations))
{
    m_baseline = std::move(baseline);
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> SchemaMigrator::currentVersion(QSqlDatabase &db) const
{
    if (auto s = ensureVersionTable(db); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(version), 0) FROM schema_version WHERE schema_name = ?"));
    q.addBindValue(m_schema);
    if (!q.exec() || !q.next())
        return Result<int>::failure(QStringLiteral("db_error"), q.lastError().text());
    return q.value(0).toInt();
}

Status SchemaMigrator::migrate(QSqlDatabase &db, int targetVersion) const
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Status::failure(
            QStringLiteral("schema_too_new"),
            QObject::tr("The database was written by a newer version of Flashback (schema %1, "
                        "this build knows %2). Update the application.")
                .arg(*current)
                .arg(latestVersion()));

    int from = *current;
    if (from == 0 && m_baseline.version > 0 && target >= m_baseline.version) {
        if (auto s = apply(db, m_baseline); !s)
            return s;
        from = m_baseline.version;
    }
    for (const Migration &m : m_migrations) {
        if (m.version <= from || m.version > target)
            continue;
        if (auto s = apply(db, m); !s)
            return s;
    }
    return success();
}

Status SchemaMigrator::apply(QSqlDatabase &db, const Migration &m) const
{
    if (!db.transaction())
        return Status::failure(QStringLiteral("db_error"), db.lastError().text());
    QSqlQuery q(db);
    for (const QString &sql : m.statements) {
        if (!q.exec(sql)) {
            const QString why = q.lastError().text();
            db.rollback();
            qCWarning(lcDb) << m_schema << "migration" << m.version << "failed:" << why;
            return Status::failure(QStringLiteral("migration_failed"),
                                   QObject::tr("Schema migration %1 %2 (%3) failed: %4")
                                       .arg(m_schema)
                                       .arg(m.version)
                                       .arg(m.name, why));
        }
    }
    q.prepare(QStringLiteral("INSERT INTO schema_version (schema_name, version, name, "
                             "applied_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_schema);
    q.addBindValue(m.version);
    q.addBindValue(m.name);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec() || !db.commit()) {
        const QString why = q.lastError().text();
        db.rollback();
        return Status::failure(QStringLiteral("migration_failed"), why);
    }
    qCInfo(lcDb) << m_schema << "migration" << m.version << m.name;
    return success();
}

} // namespace fb
