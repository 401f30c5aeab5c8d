// Schema migrations: forward-only, one transaction each, from every older version.
#include "models/cacheschema.h"
#include "wire/database.h"
#include "wire/schemamigrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;

class tst_SchemaMigrator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newDatabaseReachesLatest();
    void cacheMigratesFromEveryOlderVersion_data();
    void cacheMigratesFromEveryOlderVersion();
    void failingMigrationLeavesPreviousVersion();
    void refusesNewerDatabase();
    void cacheIsWal();
    void independentSchemasShareOneDatabase();

private:
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
