// The data layer against a real flashback-node: first sync, delta sync after changes on the
// node, a sync interrupted by stopping the node and resumed (nothing lost, nothing applied twice),
// signed-in sync of private entities, access-token expiry and refresh, and switching the same
// engine to another node (the cache then holds only the new node's data).
#include "../node/nodeharness.h"

#include "models/apiclient.h"
#include "models/cacheschema.h"
#include "models/cachestore.h"
#include "models/syncengine.h"
#include "storage/filelibrary.h"
#include "wire/database.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fbtest;
using fb::SyncEngine;

namespace {

// Waits for the engine's next syncFinished and returns its ok flag.
bool waitSync(SyncEngine &engine, QSignalSpy &spy, int timeoutMs = 120000)
{
    const qsizetype before = spy.count();
    if (!QTest::qWaitFor([&] { return spy.count() > before; }, timeoutMs))
        return false;
    Q_UNUSED(engine);
    return spy.last().at(0).toBool();
}

// Every entry the feed holds for an anonymous reader, and its last seq.
QList<QJsonObject> feed(Client &c, qint64 *last, const QString &token = {})
{
    QList<QJsonObject> out;
    qint64 since = 0;
    for (;;) {
        Reply r = c.get(QStringLiteral("/v1/changes?limit=5000&since=%1").arg(since), token);
        const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &v : changes)
            out.append(v.toObject());
        since = r.json.value(QStringLiteral("next")).toInteger();
        if (!r.json.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    *last = since;
    return out;
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

template <typename T> T call(std::function<void(std::function<void(T)>)> f)
{
    std::optional<T> out;
    f([&](T v) { out.emplace(std::move(v)); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 60000);
    if (!out)
        qFatal("call timed out");
    return std::move(*out);
}

} // namespace

class DataSyncTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    NodeProcess m_node;
    std::unique_ptr<Client> m_c;
    Account m_admin, m_consumer;
    QString m_cacheDir;

    std::unique_ptr<fb::CacheStore> openStore(const QString &dataDir, const QString &name)
    {
        auto db = fb::CacheDatabase::open(dataDir, name);
        if (!db)
            qFatal("cannot open cache");
        return std::make_unique<fb::CacheStore>(*db);
    }

    qint64 scalar(const QString &dataDir, const QString &sql)
    {
        auto store = openStore(dataDir, QStringLiteral("probe-") + dataDir);
        QSqlQuery q(store->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // An initial sync defers the offers' indexes and builds them all at its end.
    void verifyOfferIndexesBuilt(const QString &dataDir)
    {
        QCOMPARE(scalar(dataDir, QStringLiteral("SELECT COUNT(*) FROM deferred_indexes")), 0);
        QCOMPARE(scalar(dataDir, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                                "type = 'index' AND sql IS NOT NULL AND "
                                                "tbl_name IN ('offers', 'offer_protocols')")),
                 15); // with offers_provider_name and offers_protocols (sort indexes)
    }

    SyncEngine::Config config(const QString &cacheDir, const QString &url, int pageSize)
    {
        SyncEngine::Config c;
        c.dataDir = cacheDir;
        c.baseUrl = QUrl(url);
        c.scope = QStringLiteral("test");
        c.intervalMs = 0;
        c.pageSize = pageSize;
        c.timeoutMs = 5000;
        c.maxAttempts = 2;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_node.start(m_dir.filePath(QStringLiteral("node")),
                              {QStringLiteral("--seed-demo"), QStringLiteral("--admin"),
                               m_admin.address(), QStringLiteral("--qos-interval"),
                               QStringLiteral("3600")},
                              &error),
                 qPrintable(error));
        m_c = std::make_unique<Client>(m_node.baseUrl());
        m_cacheDir = m_dir.filePath(QStringLiteral("cache"));
    }

    void firstSync()
    {
        SyncEngine engine(config(m_cacheDir, m_node.baseUrl(), 3)); // small pages: many of them
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QSignalSpy pages(&engine, &SyncEngine::pageApplied);
        QSignalSpy states(&engine, &SyncEngine::stateChanged);
        engine.start();
        QVERIFY(waitSync(engine, finished));
        QCOMPARE(engine.state(), SyncEngine::State::UpToDate);
        QCOMPARE(engine.statusText(), QStringLiteral("Up to date"));
        QVERIFY(pages.count() > 2);
        bool sawSyncing = false;
        for (const auto &s : states)
            sawSyncing |= s.at(0).value<SyncEngine::State>() == SyncEngine::State::Syncing;
        QVERIFY(sawSyncing);

        qint64 last = 0;
        const QList<QJsonObject> all = feed(*m_c, &last);
        QCOMPARE(finished.last().at(1).toLongLong(), last);
        const Reply offers = m_c->get(QStringLiteral("/v1/offers?limit=500"));
        const Reply providers = m_c->get(QStringLiteral("/v1/providers?limit=500"));
        QVERIFY(offers.json.value(QStringLiteral("total")).toInteger() > 0);
        QCOMPARE(scalar(m_cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers")),
                 offers.json.value(QStringLiteral("total")).toInteger());
        QCOMPARE(scalar(m_cacheDir, QStringLiteral("SELECT COUNT(*) FROM providers")),
                 providers.json.value(QStringLiteral("total")).toInteger());
        verifyOfferIndexesBuilt(m_cacheDir);
        if (QTest::currentTestFailed())
            return;
        // Offers carry their provider's facts for filtering without a join.
        QCOMPARE(scalar(m_cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers WHERE "
                                                   "provider_name = ''")),
                 0);
        // The cached entity is exactly the node's.
        const QJsonObject first =
            offers.json.value(QStringLiteral("items")).toArray().at(0).toObject();
        auto store = openStore(m_cacheDir, QStringLiteral("probe-") + m_cacheDir);
        auto cached = store->offer(first.value(QStringLiteral("id")).toString());
        QVERIFY(cached && cached->has_value());
        QCOMPARE((*cached)->toJson(), fb::Offer::fromJson(first)->toJson());
    }

    void deltaSync()
    {
        SyncEngine engine(config(m_cacheDir, m_node.baseUrl(), 100));
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QSignalSpy pages(&engine, &SyncEngine::pageApplied);
        engine.start();
        QVERIFY(waitSync(engine, finished));
        // Already up to date: the resumed sync found nothing new.
        int applied = 0;
        for (const auto &p : pages)
            applied += p.at(1).toInt();
        QCOMPARE(applied, 0);

        // Changes on the node: a new provider, and a deal that locks an offer.
        Account provider;
        const QString tProvider = provider.login(*m_c);
        QVERIFY(!tProvider.isEmpty());
        Reply p = m_c->post(QStringLiteral("/v1/providers"),
                            {{QStringLiteral("name"), QStringLiteral("Delta Storage")},
                             {QStringLiteral("kind"), QStringLiteral("depin")}},
                            tProvider);
        QCOMPARE(p.status, 201);
        const QString tConsumer = m_consumer.login(*m_c);
        const QString offerId = QStringLiteral("off_demo_storj_eu1");
        const qint64 freeBefore =
            scalar(m_cacheDir,
                   QStringLiteral("SELECT free_bytes FROM offers WHERE id = '%1'").arg(offerId));
        QVERIFY(freeBefore > 0);
        Reply deal = m_c->post(QStringLiteral("/v1/deals"),
                               {{QStringLiteral("sizeBytes"), qint64(50) * 1000 * 1000 * 1000},
                                {QStringLiteral("egressBytes"), qint64(1000) * 1000 * 1000},
                                {QStringLiteral("durationDays"), 30},
                                {QStringLiteral("offers"), QJsonArray{offerId}}},
                               tConsumer);
        QVERIFY2(deal.status == 201, deal.raw.constData());

        pages.clear();
        engine.syncNow();
        QVERIFY(waitSync(engine, finished));
        applied = 0;
        for (const auto &pg : pages)
            applied += pg.at(1).toInt();
        QVERIFY(applied >= 2);
        QCOMPARE(
            scalar(m_cacheDir,
                   QStringLiteral("SELECT COUNT(*) FROM providers WHERE name = 'Delta Storage'")),
            1);
        QCOMPARE(scalar(m_cacheDir,
                        QStringLiteral("SELECT locked FROM offers WHERE id = '%1'").arg(offerId)),
                 1);
        QCOMPARE(
            scalar(m_cacheDir,
                   QStringLiteral("SELECT free_bytes FROM offers WHERE id = '%1'").arg(offerId)),
            freeBefore - qint64(50) * 1000 * 1000 * 1000);
        // Anonymous: the consumer's deal is not visible.
        QCOMPARE(scalar(m_cacheDir, QStringLiteral("SELECT COUNT(*) FROM deals")), 0);
    }

    void signedInSync()
    {
        auto session = std::make_shared<fb::AuthSession>();
        fb::ApiClient api(QUrl(m_node.baseUrl()), session);
        const Account &consumer = m_consumer;
        fb::Status s = call<fb::Status>([&](auto done) {
            api.login(
                consumer.address(), [&consumer](const QByteArray &m) { return consumer.sign(m); },
                done);
        });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QVERIFY(session->isSignedIn());
        QCOMPARE(session->address(), m_consumer.address());

        // A wrong signer is refused.
        fb::ApiClient other(QUrl(m_node.baseUrl()), std::make_shared<fb::AuthSession>());
        Account stranger;
        fb::Status bad = call<fb::Status>([&](auto done) {
            other.login(
                consumer.address(), [&stranger](const QByteArray &m) { return stranger.sign(m); },
                done);
        });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("bad_signature"));
        QVERIFY(!other.session()->isSignedIn());

        auto cfg = config(m_cacheDir, m_node.baseUrl(), 50);
        cfg.session = session;
        SyncEngine engine(cfg);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.start();
        QVERIFY(waitSync(engine, finished));
        QCOMPARE(scalar(m_cacheDir, QStringLiteral("SELECT COUNT(*) FROM deals")), 1);
        // The consumer's one notification: the demo provider accepted the deal of deltaSync()
        // at once (the "deal.created" notice went to the provider, not to this reader).
        QCOMPARE(scalar(m_cacheDir, QStringLiteral("SELECT COUNT(*) FROM notifications")), 1);
        QCOMPARE(
            scalar(m_cacheDir, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = "
                                              "'deal.accepted' AND recipient = '%1'")
                                   .arg(m_consumer.address())),
            1);
        // ... and it is exactly what the node lists for this consumer.
        const Reply listed = m_c->get(QStringLiteral("/v1/notifications"), session->accessToken());
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json.value(QStringLiteral("items")).toArray().size(), 1);
        engine.stop();

