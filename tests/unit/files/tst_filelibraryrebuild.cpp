// A second machine with the same wallet: two FileLibrary instances with their own data
// directories and caches, over the same two local providers. Files uploaded on the first appear
// on the second after rebuildFromProviders(), download byte for byte there, and renames, moves
// and deletes made on the first show on the second after the next rebuild. A cache that refuses
// writes or cannot commit is reported to the caller, with nothing half-applied.
#include "sealeddeals.h"
#include "storage/filelibrary.h"
#include "storage/transferengine.h"
#include "testbytes.h"
#include "wallet/keystore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fb;
using namespace fb::storage;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Machine
{
    QString connection;
    std::unique_ptr<FileLibrary> lib;
};

QStringList listing(FileLibrary &lib)
{
    QStringList out;
    auto files = lib.files();
    if (files)
        for (const LibraryFile &f : *files)
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(f.slaId, f.path(), QString::number(f.size), f.state);
    out.sort();
    return out;
}

bool rebuild(FileLibrary &lib, int *files = nullptr)
{
    QSignalSpy done(&lib, &FileLibrary::rebuilt);
    if (!lib.rebuildFromProviders())
        return false;
    if (!done.wait(20000))
        return false;
    if (files)
        *files = done.first().at(1).toInt();
    return done.first().at(0).toBool();
}

bool sql(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        qWarning() << statement << q.lastError().text();
        return false;
    }
    return true;
}

// A COMMIT that fails for real: a deferred foreign key the trigger breaks is only checked when
// the transaction commits.
bool armCommitTrap(const QSqlDatabase &db, const QString &table)
{
    return sql(db, QStringLiteral("PRAGMA foreign_keys = ON")) &&
           sql(db, QStringLiteral("CREATE TABLE trap_parent (id INTEGER PRIMARY KEY)")) &&
           sql(db, QStringLiteral("CREATE TABLE trap (x INTEGER REFERENCES trap_parent(id) "
                                  "DEFERRABLE INITIALLY DEFERRED)")) &&
           sql(db, QStringLiteral("CREATE TRIGGER trap_insert AFTER INSERT ON %1 "
                                  "BEGIN INSERT INTO trap VALUES (1); END")
                       .arg(table));
}

bool manifestsWritten(FileLibrary &lib)
{
    return QTest::qWaitFor([&lib] { return lib.pendingManifestWrites() == 0; }, 20000);
}

} // namespace

