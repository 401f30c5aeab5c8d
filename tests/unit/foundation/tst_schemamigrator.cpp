// Schema migrations: forward-only, one transaction each, from every older version. A new cache is
// created from the baseline in one step and equals a cache migrated step by step.
#include "models/cacheschema.h"
#include "wire/database.h"
#include "wire/schemamigrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace fb;

class tst_SchemaMigrator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newDatabaseReachesLatest();
    void newCacheIsCreatedInOneStep();
    void baselineCacheEqualsMigratedCache();
    void baselineOnlyForNewDatabases();
    void cacheMigratesFromEveryOlderVersion_data();
    void cacheMigratesFromEveryOlderVersion();
    void failingMigrationLeavesPreviousVersion();
    void refusesNewerDatabase();
    void cacheIsWal();
    void independentSchemasShareOneDatabase();

private:
    // Everything SQLite knows of the schema: each table, index and trigger with its statement,
    // and each table's columns (name, type, not null, default, key position) in order.
    static QStringList schemaOf(QSqlDatabase &db);

    QTemporaryDir m_dir;
    int m_n = 0;
    QString path() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)); }
};

void tst_SchemaMigrator::newDatabaseReachesLatest()
{
    auto db = Database::openSqlite(path(), QStringLiteral("a"));
    QVERIFY(db.ok());
    QVERIFY(cacheMigrator().migrate(*db).ok());
    QCOMPARE(*cacheMigrator().currentVersion(*db), cacheMigrator().latestVersion());
    // Running again changes nothing.
    QVERIFY(cacheMigrator().migrate(*db).ok());
    QCOMPARE(*cacheMigrator().currentVersion(*db), cacheMigrator().latestVersion());
}

QStringList tst_SchemaMigrator::schemaOf(QSqlDatabase &db)
{
    QStringList out;
    QStringList tables;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master "
                               "ORDER BY type, name")))
        return {QStringLiteral("error")};
    while (q.next()) {
        out << QStringLiteral("%1 %2 on %3: %4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString());
        if (q.value(0).toString() == QLatin1String("table"))
            tables << q.value(1).toString();
    }
    for (const QString &t : tables) {
        QSqlQuery c(db);
        if (!c.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t)))
            return {QStringLiteral("error")};
        while (c.next())
            out << QStringLiteral("column %1.%2 #%3 %4 notnull=%5 default=%6 pk=%7")
                       .arg(t, c.value(1).toString(), c.value(0).toString(), c.value(2).toString(),
                            c.value(3).toString(),
                            c.value(4).isNull() ? QStringLiteral("null") : c.value(4).toString(),
                            c.value(5).toString());
    }
    return out;
}

void tst_SchemaMigrator::newCacheIsCreatedInOneStep()
{
    auto db = Database::openSqlite(path(), QStringLiteral("onestep"));
    QVERIFY(db.ok());
    QVERIFY(cacheMigrator().baselineVersion() > 1);
    QVERIFY(cacheMigrator().migrate(*db).ok());
    // One recorded step (the baseline), then only the migrations after it, if any.
    QSqlQuery q(*db);
    QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version WHERE schema_name = 'cache' "
                                  "ORDER BY version")));
    QList<int> versions;
    while (q.next())
        versions << q.value(0).toInt();
    QList<int> expected{cacheMigrator().baselineVersion()};
    for (int v = cacheMigrator().baselineVersion() + 1; v <= cacheMigrator().latestVersion(); ++v)
        expected << v;
    QCOMPARE(versions, expected);
}

void tst_SchemaMigrator::baselineCacheEqualsMigratedCache()
{
    auto fresh = Database::openSqlite(path(), QStringLiteral("fresh"));
    QVERIFY(fresh.ok());
    QVERIFY(cacheMigrator().migrate(*fresh).ok());
    // Version 1 first: the rest goes migration by migration, as an old cache would.
    auto stepped = Database::openSqlite(path(), QStringLiteral("stepped"));
    QVERIFY(stepped.ok());
    QVERIFY(cacheMigrator().migrate(*stepped, 1).ok());
    QVERIFY(cacheMigrator().migrate(*stepped).ok());
    QCOMPARE(*cacheMigrator().currentVersion(*fresh), *cacheMigrator().currentVersion(*stepped));
    const QStringList a = schemaOf(*fresh);
    const QStringList b = schemaOf(*stepped);
    QVERIFY(a.size() > 60); // tables, indexes, triggers and their columns
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        QCOMPARE(a.at(i), b.at(i)); // names the first difference
    QCOMPARE(a.size(), b.size());
}

