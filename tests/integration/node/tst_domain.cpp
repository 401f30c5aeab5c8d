// The wire types shared by node and app: JSON round trips, and refusal of wrong types with a
// message naming the field.
#include "models/domain.h"

#include <QJsonDocument>
#include <QTest>

using namespace fb;

class DomainTest : public QObject
{
    Q_OBJECT

private slots:
    void offerRoundTrip()
    {
        Offer o;
        o.id = QStringLiteral("off_1");
        o.providerId = QStringLiteral("prv_1");
        o.name = QStringLiteral("Frankfurt");
        o.region = QStringLiteral("eu-central-1");
        o.country = QStringLiteral("DE");
        o.protocols = {QStringLiteral("s3")};
        o.priceStoragePerGbMonthUsd7 = 230000;
        o.priceEgressPerGbUsd7 = 900000;
        o.capacityBytes = qint64(1) << 50; // beyond 32 bits
        o.freeBytes = o.capacityBytes - 1;
        o.currencies = {QStringLiteral("XLM")};
        o.features.objectLock = true;
        o.createdAt = QDateTime::fromMSecsSinceEpoch(1764048128123, Qt::UTC);
        o.updatedAt = o.createdAt;
        const QByteArray wire = QJsonDocument(o.toJson()).toJson();
        auto back = Offer::fromJson(QJsonDocument::fromJson(wire).object());
        QVERIFY(back.ok());
        QCOMPARE(*back, o);
    }

    void dealRoundTrip()
    {
        Deal d;
        d.id = QStringLiteral("dl_1");
        d.slaId = QStringLiteral("sla_1");
        d.consumer = QStringLiteral("GA");
        d.providerId = QStringLiteral("prv_1");
        d.offerId = QStringLiteral("off_1");
        d.state = DealState::BreachedConsumer;
        d.sizeBytes = 5;
        d.durationDays = 30;
        d.total = Amount{20910000, currency::USD};
        d.fee = Amount{410000, currency::USD};
        d.sealedAccess = QStringLiteral("AAAA");
        auto back =
            Deal::fromJson(QJsonDocument::fromJson(QJsonDocument(d.toJson()).toJson()).object());
        QVERIFY(back.ok());
        QCOMPARE(*back, d);
    }