class tst_FileLibraryRebuild : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QList<QJsonObject> access;
        for (int i = 0; i < 2; ++i)
            access << QJsonObject{
                {QStringLiteral("type"), QStringLiteral("local")},
                {QStringLiteral("path"), m_dir.filePath(QStringLiteral("provider%1").arg(i))}};
        m_deals = fbtest::fundedDeals(fbtest::testSecrets(), access);
    }

    void secondMachineSeesTheFiles()
    {
        Machine a = open(QStringLiteral("a"));
        Machine b = open(QStringLiteral("b"));
        QVERIFY(a.lib && b.lib);

        // Nothing stored yet: an empty list on both.
        int files = -1;
        QVERIFY(rebuild(*b.lib, &files));
        QCOMPARE(files, 0);

        // Upload on the first machine: one file at the root, a folder with a file in it.
        const QByteArray one = fbtest::randomBytes(200 * 1024 + 3, 7);
        const QByteArray two = QByteArrayLiteral("second file\n");
        const QString src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(src + QStringLiteral("/docs")));
        QFile f1(src + QStringLiteral("/one.bin"));
        QVERIFY(f1.open(QIODevice::WriteOnly) && f1.write(one) == one.size());
        f1.close();
        QFile f2(src + QStringLiteral("/docs/two.txt"));
        QVERIFY(f2.open(QIODevice::WriteOnly) && f2.write(two) == two.size());
        f2.close();
        QSignalSpy finished(a.lib.get(), &FileLibrary::transferFinished);
        auto up1 = a.lib->upload(src + QStringLiteral("/one.bin"), QStringLiteral("sla_1"));
        QVERIFY2(up1, up1 ? "" : qPrintable(up1.error().message));
        auto up2 = a.lib->upload(src + QStringLiteral("/docs"), QStringLiteral("sla_1"),
                                 QStringLiteral("/work"));
        QVERIFY2(up2, up2 ? "" : qPrintable(up2.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        for (const auto &args : finished)
            QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));
        QVERIFY(manifestsWritten(*a.lib));
        QCOMPARE(listing(*a.lib),
                 (QStringList{QStringLiteral("sla_1 /one.bin 204803 stored"),
                              QStringLiteral("sla_1 /work/docs/two.txt 12 stored")}));

        // The second machine: same list after a rebuild, and the bytes come back.
        QVERIFY(rebuild(*b.lib, &files));
        QCOMPARE(files, 2);
        QCOMPARE(listing(*b.lib), listing(*a.lib));
        QVERIFY(b.lib->folders(QStringLiteral("sla_1"))->contains(QStringLiteral("/work/docs")));
        const qint64 rowOne = rowOf(*b.lib, QStringLiteral("one.bin"));
        QVERIFY(rowOne);
        QSignalSpy got(b.lib.get(), &FileLibrary::transferFinished);
        const QString out = m_dir.filePath(QStringLiteral("out-one.bin"));
        auto dl = b.lib->download(rowOne, out);
        QVERIFY2(dl, dl ? "" : qPrintable(dl.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 30000);
        QVERIFY2(got.first().at(1).toBool(), qPrintable(got.first().at(2).toString()));
        QCOMPARE(readAll(out), one);

        // A rebuild again changes nothing (no duplicates).
        QVERIFY(rebuild(*b.lib));
        QCOMPARE(listing(*b.lib), listing(*a.lib));

        // Rename and move on the first machine show on the second.
        const qint64 aOne = rowOf(*a.lib, QStringLiteral("one.bin"));
        QVERIFY(a.lib->rename(aOne, QStringLiteral("renamed.bin")));
        QVERIFY(manifestsWritten(*a.lib));
        QVERIFY(rebuild(*b.lib));
        QCOMPARE(listing(*b.lib),
                 (QStringList{QStringLiteral("sla_1 /renamed.bin 204803 stored"),
                              QStringLiteral("sla_1 /work/docs/two.txt 12 stored")}));
        QVERIFY(a.lib->move(aOne, QStringLiteral("/archive/2026")));
        QVERIFY(manifestsWritten(*a.lib));
        QVERIFY(rebuild(*b.lib));
        QCOMPARE(listing(*b.lib), listing(*a.lib));
        QVERIFY(listing(*b.lib).contains(
            QStringLiteral("sla_1 /archive/2026/renamed.bin 204803 stored")));

        // A rename and a move in quick succession: the last state wins.
        QVERIFY(a.lib->rename(aOne, QStringLiteral("final.bin")));
        QVERIFY(a.lib->move(aOne, QStringLiteral("/")));
        QVERIFY(manifestsWritten(*a.lib));
        QVERIFY(rebuild(*b.lib));
        QVERIFY2(listing(*b.lib).contains(QStringLiteral("sla_1 /final.bin 204803 stored")),
                 qPrintable(listing(*b.lib).join(QLatin1Char(','))));

        // A delete on the first machine drops the file on the second.
        QSignalSpy removed(a.lib.get(), &FileLibrary::removed);
        QVERIFY(a.lib->remove(rowOf(*a.lib, QStringLiteral("two.txt"))));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QVERIFY(removed.first().at(1).toBool());
        QVERIFY(rebuild(*b.lib, &files));
        QCOMPARE(files, 1);
        QCOMPARE(listing(*b.lib), (QStringList{QStringLiteral("sla_1 /final.bin 204803 stored")}));

        close(a);
        close(b);
    }

    void cacheThatRefusesWrites()
    {
        Machine m = open(QStringLiteral("readonly"));
        QVERIFY(m.lib);
        const QSqlDatabase db = QSqlDatabase::database(m.connection, false);
        QVERIFY(sql(
            db,
            QStringLiteral("INSERT INTO library_files (sla_id, folder, name, size, mtime, file_id, "
                           "manifest, state, transfer_id, health_total, created_at) VALUES "
                           "('sla_1', '/', 'a.txt', 1, '2026-01-01T00:00:00.000Z', '', '', "
                           "'failed', 0, 2, '2026-01-01T00:00:00.000Z')")));
        const qint64 row = rowOf(*m.lib, QStringLiteral("a.txt"));
        QVERIFY(row);
        const QString src = m_dir.filePath(QStringLiteral("readonly.txt"));
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("x") == 1);
        f.close();

        QVERIFY(sql(db, QStringLiteral("PRAGMA query_only = 1")));
        const Status renamed = m.lib->rename(row, QStringLiteral("b.txt"));
        QVERIFY(!renamed.ok());
        QCOMPARE(renamed.error().code, QStringLiteral("cache_error"));
        QVERIFY2(renamed.error().message.contains(QStringLiteral("readonly")),
                 qPrintable(renamed.error().message));
        QVERIFY(!m.lib->move(row, QStringLiteral("/elsewhere")).ok());
        QVERIFY(!m.lib->createFolder(QStringLiteral("sla_1"), QStringLiteral("/new")).ok());
        QVERIFY(!m.lib->remove(row).ok());
        // An upload the library cannot record does not start (it would end in no row).
        QSignalSpy started(m.lib.get(), &FileLibrary::transferStarted);
        auto up = m.lib->upload(src, QStringLiteral("sla_1"));
        QVERIFY(!up.ok());
        QCOMPARE(up.error().code, QStringLiteral("cache_error"));
        QCOMPARE(started.size(), 0);
        auto unfinished = m.lib->engine()->journal().unfinished();
        QVERIFY(unfinished);
        QVERIFY(unfinished->isEmpty());

        QVERIFY(sql(db, QStringLiteral("PRAGMA query_only = 0")));
        QCOMPARE(listing(*m.lib), QStringList{QStringLiteral("sla_1 /a.txt 1 failed")});
        // A cache that lost a table says so instead of listing nothing.
        QVERIFY(sql(db, QStringLiteral("DROP TABLE library_folders")));
        QVERIFY(!m.lib->folders(QStringLiteral("sla_1")).ok());
        close(m);
    }

    void rebuildThatCannotCommit()
    {
        Machine a = open(QStringLiteral("commit-a"));
        Machine b = open(QStringLiteral("commit-b"));
        QVERIFY(a.lib && b.lib);
        const QString src = m_dir.filePath(QStringLiteral("commit.bin"));
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(fbtest::randomBytes(4096, 3)) == 4096);
        f.close();
        QSignalSpy finished(a.lib.get(), &FileLibrary::transferFinished);
        QVERIFY(a.lib->upload(src, QStringLiteral("sla_1")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));

        const QSqlDatabase db = QSqlDatabase::database(b.connection, false);
        QVERIFY(armCommitTrap(db, QStringLiteral("library_files")));
        QSignalSpy done(b.lib.get(), &FileLibrary::rebuilt);
        QVERIFY(b.lib->rebuildFromProviders());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(2).toString().contains(QStringLiteral("FOREIGN KEY")),
                 qPrintable(done.first().at(2).toString()));
        QCOMPARE(listing(*b.lib), QStringList()); // nothing half-applied

        QVERIFY(sql(db, QStringLiteral("DROP TRIGGER trap_insert")));
        QVERIFY(rebuild(*b.lib));
        QVERIFY2(listing(*b.lib).contains(QStringLiteral("sla_1 /commit.bin 4096 stored")),
                 qPrintable(listing(*b.lib).join(QLatin1Char(','))));

        // A health check the cache cannot record: the check still reports, and so does the cache.
        QVERIFY(sql(db, QStringLiteral("PRAGMA query_only = 1")));
        QSignalSpy checked(b.lib.get(), &FileLibrary::healthChecked);
        QSignalSpy failed(b.lib.get(), &FileLibrary::failed);
        QVERIFY(b.lib->checkHealth(rowOf(*b.lib, QStringLiteral("commit.bin"))));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(1).toInt(), 2);
        QVERIFY(sql(db, QStringLiteral("PRAGMA query_only = 0")));
        close(a);
        close(b);
    }

    void lockedRebuildFails()
    {
        FileLibrary lib;
        auto s = lib.rebuildFromProviders();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("locked"));
    }

    void manifestNames()
    {
        QCOMPARE(FileLibrary::splitManifestName(QStringLiteral("a.txt")),
                 std::make_pair(QStringLiteral("/"), QStringLiteral("a.txt")));
        QCOMPARE(FileLibrary::splitManifestName(QStringLiteral("/a.txt")),
                 std::make_pair(QStringLiteral("/"), QStringLiteral("a.txt")));
        QCOMPARE(FileLibrary::splitManifestName(QStringLiteral("/x/y/a.txt")),
                 std::make_pair(QStringLiteral("/x/y"), QStringLiteral("a.txt")));
    }

private:
    Machine open(const QString &name)
    {
        Machine m;
        m.connection = QStringLiteral("rebuild-") + name;
        const QString dir = m_dir.filePath(QStringLiteral("machine-") + name);
        QDir().mkpath(dir);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m.connection);
        db.setDatabaseName(dir + QStringLiteral("/cache.sqlite"));
        if (!db.open())
            return m;
        auto lib = std::make_unique<FileLibrary>();
        if (!lib->open(db, dir))
            return m;
        lib->setDeals(m_deals);
        if (!lib->unlock(fbtest::testSecrets()))
            return m;
        m.lib = std::move(lib);
        return m;
    }

    static void close(Machine &m)
    {
        m.lib.reset();
        QSqlDatabase::database(m.connection, false).close();
        QSqlDatabase::removeDatabase(m.connection);
    }

    static qint64 rowOf(FileLibrary &lib, const QString &name)
    {
        auto files = lib.files();
        if (files)
            for (const LibraryFile &f : *files)
                if (f.name == name)
                    return f.id;
        return 0;
    }

    QTemporaryDir m_dir;
    QList<Deal> m_deals;
};

QTEST_GUILESS_MAIN(tst_FileLibraryRebuild)
#include "tst_filelibraryrebuild.moc"
