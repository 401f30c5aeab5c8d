// The pricing assistant: which offers are comparable, the percentile of a price among them, the
// histogram, the suggested price for a target utilisation (monotonic, with its reason) and the
// monthly projection, checked against the shared economics to the unit.
#include "models/pricingassistant.h"
#include "wire/economics.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fb;
using namespace fb::pricing;

Q_DECLARE_METATYPE(QList<qint64>)

namespace {

Offer offer(const QString &id, qint64 price, const QString &region = QStringLiteral("eu-west"),
            const QString &tier = QStringLiteral("gold"),
            const QStringList &protocols = {QStringLiteral("s3")})
{
    Offer o;
    o.id = id;
    o.region = region;
    o.qosTier = tier;
    o.protocols = protocols;
    o.priceStoragePerGbMonthUsd7 = price;
    return o;
}

PriceDistribution market(const QList<qint64> &prices)
{
    QList<Offer> offers;
    for (qint64 p : prices)
        offers.append(offer(QStringLiteral("off_%1").arg(offers.size()), p));
    return distribution(offers);
}

} // namespace

class PricingAssistantTest : public QObject
{
    Q_OBJECT

private slots:
    void comparable_data()
    {
        QTest::addColumn<Offer>("other");
        QTest::addColumn<bool>("comparable");
        QTest::newRow("same region, tier, protocol") << offer("b", 100) << true;
        QTest::newRow("one protocol in common")
            << offer("b", 100, "eu-west", "gold", {"gcs", "s3"}) << true;
        QTest::newRow("other region") << offer("b", 100, "us-east") << false;
        QTest::newRow("other tier") << offer("b", 100, "eu-west", "silver") << false;
        QTest::newRow("no protocol in common")
            << offer("b", 100, "eu-west", "gold", {"local"}) << false;
        QTest::newRow("the draft itself") << offer("draft", 100) << false;
        QTest::newRow("no price") << offer("b", 0) << false;
    }
    void comparable()
    {
        QFETCH(Offer, other);
        QFETCH(bool, comparable);
        const Offer draft = offer(QStringLiteral("draft"), 150);
        QCOMPARE(isComparable(draft, other), comparable);
        QCOMPARE(comparables(draft, {other}).size(), comparable ? 1 : 0);
    }

    void newDraftHasNoId()
    {
        // A draft not yet published has no id: an offer without one is still not itself.
        Offer draft = offer(QString(), 150);
        QVERIFY(isComparable(draft, offer(QStringLiteral("b"), 100)));
    }

    void percentile_data()
    {
        QTest::addColumn<QList<qint64>>("prices");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("percentile");
        const QList<qint64> four{400, 100, 300, 200};
        QTest::newRow("cheaper than all") << four << qint64(50) << 0;
        QTest::newRow("equal to the cheapest") << four << qint64(100) << 1250;
        QTest::newRow("between the middle two") << four << qint64(250) << 5000;
        QTest::newRow("equal to the dearest") << four << qint64(400) << 8750;
        QTest::newRow("dearer than all") << four << qint64(401) << 10000;
        QTest::newRow("all equal") << QList<qint64>{7, 7, 7} << qint64(7) << 5000;
        QTest::newRow("one of three, floored") << QList<qint64>{1, 2, 3} << qint64(2) << 5000;
        QTest::newRow("two thirds, floored") << QList<qint64>{1, 2, 3} << qint64(3) << 8333;
        QTest::newRow("empty market") << QList<qint64>{} << qint64(5) << -1;
    }
    void percentile()
    {
        QFETCH(QList<qint64>, prices);
        QFETCH(qint64, price);
        QFETCH(int, percentile);
        const PriceDistribution d = market(prices);
        QCOMPARE(d.percentileBps(price), percentile);
    }

