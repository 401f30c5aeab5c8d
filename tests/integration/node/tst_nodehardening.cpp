// Hostile-client checks on real flashback-node processes: money arithmetic that cannot wrap,
// unpaid deals that expire and give their capacity back, strict numbers, bounded text, clean
// logs and escaped filters. Built twice, like tst_nodeapi: on SQLite, and (FB_NODE_POSTGRES) on
// a private PostgreSQL cluster.
#include "nodeharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace fbtest;

namespace {
constexpr qint64 kUsd1000 = qint64(1000) * 10000000; // $1000 in USD x 10^7
constexpr qint64 kMaxUnits = (qint64(1) << 53) - 1;
} // namespace

class NodeHardeningTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PostgresCluster m_pg;
    NodeProcess m_node;
    std::unique_ptr<Client> m_c;
    Account m_admin, m_provider, m_consumer, m_consumer2;
    QString m_tAdmin, m_tProvider, m_tConsumer, m_tConsumer2;
    QString m_providerId;

    QJsonObject offerBody(const QString &name, const QJsonObject &overrides = {})
    {
        QString safe = name;
        for (QChar &ch : safe)
            if (!ch.isLetterOrNumber())
                ch = QLatin1Char('-');
        const QString dir = m_dir.path() + QStringLiteral("/storage-") + safe;
        QDir().mkpath(dir);
        QJsonObject o{{QStringLiteral("name"), name},
                      {QStringLiteral("region"), QStringLiteral("eu-central-1")},
                      {QStringLiteral("country"), QStringLiteral("DE")},
                      {QStringLiteral("protocols"), QJsonArray{QStringLiteral("local")}},
                      {QStringLiteral("priceStoragePerGbMonthUsd7"), 230000},
                      {QStringLiteral("priceEgressPerGbUsd7"), 900000},
                      {QStringLiteral("qosTier"), QStringLiteral("gold")},
                      {QStringLiteral("uptimeTargetBps"), 9990},
                      {QStringLiteral("latencyTargetMs"), 200},
                      {QStringLiteral("capacityBytes"), qint64(10) * 1000 * 1000 * 1000 * 1000},
                      {QStringLiteral("currencies"),
                       QJsonArray{QStringLiteral("XLM"), QStringLiteral("USD")}},
                      {QStringLiteral("minDurationDays"), 1},
                      {QStringLiteral("maxDurationDays"), 3650},
                      {QStringLiteral("endpoint"), QUrl::fromLocalFile(dir).toString()}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    // A new offer of the test provider; its id.
    QString newOffer(const QString &name, const QJsonObject &overrides = {}, Client *c = nullptr,
                     const QString &token = {})
    {
        Reply o = (c ? c : m_c.get())
                      ->post(QStringLiteral("/v1/offers"), offerBody(name, overrides),
                             token.isEmpty() ? m_tProvider : token);
        if (o.status != 201)
            qWarning() << o.raw;
        return o.json.value(QStringLiteral("id")).toString();
    }

    QJsonObject offer(const QString &id)
    {
        return m_c->get(QStringLiteral("/v1/offers/") + id).json;
    }

    static QJsonObject request(const QString &offer, qint64 size, qint64 egress, int days)
    {
        return {{QStringLiteral("sizeBytes"), size},
                {QStringLiteral("egressBytes"), egress},
                {QStringLiteral("durationDays"), days},
                {QStringLiteral("offers"), QJsonArray{offer}}};
    }

    // A raw JSON body, for numbers QJsonObject cannot hold exactly.
    Reply postRaw(const QString &path, const QByteArray &json, const QString &token = {})
    {
        return m_c->sendRaw(QStringLiteral("POST"), path, json, token);
    }

    int dealCount(const QString &token)
    {
        return int(m_c->get(QStringLiteral("/v1/deals?role=consumer"), token)
                       .json.value(QStringLiteral("items"))
                       .toArray()
                       .size());
    }

    // Starts a node in m_dir/name with this test's admin (and its own PostgreSQL database).
    bool startNode(NodeProcess &node, const QString &name, const QStringList &extra, QString *error)
    {
        QStringList args{QStringLiteral("--admin"),
                         m_admin.address(),
                         QStringLiteral("--qos-interval"),
                         QStringLiteral("3600"),
                         QStringLiteral("--file-endpoint-root"),
                         m_dir.path()};
        args += extra;
#ifdef FB_NODE_POSTGRES
        if (!m_pgStarted && !(m_pgStarted = m_pg.start(error)))
            return false;
        if (!m_dbUrls.contains(name)) // a restart keeps its database
            m_dbUrls.insert(name, m_pg.createDatabase(name, error));
        const QString url = m_dbUrls.value(name);
        if (url.isEmpty())
            return false;
        args << QStringLiteral("--db") << url;
#endif
        return node.start(m_dir.path() + QLatin1Char('/') + name, args, error);
    }

    // Registers the token's account as a provider, certified by the admin; its provider id.
    QString certify(Client &c, const QString &token, const QString &adminToken)
    {
        Reply p = c.post(QStringLiteral("/v1/providers"),
                         {{QStringLiteral("name"), QStringLiteral("Hardened Storage")},
                          {QStringLiteral("kind"), QStringLiteral("cloud")}},
                         token);
        const QString id = p.json.value(QStringLiteral("id")).toString();
        Reply req = c.post(QStringLiteral("/v1/providers/%1/certification").arg(id),
                           {{QStringLiteral("regions"), QJsonArray{QStringLiteral("eu")}},
                            {QStringLiteral("dataProtection"), QStringLiteral("GDPR")}},
                           token);
        Reply ok =
            c.post(QStringLiteral("/v1/providers/%1/certification/approve").arg(id),
                   {{QStringLiteral("level"), QStringLiteral("standard")},
                    {QStringLiteral("expiresAt"),
                     QDateTime::currentDateTimeUtc().addDays(365).toString(Qt::ISODateWithMs)}},
                   adminToken);
        if (p.status != 201 || req.status != 200 || ok.status != 200) {
            qWarning() << p.raw << req.raw << ok.raw;
            return {};
        }
        return id;
    }

    bool m_pgStarted = false;
    QHash<QString, QString> m_dbUrls;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(startNode(m_node, QStringLiteral("node"),
                           {QStringLiteral("--max-unpaid-deals"), QStringLiteral("5")}, &error),
                 qPrintable(error));
        m_c = std::make_unique<Client>(m_node.baseUrl());
        for (auto [account, token] :
             {std::pair{&m_admin, &m_tAdmin}, std::pair{&m_provider, &m_tProvider},
              std::pair{&m_consumer, &m_tConsumer}, std::pair{&m_consumer2, &m_tConsumer2}}) {
            *token = account->login(*m_c, &error);
            QVERIFY2(!token->isEmpty(), qPrintable(error));
        }
        m_providerId = certify(*m_c, m_tProvider, m_tAdmin);
        QVERIFY(!m_providerId.isEmpty());
    }

    void cleanupTestCase()
    {
        m_node.stop();
        m_pg.stop();
    }

    // Sizes past their documented maxima and totals past 2^53 - 1 units are refused with 422,
    // for quotes and deals alike; nothing wraps around into a cheap price.
    void quoteArithmeticNeverWraps_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        // %1 is the offer id.
        QTest::newRow("egress 2^64/10 at $1000/GB")
            << QByteArray(R"({"sizeBytes":1000000000,"egressBytes":1844674407370955262,)"
                          R"("durationDays":30,"offers":["%1"]})")
            << QStringLiteral("out_of_range");
        QTest::newRow("egress 2^61")
            << QByteArray(R"({"sizeBytes":1000000000,"egressBytes":2305843009213693952,)"
                          R"("durationDays":30,"offers":["%1"]})")
            << QStringLiteral("out_of_range");
        QTest::newRow("2^62 bytes for 3650 days")
            << QByteArray(R"({"sizeBytes":4611686018427387904,"egressBytes":0,)"
                          R"("durationDays":3650,"offers":["%1"]})")
            << QStringLiteral("out_of_range");
        QTest::newRow("size 1e300") << QByteArray(R"({"sizeBytes":1e300,"durationDays":30,)"
                                                  R"("offers":["%1"]})")
                                    << QStringLiteral("out_of_range");
        QTest::newRow("days 3651") << QByteArray(R"({"sizeBytes":1000,"durationDays":3651,)"
                                                 R"("offers":["%1"]})")
                                   << QStringLiteral("out_of_range");
        QTest::newRow("largest size, ten years")
            << QByteArray(R"({"sizeBytes":9007199254740991,"egressBytes":0,)"
                          R"("durationDays":3650,"offers":["%1"]})")
            << QStringLiteral("amount_too_large");
        QTest::newRow("largest egress")
            << QByteArray(R"({"sizeBytes":1000,"egressBytes":9007199254740991,)"
                          R"("durationDays":1,"offers":["%1"]})")
            << QStringLiteral("amount_too_large");
        QTest::newRow("fractional size") << QByteArray(R"({"sizeBytes":1.5,"durationDays":30,)"
                                                       R"("offers":["%1"]})")
                                         << QStringLiteral("bad_request");
        QTest::newRow("size as text") << QByteArray(R"({"sizeBytes":"1000","durationDays":30,)"
                                                    R"("offers":["%1"]})")
                                      << QStringLiteral("bad_request");
    }

    void quoteArithmeticNeverWraps()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        static QString expensive;
        if (expensive.isEmpty())
            expensive = newOffer(QStringLiteral("Expensive"),
                                 {{QStringLiteral("priceStoragePerGbMonthUsd7"), kUsd1000},
                                  {QStringLiteral("priceEgressPerGbUsd7"), kUsd1000},
                                  {QStringLiteral("capacityBytes"), kMaxUnits}});
        QVERIFY(!expensive.isEmpty());
        const QByteArray json = QString::fromLatin1(body).arg(expensive).toLatin1();
        const int status = code == QLatin1String("bad_request") ? 400 : 422;
        Reply quote = postRaw(QStringLiteral("/v1/quotes"), json);
        QCOMPARE(quote.status, status);
        QCOMPARE(quote.errorCode(), code);
        // No deal is created from it and no capacity is reserved.
        const int before = dealCount(m_tConsumer);
        Reply deal = postRaw(QStringLiteral("/v1/deals"), json, m_tConsumer);
        QCOMPARE(deal.status, status);
        QCOMPARE(deal.errorCode(), code);
        QCOMPARE(dealCount(m_tConsumer), before);
        QCOMPARE(offer(expensive).value(QStringLiteral("freeBytes")).toInteger(), kMaxUnits);
    }

    // Large quotes that fit are still exact to the unit.
    void largeQuoteIsExact()
    {
        const QString id = newOffer(QStringLiteral("Exact"),
                                    {{QStringLiteral("priceStoragePerGbMonthUsd7"), kUsd1000},
                                     {QStringLiteral("priceEgressPerGbUsd7"), kUsd1000}});
        const qint64 tb = qint64(1000) * 1000 * 1000 * 1000;
        Reply q = m_c->post(QStringLiteral("/v1/quotes"), request(id, tb, tb, 30));
        QCOMPARE(q.status, 200);
        const auto units = [&](const char *field) {
            return q.json.value(QLatin1String(field))
                .toObject()
                .value(QStringLiteral("units"))
                .toInteger();
        };
        QCOMPARE(units("storageCost"), qint64(10000000000000)); // 1000 GB x $1000 x 1 month
        QCOMPARE(units("egressCost"), qint64(10000000000000));
        QCOMPARE(units("fee"), qint64(400000000000));
        QCOMPARE(units("total"), qint64(20400000000000));
        // A capacity past the largest size is refused.
        Reply huge =
            m_c->post(QStringLiteral("/v1/offers"),
                      offerBody(QStringLiteral("Huge"), {{QStringLiteral("capacityBytes"), 1e18}}),
                      m_tProvider);
        QCOMPARE(huge.status, 400);
    }

    // An unpaid deal holds its capacity only until its funding deadline: then it ends Expired,
    // its bytes are free for others and its intent cannot outlive it.
    void unpaidDealsExpireAndReleaseCapacity()
    {
        NodeProcess node;
        QString error;
        QVERIFY2(startNode(node, QStringLiteral("expiry"),
                           {QStringLiteral("--unpaid-deal-ttl"), QStringLiteral("4")}, &error),
                 qPrintable(error));
        Client c(node.baseUrl());
        const QString tAdmin = m_admin.login(c, &error);
        const QString tProvider = m_provider.login(c, &error);
        const QString tConsumer = m_consumer.login(c, &error);
        const QString tConsumer2 = m_consumer2.login(c, &error);
        QVERIFY2(!tConsumer2.isEmpty(), qPrintable(error));
        QVERIFY(!certify(c, tProvider, tAdmin).isEmpty());
        const QString small = newOffer(QStringLiteral("Small"),
                                       {{QStringLiteral("capacityBytes"), 1000}}, &c, tProvider);
        QVERIFY(!small.isEmpty());

        // One request takes every free byte; another consumer is refused meanwhile.
        Reply squat = c.post(QStringLiteral("/v1/deals"), request(small, 1000, 0, 30), tConsumer);
        QCOMPARE(squat.status, 201);
        const QJsonObject pending =
            squat.json.value(QStringLiteral("deals")).toArray().at(0).toObject();
        const QString pendingId = pending.value(QStringLiteral("id")).toString();
        QCOMPARE(c.post(QStringLiteral("/v1/quotes"), request(small, 1000, 0, 30)).errorCode(),
                 QStringLiteral("insufficient_capacity"));

        // Once the deadline passes, the capacity is back and the deal says why.
        QTRY_COMPARE_WITH_TIMEOUT(
            c.post(QStringLiteral("/v1/quotes"), request(small, 1000, 0, 30)).status, 200, 60000);
        const QJsonObject expired = c.get(QStringLiteral("/v1/deals/") + pendingId, tConsumer).json;
        QCOMPARE(expired.value(QStringLiteral("state")).toString(), QStringLiteral("Expired"));
        QVERIFY(!expired.value(QStringLiteral("reason")).toString().isEmpty());
        const QJsonObject o = c.get(QStringLiteral("/v1/offers/") + small).json;
        QCOMPARE(o.value(QStringLiteral("freeBytes")).toInteger(), 1000);
        QCOMPARE(o.value(QStringLiteral("locked")).toBool(), false);
        bool told = false;
        for (const QJsonValue &n : c.get(QStringLiteral("/v1/notifications"), tConsumer)
                                       .json.value(QStringLiteral("items"))
                                       .toArray())
            told |= n.toObject().value(QStringLiteral("kind")).toString() ==
                    QLatin1String("deal.expired");
        QVERIFY(told);

        // An Accepted deal too; its intent ends no later than the deal's deadline.
        Reply again = c.post(QStringLiteral("/v1/deals"), request(small, 1000, 0, 30), tConsumer2);
        QCOMPARE(again.status, 201);
        const QJsonObject deal =
            again.json.value(QStringLiteral("deals")).toArray().at(0).toObject();
        const QString dealId = deal.value(QStringLiteral("id")).toString();
        Reply acc = c.post(QStringLiteral("/v1/deals/%1/accept").arg(dealId),
                           {{QStringLiteral("sealedAccess"),
                             QString::fromLatin1(sealTo(m_consumer2, "{}").toBase64())}},
                           tProvider);
        QCOMPARE(acc.status, 200);
        Reply intent = c.post(QStringLiteral("/v1/deals/%1/intent").arg(dealId),
                              {{QStringLiteral("currency"), QStringLiteral("XLM")}}, tConsumer2);
        QCOMPARE(intent.status, 201);
        const QDateTime created = QDateTime::fromString(
            deal.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        const QDateTime intentEnds = QDateTime::fromString(
            intent.json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(intentEnds <= created.addSecs(4));
        QTRY_COMPARE_WITH_TIMEOUT((c.post(QStringLiteral("/v1/admin/cycle"), {}, tAdmin),
                                   c.get(QStringLiteral("/v1/deals/") + dealId, tConsumer2))
                                      .json.value(QStringLiteral("state"))
                                      .toString(),
                                  QStringLiteral("Expired"), 60000);
        Reply late = c.post(QStringLiteral("/v1/deals/%1/intent").arg(dealId),
                            {{QStringLiteral("currency"), QStringLiteral("XLM")}}, tConsumer2);
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), QStringLiteral("bad_state"));
        node.stop();
    }

    // One account cannot hold more than the configured number of unpaid deals (5 here); the
    // limit is per account.
    void unpaidDealsPerAccountAreLimited()
    {
        const QString id = newOffer(QStringLiteral("Roomy"));
        Account greedy, other;
        QString error;
        const QString tGreedy = greedy.login(*m_c, &error);
        const QString tOther = other.login(*m_c, &error);
        QVERIFY2(!tOther.isEmpty(), qPrintable(error));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                m_c->post(QStringLiteral("/v1/deals"), request(id, 1000, 0, 30), tGreedy).status,
                201);
        Reply refused = m_c->post(QStringLiteral("/v1/deals"), request(id, 1000, 0, 30), tGreedy);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("too_many_unpaid_deals"));
        QCOMPARE(m_c->post(QStringLiteral("/v1/deals"), request(id, 1000, 0, 30), tOther).status,
                 201);
        // Cancelling one makes room again.
        const QString first = m_c->get(QStringLiteral("/v1/deals?role=consumer"), tGreedy)
                                  .json.value(QStringLiteral("items"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QCOMPARE(m_c->post(QStringLiteral("/v1/deals/%1/cancel").arg(first), {}, tGreedy).status,
                 200);
        QCOMPARE(m_c->post(QStringLiteral("/v1/deals"), request(id, 1000, 0, 30), tGreedy).status,
                 201);
    }

    // The faucet credits exactly what is asked, or refuses: a malformed amount never turns
    // into the 10,000-coin default.
    void faucetRefusesInvalidAmounts_data()
    {
        QTest::addColumn<QByteArray>("units");
        QTest::addColumn<int>("status");
        QTest::newRow("fraction") << QByteArray("1.5") << 400;
        QTest::newRow("text") << QByteArray("\"100\"") << 400;
        QTest::newRow("bool") << QByteArray("true") << 400;
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << 422;
        QTest::newRow("1e300") << QByteArray("1e300") << 422;
        QTest::newRow("zero") << QByteArray("0") << 422;
        QTest::newRow("negative") << QByteArray("-5") << 422;
    }

    void faucetRefusesInvalidAmounts()
    {
        QFETCH(QByteArray, units);
        QFETCH(int, status);
        Account fresh;
        Reply r =
            postRaw(QStringLiteral("/v1/dev/faucet"),
                    "{\"address\":\"" + fresh.address().toLatin1() + "\",\"units\":" + units + '}');
        QCOMPARE(r.status, status);
        // Nothing was credited: the account does not even exist.
        QCOMPARE(m_c->get(QStringLiteral("/v1/dev/accounts/") + fresh.address()).status, 404);
    }

    void faucetCreditsWhatIsAsked()
    {
        Account fresh;
        Reply r = postRaw(QStringLiteral("/v1/dev/faucet"),
                          "{\"address\":\"" + fresh.address().toLatin1() + "\",\"units\":123}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("balances"))
                     .toObject()
                     .value(QStringLiteral("XLM"))
                     .toInteger(),
                 123);
        // Query numbers are strict too.
        const QString offerId = newOffer(QStringLiteral("Probed"));
        QCOMPARE(m_c->get(QStringLiteral("/v1/offers/%1/qos?limit=abc").arg(offerId)).status, 400);
        QCOMPARE(m_c->get(QStringLiteral("/v1/offers/%1/qos?limit=10").arg(offerId)).status, 200);
    }

    // Free text has one limit (4000 characters), and a reason is kept on its deal, not copied
    // into every notification.
    void reasonsAreBounded()
    {
        const QString id = newOffer(QStringLiteral("Reasons"));
        Account buyer;
        QString error;
        const QString token = buyer.login(*m_c, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        auto newDeal = [&] {
            return m_c->post(QStringLiteral("/v1/deals"), request(id, 1000, 0, 30), token)
                .json.value(QStringLiteral("deals"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        };
        const QString a = newDeal();
        const QString b = newDeal();
        const QString c = newDeal();
        const QString tooLong(4001, QLatin1Char('x'));
        Reply cancel = m_c->post(QStringLiteral("/v1/deals/%1/cancel").arg(a),
                                 {{QStringLiteral("reason"), tooLong}}, token);
        QCOMPARE(cancel.status, 422);
        QCOMPARE(cancel.errorCode(), QStringLiteral("text_too_long"));
        QCOMPARE(m_c->get(QStringLiteral("/v1/deals/") + a, token)
                     .json.value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Pending"));
        Reply reject = m_c->post(QStringLiteral("/v1/deals/%1/reject").arg(b),
                                 {{QStringLiteral("reason"), tooLong}}, m_tProvider);
        QCOMPARE(reject.errorCode(), QStringLiteral("text_too_long"));
        Reply breach = m_c->post(QStringLiteral("/v1/deals/%1/breach").arg(c),
                                 {{QStringLiteral("party"), QStringLiteral("consumer")},
                                  {QStringLiteral("reason"), tooLong}},
                                 m_tAdmin);
        QCOMPARE(breach.errorCode(), QStringLiteral("text_too_long"));
        QCOMPARE(m_c->post(QStringLiteral("/v1/deals/%1/cancel").arg(a),
                           {{QStringLiteral("reason"), 5}}, token)
                     .status,
                 400);
        // At the limit it is kept, once.
        const QString longest =
            QStringLiteral("changed my mind ") + QString(3984, QLatin1Char('y'));
        QCOMPARE(longest.size(), 4000);
        Reply ok = m_c->post(QStringLiteral("/v1/deals/%1/cancel").arg(a),
                             {{QStringLiteral("reason"), longest}}, token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QStringLiteral("reason")).toString(), longest);
        for (const QString &t : {token, m_tProvider}) {
            const QByteArray notes = m_c->get(QStringLiteral("/v1/notifications"), t).raw;
            QVERIFY(notes.contains(a.toLatin1()));
            QVERIFY(!notes.contains("changed my mind"));
        }
        Reply feed = m_c->get(QStringLiteral("/v1/changes?since=0&limit=5000"), token);
        QCOMPARE(feed.raw.count("changed my mind"), 1);
    }

    // A request path cannot write a forged line, terminal escapes or NUL into the node's log.
    void requestLogCannotBeForged()
    {
        const QString forged = QStringLiteral("2026-01-01T00:00:00.000Z info fb.node.http: ") +
                               QStringLiteral("127.0.0.1 POST /v1/admin/cycle 200");
        QCOMPARE(m_c->get(QStringLiteral("/v1/offers/x%0A2026-01-01T00:00:00.000Z%20info%20fb.node."
                                         "http:%20127.0.0.1%20POST%20/v1/admin/cycle%20200"))
                     .status,
                 404);
        m_c->get(QStringLiteral("/v1/offers/x%1B%5B2J%00%0D%E2%80%A8end"));
        QFile log(m_dir.path() + QStringLiteral("/node/logs/flashback-node.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("/v1/offers/x\\n2026-01-01"));
        for (const QByteArray &line : text.split('\n'))
            QVERIFY2(!line.startsWith(forged.left(24).toLatin1()), line.constData());
        QVERIFY(!text.contains('\x1b'));
        QVERIFY(!text.contains('\0'));
        QVERIFY(!text.contains('\r'));
        QVERIFY(!text.contains("\xe2\x80\xa8"));
    }

    // Filters match their text literally: % and _ are not wildcards.
    void offerFiltersEscapeWildcards()
    {
        const QString literal = newOffer(QStringLiteral("Pure_100% storage"));
        QVERIFY(!literal.isEmpty());
        auto total = [&](const QString &query) {
            Reply r = m_c->get(QStringLiteral("/v1/offers?") + query);
            return r.status == 200 ? r.json.value(QStringLiteral("total")).toInt() : -r.status;
        };
        QVERIFY(total(QStringLiteral("protocol=local")) > 0);
        QCOMPARE(total(QStringLiteral("protocol=%25")), 0);
        QCOMPARE(total(QStringLiteral("protocol=l_cal")), 0);
        QCOMPARE(total(QStringLiteral("currency=%25")), 0);
        QCOMPARE(total(QStringLiteral("q=%5C")), 0);
        QCOMPARE(total(QStringLiteral("q=pur__1")), 0); // as a wildcard, _ matched "pure_1"
        QCOMPARE(total(QStringLiteral("q=e_1")), 1);
        QCOMPARE(total(QStringLiteral("q=100%25")), 1);
        QCOMPARE(total(QStringLiteral("q=%25%25")), 0);
    }

    // Auth refusals say 401, as documented.
    void authRefusalsAre401()
    {
        Reply nonce = m_c->get(QStringLiteral("/v1/auth/nonce?address=") + m_consumer.address());
        Reply shortSig =
            m_c->post(QStringLiteral("/v1/auth/web3"),
                      {{QStringLiteral("address"), m_consumer.address()},
                       {QStringLiteral("network"), QStringLiteral("dev")},
                       {QStringLiteral("nonce"), nonce.json.value(QStringLiteral("nonce"))},
                       {QStringLiteral("signature"), QStringLiteral("AAAA")}});
        QCOMPARE(shortSig.status, 401);
        QCOMPARE(shortSig.errorCode(), QStringLiteral("bad_signature"));
        // Logout with a token nobody issued, or one already revoked.
        Reply unknown =
            m_c->post(QStringLiteral("/v1/auth/logout"), {}, QStringLiteral("fba_made_up"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), QStringLiteral("unauthorized"));
        Account a;
        QString error;
        const QString token = a.login(*m_c, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QCOMPARE(m_c->post(QStringLiteral("/v1/auth/logout"), {}, token).status, 200);
        QCOMPARE(m_c->post(QStringLiteral("/v1/auth/logout"), {}, token).status, 401);
        QCOMPARE(m_c->post(QStringLiteral("/v1/auth/logout"),
                           {{QStringLiteral("refreshToken"), QStringLiteral("fbr_made_up")}})
                     .status,
                 401);
    }

    // Offers cannot point the QoS oracle at this machine, its network or a metadata service,
    // nor at the node's disk outside the configured root.
    void endpointsMustBePublic_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("loopback metadata path")
            << QStringLiteral("http://127.0.0.1:9/latest/meta-data/iam/security-credentials/");
        QTest::newRow("cloud metadata") << QStringLiteral("http://169.254.169.254/latest/");
        QTest::newRow("IPv6 loopback") << QStringLiteral("http://[::1]:8080/");
        QTest::newRow("IPv4-mapped loopback") << QStringLiteral("http://[::ffff:127.0.0.1]/");
        QTest::newRow("private") << QStringLiteral("https://10.1.2.3/bucket");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/");
        QTest::newRow("metadata name") << QStringLiteral("http://metadata.google.internal/");
        QTest::newRow("unspecified") << QStringLiteral("http://0.0.0.0/");
        QTest::newRow("file outside the root") << QStringLiteral("file:///etc");
        QTest::newRow("file escaping the root") << QStringLiteral("file://%1/../..");
    }

    void endpointsMustBePublic()
    {
        QFETCH(QString, endpoint);
        endpoint.replace(QStringLiteral("%1"), m_dir.path());
        Reply r =
            m_c->post(QStringLiteral("/v1/offers"),
                      offerBody(QStringLiteral("Probe"), {{QStringLiteral("endpoint"), endpoint}}),
                      m_tProvider);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("endpoint_not_allowed"));
    }

    // The check holds at probe time too: an endpoint published while the development flag was
    // on is not probed once it is off.
    void probesCheckAddressesWhenTheyRun()
    {
        QTcpServer trap;
        QVERIFY(trap.listen(QHostAddress::LocalHost, 0));
        int connections = 0;
        connect(&trap, &QTcpServer::newConnection, &trap, [&] {
            while (QTcpSocket *s = trap.nextPendingConnection()) {
                ++connections;
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                s->disconnectFromHost();
            }
        });
        QString error;
        NodeProcess node;
        // A short cycle lease, so the restarted node takes the cycle over soon.
        const QStringList shortCycle{QStringLiteral("--qos-interval"), QStringLiteral("5")};
        QVERIFY2(startNode(node, QStringLiteral("probes"),
                           shortCycle + QStringList{QStringLiteral("--allow-private-endpoints")},
                           &error),
                 qPrintable(error));
        std::unique_ptr<Client> c = std::make_unique<Client>(node.baseUrl());
        const QString tAdmin = m_admin.login(*c, &error);
        const QString tProvider = m_provider.login(*c, &error);
        const QString tConsumer = m_consumer.login(*c, &error);
        QVERIFY2(!tConsumer.isEmpty(), qPrintable(error));
        QVERIFY(!certify(*c, tProvider, tAdmin).isEmpty());
        const QString offerId = newOffer(
            QStringLiteral("Trap"),
            {{QStringLiteral("endpoint"),
              QStringLiteral("http://127.0.0.1:%1/latest/meta-data/iam/security-credentials/")
                  .arg(trap.serverPort())}},
            c.get(), tProvider);
        QVERIFY(!offerId.isEmpty());
        // An accepted deal puts the offer on the probe list.
        const QString dealId =
            c->post(QStringLiteral("/v1/deals"), request(offerId, 1000, 0, 30), tConsumer)
                .json.value(QStringLiteral("deals"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        QCOMPARE(c->post(QStringLiteral("/v1/deals/%1/accept").arg(dealId),
                         {{QStringLiteral("sealedAccess"),
                           QString::fromLatin1(sealTo(m_consumer, "{}").toBase64())}},
                         tProvider)
                     .status,
                 200);
        // With the flag, the local endpoint is probed (the control).
        QTRY_VERIFY_WITH_TIMEOUT(
            (c->post(QStringLiteral("/v1/admin/cycle"), {}, tAdmin), connections > 0), 60000);
        node.stop();
        connections = 0;

        // The same node without the flag: the next probe is refused before any connection.
        QVERIFY2(startNode(node, QStringLiteral("probes"), shortCycle, &error), qPrintable(error));
        c = std::make_unique<Client>(node.baseUrl());
        const QString tAdmin2 = m_admin.login(*c, &error);
        QVERIFY2(!tAdmin2.isEmpty(), qPrintable(error));
        auto lastError = [&] {
            const QJsonArray series = c->get(QStringLiteral("/v1/offers/%1/qos").arg(offerId))
                                          .json.value(QStringLiteral("series"))
                                          .toArray();
            return series.isEmpty()
                       ? QString()
                       : series.last().toObject().value(QStringLiteral("error")).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            (c->post(QStringLiteral("/v1/admin/cycle"), {}, tAdmin2), lastError()),
            QStringLiteral("endpoint not allowed on this node"), 60000);
        QCoreApplication::processEvents();
        QCOMPARE(connections, 0);
        QVERIFY(!trap.hasPendingConnections());
        node.stop();
    }

    // Demo providers are run by the development-network agent; nobody signs in as one, though
    // their keys derive from published labels.
    void nobodySignsInAsADemoProvider()
    {
        QString error;
        NodeProcess node;
        QVERIFY2(startNode(node, QStringLiteral("demo"), {QStringLiteral("--seed-demo")}, &error),
                 qPrintable(error));
        Client c(node.baseUrl());
        const QString aws = c.get(QStringLiteral("/v1/providers/prv_demo_aws"))
                                .json.value(QStringLiteral("address"))
                                .toString();
        QVERIFY(aws.startsWith(QLatin1Char('G')));
        Reply nonce = c.get(QStringLiteral("/v1/auth/nonce?address=") + aws);
        QCOMPARE(nonce.status, 403);
        QCOMPARE(nonce.errorCode(), QStringLiteral("forbidden"));
        // Others still sign in and buy from the demo providers.
        QVERIFY(!m_consumer.login(c, &error).isEmpty());
        node.stop();
    }
};

QTEST_GUILESS_MAIN(NodeHardeningTest)
#include "tst_nodehardening.moc"
