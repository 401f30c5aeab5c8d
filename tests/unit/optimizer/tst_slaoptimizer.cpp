// The SLA optimizer on crafted markets: every constraint holds, the cheapest valid set wins
// (checked against brute force on random markets), placements never share a provider,
// spreading across regions and kinds holds, and an impossible request is explained.
#include "models/slaoptimizer.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace fb;
using namespace fb::sla;

namespace {

constexpr qint64 GB = 1000000000;
const Terms kTerms{200}; // the development node's 2 % fee

struct Market
{
    QList<Offer> offers;
    QHash<QString, Provider> providers;

    void provider(const QString &id, const QString &kind = QStringLiteral("cloud"), int rep = 50)
    {
        Provider p;
        p.id = id;
        p.name = id;
        p.kind = kind;
        p.reputation = rep;
        providers.insert(id, p);
    }
    Offer &offer(const QString &id, const QString &provider, qint64 storageUsd7,
                 const QString &region = QStringLiteral("eu-central"),
                 const QString &tier = QStringLiteral("silver"))
    {
        Offer o;
        o.id = id;
        o.providerId = provider;
        o.region = region;
        o.country =
            region.startsWith(QLatin1String("eu")) ? QStringLiteral("DE") : QStringLiteral("US");
        o.protocols = {QStringLiteral("s3")};
        o.priceStoragePerGbMonthUsd7 = storageUsd7;
        o.priceEgressPerGbUsd7 = 0;
        o.qosTier = tier;
        o.capacityBytes = o.freeBytes = 1000 * GB;
        o.currencies = {QStringLiteral("XLM"), QStringLiteral("USD")};
        offers.append(o);
        return offers.last();
    }
};

Requirements basic(int replicas = 3)
{
    Requirements r;
    r.dataBytes = 100 * GB;
    r.durationDays = 30;
    r.replicas = replicas;
    return r;
}

QSet<QString> ids(const Plan &p)
{
    QSet<QString> s;
    for (const auto &pl : p.placements)
        s.insert(pl.offer.id);
    return s;
}

void checkDistinctProviders(const Plan &p)
{
    QSet<QString> seen;
    for (const auto &pl : p.placements) {
        QVERIFY2(!seen.contains(pl.provider.id), "two placements with one provider");
        seen.insert(pl.provider.id);
    }
}

} // namespace

class SlaOptimizerTest : public QObject
{
    Q_OBJECT

private slots:
    void cheapestOnDistinctProviders()
    {
        Market m;
        for (const char *p : {"a", "b", "c", "d"})
            m.provider(QLatin1String(p));
        // Provider a has the two cheapest offers; only one of them may be used.
        m.offer(QStringLiteral("a1"), QStringLiteral("a"), 1000000);
        m.offer(QStringLiteral("a2"), QStringLiteral("a"), 1100000);
        m.offer(QStringLiteral("b1"), QStringLiteral("b"), 2000000);
        m.offer(QStringLiteral("c1"), QStringLiteral("c"), 3000000);
        m.offer(QStringLiteral("d1"), QStringLiteral("d"), 9000000);
        auto r = recommend(basic(3), m.offers, m.providers, kTerms);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(ids(r->recommended),
                 (QSet<QString>{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("c1")}));
        checkDistinctProviders(r->recommended);
        // 100 GB × $0.10, $0.20, $0.30 for one month, plus 2 %.
        QCOMPARE(r->recommended.subtotalUsd7, qint64(100 * (1000000 + 2000000 + 3000000)));
        QCOMPARE(r->recommended.feeUsd7,
                 r->recommended.subtotalUsd7 * 2 / 100); // per line, exact here
        QCOMPARE(r->recommended.totalUsd7, r->recommended.subtotalUsd7 + r->recommended.feeUsd7);
        for (const auto &pl : r->recommended.placements)
            QVERIFY(!pl.reasons.isEmpty());
    }

