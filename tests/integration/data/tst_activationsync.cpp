// Issue 19, item 2, on the app's side: a deal paid on the development network shows Active in
// the app's cache (what the SLAs and Files pages read, through DealService) seconds after the
// demo providers' agent activated it, without waiting for the periodic sync: while one of the
// account's deals is Funded, the SyncEngine syncs every few seconds, for a bounded time. A real
// flashback-node (QoS cycle an hour away), a real SQLite cache, a payment signed with the
// wallet library.
#include "../node/nodeharness.h"
#include "appuser.h"

#include "models/cacheschema.h"
#include "models/dealservice.h"
#include "models/dealsmodel.h"
#include "models/paymentservice.h"
#include "models/syncengine.h"
#include "wire/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using fbtest::NodeProcess;
using testkit::await;
using testkit::why;

class ActivationSyncTest : public QObject
{
    Q_OBJECT

    // A consumer signed in on node, with a sync engine over a cache in dir whose periodic sync
    // is far away (10 minutes): only the Funded follow-up can bring a change in sooner.
    struct App
    {
        std::unique_ptr<testkit::AppUser> user;
        std::unique_ptr<SyncEngine> sync;
        QSqlDatabase cache;
        std::unique_ptr<DealService> deals;
        ~App()
        {
            deals.reset();
            if (sync)
                sync->stop();
        }
    };

    bool startApp(App &app, const NodeProcess &node, const QString &dir, int windowMs)
    {
        app.user = std::make_unique<testkit::AppUser>();
        if (auto s = app.user->connectAndSignIn(QUrl(node.baseUrl())); !s) {
            qWarning() << "sign-in:" << s.error().message;
            return false;
        }
        SyncEngine::Config c;
        c.dataDir = dir;
        c.baseUrl = QUrl(node.baseUrl());
        c.scope = QStringLiteral("test");
        c.session = app.user->api->session();
        c.intervalMs = 600000;
        c.fundedWindowMs = windowMs;
        app.sync = std::make_unique<SyncEngine>(c);
        app.sync->start();
        if (!QTest::qWaitFor([&] { return app.sync->state() == SyncEngine::State::UpToDate; },
                             60000))
            return false;
        auto db = CacheDatabase::open(dir, QStringLiteral("cache-") + QFileInfo(dir).fileName());
        if (!db)
            return false;
        app.cache = *db;
        app.deals = std::make_unique<DealService>(app.user->api.get(), app.cache, app.sync.get());
        // Payments go through the app's PaymentService, which asks the engine to sync.
        app.user->payments = std::make_unique<PaymentService>(app.user->api.get(), app.sync.get());
        return true;
    }

    // A one-provider agreement on a demo offer, paid in XLM: the deal's id.
    QString buyAndPay(App &app)
    {
        if (auto f = app.user->faucet(); !f) {
            qWarning() << "faucet:" << why(f);
            return {};
        }
        QuoteRequest q;
        q.sizeBytes = qint64(10) * 1000 * 1000 * 1000;
        q.durationDays = 30;
        q.offerIds = {QStringLiteral("off_demo_storj_eu1")};
        auto sla = await<CreatedSla>(
            [&](QObject *ctx, Reply<CreatedSla> done) { app.user->deals->create(q, ctx, done); });
        if (!sla || sla->deals.isEmpty()) {
            qWarning() << "create:" << why(sla);
            return {};
        }
        const QString id = sla->deals.first().id;
        auto receipt = app.user->payXlm(id);
        if (!receipt || receipt->deal.state != DealState::Funded) {
            qWarning() << "pay:" << why(receipt);
            return {};
        }
        return id;
    }

    std::optional<DealState> cachedState(const App &app, const QString &id) const
    {
        auto d = app.deals->cachedDeal(id);
        return d ? std::optional(d->state) : std::nullopt;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The agent activates the deal 2 s after payment; the app shows it Active soon after,
    // though its periodic sync is 10 minutes away and no page asks for a sync.
    void activeDealShowsWithoutThePeriodicSync()
    {
        NodeProcess node;
        QString error;
        QVERIFY2(node.start(m_dir.filePath(QStringLiteral("node1")),
                            {QStringLiteral("--seed-demo"), QStringLiteral("--qos-interval"),
                             QStringLiteral("3600"), QStringLiteral("--demo-activation-delay"),
                             QStringLiteral("2")},
                            &error),
                 qPrintable(error));
        App app;
        QVERIFY(startApp(app, node, m_dir.filePath(QStringLiteral("app1")), 120000));
        auto model = app.deals->createDealsModel();
        QVERIFY(model);
        QElapsedTimer sincePayment;
        const QString id = buyAndPay(app);
        sincePayment.start();
        QVERIFY(!id.isEmpty());
        // The payment's sync brings the deal in (Funded, or Active already on a slow machine).
        QTRY_VERIFY_WITH_TIMEOUT(cachedState(app, id).has_value(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(cachedState(app, id), std::optional(DealState::Active), 60000);
        qInfo() << "Active in the cache" << sincePayment.elapsed()
                << "ms after the payment's reply (activation delay 2 s)";
        // The deals model the pages show re-read the cache on that sync page.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < model->rowCount(); ++r)
                    for (int c = 0; c < model->columnCount(); ++c)
                        if (model->index(r, c).data().toString() == QLatin1String("Active"))
                            return true;
                return false;
            }(),
            10000);
        app.sync->stop();
    }

    // A deal its provider does not activate (here: not for a day) is followed for the window
    // only: then the engine goes back to its periodic schedule.
    void followUpEndsAfterItsWindow()
    {
        NodeProcess node;
        QString error;
        QVERIFY2(node.start(m_dir.filePath(QStringLiteral("node2")),
                            {QStringLiteral("--seed-demo"), QStringLiteral("--qos-interval"),
                             QStringLiteral("3600"), QStringLiteral("--demo-activation-delay"),
                             QStringLiteral("86400")},
                            &error),
                 qPrintable(error));
        App app;
        QVERIFY(startApp(app, node, m_dir.filePath(QStringLiteral("app2")), 4000));
        QSignalSpy finished(app.sync.get(), &SyncEngine::syncFinished);
        const QString id = buyAndPay(app);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(cachedState(app, id), std::optional(DealState::Funded), 30000);
        // Followed: more runs come on their own (the payment asked for one).
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 20000);
        // Past the window (4 s) the runs stop: none in a span of several follow-up intervals.
        int before = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const int now = int(finished.count());
                QTest::qWait(7000);
                const bool quiet = int(finished.count()) == now;
                before = now;
                return quiet;
            }(),
            40000);
        QVERIFY(before >= 2);
        QCOMPARE(cachedState(app, id), std::optional(DealState::Funded));
        app.sync->stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(ActivationSyncTest)
#include "tst_activationsync.moc"
