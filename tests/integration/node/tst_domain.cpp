// The wire types shared by node and app: JSON round trips, and refusal of wrong types with a
// message naming the field.
#include "wire/domain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fb;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

Amount usd(qint64 units)
{
    return Amount{units, currency::USD};
}

// Wire objects written by hand from docs/API.md ("Types"): every documented field with a value
// that is not its default, so a field read or written under another name changes the result.
const char *const kOfferJson = R"({
  "id": "off_doc1", "providerId": "prv_doc1", "name": "Frankfurt hot", "region": "eu-central-1",
  "country": "DE", "protocols": ["s3", "local"],
  "priceStoragePerGbMonthUsd7": 230000, "priceEgressPerGbUsd7": 900000,
  "qosTier": "gold", "uptimeTargetBps": 9995, "latencyTargetMs": 80,
  "measuredUptimeBps": 9987, "measuredLatencyMs": 41,
  "capacityBytes": 1125899906842624, "freeBytes": 1125899906842623,
  "currencies": ["USD", "XLM"], "minDurationDays": 7, "maxDurationDays": 730,
  "features": {"versioning": true, "encryptionAtRest": true, "objectLock": true},
  "endpoint": "http://127.0.0.1:9000", "locked": true, "demo": true,
  "createdAt": "2026-11-25T05:22:08.123Z", "updatedAt": "2026-11-26T06:23:09.456Z"
})";

Offer expectedOffer()
{
    Offer o;
    o.id = QStringLiteral("off_doc1");
    o.providerId = QStringLiteral("prv_doc1");
    o.name = QStringLiteral("Frankfurt hot");
    o.region = QStringLiteral("eu-central-1");
    o.country = QStringLiteral("DE");
    o.protocols = {QStringLiteral("s3"), QStringLiteral("local")};
    o.priceStoragePerGbMonthUsd7 = 230000;
    o.priceEgressPerGbUsd7 = 900000;
    o.qosTier = QStringLiteral("gold");
    o.uptimeTargetBps = 9995;
    o.latencyTargetMs = 80;
    o.measuredUptimeBps = 9987;
    o.measuredLatencyMs = 41;
    o.capacityBytes = qint64(1) << 50;
    o.freeBytes = (qint64(1) << 50) - 1;
    o.currencies = {QStringLiteral("USD"), QStringLiteral("XLM")};
    o.minDurationDays = 7;
    o.maxDurationDays = 730;
    o.features.versioning = true;
    o.features.encryptionAtRest = true;
    o.features.objectLock = true;
    o.endpoint = QStringLiteral("http://127.0.0.1:9000");
    o.locked = true;
    o.demo = true;
    o.createdAt = at("2026-11-25T05:22:08.123Z");
    o.updatedAt = at("2026-11-26T06:23:09.456Z");
    return o;
}

const char *const kDealJson = R"({
  "id": "dl_doc1", "slaId": "sla_doc1", "consumer": "GCONSUMER", "providerId": "prv_doc1",
  "providerAddress": "GPROVIDER", "offerId": "off_doc1", "state": "Active", "protocol": "s3",
  "sizeBytes": 5000000000, "egressBytes": 1000000000, "durationDays": 30,
  "shardIndex": 1, "shardCount": 3, "k": 2,
  "priceStoragePerGbMonthUsd7": 230000, "priceEgressPerGbUsd7": 900000,
  "storageCost": {"units": 1150000, "currency": "USD"},
  "egressCost": {"units": 900000, "currency": "USD"},
  "subtotal": {"units": 2050000, "currency": "USD"},
  "fee": {"units": 41000, "currency": "USD"},
  "total": {"units": 2091000, "currency": "USD"},
  "released": {"units": 100, "currency": "USD"},
  "refunded": {"units": 200, "currency": "USD"},
  "slashed": {"units": 300, "currency": "USD"},
  "complianceBps": 9876, "reason": "none so far", "sealedAccess": "c2VhbGVk",
  "startAt": "2026-11-25T05:22:08.123Z", "endAt": "2026-12-25T05:22:08.123Z",
  "createdAt": "2026-11-24T01:02:03.004Z", "updatedAt": "2026-11-25T05:22:08.123Z"
})";

