// The wallet locks while the file library works with S3 providers (two s3rver buckets, real
// SigV4): lock() stops a running upload as a quit would, aborts the library's own requests,
// frees the backends with their S3 secrets and the keys, and the event loop runs on without the
// requests the lock cut off touching freed memory. A rename made while locked reaches the
// providers at the next unlock, which also continues the upload from where it was; the file
// then downloads byte for byte.
#include "s3harness.h"
#include "sealeddeals.h"
#include "storage/filelibrary.h"
#include "storage/transferengine.h"
#include "wallet/keystore.h"
#include "wire/domain.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fb::storage;

class tst_FileLibraryLock : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    fbtest::S3rverProcess m_s3;
    QList<Deal> m_deals;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QString error;
        QVERIFY2(m_s3.start(&error), qPrintable(error));
        QList<QJsonObject> access;
        for (int i = 0; i < 2; ++i)
            access << QJsonObject{{QStringLiteral("type"), QStringLiteral("s3")},
                                  {QStringLiteral("endpoint"),
                                   QStringLiteral("http://127.0.0.1:%1").arg(m_s3.port())},
                                  {QStringLiteral("bucket"), QStringLiteral("provider%1").arg(i)},
                                  {QStringLiteral("accessKey"), QStringLiteral("S3RVER")},
                                  {QStringLiteral("secretKey"), QStringLiteral("S3RVER")},
                                  {QStringLiteral("pathStyle"), true}};
        m_deals = fbtest::fundedDeals(fbtest::testSecrets(), access);
    }

    void lockMidUploadThenUnlock()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db.open());
        FileLibrary lib;
        QVERIFY(lib.open(db, m_dir.path()));
        lib.setDeals(m_deals);
        QVERIFY(lib.unlock(fbtest::testSecrets()));
        QVERIFY(lib.backendFor(QStringLiteral("deal_0")) &&
                lib.backendFor(QStringLiteral("deal_1")));

        // A small file stored first, then a large one on its way.
        const QString small = m_dir.filePath(QStringLiteral("src/small.bin"));
        const QString big = m_dir.filePath(QStringLiteral("src/big.bin"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("src"))));
        QVERIFY(fbtest::makeFile(small, 64 * 1024 + 5, 3));
        QVERIFY(fbtest::makeFile(big, 6 * 1024 * 1024 + 11, 4));
        QSignalSpy finished(&lib, &FileLibrary::transferFinished);
        QVERIFY(lib.upload(small, QStringLiteral("sla_1")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(lib.pendingManifestWrites(), 0, 20000);
        const auto stored = lib.files();
        QVERIFY(stored && stored->size() == 1);
        const qint64 smallRow = stored->first().id;

        lib.setBandwidthLimit(400 * 1000);
        auto ids = lib.upload(big, QStringLiteral("sla_1"));
        QVERIFY(ids);
        const qint64 id = ids->first();
        QTRY_VERIFY_WITH_TIMEOUT(lib.engine()->info(id).bytesDone > 0, 30000);
        // The library's own requests in flight too: a manifest rewrite and a health check.
        QVERIFY(lib.rename(smallRow, QStringLiteral("small-renamed.bin")));
        QSignalSpy health(&lib, &FileLibrary::healthChecked);
        QVERIFY(lib.checkHealth(smallRow));

        // Lock.
        QSignalSpy locked(&lib, &FileLibrary::locked);
        lib.lock();
        QCOMPARE(locked.size(), 1);
        QVERIFY(locked.first().first().value<QList<qint64>>().contains(id));
        QVERIFY(!lib.isUnlocked());
        QVERIFY(lib.engine() == nullptr);
        QVERIFY(!lib.backendFor(QStringLiteral("deal_0")) &&
                !lib.backendFor(QStringLiteral("deal_1")));
        QVERIFY(!lib.download(smallRow, m_dir.filePath(QStringLiteral("refused.bin"))));
        // The event loop goes on: the requests the lock cut off are gone without a trace.
        const int before = finished.size();
        QTest::qWait(1500);
        QCOMPARE(finished.size(), before); // the upload neither finished nor failed
        QCOMPARE(health.size(), 0);        // nothing recorded from an aborted check
        const QList<InterruptedTransfer> paused = lib.interruptedTransfers();
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().id, id);
        // A rename while locked is kept in the cache and flagged for the providers.
        QVERIFY(lib.rename(smallRow, QStringLiteral("small-final.bin")));

        // Unlock: the upload continues, the manifest goes out.
        lib.setBandwidthLimit(0);
        QSignalSpy started(&lib, &FileLibrary::transferStarted);
        QVERIFY(lib.unlock(fbtest::testSecrets()));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toLongLong(), id);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == before + 1, 60000);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
        QCOMPARE(finished.last().at(0).toLongLong(), id);
        QTRY_COMPARE_WITH_TIMEOUT(lib.pendingManifestWrites(), 0, 20000);
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT manifest_dirty, name FROM library_files WHERE id = %1")
                       .arg(smallRow)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toString(), QStringLiteral("small-final.bin"));

        // Byte for byte.
        qint64 bigRow = 0;
        const auto all = lib.files();
        QVERIFY(all);
        for (const LibraryFile &f : *all)
            if (f.name == QLatin1String("big.bin"))
                bigRow = f.id;
        QVERIFY(bigRow > 0);
        const QString out = m_dir.filePath(QStringLiteral("out/big.bin"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        auto down = lib.download(bigRow, out);
        QVERIFY(down);
        QTRY_VERIFY_WITH_TIMEOUT(finished.last().at(0).toLongLong() == *down, 60000);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
        QVERIFY(fbtest::sameFiles(big, out));
        // Both shards of the small file are there.
        QVERIFY(lib.checkHealth(smallRow));
        QTRY_COMPARE_WITH_TIMEOUT(health.size(), 1, 20000);
        QCOMPARE(health.first().at(1).toInt(), health.first().at(2).toInt());
    }
};

QTEST_GUILESS_MAIN(tst_FileLibraryLock)
#include "tst_filelibrarylock.moc"