    // Costed with the node's integer arithmetic: the review's example, where floating point
    // said 1,356,953 and the node 1,356,954.
    void costsToTheUnitOfTheNode()
    {
        Market m;
        m.provider(QStringLiteral("a"));
        m.offer(QStringLiteral("a1"), QStringLiteral("a"), 230001);
        Requirements req = basic(1);
        req.dataBytes = 5899770001;
        auto r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->recommended.placements.first().storageUsd7, qint64(1356954));
        QCOMPARE(r->recommended.feeUsd7, qint64(27140)); // ceil(1,356,954 x 2 %)
        QCOMPARE(r->recommended.totalUsd7, qint64(1356954 + 27140));
    }

    // The fee is the node's (GET /v1/info), not a constant of the app; without it nothing is
    // priced.
    void feeComesFromTheNode()
    {
        Market m;
        m.provider(QStringLiteral("a"));
        m.offer(QStringLiteral("a1"), QStringLiteral("a"), 1000000);
        auto r = recommend(basic(1), m.offers, m.providers, Terms{350});
        QVERIFY(r);
        QCOMPARE(r->recommended.subtotalUsd7, qint64(100000000));
        QCOMPARE(r->recommended.feeUsd7, qint64(3500000));
        r = recommend(basic(1), m.offers, m.providers, Terms{0});
        QVERIFY(r);
        QCOMPARE(r->recommended.feeUsd7, qint64(0));
        r = recommend(basic(1), m.offers, m.providers, Terms{});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("bad_terms"));
    }

    // A total past the largest amount the node takes is refused, never wrapped; an offer whose
    // own line is too large is passed over for one that fits.
    void tooLargeIsRefusedNotWrapped()
    {
        Market m;
        m.provider(QStringLiteral("a"));
        m.provider(QStringLiteral("b"));
        m.offer(QStringLiteral("dear"), QStringLiteral("a"), qint64(1000) * 10000000).freeBytes =
            qint64(1) << 52;
        Requirements req = basic(1);
        req.dataBytes = qint64(1) << 52;
        req.durationDays = 365;
        auto r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("no_valid_set"));
        m.offer(QStringLiteral("cheap"), QStringLiteral("b"), 1).freeBytes = qint64(1) << 52;
        r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(ids(r->recommended), QSet<QString>{QStringLiteral("cheap")});
        // Two placements that each fit but together pass 2^53 - 1.
        Market big;
        big.provider(QStringLiteral("a"));
        big.provider(QStringLiteral("b"));
        for (const char *id : {"a", "b"}) {
            big.offer(QLatin1String(id) + QStringLiteral("1"), QLatin1String(id),
                      qint64(1000) * 10000000)
                .freeBytes = 37000 * GB;
        }
        req = basic(2);
        req.dataBytes = 37000 * GB;
        req.durationDays = 365; // each line ≈ 4.57e15 units with its fee, of at most 9.007e15
        r = recommend(req, big.offers, big.providers, kTerms);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("too_large"));
        req.dataBytes = (qint64(1) << 53);
        QCOMPARE(req.validate().error().code, QStringLiteral("bad_requirements"));
    }

    // What the wallet is asked for: each deal's total converted on its own and rounded up.
    void payUnitsRoundEachDealUp()
    {
        Plan plan;
        Placement a, b;
        a.storageUsd7 = 10;
        a.feeUsd7 = 1; // 11 usd7
        b.storageUsd7 = 20;
        b.feeUsd7 = 0; // 20 usd7
        plan.placements = {a, b};
        plan.subtotalUsd7 = 30;
        plan.feeUsd7 = 1;
        plan.totalUsd7 = 31;
        // XLM at $0.25 (2,500,000 usd7 per XLM, 7 decimals): 11 → 44 stroops, 20 → 80.
        QCOMPARE(payUnits(plan, QStringLiteral("XLM"), 2500000), qint64(124));
        // BTC at $60,000: 11 usd7 → ceil(11 × 10^8 / 6 × 10^11) = 1 sat, 20 → 1 sat.
        QCOMPARE(payUnits(plan, QStringLiteral("BTC"), qint64(60000) * 10000000), qint64(2));
        QCOMPARE(payUnits(plan, QStringLiteral("DOGE"), 1), qint64(-1));
        QCOMPARE(payUnits(plan, QStringLiteral("XLM"), 0), qint64(-1));
    }

    void everyConstraintHolds()
    {
        Market m;
        for (const char *p : {"a", "b", "c", "d", "e", "f", "g"})
            m.provider(QLatin1String(p));
        m.offer(QStringLiteral("bronze"), QStringLiteral("a"), 100, QStringLiteral("eu-central"),
                QStringLiteral("bronze"));
        m.offer(QStringLiteral("excluded"), QStringLiteral("b"), 100, QStringLiteral("us-east"));
        m.offer(QStringLiteral("gcs"), QStringLiteral("c"), 100).protocols = {
            QStringLiteral("gcs")};
        m.offer(QStringLiteral("btc only"), QStringLiteral("d"), 100).currencies = {
            QStringLiteral("BTC")};
        m.offer(QStringLiteral("full"), QStringLiteral("e"), 100).freeBytes = 10 * GB;
        m.offer(QStringLiteral("long min"), QStringLiteral("f"), 100).minDurationDays = 90;
        m.offer(QStringLiteral("ok"), QStringLiteral("g"), 5000000);
        Requirements req = basic(1);
        req.minTier = QStringLiteral("silver");
        req.excludeRegions = {QStringLiteral("us-east")};
        auto r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY(r);
        QCOMPARE(ids(r->recommended), QSet<QString>{QStringLiteral("ok")});
        QCOMPARE(r->eligibleOffers, 1);
    }

    void erasureCodingShards()
    {
        Market m;
        for (int i = 0; i < 8; ++i) {
            m.provider(QStringLiteral("p%1").arg(i));
            m.offer(QStringLiteral("o%1").arg(i), QStringLiteral("p%1").arg(i), 1000000 * (i + 1));
        }
        Requirements req = basic();
        req.redundancy = Requirements::Redundancy::ErasureCoding;
        req.dataShards = 4;
        req.totalShards = 6;
        req.dataBytes = 100 * GB;
        QCOMPARE(req.placements(), 6);
        QCOMPARE(req.shardBytes(), 25 * GB);
        auto r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY(r);
        QCOMPARE(r->recommended.placements.size(), 6);
        checkDistinctProviders(r->recommended);
        // 25 GB on each of the six cheapest: 25 × $0.1 × (1+…+6).
        QCOMPARE(r->recommended.subtotalUsd7, qint64(25) * 1000000 * 21);
    }

    void spreadsAcrossRegionsAndKinds()
    {
        Market m;
        m.provider(QStringLiteral("a"));
        m.provider(QStringLiteral("b"));
        m.provider(QStringLiteral("c"));
        m.provider(QStringLiteral("d"), QStringLiteral("depin"));
        m.offer(QStringLiteral("a-eu"), QStringLiteral("a"), 1000000, QStringLiteral("eu-central"));
        m.offer(QStringLiteral("b-eu"), QStringLiteral("b"), 1100000, QStringLiteral("eu-central"));
        m.offer(QStringLiteral("c-eu"), QStringLiteral("c"), 1200000, QStringLiteral("eu-central"));
        m.offer(QStringLiteral("b-us"), QStringLiteral("b"), 2000000, QStringLiteral("us-east"));
        m.offer(QStringLiteral("d-ap"), QStringLiteral("d"), 5000000, QStringLiteral("ap-south"));
        Requirements req = basic(3);
        req.spreadRegions = true;
        req.spreadKinds = true;
        auto r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->recommended.regions, 3);
        QCOMPARE(ids(r->recommended), (QSet<QString>{QStringLiteral("a-eu"), QStringLiteral("b-us"),
                                                     QStringLiteral("d-ap")}));
        // The cheapest alternative ignores spreading.
        QVERIFY(r->cheapest);
        QCOMPARE(ids(*r->cheapest), (QSet<QString>{QStringLiteral("a-eu"), QStringLiteral("b-eu"),
                                                   QStringLiteral("c-eu")}));
        QVERIFY(r->cheapest->totalUsd7 < r->recommended.totalUsd7);
    }

    void mostReliableAlternative()
    {
        Market m;
        m.provider(QStringLiteral("cheap"), QStringLiteral("cloud"), 20);
        m.provider(QStringLiteral("solid"), QStringLiteral("cloud"), 95);
        m.provider(QStringLiteral("mid"), QStringLiteral("cloud"), 60);
        m.offer(QStringLiteral("cheap1"), QStringLiteral("cheap"), 1000000);
        m.offer(QStringLiteral("solid1"), QStringLiteral("solid"), 3000000);
        m.offer(QStringLiteral("mid1"), QStringLiteral("mid"), 2000000);
        auto r = recommend(basic(2), m.offers, m.providers, kTerms);
        QVERIFY(r);
        QCOMPARE(ids(r->recommended),
                 (QSet<QString>{QStringLiteral("cheap1"), QStringLiteral("mid1")}));
        QVERIFY(r->mostReliable);
        QCOMPARE(ids(*r->mostReliable),
                 (QSet<QString>{QStringLiteral("solid1"), QStringLiteral("mid1")}));
        QCOMPARE(r->mostReliable->minReputation, 60);
    }

    // The next cheapest: the best set other than the recommendation; choices() lists each set
    // once, the recommendation first.
    void nextCheapestAlternative()
    {
        Market m;
        m.provider(QStringLiteral("a"), QStringLiteral("cloud"), 50);
        m.provider(QStringLiteral("b"), QStringLiteral("cloud"), 50);
        m.provider(QStringLiteral("c"), QStringLiteral("cloud"), 50);
        m.provider(QStringLiteral("d"), QStringLiteral("cloud"), 90);
        m.offer(QStringLiteral("a1"), QStringLiteral("a"), 1000000);
        m.offer(QStringLiteral("b1"), QStringLiteral("b"), 1100000);
        m.offer(QStringLiteral("c1"), QStringLiteral("c"), 1500000);
        m.offer(QStringLiteral("d1"), QStringLiteral("d"), 4000000);
        auto r = recommend(basic(2), m.offers, m.providers, kTerms);
        QVERIFY(r);
        QCOMPARE(ids(r->recommended), (QSet<QString>{QStringLiteral("a1"), QStringLiteral("b1")}));
        // Without b1 the best is a1 + c1 (without a1: b1 + c1, dearer).
        QVERIFY(r->nextCheapest);
        QCOMPARE(ids(*r->nextCheapest),
                 (QSet<QString>{QStringLiteral("a1"), QStringLiteral("c1")}));
        QVERIFY(r->nextCheapest->totalUsd7 > r->recommended.totalUsd7);
        checkDistinctProviders(*r->nextCheapest);
        const QList<Plan> choices = r->choices();
        QVERIFY(choices.size() >= 2);
        QCOMPARE(ids(choices.at(0)), ids(r->recommended));
        QCOMPARE(ids(choices.at(1)), ids(*r->nextCheapest));
        QSet<QSet<QString>> distinct;
        for (const Plan &p : choices)
            distinct.insert(ids(p));
        QCOMPARE(distinct.size(), choices.size());

        // Exactly as many offers as copies: no other set, no alternative.
        Market two;
        two.provider(QStringLiteral("a"));
        two.provider(QStringLiteral("b"));
        two.offer(QStringLiteral("a1"), QStringLiteral("a"), 1000000);
        two.offer(QStringLiteral("b1"), QStringLiteral("b"), 1100000);
        auto only = recommend(basic(2), two.offers, two.providers, kTerms);
        QVERIFY(only);
        QVERIFY(!only->nextCheapest);
        QCOMPARE(only->choices().size(), 1);

        // A budget between the two: the dearer set is no choice.
        Requirements tight = basic(2);
        tight.budgetUsd7 = r->recommended.totalUsd7;
        auto capped = recommend(tight, m.offers, m.providers, kTerms);
        QVERIFY(capped);
        QVERIFY(!capped->nextCheapest);
    }

    void twoOffersOfOneProviderAreExplained()
    {
        // Compare's two offers of one provider, two copies: the reason reads as a sentence.
        Market m;
        m.provider(QStringLiteral("a"));
        m.offer(QStringLiteral("a1"), QStringLiteral("a"), 100);
        m.offer(QStringLiteral("a2"), QStringLiteral("a"), 100);
        auto r = recommend(basic(2), m.offers, m.providers, kTerms);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("no_valid_set"));
        // Each count has its own plural form ("%n provider(s)" is "1 provider" in English
        // with the app's catalogue; this test has none, so the source's "(s)" stays).
        const QString message = r.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("Only 1 provider")) &&
                     !message.contains(QStringLiteral("1 providers")) &&
                     message.contains(QStringLiteral("(2 offer")) &&
                     message.contains(QStringLiteral("can be chosen, but 2 placement")),
                 qPrintable(message));
    }

    void planSummaryCountsInTheRightNumber()
    {
        // One copy: one placement on one provider in one region, never "1 placements on 1
        // providers"; two copies in two regions count two of each.
        Market m;
        m.provider(QStringLiteral("a"));
        m.provider(QStringLiteral("b"));
        m.offer(QStringLiteral("a1"), QStringLiteral("a"), 100);
        m.offer(QStringLiteral("b1"), QStringLiteral("b"), 120, QStringLiteral("us-east"));
        auto one = recommend(basic(1), m.offers, m.providers, kTerms);
        QVERIFY(one);
        const QString s1 = one->recommended.summary;
        QVERIFY2(s1.startsWith(QStringLiteral("1 placement")) &&
                     s1.contains(QStringLiteral(" on 1 provider")) &&
                     s1.contains(QStringLiteral(" in 1 region")) &&
                     !s1.contains(QStringLiteral("placements")) &&
                     !s1.contains(QStringLiteral("providers")) &&
                     !s1.contains(QStringLiteral("regions")) &&
                     s1.endsWith(QStringLiteral(" in total")),
                 qPrintable(s1));
        auto two = recommend(basic(2), m.offers, m.providers, kTerms);
        QVERIFY(two);
        const QString s2 = two->recommended.summary;
        QVERIFY2(s2.startsWith(QStringLiteral("2 placement")) &&
                     s2.contains(QStringLiteral(" on 2 provider")),
                 qPrintable(s2));
    }

    void impossibleRequestsAreExplained()
    {
        Market m;
        m.provider(QStringLiteral("a"));
        m.provider(QStringLiteral("b"));
        m.provider(QStringLiteral("c"));
        m.offer(QStringLiteral("a1"), QStringLiteral("a"), 100, QStringLiteral("eu-central"),
                QStringLiteral("gold"));
        m.offer(QStringLiteral("b1"), QStringLiteral("b"), 100, QStringLiteral("eu-central"),
                QStringLiteral("gold"));
        m.offer(QStringLiteral("c1"), QStringLiteral("c"), 100, QStringLiteral("eu-central"),
                QStringLiteral("silver"));
        Requirements req = basic(3);
        req.minTier = QStringLiteral("gold");
        auto r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("no_valid_set"));
        QVERIFY2(r.error().message.contains(QStringLiteral("QoS tier")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("Only 2 provider")));

        req.minTier = QStringLiteral("bronze");
        req.spreadRegions = true;
        r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("region")),
                 qPrintable(r.error().message));

        req.spreadRegions = false;
        req.budgetUsd7 = 1;
        r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("over_budget"));

        Requirements bad = basic(3);
        bad.dataBytes = 0;
        QCOMPARE(recommend(bad, m.offers, m.providers, kTerms).error().code,
                 QStringLiteral("bad_requirements"));
    }

    // Random small markets: the optimizer's total equals the brute-force optimum under every
    // constraint, and it finds a set exactly when one exists.
    void matchesBruteForce()
    {
        QRandomGenerator rng(20261130);
        const QStringList regions{QStringLiteral("eu-central"), QStringLiteral("us-east"),
                                  QStringLiteral("ap-south")};
        for (int round = 0; round < 300; ++round) {
            Market m;
            const int providers = 2 + int(rng.bounded(4));
            for (int p = 0; p < providers; ++p)
                m.provider(QStringLiteral("p%1").arg(p),
                           rng.bounded(2) ? QStringLiteral("cloud") : QStringLiteral("depin"));
            const int n = 3 + int(rng.bounded(7));
            for (int i = 0; i < n; ++i)
                m.offer(QStringLiteral("o%1").arg(i),
                        QStringLiteral("p%1").arg(rng.bounded(providers)),
                        100000 + rng.bounded(5000000), regions[int(rng.bounded(3))]);
            Requirements req = basic(1 + int(rng.bounded(3)));
            req.spreadRegions = rng.bounded(2);
            req.spreadKinds = rng.bounded(2);
            // Brute force over all subsets of the right size.
            qint64 best = -1;
            const int need = req.placements();
            for (int mask = 0; mask < (1 << n); ++mask) {
                if (__builtin_popcount(unsigned(mask)) != need)
                    continue;
                QSet<QString> provs, regs;
                bool cloud = false, depin = false;
                qint64 cost = 0;
                for (int i = 0; i < n; ++i) {
                    if (!(mask & (1 << i)))
                        continue;
                    const Offer &o = m.offers[i];
                    provs.insert(o.providerId);
                    regs.insert(o.region);
                    cloud |= m.providers[o.providerId].kind == QLatin1String("cloud");
                    depin |= m.providers[o.providerId].kind == QLatin1String("depin");
                    cost += o.priceStoragePerGbMonthUsd7 * 100;
                }
                if (provs.size() != need || (req.spreadRegions && regs.size() != need) ||
                    (req.spreadKinds && need >= 2 && !(cloud && depin)))
                    continue;
                if (best < 0 || cost < best)
                    best = cost;
            }
            auto r = recommend(req, m.offers, m.providers, kTerms);
            const QString what = QStringLiteral("round %1").arg(round);
            if (best < 0) {
                QVERIFY2(!r, qPrintable(what));
                QCOMPARE(r.error().code, QStringLiteral("no_valid_set"));
            } else {
                QVERIFY2(r,
                         qPrintable(what + QLatin1Char(' ') + (r ? QString() : r.error().message)));
                QCOMPARE(r->recommended.subtotalUsd7, best);
                checkDistinctProviders(r->recommended);
            }
        }
    }

    void largeMarketIsQuick()
    {
        // 100,000 offers from 2,000 providers: the recommendation is one pass plus a small
        // matching, not a search over combinations.
        Market m;
        QRandomGenerator rng(7);
        const QStringList regions{QStringLiteral("eu-central"), QStringLiteral("us-east"),
                                  QStringLiteral("ap-south"), QStringLiteral("eu-west"),
                                  QStringLiteral("us-west")};
        for (int p = 0; p < 2000; ++p)
            m.provider(QStringLiteral("p%1").arg(p),
                       p % 3 ? QStringLiteral("cloud") : QStringLiteral("depin"),
                       int(rng.bounded(101)));
        for (int i = 0; i < 100000; ++i)
            m.offer(QStringLiteral("o%1").arg(i), QStringLiteral("p%1").arg(i % 2000),
                    100000 + rng.bounded(5000000), regions[int(rng.bounded(5))]);
        Requirements req = basic(5);
        req.spreadRegions = true;
        req.spreadKinds = true;
        auto r = recommend(req, m.offers, m.providers, kTerms);
        QVERIFY(r);
        QCOMPARE(r->recommended.regions, 5);
        checkDistinctProviders(r->recommended);
    }
};

QTEST_GUILESS_MAIN(SlaOptimizerTest)
#include "tst_slaoptimizer.moc"