Deal expectedDeal()
{
    Deal d;
    d.id = QStringLiteral("dl_doc1");
    d.slaId = QStringLiteral("sla_doc1");
    d.consumer = QStringLiteral("GCONSUMER");
    d.providerId = QStringLiteral("prv_doc1");
    d.providerAddress = QStringLiteral("GPROVIDER");
    d.offerId = QStringLiteral("off_doc1");
    d.state = DealState::Active;
    d.protocol = QStringLiteral("s3");
    d.sizeBytes = 5000000000;
    d.egressBytes = 1000000000;
    d.durationDays = 30;
    d.shardIndex = 1;
    d.shardCount = 3;
    d.k = 2;
    d.priceStoragePerGbMonthUsd7 = 230000;
    d.priceEgressPerGbUsd7 = 900000;
    d.storageCost = usd(1150000);
    d.egressCost = usd(900000);
    d.subtotal = usd(2050000);
    d.fee = usd(41000);
    d.total = usd(2091000);
    d.released = usd(100);
    d.refunded = usd(200);
    d.slashed = usd(300);
    d.complianceBps = 9876;
    d.reason = QStringLiteral("none so far");
    d.sealedAccess = QStringLiteral("c2VhbGVk");
    d.startAt = at("2026-11-25T05:22:08.123Z");
    d.endAt = at("2026-12-25T05:22:08.123Z");
    d.createdAt = at("2026-11-24T01:02:03.004Z");
    d.updatedAt = at("2026-11-25T05:22:08.123Z");
    return d;
}

const char *const kQuoteJson = R"({
  "sizeBytes": 10000000000, "egressBytes": 2000000000, "durationDays": 60,
  "shardCount": 2, "k": 1,
  "lines": [
    {"offerId": "off_a", "providerId": "prv_a", "shardIndex": 0, "shardBytes": 10000000000,
     "egressBytes": 2000000000, "priceStoragePerGbMonthUsd7": 230000,
     "priceEgressPerGbUsd7": 900000,
     "storageCost": {"units": 4600000, "currency": "USD"},
     "egressCost": {"units": 1800000, "currency": "USD"},
     "subtotal": {"units": 6400000, "currency": "USD"},
     "fee": {"units": 128000, "currency": "USD"}},
    {"offerId": "off_b", "providerId": "prv_b", "shardIndex": 1, "shardBytes": 10000000000,
     "egressBytes": 2000000000, "priceStoragePerGbMonthUsd7": 100000,
     "priceEgressPerGbUsd7": 500000,
     "storageCost": {"units": 2000000, "currency": "USD"},
     "egressCost": {"units": 1000000, "currency": "USD"},
     "subtotal": {"units": 3000000, "currency": "USD"},
     "fee": {"units": 60000, "currency": "USD"}}
  ],
  "storageCost": {"units": 6600000, "currency": "USD"},
  "egressCost": {"units": 2800000, "currency": "USD"},
  "subtotal": {"units": 9400000, "currency": "USD"},
  "feeBps": 250,
  "fee": {"units": 188000, "currency": "USD"},
  "total": {"units": 9588000, "currency": "USD"}
})";

Quote expectedQuote()
{
    Quote q;
    q.sizeBytes = 10000000000;
    q.egressBytes = 2000000000;
    q.durationDays = 60;
    q.shardCount = 2;
    q.k = 1;
    QuoteLine a;
    a.offerId = QStringLiteral("off_a");
    a.providerId = QStringLiteral("prv_a");
    a.shardIndex = 0;
    a.shardBytes = 10000000000;
    a.egressBytes = 2000000000;
    a.priceStoragePerGbMonthUsd7 = 230000;
    a.priceEgressPerGbUsd7 = 900000;
    a.storageCost = usd(4600000);
    a.egressCost = usd(1800000);
    a.subtotal = usd(6400000);
    a.fee = usd(128000);
    QuoteLine b;
    b.offerId = QStringLiteral("off_b");
    b.providerId = QStringLiteral("prv_b");
    b.shardIndex = 1;
    b.shardBytes = 10000000000;
    b.egressBytes = 2000000000;
    b.priceStoragePerGbMonthUsd7 = 100000;
    b.priceEgressPerGbUsd7 = 500000;
    b.storageCost = usd(2000000);
    b.egressCost = usd(1000000);
    b.subtotal = usd(3000000);
    b.fee = usd(60000);
    q.lines = {a, b};
    q.storageCost = usd(6600000);
    q.egressCost = usd(2800000);
    q.subtotal = usd(9400000);
    q.feeBps = 250;
    q.fee = usd(188000);
    q.total = usd(9588000);
    return q;
}

const char *const kIntentJson = R"({
  "id": "pi_doc1", "dealId": "dl_doc1", "consumer": "GCONSUMER", "chain": "stellar",
  "network": "dev", "networkPassphrase": "Flashback Development Network",
  "escrowAddress": "GESCROW",
  "amount": {"units": 20910000, "currency": "XLM"},
  "amountUsd": {"units": 2091000, "currency": "USD"},
  "rateUsd7PerCoin": 1000000, "rateSource": "node development rate",
  "memoType": "text", "memo": "fb:dl_doc1", "status": "paid",
  "refundAddress": "GREFUND",
  "expiresAt": "2026-11-25T06:22:08.123Z", "createdAt": "2026-11-25T05:22:08.123Z",
  "updatedAt": "2026-11-25T05:30:00.000Z"
})";