    void priceAt_data()
    {
        QTest::addColumn<QList<qint64>>("prices");
        QTest::addColumn<int>("percentile");
        QTest::addColumn<qint64>("price");
        const QList<qint64> four{100, 200, 300, 400};
        QTest::newRow("cheapest") << four << 0 << qint64(100);
        QTest::newRow("dearest") << four << 10000 << qint64(400);
        QTest::newRow("median of four") << four << 5000 << qint64(250);
        QTest::newRow("30th percentile") << four << 3000 << qint64(190);
        QTest::newRow("interpolation floors") << four << 3333 << qint64(199);
        QTest::newRow("clamped below") << four << -5 << qint64(100);
        QTest::newRow("clamped above") << four << 20000 << qint64(400);
        QTest::newRow("single offer") << QList<qint64>{230000} << 7000 << qint64(230000);
        QTest::newRow("empty") << QList<qint64>{} << 5000 << qint64(0);
    }
    void priceAt()
    {
        QFETCH(QList<qint64>, prices);
        QFETCH(int, percentile);
        QFETCH(qint64, price);
        QCOMPARE(market(prices).priceAt(percentile), price);
    }

    void priceAtIsMonotonic()
    {
        QRandomGenerator rng(14);
        for (int round = 0; round < 50; ++round) {
            QList<qint64> prices;
            const int n = 1 + int(rng.bounded(40));
            for (int i = 0; i < n; ++i)
                prices.append(1 + rng.bounded(5000000));
            const PriceDistribution d = market(prices);
            qint64 last = 0;
            for (int p = 0; p <= kFullBps; p += 37) {
                const qint64 v = d.priceAt(p);
                QVERIFY2(v >= last, qPrintable(QStringLiteral("round %1 p %2").arg(round).arg(p)));
                QVERIFY(v >= d.min() && v <= d.max());
                last = v;
            }
        }
    }

    void histogram()
    {
        const PriceDistribution d = market({100, 200, 300, 400});
        const QList<PriceBin> bins = d.histogram(3);
        QCOMPARE(bins.size(), 3);
        QCOMPARE(bins.at(0), (PriceBin{100, 200, 1}));
        QCOMPARE(bins.at(1), (PriceBin{200, 300, 1}));
        QCOMPARE(bins.at(2), (PriceBin{300, 400, 2})); // the last bin holds the dearest
        QCOMPARE(PriceDistribution::binOf(bins, 250), 1);
        QCOMPARE(PriceDistribution::binOf(bins, 400), 2);
        QCOMPARE(PriceDistribution::binOf(bins, 10), 0);
        QCOMPARE(PriceDistribution::binOf(bins, 9999), 2);

        const QList<PriceBin> one = market({5, 5, 5}).histogram(8);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().count, 3);
        QVERIFY(market({}).histogram(8).isEmpty());

