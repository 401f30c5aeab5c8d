// The provider dashboard's aggregation: earnings per currency (released, escrowed, withheld for
// QoS, slashed, fees) over 7 days, 30 days and all time, by period, the monthly revenue with the
// contracted months, capacity sold against free, QoS windows with breaches, and the item models
// the dashboard binds to (checked by QAbstractItemModelTester).
#include "models/formats.h"
#include "models/providerdashboardmodels.h"
#include "models/providerearnings.h"
#include "wire/economics.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace fb;
using namespace fb::earnings;

namespace {

const QDateTime kNow(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC);
const QString kFeeAccount = QStringLiteral("GFEEACCOUNT");
const QString kEscrow = QStringLiteral("GESCROW");

Payment move(const QString &kind, qint64 units, const QString &currency, const QDateTime &at,
             const QString &from = kEscrow, const QString &to = QString())
{
    Payment p;
    p.kind = kind;
    p.amount = Amount{units, currency};
    p.createdAt = at;
    p.from = from;
    p.to = kind == QLatin1String("fee") ? kFeeAccount : to;
    return p;
}

Deal deal(const QString &id, DealState state, qint64 subtotal, int feeBps = 200)
{
    Deal d;
    d.id = id;
    d.offerId = QStringLiteral("off_a");
    d.state = state;
    d.durationDays = 30;
    d.subtotal = Amount{subtotal, currency::USD};
    d.fee = Amount{economics::fee(subtotal, feeBps), currency::USD};
    d.total = Amount{subtotal + d.fee.units, currency::USD};
    return d;
}

// A: XLM, Active since 10 days of 30, $3 subtotal, deposit 122.4 XLM, two releases and a slash,
//    its QoS under target. B: ALGO, Completed two months ago. C: XLM, Cancelled while Funded,
//    fee refunded from the fee account. D: XLM, Funded (not active yet).
QList<DealLedger> ledgers()
{
    QList<DealLedger> out;
    DealLedger a;
    a.deal = deal(QStringLiteral("dl_a"), DealState::Active, 30'000'000);
    a.deal.startAt = kNow.addDays(-10);
    a.deal.endAt = kNow.addDays(20);
    a.deal.released = Amount{7'000'000, currency::USD};
    a.deal.slashed = Amount{500'000, currency::USD};
    a.deal.complianceBps = 9000;
    a.payments = {move("deposit", 122'400'000, "XLM", kNow.addDays(-10), "GCONSUMER", kEscrow),
                  move("fee", 2'400'000, "XLM", kNow.addDays(-10)),
                  move("release", 20'000'000, "XLM", kNow.addDays(-8)),
                  move("release", 10'000'000, "XLM", kNow.addDays(-2)),
                  move("slash", 1'000'000, "XLM", kNow.addDays(-1))};
    out.append(a);

    DealLedger b;
    b.deal = deal(QStringLiteral("dl_b"), DealState::Completed, 49'000'000);
    b.payments = {move("deposit", 50'000'000, "ALGO", kNow.addDays(-60), "ALGOCONSUMER"),
                  move("fee", 1'000'000, "ALGO", kNow.addDays(-60)),
                  move("release", 49'000'000, "ALGO", kNow.addDays(-31))};
    out.append(b);

    DealLedger c;
    c.deal = deal(QStringLiteral("dl_c"), DealState::Cancelled, 2'450'000);
    c.payments = {move("deposit", 10'000'000, "XLM", kNow.addDays(-3), "GCONSUMER"),
                  move("fee", 200'000, "XLM", kNow.addDays(-3)),
                  move("refund", 9'800'000, "XLM", kNow.addDays(-3).addSecs(60)),
                  move("refund", 200'000, "XLM", kNow.addDays(-3).addSecs(60), kFeeAccount)};
    out.append(c);

    DealLedger d;
    d.deal = deal(QStringLiteral("dl_d"), DealState::Funded, 3'000'000);
    d.payments = {move("deposit", 12'240'000, "XLM", kNow.addDays(-1), "GCONSUMER"),
                  move("fee", 240'000, "XLM", kNow.addDays(-1))};
    out.append(d);
    return out;
}

} // namespace

class ProviderEarningsTest : public QObject
{
    Q_OBJECT

private slots:
    void escrowAndConversion()
    {
        const QList<DealLedger> l = ledgers();
        QCOMPARE(dealCurrency(l.at(0).payments), QStringLiteral("XLM"));
        QCOMPARE(dealCurrency({}), QString());
        QCOMPARE(escrowedUnits(l.at(0).payments), qint64(89'000'000));
        // A fee refund comes from the fee account: escrow ends empty, not negative.
        QCOMPARE(escrowedUnits(l.at(2).payments), qint64(0));
        QCOMPARE(escrowedUnits(l.at(3).payments), qint64(12'000'000));
        // $1.50 of a $3.06 total paid with 122.4 XLM.
        QCOMPARE(toDepositUnits(l.at(0), 15'000'000), qint64(60'000'000));
        QCOMPARE(toDepositUnits(l.at(0), 15'000'000),
                 economics::mulDivFloor(122'400'000, 15'000'000, 30'600'000));
        // 10 of 30 days accrued $1, of which $0.75 left escrow.
        QCOMPARE(unsettledUsd7(l.at(0).deal, kNow), qint64(2'500'000));
        QCOMPARE(unsettledUsd7(l.at(3).deal, kNow), qint64(0)); // not active
    }

    void summary()
    {
        const QList<CurrencyEarnings> s = summarize(ledgers(), kNow, {{"off_a", 9990}});
        QCOMPARE(s.size(), 2);
        const CurrencyEarnings &algo = s.at(0);
        const CurrencyEarnings &xlm = s.at(1);
        QCOMPARE(algo.currency, QStringLiteral("ALGO"));
        QCOMPARE(xlm.currency, QStringLiteral("XLM"));

        QCOMPARE(algo.allTime, (Flows{49'000'000, 0, 1'000'000, 0}));
        QVERIFY(algo.last30Days.isZero());
        QCOMPARE(algo.escrowed, qint64(0)); // completed

        QCOMPARE(xlm.last7Days, (Flows{10'000'000, 1'000'000, 240'000, 9'800'000}));
        QCOMPARE(xlm.last30Days, (Flows{30'000'000, 1'000'000, 2'640'000, 9'800'000}));
        QCOMPARE(xlm.allTime, xlm.last30Days);
        QCOMPARE(xlm.escrowed, qint64(101'000'000));
        // A's compliance (90 %) is under its 99.9 % target: its unsettled $0.25 is withheld.
        QCOMPARE(xlm.withheld, qint64(10'000'000));

        // The same deal meeting its target withholds nothing.
        const QList<CurrencyEarnings> ok = summarize(ledgers(), kNow, {{"off_a", 9000}});
        QCOMPARE(ok.at(1).withheld, qint64(0));
    }

    void periods()
    {
        QCOMPARE(periodStart(QDate(2026, 11, 19), Period::Week), QDate(2026, 11, 16));
        QCOMPARE(periodStart(QDate(2026, 11, 16), Period::Week), QDate(2026, 11, 16));
        QCOMPARE(periodStart(QDate(2026, 11, 22), Period::Week), QDate(2026, 11, 16));
        QCOMPARE(periodStart(QDate(2026, 11, 19), Period::Month), QDate(2026, 11, 1));
        QCOMPARE(periodStart(QDate(2026, 11, 19), Period::Day), QDate(2026, 11, 19));

        const QList<PeriodEarnings> months = byPeriod(ledgers(), Period::Month);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0),
                 (PeriodEarnings{
                     QDate(2026, 11, 1), "XLM", {30'000'000, 1'000'000, 2'640'000, 9'800'000}}));
        QCOMPARE(months.at(1), (PeriodEarnings{QDate(2026, 10, 1), "ALGO", {49'000'000, 0, 0, 0}}));
        QCOMPARE(months.at(2), (PeriodEarnings{QDate(2026, 9, 1), "ALGO", {0, 0, 1'000'000, 0}}));

        const QList<PeriodEarnings> days = byPeriod(ledgers(), Period::Day);
        QCOMPARE(days.first().start, QDate(2026, 11, 15)); // the slash and D's fee
        QCOMPARE(days.first().flows, (Flows{0, 1'000'000, 240'000, 0}));
        // Cancelled C's fee and its refund cancel out on the day: only the escrow refund is left.
        const auto c = std::find_if(days.cbegin(), days.cend(), [](const PeriodEarnings &p) {
            return p.start == QDate(2026, 11, 13);
        });
        QVERIFY(c != days.cend());
        QCOMPARE(c->flows, (Flows{0, 0, 0, 9'800'000}));

        const QList<PeriodEarnings> weeks = byPeriod(ledgers(), Period::Week);
        QCOMPARE(weeks.first().start, QDate(2026, 11, 9));
        QCOMPARE(weeks.first().flows.released, qint64(10'000'000));
    }

    void revenue()
    {
        const QList<MonthRevenue> xlm = monthlyRevenue(ledgers(), QStringLiteral("XLM"), kNow, 3);
        QCOMPARE(xlm.size(), 4);
        QCOMPARE(xlm.at(0), (MonthRevenue{QDate(2026, 9, 1), 0, 0}));
        QCOMPARE(xlm.at(1), (MonthRevenue{QDate(2026, 10, 1), 0, 0}));
        // November: the releases so far; still to come: A's 15 days ($1.50 = 60 XLM) and D's first
        // 15 days ($0.15 = 6 XLM). December: A's last 5 days (20 XLM) and D's last 15 (6 XLM).
        QCOMPARE(xlm.at(2), (MonthRevenue{QDate(2026, 11, 1), 30'000'000, 66'000'000}));
        QCOMPARE(xlm.at(3), (MonthRevenue{QDate(2026, 12, 1), 0, 26'000'000}));

        const QList<MonthRevenue> algo = monthlyRevenue(ledgers(), QStringLiteral("ALGO"), kNow, 3);
        QCOMPARE(algo.size(), 3);
        QCOMPARE(algo.at(1).released, qint64(49'000'000));
        QCOMPARE(currencies(ledgers()), (QStringList{"ALGO", "XLM"}));
    }

    void capacityRows()
    {
        Offer o1, o2;
        o1.id = QStringLiteral("o1");
        o1.name = QStringLiteral("Frankfurt");
        o1.capacityBytes = 100;
        o2.id = QStringLiteral("o2");
        o2.name = QStringLiteral("Paris");
        o2.capacityBytes = 50;
        auto sized = [](const QString &offer, DealState s, qint64 size) {
            Deal d;
            d.offerId = offer;
            d.state = s;
            d.sizeBytes = size;
            return d;
        };
        const QList<Capacity> rows = capacity(
            {o1, o2}, {sized("o1", DealState::Active, 30), sized("o1", DealState::Pending, 10),
                       sized("o1", DealState::Completed, 20), sized("o2", DealState::Funded, 50)});
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (Capacity{"o1", "Frankfurt", 100, 30, 10, 60}));
        QCOMPARE(rows.at(0).soldBps(), 3000);
        QCOMPARE(rows.at(1), (Capacity{"o2", "Paris", 50, 50, 0, 0}));
        QCOMPARE(rows.at(1).soldBps(), 10000);
        QCOMPARE(rows.at(2), (Capacity{QString(), QString(), 150, 80, 10, 60}));

        CapacityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, CapacityModel::Offer).data().toString(),
                 QStringLiteral("All offers"));
        QVERIFY(model.index(2, 0).data(CapacityModel::IsTotalRole).toBool());
        QCOMPARE(model.index(0, CapacityModel::SoldShare).data().toString(),
                 QStringLiteral("30.00 %"));
        QCOMPARE(model.index(0, CapacityModel::Sold).data(CapacityModel::BytesRole).toLongLong(),
                 qint64(30));
    }

    void qos()
    {
        const QDateTime t0 = kNow.addSecs(-3600);
        auto sample = [&](int minute, bool ok, int latency) {
            QosSample s;
            s.at = t0.addSecs(minute * 60);
            s.ok = ok;
            s.latencyMs = latency;
            return s;
        };
        const QList<QosSample> samples{sample(-120, false, -1), sample(10, true, 50),
                                       sample(20, true, 150), sample(30, false, -1),
                                       sample(40, true, 80)};
        const QosWindow w = qosWindow(samples, t0, kNow, 9000, 100);
        QCOMPARE(w.samples, qint64(4)); // the first is outside the window
        QCOMPARE(w.okSamples, qint64(3));
        QCOMPARE(w.uptimeBps, 7500);
        QCOMPARE(w.avgLatencyMs, 93);
        QCOMPARE(w.breaches.size(), 2); // down, and slower than the target
        QCOMPARE(w.breaches.at(0).at, t0.addSecs(20 * 60));
        QVERIFY(!w.meetsTargets);

        const QosWindow met = qosWindow({sample(10, true, 50)}, t0, kNow, 9000, 100);
        QVERIFY(met.meetsTargets);
        QVERIFY(met.breaches.isEmpty());
        const QosWindow empty = qosWindow({}, t0, kNow, 9990, 100);
        QCOMPARE(empty.uptimeBps, -1);
        QVERIFY(empty.meetsTargets);
    }

    void periodAndDisputeModels()
    {
        EarningsPeriodModel periods;
        QAbstractItemModelTester t1(&periods,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        periods.setRows(byPeriod(ledgers(), Period::Month), Period::Month);
        QCOMPARE(periods.rowCount(), 3);
        QCOMPARE(periods.index(0, EarningsPeriodModel::Released).data().toString(),
                 Formats().coin(30000000, QStringLiteral("XLM")));
        QCOMPARE(periods.index(1, EarningsPeriodModel::Released).data().toString(),
                 Formats().coin(49000000, QStringLiteral("ALGO")));
        QCOMPARE(periods.index(0, EarningsPeriodModel::Released)
                     .data(EarningsPeriodModel::UnitsRole)
                     .toLongLong(),
                 qint64(30'000'000));

        Dispute d;
        d.id = QStringLiteral("dsp_1");
        d.dealId = QStringLiteral("dl_a");
        d.reason = QStringLiteral("Uploads time out");
        d.evidence = {{"samples", 10},         {"okSamples", 8},
                      {"uptimeBps", 8000},     {"uptimeTargetBps", 9990},
                      {"avgLatencyMs", 120},   {"latencyTargetMs", 200},
                      {"meetsTargets", false}, {"dealComplianceBps", 8000}};
        DisputesModel disputes;
        QAbstractItemModelTester t2(&disputes,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.openedByRole = QStringLiteral("consumer");
        d.state = QStringLiteral("open");
        disputes.setDisputes({d});
        QCOMPARE(disputes.index(0, DisputesModel::State).data().toString(),
                 QStringLiteral("Open, awaiting your response"));
        QVERIFY(disputes.index(0, 0).data(DisputesModel::CanRespondRole).toBool());
        QCOMPARE(disputes.index(0, DisputesModel::Evidence).data().toString(),
                 QStringLiteral("Uptime 80.00 % (target 99.90 %), 10 samples"));
        const QString text = disputes.index(0, 0).data(DisputesModel::EvidenceTextRole).toString();
        QVERIFY2(text.contains(QStringLiteral("8 of 10 probes succeeded")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("missed its targets")));

        // The provider's response shows under the evidence; a resolved dispute takes no more.
        Dispute answered = d;
        answered.response = QStringLiteral("Fixed the gateway.");
        answered.respondedBy = QStringLiteral("GPROV");
        answered.respondedAt = QDateTime::currentDateTimeUtc();
        disputes.updateDispute(answered);
        QCOMPARE(disputes.index(0, DisputesModel::State).data().toString(),
                 QStringLiteral("Open, answered"));
        QCOMPARE(disputes.index(0, 0).data(DisputesModel::ResponseRole).toString(),
                 QStringLiteral("Fixed the gateway."));
        QVERIFY(disputes.index(0, 0)
                    .data(DisputesModel::EvidenceTextRole)
                    .toString()
                    .contains(QStringLiteral("Fixed the gateway.")));
        d.state = QStringLiteral("resolved");
        d.resolution = QStringLiteral("dismiss");
        disputes.updateDispute(d);
        QVERIFY(!disputes.index(0, 0).data(DisputesModel::CanRespondRole).toBool());
        // What the node sends: the response as fields of the dispute, through its JSON.
        d.response = QStringLiteral("Late.");
        d.respondedBy = QStringLiteral("GPROV");
        d.respondedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QJsonObject wire = d.toJson();
        QCOMPARE(wire.value(QStringLiteral("response")).toString(), QStringLiteral("Late."));
        QCOMPARE(wire.value(QStringLiteral("respondedBy")).toString(), QStringLiteral("GPROV"));
        auto parsed = Dispute::fromJson(wire);
        QVERIFY(parsed);
        QCOMPARE(*parsed, d);
        QCOMPARE(parsed->respondedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        // A dispute nobody answered yet, and a malformed response, which is refused.
        Dispute open = d;
        open.response.clear();
        open.respondedBy.clear();
        open.respondedAt = QDateTime();
        auto unanswered = Dispute::fromJson(open.toJson());
        QVERIFY(unanswered && !unanswered->answered() && !unanswered->respondedAt.isValid());
        QJsonObject bad = wire;
        bad.insert(QStringLiteral("response"), 42);
        QVERIFY(!Dispute::fromJson(bad));
    }
};

QTEST_GUILESS_MAIN(ProviderEarningsTest)
#include "tst_providerearnings.moc"