PaymentIntent expectedIntent()
{
    PaymentIntent p;
    p.id = QStringLiteral("pi_doc1");
    p.dealId = QStringLiteral("dl_doc1");
    p.consumer = QStringLiteral("GCONSUMER");
    p.chain = QStringLiteral("stellar");
    p.network = QStringLiteral("dev");
    p.networkPassphrase = QStringLiteral("Flashback Development Network");
    p.escrowAddress = QStringLiteral("GESCROW");
    p.amount = Amount{20910000, currency::XLM};
    p.amountUsd = usd(2091000);
    p.rateUsd7PerCoin = 1000000;
    p.rateSource = QStringLiteral("node development rate");
    p.memoType = QStringLiteral("text");
    p.memo = QStringLiteral("fb:dl_doc1");
    p.status = QStringLiteral("paid");
    p.refundAddress = QStringLiteral("GREFUND");
    p.expiresAt = at("2026-11-25T06:22:08.123Z");
    p.createdAt = at("2026-11-25T05:22:08.123Z");
    p.updatedAt = at("2026-11-25T05:30:00.000Z");
    return p;
}

const char *const kPaymentJson = R"({
  "id": "pay_doc1", "dealId": "dl_doc1", "intentId": "pi_doc1", "consumer": "GCONSUMER",
  "providerId": "prv_doc1", "kind": "deposit", "chain": "stellar", "network": "dev",
  "txHash": "00ff", "from": "GCONSUMER", "to": "GESCROW",
  "amount": {"units": 20910000, "currency": "XLM"},
  "amountUsd": {"units": 2091000, "currency": "USD"},
  "memo": "fb:dl_doc1", "createdAt": "2026-11-25T05:30:00.000Z"
})";

Payment expectedPayment()
{
    Payment p;
    p.id = QStringLiteral("pay_doc1");
    p.dealId = QStringLiteral("dl_doc1");
    p.intentId = QStringLiteral("pi_doc1");
    p.consumer = QStringLiteral("GCONSUMER");
    p.providerId = QStringLiteral("prv_doc1");
    p.kind = QStringLiteral("deposit");
    p.chain = QStringLiteral("stellar");
    p.network = QStringLiteral("dev");
    p.txHash = QStringLiteral("00ff");
    p.from = QStringLiteral("GCONSUMER");
    p.to = QStringLiteral("GESCROW");
    p.amount = Amount{20910000, currency::XLM};
    p.amountUsd = usd(2091000);
    p.memo = QStringLiteral("fb:dl_doc1");
    p.createdAt = at("2026-11-25T05:30:00.000Z");
    return p;
}

QJsonObject handWritten(const char *json)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("hand-written JSON does not parse: %s", qPrintable(e.errorString()));
    return d.object();
}

// Both objects have the same keys and, key by key (recursively), the same values; on the first
// difference *why names its path.
bool sameJson(const QJsonValue &got, const QJsonValue &want, const QString &path, QString *why)
{
    if (got.isObject() && want.isObject()) {
        const QJsonObject g = got.toObject(), w = want.toObject();
        QStringList gk = g.keys(), wk = w.keys();
        if (gk != wk) {
            QStringList missing, extra;
            for (const QString &k : wk)
                if (!g.contains(k))
                    missing << k;
            for (const QString &k : gk)
                if (!w.contains(k))
                    extra << k;
            *why = QStringLiteral("%1: keys missing [%2], unexpected [%3]")
                       .arg(path, missing.join(QLatin1Char(',')), extra.join(QLatin1Char(',')));
            return false;
        }
        for (const QString &k : wk)
            if (!sameJson(g.value(k), w.value(k), path + QLatin1Char('.') + k, why))
                return false;
        return true;
    }
    if (got.isArray() && want.isArray()) {
        const QJsonArray g = got.toArray(), w = want.toArray();
        if (g.size() != w.size()) {
            *why =
                QStringLiteral("%1: %2 items, expected %3").arg(path).arg(g.size()).arg(w.size());
            return false;
        }
        for (qsizetype i = 0; i < w.size(); ++i)
            if (!sameJson(g.at(i), w.at(i), path + QStringLiteral("[%1]").arg(i), why))
                return false;
        return true;
    }
    if (got != want) {
        *why = QStringLiteral("%1: %2, expected %3")
                   .arg(path,
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray{want}).toJson(QJsonDocument::Compact)));
        return false;
    }
    return true;
}