        // More bins than distinct steps: never an empty trailing bin, every price counted.
        const QList<PriceBin> narrow = market({10, 11, 12}).histogram(10);
        int total = 0;
        for (const PriceBin &b : narrow)
            total += b.count;
        QCOMPARE(total, 3);
        QVERIFY(narrow.size() <= 10);
        QCOMPARE(narrow.last().toUsd7, qint64(12));
    }

    void demandModel()
    {
        QCOMPARE(expectedUtilisationBps(0), 10000);
        QCOMPARE(expectedUtilisationBps(10000), 0);
        QCOMPARE(expectedUtilisationBps(2500), 7500);
        QCOMPARE(percentileForUtilisation(7000), 3000);
        QCOMPARE(percentileForUtilisation(12000), 0);
    }

    void projection_data()
    {
        QTest::addColumn<qint64>("capacity");
        QTest::addColumn<int>("utilisation");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("feeBps");
        QTest::addColumn<qint64>("provider");
        QTest::addColumn<qint64>("fee");
        // 10 TB, 70 % sold, $0.000019/GB-month: 7000 GB x 190 = 1,330,000; fee 2 % = 26,600.
        QTest::newRow("10 TB at 70 %") << qint64(10'000'000'000'000) << 7000 << qint64(190) << 200
                                       << qint64(1'330'000) << qint64(26'600);
        // 1 TB at $0.023 (S3's list price), full: 1000 x 230000 = $23; fee 2 % = $0.46.
        QTest::newRow("1 TB at S3's price") << qint64(1'000'000'000'000) << 10000 << qint64(230000)
                                            << 200 << qint64(230'000'000) << qint64(4'600'000);
        // A part of a GB rounds the storage cost up, and the fee up again.
        QTest::newRow("rounding up")
            << qint64(1'500'000'001) << 10000 << qint64(3) << 150 << qint64(5) << qint64(1);
        QTest::newRow("nothing sold")
            << qint64(1'000'000'000'000) << 0 << qint64(230000) << 200 << qint64(0) << qint64(0);
    }
    void projection()
    {
        QFETCH(qint64, capacity);
        QFETCH(int, utilisation);
        QFETCH(qint64, price);
        QFETCH(int, feeBps);
        QFETCH(qint64, provider);
        QFETCH(qint64, fee);
        const MonthlyProjection p = projectMonthly(capacity, utilisation, price, feeBps);
        QVERIFY(p.valid);
        QCOMPARE(p.providerUsd7, provider);
        QCOMPARE(p.feeUsd7, fee);
        QCOMPARE(p.consumersPayUsd7, provider + fee);
        // The same figures as the node's quote arithmetic.
        const qint64 sold = economics::mulDivFloor(capacity, utilisation, 10000);
        QCOMPARE(p.soldBytes, sold);
        QCOMPARE(p.providerUsd7, economics::storageCost(sold, price, economics::kDaysPerMonth));
        QCOMPARE(p.feeUsd7, economics::fee(p.providerUsd7, feeBps));
    }

    void projectionOutOfRange()
    {
        QVERIFY(!projectMonthly(-1, 5000, 100, 200).valid);
        QVERIFY(!projectMonthly(economics::kMaxBytes, 10000, economics::kMaxUnits, 200).valid);
    }

    void suggestion()
    {
        const PriceDistribution d = market({100, 200, 300, 400});
        const auto s = suggest(d, 7000, 10'000'000'000'000, 200);
        QVERIFY(s);
        QCOMPARE(s->targetUtilisationBps, 7000);
        QCOMPARE(s->targetPercentileBps, 3000);
        QCOMPARE(s->priceUsd7, qint64(190));
        QCOMPARE(s->projection, projectMonthly(10'000'000'000'000, 7000, 190, 200));
        QVERIFY2(s->reason.contains(QStringLiteral("4 comparable offers")), qPrintable(s->reason));
        QVERIFY(s->reason.contains(formatUsd7(190)));
        QVERIFY(s->reason.contains(QStringLiteral("70 %")));
        QVERIFY(s->reason.contains(QStringLiteral("cheapest first")));

        const auto full = suggest(d, 10000, 1, 200);
        QCOMPARE(full->priceUsd7, qint64(100));
        QVERIFY(full->reason.contains(QStringLiteral("match the cheapest")));
        const auto none = suggest(d, 0, 1, 200);
        QCOMPARE(none->priceUsd7, qint64(400));
        QVERIFY(!suggest(market({}), 5000, 1, 200));
        const auto single = suggest(market({230000}), 5000, 1, 200);
        QVERIFY(single->reason.contains(QStringLiteral("The only comparable offer")));
    }

    void suggestionIsMonotonic()
    {
        // A higher target utilisation never asks for a higher price.
        const PriceDistribution d =
            market({120000, 150000, 199000, 230000, 230000, 260000, 500000});
        qint64 last = std::numeric_limits<qint64>::max();
        for (int u = 0; u <= kFullBps; u += 250) {
            const qint64 p = suggest(d, u, 1'000'000'000'000, 200)->priceUsd7;
            QVERIFY2(p <= last, qPrintable(QStringLiteral("u %1").arg(u)));
            last = p;
        }
    }

    void formatting_data()
    {
        QTest::addColumn<qint64>("usd7");
        QTest::addColumn<QString>("text");
        QTest::newRow("S3") << qint64(230000) << QStringLiteral("$0.0230");
        QTest::newRow("a dollar") << qint64(10000000) << QStringLiteral("$1.0000");
        QTest::newRow("all digits") << qint64(12345678) << QStringLiteral("$1.2345678");
        QTest::newRow("one unit") << qint64(1) << QStringLiteral("$0.0000001");
        QTest::newRow("negative") << qint64(-5000) << QStringLiteral("-$0.0005");
    }
    void formatting()
    {
        QFETCH(qint64, usd7);
        QFETCH(QString, text);
        QCOMPARE(formatUsd7(usd7), text);
    }
};

QTEST_GUILESS_MAIN(PricingAssistantTest)
#include "tst_pricingassistant.moc"
