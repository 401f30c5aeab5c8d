// The storage layer never fails silently: a transfer journal that is not a database, refuses
// writes or cannot commit reports it to the caller, leaves nothing half-written, and a
// transaction that failed is not left open for the next write. An upload whose journal fails
// ends as failed with the journal's error, and retry() continues once the journal works. The local
// backend's file I/O runs on its own threads, so a busy global pool (Argon2) does not hold it up.
#include "storage/backend.h"
#include "storage/transferengine.h"
#include "storage/transferjournal.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace fb;
using namespace fb::storage;

namespace {

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

TransferRecord upload()
{
    TransferRecord t;
    t.kind = TransferKind::Upload;
    t.path = QStringLiteral("/tmp/a.bin");
    t.fileId = QStringLiteral("f1");
    t.state = TransferState::Uploading;
    t.k = 1;
    t.m = 1;
    t.providers = {QStringLiteral("p0"), QStringLiteral("p1")};
    return t;
}

QList<ShardTask> tasksOf(qint64 transfer, ShardState state)
{
    QList<ShardTask> out;
    for (int i = 0; i < 2; ++i) {
        ShardTask t;
        t.transfer = transfer;
        t.index = i;
        t.provider = QStringLiteral("p%1").arg(i);
        t.objectKey = QStringLiteral("fb/s/%1").arg(i);
        t.state = state;
        t.size = 10;
        out << t;
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray kMaster(32, '\x42');

} // namespace

class tst_StorageFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void journalThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        TransferJournal j;
        const Status s = j.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("journal"));
        QVERIFY2(s.error().message.contains(QStringLiteral("not a database")),
                 qPrintable(s.error().message));
    }

    void journalThatRefusesWrites()
    {
        TransferJournal j;
        QVERIFY(j.open(m_dir.filePath(QStringLiteral("readonly.sqlite"))));
        auto id = j.insertTransfer(upload());
        QVERIFY(id);
        QVERIFY(j.replaceTasks(*id, tasksOf(*id, ShardState::Pending)));

        QVERIFY(sql(j.database(), QStringLiteral("PRAGMA query_only = 1")));
        auto second = j.insertTransfer(upload());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("journal"));
        QVERIFY2(second.error().message.contains(QStringLiteral("readonly")),
                 qPrintable(second.error().message));
        TransferRecord changed = upload();
        changed.id = *id;
        changed.state = TransferState::Done;
        QVERIFY(!j.updateTransfer(changed).ok());
        ShardTask t = tasksOf(*id, ShardState::Done).first();
        QVERIFY(!j.updateTask(t).ok());
        QVERIFY(!j.replaceTasks(*id, tasksOf(*id, ShardState::Done)).ok());

        // Nothing changed, and nothing was left half-open: writes work again once allowed.
        QVERIFY(sql(j.database(), QStringLiteral("PRAGMA query_only = 0")));
        QVERIFY(j.transfer(*id)->state == TransferState::Uploading);
        QVERIFY(j.tasks(*id)->first().state == ShardState::Pending);
        QVERIFY(j.replaceTasks(*id, tasksOf(*id, ShardState::Done)));
        QVERIFY(j.tasks(*id)->first().state == ShardState::Done);
    }

    void journalUpdateOfAMissingRow()
    {
        TransferJournal j;
        QVERIFY(j.open(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        TransferRecord t = upload();
        t.id = 4242;
        const Status s = j.updateTransfer(t);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("not_found"));
        ShardTask task = tasksOf(4242, ShardState::Done).first();
        QVERIFY(!j.updateTask(task).ok());
    }

    void journalCommitThatFails()
    {
        TransferJournal j;
        QVERIFY(j.open(m_dir.filePath(QStringLiteral("commit.sqlite"))));
        auto id = j.insertTransfer(upload());
        QVERIFY(id);
        QVERIFY(j.replaceTasks(*id, tasksOf(*id, ShardState::Pending)));
        QVERIFY(armCommitTrap(j.database(), QStringLiteral("shard_tasks")));

        const Status s = j.replaceTasks(*id, tasksOf(*id, ShardState::Done));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("journal"));
        QVERIFY2(s.error().message.contains(QStringLiteral("FOREIGN KEY")),
                 qPrintable(s.error().message));
        // Rolled back: the old tasks are whole, and the next transaction can begin.
        auto tasks = j.tasks(*id);
        QVERIFY(tasks);
        QCOMPARE(tasks->size(), 2);
        QVERIFY(tasks->first().state == ShardState::Pending);
        QVERIFY(sql(j.database(), QStringLiteral("DROP TRIGGER trap_insert")));
        QVERIFY(j.replaceTasks(*id, tasksOf(*id, ShardState::Done)));
        QVERIFY(j.tasks(*id)->first().state == ShardState::Done);
    }

    void engineOnAJournalThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("engine-garbage.sqlite"));
        QVERIFY(writeFile(path, QByteArray(8192, 'y')));
        TransferEngine e;
        const Status s = e.open(path, m_dir.filePath(QStringLiteral("work-garbage")),
                                SecretBytes::fromBytes(kMaster));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("journal"));
        auto up = e.upload(path, {QStringLiteral("p0")}, 1, 0);
        QVERIFY(!up.ok());
    }

    void uploadWhoseJournalRefusesWrites()
    {
        Engine e(m_dir.filePath(QStringLiteral("refuses")));
        QVERIFY(e.opened);
        QSignalSpy finished(&e.engine, &TransferEngine::finished);
        auto id = e.engine.upload(e.source, e.providers(), 1, 1);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QVERIFY(sql(e.engine.journal().database(), QStringLiteral("PRAGMA query_only = 1")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toLongLong(), *id);
        QCOMPARE(finished.first().at(1).toBool(), false);
        const QString error = finished.first().at(2).toString();
        QVERIFY2(error.contains(QStringLiteral("journal")) &&
                     error.contains(QStringLiteral("readonly")),
                 qPrintable(error));
        QVERIFY(e.engine.info(*id).state == TransferState::Failed);
        QCOMPARE(e.engine.shardPuts(), 0); // nothing went out that the journal does not know
    }

    void uploadWhoseJournalCannotCommit()
    {
        Engine e(m_dir.filePath(QStringLiteral("commit")));
        QVERIFY(e.opened);
        QVERIFY(armCommitTrap(e.engine.journal().database(), QStringLiteral("shard_tasks")));
        QSignalSpy finished(&e.engine, &TransferEngine::finished);
        auto id = e.engine.upload(e.source, e.providers(), 1, 1);
        QVERIFY(id);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY2(finished.first().at(2).toString().contains(QStringLiteral("FOREIGN KEY")),
                 qPrintable(finished.first().at(2).toString()));
        QCOMPARE(e.engine.shardPuts(), 0);

        // The journal works again: retry() stores the file.
        QVERIFY(sql(e.engine.journal().database(), QStringLiteral("DROP TRIGGER trap_insert")));
        finished.clear();
        QVERIFY(e.engine.retry(*id));
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(e.engine.info(*id).state == TransferState::Done);
        QCOMPARE(e.engine.shardPuts(), 2);
    }

    void localBackendBesideABusyGlobalPool()
    {
        // The global pool is taken, as it is while Argon2 unlocks a wallet.
        QThreadPool *global = QThreadPool::globalInstance();
        const int threads = global->maxThreadCount();
        QSemaphore hold;
        struct Release
        {
            QSemaphore &s;
            QThreadPool *pool;
            int threads;
            ~Release()
            {
                s.release();
                pool->waitForDone();
                pool->setMaxThreadCount(threads);
            }
        } release{hold, global, threads};
        global->setMaxThreadCount(1);
        global->start([&hold] { hold.acquire(); });

        LocalBackend b(QStringLiteral("p"), m_dir.filePath(QStringLiteral("local")));
        QCOMPARE(b.ioPool()->maxThreadCount(), LocalBackend::kIoThreads);
        std::unique_ptr<BackendOp> put(b.putData(QStringLiteral("fb/s/x"), "hello"));
        QSignalSpy stored(put.get(), &BackendOp::finished);
        QVERIFY(stored.wait(10000));
        QVERIFY2(put->ok(), qPrintable(put->error().message));
        std::unique_ptr<BackendOp> get(b.get(QStringLiteral("fb/s/x")));
        QSignalSpy got(get.get(), &BackendOp::finished);
        QVERIFY(got.wait(10000));
        QCOMPARE(get->data(), QByteArray("hello"));
        QCOMPARE(global->activeThreadCount(), 1); // still held: the copies ran elsewhere
    }

private:
    // An engine over two local providers, with a small file to upload.
    struct Engine
    {
        explicit Engine(const QString &dir)
            : p0(QStringLiteral("p0"), dir + QStringLiteral("/p0"))
            , p1(QStringLiteral("p1"), dir + QStringLiteral("/p1"))
            , source(dir + QStringLiteral("/source.bin"))
        {
            opened = QDir().mkpath(dir) && writeFile(source, QByteArray(3000, 's')) &&
                     engine
                         .open(dir + QStringLiteral("/journal.sqlite"),
                               dir + QStringLiteral("/work"), SecretBytes::fromBytes(kMaster))
                         .ok();
            engine.addBackend(&p0);
            engine.addBackend(&p1);
        }
        QStringList providers() const { return {QStringLiteral("p0"), QStringLiteral("p1")}; }
        LocalBackend p0;
        LocalBackend p1;
        TransferEngine engine; // after the backends: it goes first
        QString source;
        bool opened = false;
    };

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_StorageFailures)
#include "tst_storagefailures.moc"