// The hand-written wire object parses into exactly the hand-built value, and the value
// serialises into exactly the hand-written object.
template <typename T> void checkWire(const char *json, const T &expected)
{
    const QJsonObject wire = handWritten(json);
    QString why;
    QVERIFY2(sameJson(expected.toJson(), wire, QStringLiteral("toJson"), &why), qPrintable(why));
    const Result<T> parsed = T::fromJson(wire);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    // Field by field through the (now trusted) serialiser, to name the field that differs.
    QVERIFY2(sameJson(parsed->toJson(), wire, QStringLiteral("fromJson"), &why), qPrintable(why));
    QVERIFY(*parsed == expected);
}

} // namespace

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

    // Against the documented wire format (docs/API.md, "Types"): a field misnamed on either side
    // of fromJson/toJson fails here, where a round trip through the same code would pass.
    void documentedWireFormat_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *t : {"Offer", "Deal", "Quote", "PaymentIntent", "Payment"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void documentedWireFormat()
    {
        QFETCH(QString, type);
        if (type == QLatin1String("Offer"))
            checkWire(kOfferJson, expectedOffer());
        else if (type == QLatin1String("Deal"))
            checkWire(kDealJson, expectedDeal());
        else if (type == QLatin1String("Quote"))
            checkWire(kQuoteJson, expectedQuote());
        else if (type == QLatin1String("PaymentIntent"))
            checkWire(kIntentJson, expectedIntent());
        else if (type == QLatin1String("Payment"))
            checkWire(kPaymentJson, expectedPayment());
        else
            QFAIL("unknown type");
    }

    // Each documented field read on its own: parse the hand-written object, then check the one
    // field against the value written beside it in the JSON text.
    void documentedFieldsParse()
    {
        const auto offer = Offer::fromJson(handWritten(kOfferJson));
        QVERIFY(offer.ok());
        QCOMPARE(offer->qosTier, QStringLiteral("gold"));
        QCOMPARE(offer->measuredUptimeBps, 9987);
        QCOMPARE(offer->measuredLatencyMs, 41);
        QCOMPARE(offer->capacityBytes, qint64(1125899906842624));
        QCOMPARE(offer->minDurationDays, 7);
        QCOMPARE(offer->maxDurationDays, 730);
        QVERIFY(offer->features.versioning && offer->features.encryptionAtRest &&
                offer->features.objectLock);
        QCOMPARE(offer->endpoint, QStringLiteral("http://127.0.0.1:9000"));
        QVERIFY(offer->locked);
        QVERIFY(offer->demo);
        const auto deal = Deal::fromJson(handWritten(kDealJson));
        QVERIFY(deal.ok());
        QCOMPARE(deal->providerAddress, QStringLiteral("GPROVIDER"));
        QCOMPARE(deal->state, DealState::Active);
        QCOMPARE(deal->k, 2);
        QCOMPARE(deal->shardCount, 3);
        QCOMPARE(deal->total, usd(2091000));
        QCOMPARE(deal->released, usd(100));
        QCOMPARE(deal->refunded, usd(200));
        QCOMPARE(deal->slashed, usd(300));
        QCOMPARE(deal->complianceBps, 9876);
        QCOMPARE(deal->startAt, at("2026-11-25T05:22:08.123Z"));
        QCOMPARE(deal->endAt, at("2026-12-25T05:22:08.123Z"));
        const auto quote = Quote::fromJson(handWritten(kQuoteJson));
        QVERIFY(quote.ok());
        QCOMPARE(quote->feeBps, 250);
        QCOMPARE(quote->lines.size(), 2);
        QCOMPARE(quote->lines[1].offerId, QStringLiteral("off_b"));
        QCOMPARE(quote->lines[1].fee, usd(60000));
        QCOMPARE(quote->total, usd(9588000));
        const auto intent = PaymentIntent::fromJson(handWritten(kIntentJson));
        QVERIFY(intent.ok());
        QCOMPARE(intent->networkPassphrase, QStringLiteral("Flashback Development Network"));
        QCOMPARE(intent->escrowAddress, QStringLiteral("GESCROW"));
        QCOMPARE(intent->amount, (Amount{20910000, currency::XLM}));
        QCOMPARE(intent->rateUsd7PerCoin, qint64(1000000));
        QCOMPARE(intent->rateSource, QStringLiteral("node development rate"));
        QCOMPARE(intent->status, QStringLiteral("paid"));
        QCOMPARE(intent->refundAddress, QStringLiteral("GREFUND"));
        QCOMPARE(intent->expiresAt, at("2026-11-25T06:22:08.123Z"));
        const auto payment = Payment::fromJson(handWritten(kPaymentJson));
        QVERIFY(payment.ok());
        QCOMPARE(payment->intentId, QStringLiteral("pi_doc1"));
        QCOMPARE(payment->txHash, QStringLiteral("00ff"));
        QCOMPARE(payment->from, QStringLiteral("GCONSUMER"));
        QCOMPARE(payment->to, QStringLiteral("GESCROW"));
        QCOMPARE(payment->amountUsd, usd(2091000));
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