    void refusesWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray good = QJsonDocument(Amount{5, currency::XLM}.toJson()).toJson();
        QTest::newRow("units string") << QByteArray(R"({"units":"5","currency":"XLM"})") << "units";
        QTest::newRow("units fraction")
            << QByteArray(R"({"units":5.5,"currency":"XLM"})") << "units";
        QTest::newRow("units missing") << QByteArray(R"({"currency":"XLM"})") << "units";
        QTest::newRow("currency unknown")
            << QByteArray(R"({"units":5,"currency":"DOGE"})") << "currency";
        QTest::newRow("currency number") << QByteArray(R"({"units":5,"currency":1})") << "currency";
    }

    void refusesWrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto a = Amount::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, QStringLiteral("bad_json"));
        QVERIFY2(a.error().message.contains(field), qPrintable(a.error().message));
    }

    void nestedErrorsNameThePath()
    {
        QJsonObject o = Deal().toJson();
        o.insert(QStringLiteral("id"), QStringLiteral("x"));
        o.insert(QStringLiteral("state"), QStringLiteral("Sleeping"));
        auto d = Deal::fromJson(o);
        QVERIFY(!d.ok());
        QVERIFY(d.error().message.contains(QStringLiteral("state")));
        QJsonObject page{
            {QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("seq"), 1}}}},
            {QStringLiteral("next"), 1},
            {QStringLiteral("hasMore"), false}};
        auto p = ChangesPage::fromJson(page);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(QStringLiteral("item 0")),
                 qPrintable(p.error().message));
    }

    void decimalStrings()
    {
        QCOMPARE((Amount{125000000, currency::XLM}.toDecimalString()),
                 QStringLiteral("12.5000000 XLM"));
        QCOMPARE((Amount{-1, currency::BTC}.toDecimalString()), QStringLiteral("-0.00000001 BTC"));
        QCOMPARE((Amount{1500000, currency::ALGO}.toDecimalString()),
                 QStringLiteral("1.500000 ALGO"));
    }

    // Hand-written replies of the endpoints the typed services read (docs/API.md).
    void ledgerAccountsOfEveryChain()
    {
        const auto parse = [](const char *json) {
            return LedgerAccount::fromJson(QJsonDocument::fromJson(json).object());
        };
        auto xlm = parse(R"({"chain":"stellar","network":"dev","address":"GABC","sequence":"42",
                             "balances":{"XLM":100000000,"USD:GISSUER":5}})");
        QVERIFY(xlm);
        QCOMPARE(xlm->sequence, qint64(42));
        QCOMPARE(xlm->balance(QStringLiteral("USD:GISSUER")), qint64(5));
        auto algo = parse(R"({"chain":"algorand","network":"dev","developmentNetwork":true,
            "address":"AAAA","genesisId":"flashback-dev-v1",
            "genesisHash":"BQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU=","round":6012345,
            "minFee":1000,"balances":{"ALGO":10000000000}})");
        QVERIFY2(algo, qPrintable(algo ? QString() : algo.error().message));
        QCOMPARE(algo->round, quint64(6012345));
        QCOMPARE(algo->genesisHash, QByteArray(32, '\x05'));
        QCOMPARE(algo->balance(QStringLiteral("ALGO")), qint64(10000000000));
        auto btc = parse(R"({"chain":"bitcoin","network":"dev","developmentNetwork":true,
            "addressNetwork":"testnet","address":"tb1qxyz","height":104,"balances":{"BTC":3000},
            "utxos":[{"txid":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
                      "vout":1,"amount":3000,"script":"0014aabbccddeeff00112233445566778899aabbccdd",
                      "height":100,"confirmations":5,"tx":"0200"}]})");
        QVERIFY2(btc, qPrintable(btc ? QString() : btc.error().message));
        QCOMPARE(btc->height, qint64(104));
        QCOMPARE(btc->utxos.size(), 1);
        QCOMPARE(btc->utxos.first().confirmations, qint64(5));
        QCOMPARE(btc->utxos.first().script.size(), 22);
        auto back = LedgerAccount::fromJson(btc->toJson());
        QVERIFY(back);
        QCOMPARE(*back, *btc);
        // A fractional balance, a bad genesis hash or an unknown chain are refused.
        QVERIFY(!parse(R"({"chain":"stellar","address":"G","balances":{"XLM":1.5}})"));
        QVERIFY(!parse(R"({"chain":"algorand","address":"A","genesisId":"x","genesisHash":"AA==",
                          "round":1,"minFee":1000,"balances":{}})"));
        QVERIFY(!parse(R"({"chain":"ethereum","address":"0x","balances":{}})"));
    }

    void providerToolReplies()
    {
        auto me = AccountProfile::fromJson(
            QJsonDocument::fromJson(
                R"({"address":"GME","roles":["consumer","provider"],"providers":[]})")
                .object());
        QVERIFY(me);
        QVERIFY(me->hasRole(QStringLiteral("provider")));
        QVERIFY(!me->providerOfRole());
        auto qos = QosSummary::fromJson(
            QJsonDocument::fromJson(
                R"({"offerId":"off_1","dealId":"dl_1","from":"2026-11-25T05:22:08.123Z",
                "to":"2026-11-26T05:22:08.123Z","samples":10,"okSamples":9,"uptimeBps":9000,
                "avgLatencyMs":40,"complianceBps":9000,"uptimeTargetBps":9990,
                "latencyTargetMs":200,"meetsTargets":false,"series":[]})")
                .object());
        QVERIFY2(qos, qPrintable(qos ? QString() : qos.error().message));
        QCOMPARE(qos->uptimeBps, 9000);
        QVERIFY(!qos->meetsTargets);
        QCOMPARE(*QosSummary::fromJson(qos->toJson()), *qos);
        auto payout = PayoutAddresses::fromJson(
            QJsonDocument::fromJson(R"({"algorand":"AAAA","bitcoin":""})").object());
        QVERIFY(payout);
        QVERIFY(payout->bitcoin.isEmpty());
        auto none = DealPayments::fromJson(QJsonDocument::fromJson(R"({"items":[]})").object());
        QVERIFY(none);
        QVERIFY(!none->intent);
        QVERIFY(!DealPayments::fromJson(QJsonObject{{QStringLiteral("items"), 3}}));
    }

    void errorBody()
    {
        auto e = errorFromJson(
            errorToJson(Error{QStringLiteral("not_found"), QStringLiteral("No such deal.")}));
        QVERIFY(e.has_value());
        QCOMPARE(e->code, QStringLiteral("not_found"));
        QVERIFY(!errorFromJson(QJsonObject{{QStringLiteral("x"), 1}}).has_value());
    }
};

QTEST_GUILESS_MAIN(DomainTest)
#include "tst_domain.moc"
