// CacheStore's offer writes: a synced offer reads back whole from its columns (no JSON document
// is kept), an update keeps its row and search text in step, a delete leaves nothing behind, a
// malformed offer writes nothing of its page, and a cache from before the documents went keeps
// every offer whole after the migration. The cache holds one node's platform data: switching
// node empties the platform tables and cursors, never the file library's or the app's own.
#include "models/cacheschema.h"
#include "models/cachestore.h"
#include "wire/database.h"
#include "storage/filelibrary.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;

namespace {
Change change(qint64 seq, const QString &entity, const QString &id, const QJsonObject &data,
              const QString &op = QStringLiteral("upsert"))
{
    Change c;
    c.seq = seq;
    c.entity = entity;
    c.id = id;
    c.op = op;
    c.data = data;
    return c;
}

Offer offer(const QString &id, const QString &name)
{
    Offer o;
    o.id = id;
    o.providerId = QStringLiteral("prv_1");
    o.name = name;
    o.region = QStringLiteral("eu-central-1");
    o.country = QStringLiteral("DE");
    o.protocols = {QStringLiteral("s3"), QStringLiteral("ipfs")};
    o.currencies = {QStringLiteral("XLM"), QStringLiteral("USD")};
    o.priceStoragePerGbMonthUsd7 = 123456;
    o.endpoint = QStringLiteral("https://s3.example.net");
    o.minDurationDays = 30;
    o.createdAt = o.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    return o;
}

Provider provider()
{
    Provider p;
    p.id = QStringLiteral("prv_1");
    p.address = QStringLiteral("GPROVIDER");
    p.name = QStringLiteral("Northwind Storage");
    p.kind = QStringLiteral("cloud");
    p.jurisdiction = QStringLiteral("DE");
    p.reputation = 81;
    p.createdAt = p.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return p;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}
} // namespace

class CacheStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void offersRoundTrip()
    {
        QTemporaryDir dir;
        auto db = CacheDatabase::open(dir.path(), QStringLiteral("roundtrip"));
        QVERIFY(db.ok());
        {
            CacheStore store(*db);
            ChangesPage page;
            page.changes << change(1, QStringLiteral("provider"), QStringLiteral("prv_1"),
                                   provider().toJson());
            const Offer a = offer(QStringLiteral("off_a"), QStringLiteral("Cold archive"));
            page.changes << change(2, QStringLiteral("offer"), a.id, a.toJson());
            page.changes << change(3, QStringLiteral("offer"), QStringLiteral("off_b"),
                                   offer(QStringLiteral("off_b"), QStringLiteral("Hot")).toJson());
            page.next = 3;
            QVERIFY(store.applyPage(QStringLiteral("s"), page).ok());

            auto back = store.offer(a.id);
            QVERIFY(back.ok());
            QVERIFY(back->has_value());
            QCOMPARE((*back)->toJson(), a.toJson());
            // The provider's facts were copied into the offer's row, and its search text.
            QCOMPARE(text(*db, QStringLiteral("SELECT provider_name FROM offers WHERE id = "
                                              "'off_a'")),
                     QStringLiteral("Northwind Storage"));
            QCOMPARE(text(*db, QStringLiteral("SELECT t.text FROM offer_text t JOIN offers o ON "
                                              "o.rowid = t.id WHERE o.id = 'off_a'")),
                     QStringLiteral("Cold archive\nNorthwind Storage"));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offer_protocols WHERE "
                                                "offer_id = 'off_a'")),
                     2);

            // An update keeps the row and rewrites its document and search text.
            const qint64 rowid =
                scalar(*db, QStringLiteral("SELECT rowid FROM offers WHERE id = 'off_a'"));
            Offer renamed = offer(a.id, QStringLiteral("Deep archive"));
            renamed.protocols = {QStringLiteral("s3")};
            renamed.priceStoragePerGbMonthUsd7 = 99;
            ChangesPage update;
            update.changes << change(4, QStringLiteral("offer"), a.id, renamed.toJson());
            update.next = 4;
            QVERIFY(store.applyPage(QStringLiteral("s"), update).ok());
            QCOMPARE(scalar(*db, QStringLiteral("SELECT rowid FROM offers WHERE id = 'off_a'")),
                     rowid);
            back = store.offer(a.id);
            QVERIFY(back.ok() && back->has_value());
            QCOMPARE((*back)->name, QStringLiteral("Deep archive"));
            QCOMPARE((*back)->priceStoragePerGbMonthUsd7, 99);
            QCOMPARE(
                text(*db, QStringLiteral("SELECT text FROM offer_text WHERE id = %1").arg(rowid)),
                QStringLiteral("Deep archive\nNorthwind Storage"));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offer_protocols WHERE "
                                                "offer_id = 'off_a'")),
                     1);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offers")), 2);

            // A delete leaves no document, protocol or search text behind.
            ChangesPage del;
            del.changes << change(5, QStringLiteral("offer"), a.id, {}, QStringLiteral("delete"));
            del.next = 5;
            QVERIFY(store.applyPage(QStringLiteral("s"), del).ok());
            back = store.offer(a.id);
            QVERIFY(back.ok());
            QVERIFY(!back->has_value());
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offers")), 1);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offer_text")), 1);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offer_protocols")), 2);
            QCOMPARE(*store.cursor(QStringLiteral("s")), 5);
        }
        db->close();
    }

    void malformedOfferWritesNothing()
    {
        QTemporaryDir dir;
        auto db = CacheDatabase::open(dir.path(), QStringLiteral("malformed"));
        QVERIFY(db.ok());
        {
            CacheStore store(*db);
            ChangesPage page;
            page.changes << change(
                1, QStringLiteral("offer"), QStringLiteral("off_ok"),
                offer(QStringLiteral("off_ok"), QStringLiteral("Fine")).toJson());
            QJsonObject bad = offer(QStringLiteral("off_bad"), QStringLiteral("Bad")).toJson();
            bad.insert(QStringLiteral("priceStoragePerGbMonthUsd7"), QStringLiteral("cheap"));
            page.changes << change(2, QStringLiteral("offer"), QStringLiteral("off_bad"), bad);
            page.next = 2;
            const Status s = store.applyPage(QStringLiteral("s"), page);
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(QStringLiteral("off_bad")),
                     qPrintable(s.error().message));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offers")), 0);
            QCOMPARE(*store.cursor(QStringLiteral("s")), 0);

            // A list entry with a comma could not be told apart from two entries once stored.
            Offer comma = offer(QStringLiteral("off_comma"), QStringLiteral("Comma"));
            comma.currencies = {QStringLiteral("XLM,USD")};
            ChangesPage second;
            second.changes << change(3, QStringLiteral("offer"), comma.id, comma.toJson());
            second.next = 3;
            const Status c = store.applyPage(QStringLiteral("s"), second);
            QVERIFY(!c.ok());
            QVERIFY2(c.error().message.contains(QStringLiteral("currencies")),
                     qPrintable(c.error().message));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offers")), 0);
        }
        db->close();
    }

    void anotherNodeEmptiesOnlyPlatformTables()
    {
        QTemporaryDir dir;
        auto db = CacheDatabase::open(dir.path(), QStringLiteral("nodes"));
        QVERIFY(db.ok());
        {
            QVERIFY(storage::FileLibrary::migrator().migrate(*db).ok());
            QSqlQuery q(*db);
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO library_files (sla_id, folder, name, size, mtime, file_id, "
                         "manifest, state, created_at) VALUES ('sla_1', '/', 'a.txt', 3, '', "
                         "'file_1', '{}', 'stored', '')")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO library_folders (sla_id, path) VALUES ('sla_1', '/docs')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO app_state (key, value) VALUES ('ui.test', 'kept')")));

            CacheStore store(*db);
            auto fill = [&store](const QString &scope) {
                ChangesPage page;
                page.changes << change(1, QStringLiteral("provider"), QStringLiteral("prv_1"),
                                       provider().toJson());
                page.changes << change(
                    2, QStringLiteral("offer"), QStringLiteral("off_a"),
                    offer(QStringLiteral("off_a"), QStringLiteral("Archive")).toJson());
                page.next = 2;
                return store.applyPage(scope, page).ok();
            };
            QVERIFY(fill(QStringLiteral("http://a.example|-")));
            QCOMPARE(*store.node(), QString());

            // Not recorded yet, but every cursor is node A's: the data is A's and stays.
            QCOMPARE(*store.useNode(QStringLiteral("http://a.example")), false);
            QCOMPARE(*store.node(), QStringLiteral("http://a.example"));
            QCOMPARE(*store.useNode(QStringLiteral("http://a.example")), false);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offers")), 1);

            // Node B: every platform table and cursor empties; the rest stays.
            QCOMPARE(*store.useNode(QStringLiteral("local")), true);
            QCOMPARE(*store.node(), QStringLiteral("local"));
            for (const char *t :
                 {"offers", "offer_text", "offer_protocols", "providers", "provider_certifications",
                  "deals", "payments", "qos_samples", "disputes", "notifications", "sync_cursor"})
                QCOMPARE(
                    scalar(*db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(t)),
                    0);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM library_files")), 1);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM library_folders")), 1);
            QCOMPARE(text(*db, QStringLiteral("SELECT value FROM app_state WHERE key = 'ui.test'")),
                     QStringLiteral("kept"));

            // B's data is written as usual, and B's again keeps it.
            QVERIFY(fill(QStringLiteral("local|-")));
            QCOMPARE(*store.useNode(QStringLiteral("local")), false);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offer_text")), 1);

            // clear() forgets the node too; a cache whose cursors name another node goes.
            QVERIFY(store.clear().ok());
            QCOMPARE(*store.node(), QString());
            QVERIFY(fill(QStringLiteral("http://old.example:8080|GABC")));
            QCOMPARE(*store.useNode(QStringLiteral("local")), true);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offers")), 0);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM library_files")), 1);
        }
        db->close();
    }

    void documentsMoveOutOfOldCaches()
    {
        // A cache at version 6 kept each offer's document in offers.data.
        QTemporaryDir dir;
        Offer a = offer(QStringLiteral("off_old"), QStringLiteral("Kept"));
        a.protocols = {QStringLiteral("s3")};
        a.currencies = {QStringLiteral("XLM")};
        a.maxDurationDays = 90;
        a.features.encryptionAtRest = true;
        a.features.objectLock = true;
        {
            auto db =
                Database::openSqlite(dir.filePath(CacheDatabase::fileName()), QStringLiteral("v6"));
            QVERIFY(db.ok());
            QVERIFY(cacheMigrator().migrate(*db, 6).ok());
            QSqlQuery q(*db);
            // The columns as a version 6 sync wrote them, and the document.
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO offers (id, provider_id, name, region, country, protocols, "
                "price_storage, price_egress, qos_tier, tier_rank, uptime_target, latency_target, "
                "measured_uptime, measured_latency, capacity_bytes, free_bytes, currencies, "
                "locked, "
                "demo, updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, "
                "?, "
                "0, 0, ?, ?)")));
            for (const QVariant &v : QVariantList{
                     a.id, a.providerId, a.name, a.region, a.country, a.protocols.join(','),
                     a.priceStoragePerGbMonthUsd7, a.priceEgressPerGbUsd7, a.qosTier,
                     a.uptimeTargetBps, a.latencyTargetMs, a.measuredUptimeBps, a.measuredLatencyMs,
                     a.capacityBytes, a.freeBytes, a.currencies.join(','),
                     timestampToJson(a.updatedAt),
                     QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact))})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            db->close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));
        auto db = CacheDatabase::open(dir.path(), QStringLiteral("v7"));
        QVERIFY(db.ok());
        {
            CacheStore store(*db);
            auto back = store.offer(a.id);
            QVERIFY(back.ok());
            QVERIFY(back->has_value());
            QCOMPARE((*back)->toJson(), a.toJson());
            QSqlQuery q(*db);
            QVERIFY(!q.exec(QStringLiteral("SELECT data FROM offers"))); // the column is gone
        }
        db->close();
    }
};

QTEST_GUILESS_MAIN(CacheStoreTest)
#include "tst_cachestore.moc"