void tst_SchemaMigrator::baselineOnlyForNewDatabases()
{
    const QList<Migration> steps{
        {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE t (a INTEGER)")}},
        {2, QStringLiteral("two"), {QStringLiteral("ALTER TABLE t ADD COLUMN b INTEGER")}},
        {3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE u (c INTEGER)")}}};
    // A baseline that differs from the steps on purpose (column z) shows which path ran.
    const Migration baseline{2,
                             QStringLiteral("baseline"),
                             {QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER, z)")}};
    const SchemaMigrator m(QStringLiteral("t"), steps, baseline);
    auto hasZ = [](QSqlDatabase &db) {
        return QSqlQuery(db).exec(QStringLiteral("SELECT z FROM t"));
    };

    auto fresh = Database::openSqlite(path(), QStringLiteral("b-fresh"));
    QVERIFY(fresh.ok());
    QVERIFY(m.migrate(*fresh).ok());
    QCOMPARE(*m.currentVersion(*fresh), 3);
    QVERIFY(hasZ(*fresh)); // the baseline, then migration 3
    QVERIFY(QSqlQuery(*fresh).exec(QStringLiteral("SELECT c FROM u")));

    auto old = Database::openSqlite(path(), QStringLiteral("b-old"));
    QVERIFY(old.ok());
    QVERIFY(m.migrate(*old, 1).ok()); // below the baseline: the steps
    QVERIFY(m.migrate(*old).ok());
    QCOMPARE(*m.currentVersion(*old), 3);
    QVERIFY(!hasZ(*old));
}

void tst_SchemaMigrator::cacheMigratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < cacheMigrator().latestVersion(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("from v%1").arg(v))) << v;
}

void tst_SchemaMigrator::cacheMigratesFromEveryOlderVersion()
{
    QFETCH(int, from);
    const QString conn = QStringLiteral("from%1").arg(from);
    auto db = Database::openSqlite(path(), conn);
    QVERIFY(db.ok());
    QVERIFY(cacheMigrator().migrate(*db, from).ok());
    QCOMPARE(*cacheMigrator().currentVersion(*db), from);
    auto s = cacheMigrator().migrate(*db);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(*cacheMigrator().currentVersion(*db), cacheMigrator().latestVersion());
    // The same schema as a new cache.
    auto fresh = Database::openSqlite(path(), conn + QStringLiteral("-fresh"));
    QVERIFY(fresh.ok());
    QVERIFY(cacheMigrator().migrate(*fresh).ok());
    QCOMPARE(schemaOf(*db), schemaOf(*fresh));
}

void tst_SchemaMigrator::failingMigrationLeavesPreviousVersion()
{
    auto db = Database::openSqlite(path(), QStringLiteral("fail"));
    QVERIFY(db.ok());
    SchemaMigrator m(QStringLiteral("t"),
                     {{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE t (a INTEGER)")}},
                      {2,
                       QStringLiteral("broken"),
                       {QStringLiteral("ALTER TABLE t ADD COLUMN b INTEGER"),
                        QStringLiteral("THIS IS NOT SQL")}}});
    auto s = m.migrate(*db);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("migration_failed"));
    QCOMPARE(*m.currentVersion(*db), 1);
    // The half of migration 2 that ran was rolled back: column b does not exist.
    QSqlQuery q(*db);
    QVERIFY(!q.exec(QStringLiteral("SELECT b FROM t")));
}

void tst_SchemaMigrator::refusesNewerDatabase()
{
    auto db = Database::openSqlite(path(), QStringLiteral("newer"));
    QVERIFY(db.ok());
    SchemaMigrator future(QStringLiteral("t"),
                          {{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE x (a)")}},
                           {2, QStringLiteral("two"), {QStringLiteral("CREATE TABLE y (a)")}}});
    QVERIFY(future.migrate(*db).ok());
    SchemaMigrator old(QStringLiteral("t"),
                       {{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE x (a)")}}});
    auto s = old.migrate(*db);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("schema_too_new"));
}

void tst_SchemaMigrator::cacheIsWal()
{
    auto db = CacheDatabase::open(m_dir.filePath(QStringLiteral("cachedir")));
    QVERIFY(db.ok());
    QSqlQuery q(*db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void tst_SchemaMigrator::independentSchemasShareOneDatabase()
{
    auto db = Database::openSqlite(path(), QStringLiteral("two"));
    QVERIFY(db.ok());
    SchemaMigrator a(QStringLiteral("a"),
                     {{1, QStringLiteral("a1"), {QStringLiteral("CREATE TABLE a1 (x)")}},
                      {2, QStringLiteral("a2"), {QStringLiteral("CREATE TABLE a2 (x)")}}});
    SchemaMigrator b(QStringLiteral("b"),
                     {{1, QStringLiteral("b1"), {QStringLiteral("CREATE TABLE b1 (x)")}}});
    QVERIFY(a.migrate(*db).ok());
    QVERIFY(b.migrate(*db).ok());
    QCOMPARE(*a.currentVersion(*db), 2);
    QCOMPARE(*b.currentVersion(*db), 1);
}

QTEST_GUILESS_MAIN(tst_SchemaMigrator)
#include "tst_schemamigrator.moc"