        // Logout ends the session on the node too.
        const QString access = session->accessToken();
        fb::Status out = call<fb::Status>([&](auto done) { api.logout(done); });
        QVERIFY(out.ok());
        QVERIFY(!session->isSignedIn());
        QCOMPARE(m_c->get(QStringLiteral("/v1/me"), access).status, 401);
    }

    void tokenExpiryAndRefresh()
    {
        auto session = std::make_shared<fb::AuthSession>();
        fb::ApiClient api(QUrl(m_node.baseUrl()), session);
        QSignalSpy expired(&api, &fb::ApiClient::sessionExpired);
        Account a;
        fb::Status s = call<fb::Status>([&](auto done) {
            api.login(
                a.address(), [&a](const QByteArray &m) { return a.sign(m); }, done);
        });
        QVERIFY(s.ok());
        const QString access1 = session->accessToken();
        const QString refresh1 = session->refreshToken();

        // Expire the access token in the node's own database (access tokens live 15 minutes).
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nodedb"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("node/node.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE sessions SET access_expires = 1 WHERE address = ?"));
            q.addBindValue(a.address());
            QVERIFY(q.exec());
            QVERIFY(q.numRowsAffected() >= 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("nodedb"));
        QCOMPARE(m_c->get(QStringLiteral("/v1/me"), access1).errorCode(),
                 QStringLiteral("token_expired"));

        fb::ApiResponse me = call<fb::ApiResponse>([&](auto done) {
            api.get(QStringLiteral("/v1/me"), {}, [done](const fb::ApiResponse &r) { done(r); });
        });
        QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error->message));
        QCOMPARE(me.json.value(QStringLiteral("address")).toString(), a.address());
        QVERIFY(session->accessToken() != access1);
        QVERIFY(session->refreshToken() != refresh1); // rotated
        QCOMPARE(expired.count(), 0);

        // The old refresh token is single-use: the node refuses it.
        QCOMPARE(m_c->post(QStringLiteral("/v1/auth/refresh"),
                           {{QStringLiteral("refreshToken"), refresh1}})
                     .status,
                 401);

        // Expire both: the client reports the session ended and forgets the tokens.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nodedb"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("node/node.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE sessions SET access_expires = 1, refresh_expires = 1 "
                                     "WHERE address = ?"));
            q.addBindValue(a.address());
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("nodedb"));
        fb::ApiResponse me2 = call<fb::ApiResponse>([&](auto done) {
            api.get(QStringLiteral("/v1/me"), {}, [done](const fb::ApiResponse &r) { done(r); });
        });
        QVERIFY(!me2.ok());
        QCOMPARE(me2.httpStatus, 401);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!session->isSignedIn());
    }

    void interruptedSyncResumes()
    {
        QTemporaryDir dir;
        const QString nodeDir = dir.filePath(QStringLiteral("node"));
        const QString cacheDir = dir.filePath(QStringLiteral("cache"));
        const int port = freePort();
        const QStringList args{
            QStringLiteral("--seed-offers"),  QStringLiteral("4000"),
            QStringLiteral("--qos-interval"), QStringLiteral("3600"),
            QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:%1").arg(port)};
        auto node = std::make_unique<NodeProcess>();
        QString error;
        QVERIFY2(node->start(nodeDir, args, &error), qPrintable(error));
        const QString url = node->baseUrl();
        QCOMPARE(url, QStringLiteral("http://127.0.0.1:%1").arg(port));
        qint64 last = 0;
        Client c(url);
        const int feedLength = int(feed(c, &last).size());
        QVERIFY(feedLength >= 4000);

        auto cfg = config(cacheDir, url, 100);
        cfg.maxAttempts = 1;
        cfg.timeoutMs = 3000;
        SyncEngine engine(cfg);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QSignalSpy pages(&engine, &SyncEngine::pageApplied);
        engine.start();
        QVERIFY(QTest::qWaitFor([&] { return pages.count() >= 3; }, 60000));
        node->stop(); // the node goes away in the middle of the sync
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 1; }, 60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(engine.state(), SyncEngine::State::Offline);
        QVERIFY(!engine.reason().isEmpty());
        const qint64 committed = finished.last().at(1).toLongLong();
        QVERIFY(committed > 0);
        QVERIFY(committed < last);
        int appliedBefore = 0;
        for (const auto &p : pages)
            appliedBefore += p.at(1).toInt();
        const QString entities = QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM offers) + (SELECT COUNT(*) FROM providers) + "
            "(SELECT COUNT(*) FROM qos_samples)");
        QCOMPARE(scalar(cacheDir, entities), appliedBefore);
        engine.stop();

        // A new app run (new engine) once the node is back: resumes from the committed cursor.
        node = std::make_unique<NodeProcess>();
        QVERIFY2(node->start(nodeDir, args, &error), qPrintable(error));
        SyncEngine engine2(cfg);
        QSignalSpy finished2(&engine2, &SyncEngine::syncFinished);
        QSignalSpy pages2(&engine2, &SyncEngine::pageApplied);
        engine2.start();
        QVERIFY(waitSync(engine2, finished2));
        int appliedAfter = 0;
        for (const auto &p : pages2)
            appliedAfter += p.at(1).toInt();
        // Nothing lost, nothing applied twice.
        QCOMPARE(appliedBefore + appliedAfter, feedLength);
        QCOMPARE(finished2.last().at(1).toLongLong(), last);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers")), 4000);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(DISTINCT id) FROM offers")), 4000);
        engine2.stop();
        node->stop();
    }

    void switchingNodeKeepsOnlyTheNewNodesData()
    {
        QTemporaryDir dir;
        const QString cacheDir = dir.filePath(QStringLiteral("cache"));
        // Node B: other data than node A (the demo network): synthetic offers only.
        NodeProcess nodeB;
        QString error;
        QVERIFY2(nodeB.start(dir.filePath(QStringLiteral("nodeB")),
                             {QStringLiteral("--seed-offers"), QStringLiteral("300"),
                              QStringLiteral("--qos-interval"), QStringLiteral("3600")},
                             &error),
                 qPrintable(error));
        Client b(nodeB.baseUrl());
        qint64 lastA = 0;
        qint64 lastB = 0;
        feed(*m_c, &lastA);
        feed(b, &lastB);
        const qint64 offersA = m_c->get(QStringLiteral("/v1/offers?limit=1"))
                                   .json.value(QStringLiteral("total"))
                                   .toInteger();
        const qint64 providersB = b.get(QStringLiteral("/v1/providers?limit=1"))
                                      .json.value(QStringLiteral("total"))
                                      .toInteger();
        QVERIFY(offersA > 0);
        QVERIFY(providersB > 0);

        // The file manager's rows share the cache file.
        {
            auto store = openStore(cacheDir, QStringLiteral("files-") + cacheDir);
            QSqlDatabase db = store->database();
            QVERIFY(fb::storage::FileLibrary::migrator().migrate(db).ok());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO library_files (sla_id, folder, name, size, mtime, file_id, "
                         "manifest, state, created_at) VALUES ('sla_1', '/', 'kept.txt', 4, '', "
                         "'file_kept', '{}', 'stored', '')")),
                     qPrintable(q.lastError().text()));
        }

        auto cfgA = config(cacheDir, m_node.baseUrl(), 50);
        cfgA.scope = SyncEngine::scopeFor(QUrl(m_node.baseUrl()), false);
        SyncEngine engine(cfgA);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QSignalSpy states(&engine, &SyncEngine::stateChanged);
        QSignalSpy pages(&engine, &SyncEngine::pageApplied);
        engine.start();
        QVERIFY(waitSync(engine, finished));
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers")), offersA);
        QCOMPARE(finished.last().at(1).toLongLong(), lastA);

        // Switch the same engine to node B.
        const QString scopeB = SyncEngine::scopeFor(QUrl(nodeB.baseUrl()), false);
        auto cfgB = config(cacheDir, nodeB.baseUrl(), 50);
        cfgB.scope = scopeB;
        states.clear();
        pages.clear();
        engine.reconfigure(cfgB);
        QVERIFY(waitSync(engine, finished));
        QCOMPARE(engine.state(), SyncEngine::State::UpToDate);
        QCOMPARE(engine.config().scope, scopeB);
        QCOMPARE(finished.last().at(1).toLongLong(), lastB);
        // The signals reached the spies connected before the switch: idle (the switch), then
        // syncing, then up to date.
        QVERIFY(states.count() >= 3);
        QCOMPARE(states.first().at(0).value<SyncEngine::State>(), SyncEngine::State::Idle);
        QCOMPARE(states.last().at(0).value<SyncEngine::State>(), SyncEngine::State::UpToDate);
        bool sawSyncing = false;
        for (const auto &st : states)
            sawSyncing |= st.at(0).value<SyncEngine::State>() == SyncEngine::State::Syncing;
        QVERIFY(sawSyncing);
        // The first page told the views that everything changed (the cache was emptied).
        QVERIFY(!pages.isEmpty());
        QCOMPARE(pages.first().at(0).toLongLong(), 0);
        QVERIFY(pages.first().at(2).toStringList().contains(QStringLiteral("offer")));

        // Only B's data: its 300 offers, none of A's, B's providers; B's cursor alone.
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers")), 300);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers WHERE id NOT "
                                                 "LIKE 'off_syn_%'")),
                 0);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM offer_text")), 300);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM providers")), providersB);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM sync_cursor")), 1);
        {
            auto store = openStore(cacheDir, QStringLiteral("probe-") + cacheDir);
            QCOMPARE(*store->cursor(scopeB + QStringLiteral("|-")), lastB);
            QCOMPARE(*store->node(), scopeB);
        }
        // The emptied cache synced as an initial sync again: its indexes all rebuilt.
        verifyOfferIndexesBuilt(cacheDir);
        if (QTest::currentTestFailed())
            return;
        // The file manager's row is untouched.
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM library_files WHERE "
                                                 "file_id = 'file_kept'")),
                 1);

        // A delta run on B keeps B's data (no second emptying).
        pages.clear();
        engine.syncNow();
        QVERIFY(waitSync(engine, finished));
        int applied = 0;
        for (const auto &p : pages)
            applied += p.at(1).toInt();
        QCOMPARE(applied, 0);
        QVERIFY(pages.isEmpty() || pages.first().at(0).toLongLong() != 0);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers")), 300);

        // And back to A: only A's offers again.
        engine.reconfigure(cfgA);
        QVERIFY(waitSync(engine, finished));
        QCOMPARE(finished.last().at(1).toLongLong(), lastA);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers")), offersA);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM offers WHERE id LIKE "
                                                 "'off_syn_%'")),
                 0);
        QCOMPARE(scalar(cacheDir, QStringLiteral("SELECT COUNT(*) FROM library_files")), 1);
        engine.stop();
        nodeB.stop();
    }

    void offlineState()
    {
        QTemporaryDir dir;
        auto cfg = config(dir.path(), QStringLiteral("http://127.0.0.1:%1").arg(freePort()), 10);
        cfg.maxAttempts = 2;
        SyncEngine engine(cfg);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.start();
        QVERIFY(!waitSync(engine, finished, 30000) || true);
        QVERIFY(finished.count() >= 1);
        QCOMPARE(engine.state(), SyncEngine::State::Offline);
        QCOMPARE(engine.statusText(), QStringLiteral("Offline"));
    }
};

QTEST_GUILESS_MAIN(DataSyncTest)
#include "tst_datasync.moc"
