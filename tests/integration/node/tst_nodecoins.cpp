// ALGO, BTC and STRK paid end to end against a real flashback-node: the development ledgers'
// faucet and accounts, intents with what a wallet needs, payments built and signed by the
// chains' own SDKs (algosdk, bitcoinjs-lib) and, for Starknet, by the wallet library (its
// hashes and signatures are checked against starknet.js in tests/integration/signer), Bitcoin
// confirmations, every bad payment refused with nothing changed, refunds and releases in the
// coin paid. Built twice: SQLite and (FB_NODE_POSTGRES)
// PostgreSQL.
#include "nodeharness.h"

#include "wallet/starkcurve.h"
#include "wallet/starknet.h"
#include "wallet/starknettx.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace fbtest;
using fb::starknet::Felt;

namespace {

QJsonObject coinTool(const QJsonObject &request)
{
    QProcess p;
    p.setWorkingDirectory(qEnvironmentVariable("FB_SOURCE_DIR") + QStringLiteral("/tests"));
    p.start(QStringLiteral("node"),
            {QStringLiteral("integration/node/coin_tool.js"),
             QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "coin_tool.js:" << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString randomSeedHex()
{
    QByteArray seed(32, Qt::Uninitialized);
    for (char &c : seed)
        c = char(QRandomGenerator::system()->bounded(256));
    seed[0] = 0x11; // stays below the secp256k1 order
    return QString::fromLatin1(seed.toHex());
}

qint64 units(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject().value(QStringLiteral("units")).toInteger();
}

// A Stark key (Braavos derivation of a random seed) and its OpenZeppelin account address.
struct StrkKey
{
    std::shared_ptr<fb::SecretBytes> priv;
    Felt pub;
    QString address;
};
StrkKey strkKey()
{
    QByteArray seed(64, Qt::Uninitialized);
    for (char &c : seed)
        c = char(QRandomGenerator::system()->bounded(256));
    auto priv = fb::starknet::privateKeyFromSeed(fb::SecretBytes::fromBytes(seed),
                                                 fb::starknet::KeyScheme::Braavos, 0);
    StrkKey k;
    if (!priv)
        return k;
    k.priv = std::make_shared<fb::SecretBytes>(std::move(*priv));
    auto pub = fb::stark::publicKey(*k.priv);
    k.pub = pub ? *pub : Felt();
    k.address = fb::starknet::formatAddress(
        fb::starknet::accountAddress(k.pub, fb::starknet::knownAccountClasses().first()));
    return k;
}
// What a payment changes, to build a bad one.
struct StrkTweak
{
    QString chain; // chain id short string; empty: the intent's
    qint64 nonceDelta = 0;
    QString amountFri;  // decimal; empty: the intent's amount x 10^9
    QString to;         // empty: the intent's deposit address
    bool forge = false; // a signature that does not verify
    bool twoCalls = false;
    bool otherToken = false;
    const StrkKey *signer = nullptr; // another key signs for the sender
};
} // namespace

class NodeCoinsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PostgresCluster m_pg;
    NodeProcess m_node;
    std::unique_ptr<Client> m_c;
    Account m_admin, m_provider, m_consumer;
    QString m_tAdmin, m_tProvider, m_tConsumer;
    QString m_offer;
    QJsonObject m_info;
    // The consumer's keys on the other chains (the wallet derives them; here: random seeds).
    QString m_algoSeed, m_algoAddress, m_algoSeed2, m_algoAddress2;
    QString m_btcSeed, m_btcAddress, m_providerBtc;
    StrkKey m_strk, m_strk2, m_strkPayout;

    QString becomeProvider()
    {
        Reply p = m_c->post(QStringLiteral("/v1/providers"),
                            {{QStringLiteral("name"), QStringLiteral("Coin Storage")},
                             {QStringLiteral("kind"), QStringLiteral("cloud")}},
                            m_tProvider);
        const QString id = p.json.value(QStringLiteral("id")).toString();
        m_c->post(QStringLiteral("/v1/providers/%1/certification").arg(id),
                  {{QStringLiteral("certifications"), QJsonArray{QStringLiteral("ISO 27001")}},
                   {QStringLiteral("regions"), QJsonArray{QStringLiteral("eu-central-1")}},
                   {QStringLiteral("dataProtection"), QStringLiteral("GDPR")},
                   {QStringLiteral("documents"), QJsonArray{}}},
                  m_tProvider);
        m_c->post(QStringLiteral("/v1/providers/%1/certification/approve").arg(id),
                  {{QStringLiteral("level"), QStringLiteral("standard")},
                   {QStringLiteral("expiresAt"),
                    QDateTime::currentDateTimeUtc().addDays(365).toString(Qt::ISODateWithMs)}},
                  m_tAdmin);
        const QString dir = m_dir.path() + QStringLiteral("/storage");
        QDir().mkpath(dir);
        Reply o =
            m_c->post(QStringLiteral("/v1/offers"),
                      {{QStringLiteral("name"), QStringLiteral("Coin Storage Frankfurt")},
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
                        QJsonArray{QStringLiteral("XLM"), QStringLiteral("ALGO"),
                                   QStringLiteral("BTC"), QStringLiteral("STRK")}},
                       {QStringLiteral("minDurationDays"), 1},
                       {QStringLiteral("maxDurationDays"), 365},
                       {QStringLiteral("endpoint"), QUrl::fromLocalFile(dir).toString()}},
                      m_tProvider);
        if (o.status != 201)
            qWarning() << o.raw;
        return o.json.value(QStringLiteral("id")).toString();
    }

    // An Accepted deal of the consumer on the offer ($2.091: 50 GB for 30 days + 10 GB egress).
    QString acceptedDeal()
    {
        Reply created = m_c->post(QStringLiteral("/v1/deals"),
                                  {{QStringLiteral("sizeBytes"), qint64(50) * 1000 * 1000 * 1000},
                                   {QStringLiteral("egressBytes"), qint64(10) * 1000 * 1000 * 1000},
                                   {QStringLiteral("durationDays"), 30},
                                   {QStringLiteral("offers"), QJsonArray{m_offer}}},
                                  m_tConsumer);
        const QString id = created.json.value(QStringLiteral("deals"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        const QByteArray access = QByteArrayLiteral("{\"type\":\"local\",\"path\":\"/tmp/x\"}");
        Reply acc = m_c->post(QStringLiteral("/v1/deals/%1/accept").arg(id),
                              {{QStringLiteral("sealedAccess"),
                                QString::fromLatin1(sealTo(m_consumer, access).toBase64())}},
                              m_tProvider);
        if (acc.status != 200)
            qWarning() << acc.raw;
        return id;
    }

    QJsonObject intent(const QString &dealId, const QString &currency,
                       const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("currency"), currency);
        Reply r = m_c->post(QStringLiteral("/v1/deals/%1/intent").arg(dealId), body, m_tConsumer);
        if (r.status != 201 && r.status != 200)
            qWarning() << r.raw;
        return r.json;
    }

    QJsonObject account(const QString &address)
    {
        return m_c->get("/v1/dev/accounts/" + address).json;
    }
    qint64 balance(const QString &address, const QString &asset)
    {
        return account(address)
            .value(QStringLiteral("balances"))
            .toObject()
            .value(asset)
            .toInteger();
    }

    QString dealState(const QString &dealId)
    {
        return m_c->get(QStringLiteral("/v1/deals/") + dealId, m_tConsumer)
            .json.value(QStringLiteral("state"))
            .toString();
    }

    Reply pay(const QString &dealId, const QString &envelope)
    {
        return m_c->post(QStringLiteral("/v1/deals/%1/payments").arg(dealId),
                         {{QStringLiteral("envelope"), envelope}}, m_tConsumer);
    }

    // An algosdk-signed payment for the intent; overrides change the request to coin_tool.js.
    QJsonObject algoPayment(const QJsonObject &in, const QJsonObject &overrides = {})
    {
        const QJsonObject t = in.value(QStringLiteral("algorand")).toObject();
        QJsonObject req{{QStringLiteral("cmd"), QStringLiteral("algo_pay")},
                        {QStringLiteral("seed"), m_algoSeed},
                        {QStringLiteral("receiver"), in.value(QStringLiteral("escrowAddress"))},
                        {QStringLiteral("amount"), units(in, "amount")},
                        {QStringLiteral("note"), in.value(QStringLiteral("memo"))},
                        {QStringLiteral("firstValid"), t.value(QStringLiteral("firstValid"))},
                        {QStringLiteral("lastValid"), t.value(QStringLiteral("lastValid"))},
                        {QStringLiteral("genesisId"), t.value(QStringLiteral("genesisId"))},
                        {QStringLiteral("genesisHash"), t.value(QStringLiteral("genesisHash"))}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            req.insert(it.key(), it.value());
        return coinTool(req);
    }

    QJsonArray btcUtxos(const QString &address)
    {
        return account(address).value(QStringLiteral("utxos")).toArray();
    }

    // A bitcoinjs-signed payment for the intent from the consumer's largest coin, change back.
    QJsonObject btcPayment(const QJsonObject &in, const QJsonObject &overrides = {},
                           qint64 fee = 1000)
    {
        const QJsonObject coin = btcUtxos(m_btcAddress).at(0).toObject();
        const qint64 amount = units(in, "amount");
        const qint64 change = coin.value(QStringLiteral("amount")).toInteger() - amount - fee;
        QJsonObject req{{QStringLiteral("cmd"), QStringLiteral("btc_pay")},
                        {QStringLiteral("seed"), m_btcSeed},
                        {QStringLiteral("utxos"), QJsonArray{coin}},
                        {QStringLiteral("outputs"),
                         QJsonArray{QJsonObject{{QStringLiteral("address"),
                                                 in.value(QStringLiteral("escrowAddress"))},
                                                {QStringLiteral("value"), amount}},
                                    QJsonObject{{QStringLiteral("address"), m_btcAddress},
                                                {QStringLiteral("value"), change}}}},
                        {QStringLiteral("memo"), in.value(QStringLiteral("memo"))}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            req.insert(it.key(), it.value());
        return coinTool(req);
    }

    void mine(int count = 1)
    {
        Reply r =
            m_c->post(QStringLiteral("/v1/dev/bitcoin/blocks"), {{QStringLiteral("count"), count}});
        QCOMPARE(r.status, 200);
    }

    // Sum of a deal's movements out of escrow (and into it) in the coin paid.
    std::pair<qint64, qint64> depositAndMovements(const QString &dealId, QSet<QString> *kinds,
                                                  const QString &chain)
    {
        Reply payments = m_c->get(QStringLiteral("/v1/deals/%1/payments").arg(dealId), m_tConsumer);
        qint64 deposit = 0, out = 0;
        for (const QJsonValue &v : payments.json.value(QStringLiteral("items")).toArray()) {
            const QJsonObject p = v.toObject();
            const QString kind = p.value(QStringLiteral("kind")).toString();
            kinds->insert(kind);
            if (p.value(QStringLiteral("chain")).toString() != chain)
                qWarning() << "movement on another chain:" << p;
            if (kind == QLatin1String("deposit"))
                deposit += units(p, "amount");
            else if (kind != QLatin1String("refund") ||
                     p.value(QStringLiteral("from")).toString() ==
                         (chain == QLatin1String("algorand") ? algoEscrow() : btcEscrow()))
                out += units(p, "amount"); // fee refunds come from the fee account, not escrow
        }
        return {deposit, out};
    }
    QString algoEscrow() const
    {
        return m_info.value(QStringLiteral("algorand"))
            .toObject()
            .value(QStringLiteral("escrowAddress"))
            .toString();
    }
    QString btcEscrow() const
    {
        return m_info.value(QStringLiteral("bitcoin"))
            .toObject()
            .value(QStringLiteral("escrowAddress"))
            .toString();
    }

    // ---- Starknet ----
    Reply strkFaucet(const StrkKey &k, qint64 units = 0)
    {
        QJsonObject body{{QStringLiteral("address"), k.address},
                         {QStringLiteral("currency"), QStringLiteral("STRK")},
                         {QStringLiteral("publicKey"), k.pub.toHex()}};
        if (units > 0)
            body.insert(QStringLiteral("units"), units);
        return m_c->post(QStringLiteral("/v1/dev/faucet"), body);
    }
    // The wallet library's signed INVOKE v3 STRK transfer for the intent, in its JSON form.
    QString strkPayment(const QJsonObject &in, const StrkKey &from, const StrkTweak &w = {})
    {
        namespace sn = fb::starknet;
        const QJsonObject t = in.value(QStringLiteral("starknet")).toObject();
        sn::PaymentParams p;
        p.sender = *sn::parseAddress(from.address);
        p.recipient = *sn::parseAddress(
            w.to.isEmpty() ? in.value(QStringLiteral("escrowAddress")).toString() : w.to);
        p.amountFri =
            *Felt::fromDecimal(w.amountFri.isEmpty() ? QString::number(units(in, "amount")) +
                                                           QStringLiteral("000000000")
                                                     : w.amountFri);
        const qint64 nonce =
            account(from.address).value(QStringLiteral("nonce")).toInteger() + w.nonceDelta;
        p.nonce = Felt::fromUInt(quint64(nonce));
        p.chainId = *Felt::fromShortString(
            w.chain.isEmpty() ? t.value(QStringLiteral("chainId")).toString() : w.chain);
        p.l2Gas = {200000, Felt::fromUInt(1000000000)};
        sn::InvokeV3 tx = sn::buildStrkPayment(p);
        if (w.twoCalls || w.otherToken) {
            sn::Call c = sn::strkTransfer(p.recipient, p.amountFri);
            if (w.otherToken)
                c.to = Felt::fromUInt(0x1234);
            tx.calldata =
                w.twoCalls
                    ? sn::executeCalldata({c, sn::strkTransfer(p.recipient, Felt::fromUInt(1))})
                    : sn::executeCalldata({c});
        }
        if (!sn::sign(tx, *(w.signer ? w.signer : &from)->priv))
            return {};
        if (w.forge)
            tx.signature[1] = Felt::fromUInt(tx.signature[1].low64() ^ 1);
        return QString::fromUtf8(sn::toJson(tx));
    }
    QString strkPayout() const { return m_strkPayout.address; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStringList args{QStringLiteral("--admin"), m_admin.address(),
                         QStringLiteral("--qos-interval"), QStringLiteral("3600"),
                         QStringLiteral("--btc-block-seconds"), QStringLiteral("86400"),
                         // the test provider keeps its file:// endpoint in the test's directory
                         QStringLiteral("--file-endpoint-root"), m_dir.path()};
        QString error;
#ifdef FB_NODE_POSTGRES
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        const QString url = m_pg.createDatabase(QStringLiteral("flashback"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        args << QStringLiteral("--db") << url;
#endif
        QVERIFY2(m_node.start(m_dir.path() + QStringLiteral("/node"), args, &error),
                 qPrintable(error));
        m_c = std::make_unique<Client>(m_node.baseUrl());
        m_info = m_c->get(QStringLiteral("/v1/info")).json;
        QVERIFY(
            m_info.value(QStringLiteral("currencies")).toArray().contains(QStringLiteral("ALGO")));
        QVERIFY(!algoEscrow().isEmpty());
        QVERIFY(btcEscrow().startsWith(QStringLiteral("tb1q")));
        for (auto [a, t] : {std::pair{&m_admin, &m_tAdmin}, std::pair{&m_provider, &m_tProvider},
                            std::pair{&m_consumer, &m_tConsumer}}) {
            *t = a->login(*m_c, &error);
            QVERIFY2(!t->isEmpty(), qPrintable(error));
        }
        m_offer = becomeProvider();
        QVERIFY(!m_offer.isEmpty());
        m_algoSeed = randomSeedHex();
        m_algoAddress = coinTool({{QStringLiteral("cmd"), QStringLiteral("algo_keypair")},
                                  {QStringLiteral("seed"), m_algoSeed}})
                            .value(QStringLiteral("address"))
                            .toString();
        m_algoSeed2 = randomSeedHex();
        m_algoAddress2 = coinTool({{QStringLiteral("cmd"), QStringLiteral("algo_keypair")},
                                   {QStringLiteral("seed"), m_algoSeed2}})
                             .value(QStringLiteral("address"))
                             .toString();
        m_btcSeed = randomSeedHex();
        m_btcAddress = coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_keypair")},
                                 {QStringLiteral("seed"), m_btcSeed}})
                           .value(QStringLiteral("address"))
                           .toString();
        m_providerBtc = coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_keypair")},
                                  {QStringLiteral("seed"), randomSeedHex()}})
                            .value(QStringLiteral("address"))
                            .toString();
        QVERIFY(m_algoAddress.size() == 58 && m_btcAddress.startsWith(QStringLiteral("tb1q")));
        m_strk = strkKey();
        m_strk2 = strkKey();
        m_strkPayout = strkKey();
        QVERIFY(m_strk.address.size() == 66 && m_strk2.priv && m_strkPayout.priv);
    }

    void cleanupTestCase()
    {
        m_node.stop();
        m_pg.stop();
    }

    void algoFaucetAndAccount()
    {
        QCOMPARE(m_c->get("/v1/dev/accounts/" + m_algoAddress).status, 404);
        Reply f = m_c->post(QStringLiteral("/v1/dev/faucet"),
                            {{QStringLiteral("address"), m_algoAddress},
                             {QStringLiteral("currency"), QStringLiteral("ALGO")}});
        QVERIFY2(f.status == 200, f.raw.constData());
        QCOMPARE(f.json.value(QStringLiteral("chain")).toString(), QStringLiteral("algorand"));
        QCOMPARE(balance(m_algoAddress, QStringLiteral("ALGO")), qint64(10000) * 1000000);
        QVERIFY(f.json.value(QStringLiteral("round")).toInteger() > 1);
        QCOMPARE(f.json.value(QStringLiteral("genesisHash")).toString().size(), 44);
        // Bad input: a typo in the checksum, a Stellar key, a bad amount.
        QString typo = m_algoAddress;
        typo[10] = typo[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        for (const QJsonObject &bad :
             {QJsonObject{{QStringLiteral("address"), typo}},
              QJsonObject{{QStringLiteral("address"), m_consumer.address()}},
              QJsonObject{{QStringLiteral("address"), m_algoAddress},
                          {QStringLiteral("units"), -5}},
              QJsonObject{{QStringLiteral("address"), m_algoAddress},
                          {QStringLiteral("units"), QStringLiteral("lots")}}}) {
            QJsonObject body = bad;
            body.insert(QStringLiteral("currency"), QStringLiteral("ALGO"));
            Reply r = m_c->post(QStringLiteral("/v1/dev/faucet"), body);
            QCOMPARE(r.status, 400);
        }
        QCOMPARE(m_c->get("/v1/dev/accounts/" + typo).status, 400);
    }

    void algoPaymentFundsDeal()
    {
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("ALGO"));
        QCOMPARE(in.value(QStringLiteral("chain")).toString(), QStringLiteral("algorand"));
        QCOMPARE(in.value(QStringLiteral("escrowAddress")).toString(), algoEscrow());
        QCOMPARE(in.value(QStringLiteral("memoType")).toString(), QStringLiteral("note"));
        // $2.091 at $0.20 per ALGO, rounded up to the microalgo.
        QCOMPARE(units(in, "amountUsd"), 20910000);
        QCOMPARE(units(in, "amount"), qint64(10455000));
        const QJsonObject t = in.value(QStringLiteral("algorand")).toObject();
        QCOMPARE(t.value(QStringLiteral("minFee")).toInteger(), 1000);
        QCOMPARE(t.value(QStringLiteral("lastValid")).toInteger() -
                     t.value(QStringLiteral("firstValid")).toInteger(),
                 1000);
        const qint64 before = balance(m_algoAddress, QStringLiteral("ALGO"));
        const QJsonObject tx = algoPayment(in);
        QVERIFY(!tx.isEmpty());
        Reply paid = pay(dealId, tx.value(QStringLiteral("signed")).toString());
        QVERIFY2(paid.status == 200, paid.raw.constData());
        QCOMPARE(paid.json.value(QStringLiteral("deal"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Funded"));
        const QJsonObject payment = paid.json.value(QStringLiteral("payment")).toObject();
        QCOMPARE(payment.value(QStringLiteral("txHash")).toString(),
                 tx.value(QStringLiteral("txid")).toString());
        QCOMPARE(payment.value(QStringLiteral("chain")).toString(), QStringLiteral("algorand"));
        QCOMPARE(payment.value(QStringLiteral("from")).toString(), m_algoAddress);
        QCOMPARE(balance(m_algoAddress, QStringLiteral("ALGO")), before - 10455000 - 1000);
        QCOMPARE(dealState(dealId), QStringLiteral("Funded"));
        // The same transaction again, to this deal or another: replayed, nothing moves.
        Reply replay = pay(dealId, tx.value(QStringLiteral("signed")).toString());
        QCOMPARE(replay.status, 409);
        const QString other = acceptedDeal();
        intent(other, QStringLiteral("ALGO"));
        Reply elsewhere = pay(other, tx.value(QStringLiteral("signed")).toString());
        QCOMPARE(elsewhere.status, 422); // its note binds it to the first deal
        QCOMPARE(dealState(other), QStringLiteral("Accepted"));
        QCOMPARE(balance(m_algoAddress, QStringLiteral("ALGO")), before - 10455000 - 1000);
    }

    void algoBadPaymentsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << "garbage" << 422 << "decode";
        QTest::newRow("forged signature") << "forged" << 422 << "does not verify";
        QTest::newRow("another key's signature") << "otherkey" << 422 << "does not verify";
        QTest::newRow("testnet genesis") << "testnet" << 422 << "Algorand testnet";
        QTest::newRow("made-up genesis") << "genesis" << 422 << "genesis hash";
        QTest::newRow("expired window") << "expired" << 422 << "ended";
        QTest::newRow("future window") << "future" << 422 << "valid from";
        QTest::newRow("window too long") << "long" << 422 << "at most";
        QTest::newRow("underpayment") << "underpay" << 422 << "Underpayment";
        QTest::newRow("wrong destination") << "destination" << 422 << "escrow address";
        QTest::newRow("another deal's note") << "note" << 422 << "another payment";
        QTest::newRow("fee under minimum") << "fee" << 422 << "minimum";
        QTest::newRow("unfunded sender") << "unfunded" << 422 << "faucet";
    }

    void algoBadPaymentsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("ALGO"));
        const QJsonObject t = in.value(QStringLiteral("algorand")).toObject();
        const qint64 fv = t.value(QStringLiteral("firstValid")).toInteger();
        const qint64 lv = t.value(QStringLiteral("lastValid")).toInteger();
        QJsonObject o;
        if (kind == QLatin1String("forged"))
            o = {{QStringLiteral("forge"), true}};
        else if (kind == QLatin1String("otherkey")) // signed by another key, posing as sender
            o = {{QStringLiteral("forge"), false}};
        else if (kind == QLatin1String("testnet"))
            o = {{QStringLiteral("genesisId"), QStringLiteral("testnet-v1.0")},
                 {QStringLiteral("genesisHash"),
                  QStringLiteral("SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=")}};
        else if (kind == QLatin1String("genesis"))
            o = {{QStringLiteral("genesisHash"),
                  QString::fromLatin1(QByteArray(32, '\x07').toBase64())}};
        else if (kind == QLatin1String("expired"))
            o = {{QStringLiteral("firstValid"), fv - 900}, {QStringLiteral("lastValid"), fv - 10}};
        else if (kind == QLatin1String("future"))
            o = {{QStringLiteral("firstValid"), fv + 500}, {QStringLiteral("lastValid"), lv}};
        else if (kind == QLatin1String("long"))
            o = {{QStringLiteral("lastValid"), fv + 1001}};
        else if (kind == QLatin1String("underpay"))
            o = {{QStringLiteral("amount"), units(in, "amount") - 1}};
        else if (kind == QLatin1String("destination"))
            o = {{QStringLiteral("receiver"), m_algoAddress2}};
        else if (kind == QLatin1String("note"))
            o = {{QStringLiteral("note"), QStringLiteral("fb:somebodyelsesmemo")}};
        else if (kind == QLatin1String("fee"))
            o = {{QStringLiteral("fee"), 999}};
        else if (kind == QLatin1String("unfunded"))
            o = {{QStringLiteral("seed"), m_algoSeed2}};
        QString envelope;
        if (kind == QLatin1String("garbage")) {
            envelope = QStringLiteral("gqNzaWfEQA==");
        } else if (kind == QLatin1String("otherkey")) {
            // The other key's own signature over a transaction claiming our sender: take the
            // signature from a payment the other key made and put it on ours.
            const QByteArray mine = QByteArray::fromBase64(
                algoPayment(in).value(QStringLiteral("signed")).toString().toLatin1());
            const QByteArray theirs =
                QByteArray::fromBase64(algoPayment(in, {{QStringLiteral("seed"), m_algoSeed2}})
                                           .value(QStringLiteral("signed"))
                                           .toString()
                                           .toLatin1());
            // {"sig": bin64, "txn": ...}: the signature sits at bytes 6..70 in both.
            QByteArray swapped = mine;
            swapped.replace(6, 64, theirs.mid(6, 64));
            envelope = QString::fromLatin1(swapped.toBase64());
        } else {
            envelope = algoPayment(in, o).value(QStringLiteral("signed")).toString();
        }
        QVERIFY(!envelope.isEmpty());
        const qint64 payer = balance(m_algoAddress, QStringLiteral("ALGO"));
        const qint64 escrow = balance(algoEscrow(), QStringLiteral("ALGO"));
        Reply r = pay(dealId, envelope);
        QCOMPARE(r.status, status);
        const QString text = r.json.value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("message"))
                                 .toString();
        QVERIFY2(text.contains(message), qPrintable(text));
        // Nothing changed: deal, intent, balances, payments.
        QCOMPARE(dealState(dealId), QStringLiteral("Accepted"));
        QCOMPARE(balance(m_algoAddress, QStringLiteral("ALGO")), payer);
        QCOMPARE(balance(algoEscrow(), QStringLiteral("ALGO")), escrow);
        QVERIFY(m_c->get(QStringLiteral("/v1/deals/%1/payments").arg(dealId), m_tConsumer)
                    .json.value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
        // The right payment still goes through.
        Reply ok = pay(dealId, algoPayment(in).value(QStringLiteral("signed")).toString());
        QVERIFY2(ok.status == 200, ok.raw.constData());
    }

    void algoCancelRefundsInAlgo()
    {
        const QString dealId = acceptedDeal();
        // Refunds go to the address given with the intent.
        Reply badRefund = m_c->post(QStringLiteral("/v1/deals/%1/intent").arg(dealId),
                                    {{QStringLiteral("currency"), QStringLiteral("ALGO")},
                                     {QStringLiteral("refundAddress"), QStringLiteral("NOPE")}},
                                    m_tConsumer);
        QCOMPARE(badRefund.status, 400);
        QCOMPARE(badRefund.errorCode(), QStringLiteral("bad_address"));
        const QJsonObject in = intent(dealId, QStringLiteral("ALGO"),
                                      {{QStringLiteral("refundAddress"), m_algoAddress2}});
        QCOMPARE(in.value(QStringLiteral("refundAddress")).toString(), m_algoAddress2);
        QCOMPARE(pay(dealId, algoPayment(in).value(QStringLiteral("signed")).toString()).status,
                 200);
        const qint64 refundBefore = m_c->get("/v1/dev/accounts/" + m_algoAddress2).status == 200
                                        ? balance(m_algoAddress2, QStringLiteral("ALGO"))
                                        : 0;
        Reply cancelled =
            m_c->post(QStringLiteral("/v1/deals/%1/cancel").arg(dealId),
                      {{QStringLiteral("reason"), QStringLiteral("changed my mind")}}, m_tConsumer);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("Cancelled"));
        // Everything comes back, fee included, in ALGO, to the refund address.
        QCOMPARE(balance(m_algoAddress2, QStringLiteral("ALGO")) - refundBefore,
                 units(in, "amount"));
        QSet<QString> kinds;
        const auto [deposit, out] = depositAndMovements(dealId, &kinds, QStringLiteral("algorand"));
        QCOMPARE(out, deposit);
        QVERIFY(kinds.contains(QStringLiteral("refund")));
    }

    void algoFullTermReleasesInAlgo()
    {
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("ALGO"));
        QCOMPARE(pay(dealId, algoPayment(in).value(QStringLiteral("signed")).toString()).status,
                 200);
        const QString payout = m_c->get(QStringLiteral("/v1/me/payout-addresses"), m_tProvider)
                                   .json.value(QStringLiteral("algorand"))
                                   .toString();
        QCOMPARE(payout.size(), 58);
        const qint64 before = m_c->get("/v1/dev/accounts/" + payout).status == 200
                                  ? balance(payout, QStringLiteral("ALGO"))
                                  : 0;
        QCOMPARE(
            m_c->post(QStringLiteral("/v1/deals/%1/activate").arg(dealId), {}, m_tProvider).status,
            200);
        Reply done =
            m_c->post(QStringLiteral("/v1/deals/%1/complete").arg(dealId), {}, m_tConsumer);
        QCOMPARE(done.status, 200);
        QCOMPARE(units(done.json, "released"), 20500000);
        QSet<QString> kinds;
        const auto [deposit, out] = depositAndMovements(dealId, &kinds, QStringLiteral("algorand"));
        QVERIFY(kinds.contains(QStringLiteral("fee")) && kinds.contains(QStringLiteral("release")));
        QCOMPARE(out, deposit); // not a microalgo created or lost
        // The provider got the release (deposit - fee) on Algorand: 10455000 x 2.05/2.091.
        QCOMPARE(balance(payout, QStringLiteral("ALGO")) - before,
                 qint64(10455000) - qint64(10455000) * 410000 / 20910000);
    }

    void btcFaucetAndAccount()
    {
        Reply f = m_c->post(QStringLiteral("/v1/dev/faucet"),
                            {{QStringLiteral("address"), m_btcAddress},
                             {QStringLiteral("currency"), QStringLiteral("BTC")}});
        QVERIFY2(f.status == 200, f.raw.constData());
        QCOMPARE(f.json.value(QStringLiteral("chain")).toString(), QStringLiteral("bitcoin"));
        QCOMPARE(balance(m_btcAddress, QStringLiteral("BTC")), 100000000);
        const QJsonArray utxos = btcUtxos(m_btcAddress);
        QCOMPARE(utxos.size(), 1);
        QCOMPARE(utxos.at(0).toObject().value(QStringLiteral("txid")).toString().size(), 64);
        QVERIFY(!utxos.at(0).toObject().value(QStringLiteral("tx")).toString().isEmpty());
        for (const QString &bad : {QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
                                   QStringLiteral("tb1qnotanaddress"), m_algoAddress}) {
            Reply r = m_c->post(QStringLiteral("/v1/dev/faucet"),
                                {{QStringLiteral("address"), bad},
                                 {QStringLiteral("currency"), QStringLiteral("BTC")}});
            QCOMPARE(r.status, 400);
        }
        // A provider without a Bitcoin payout address cannot be paid in BTC yet.
        const QString dealId = acceptedDeal();
        Reply noPayout =
            m_c->post(QStringLiteral("/v1/deals/%1/intent").arg(dealId),
                      {{QStringLiteral("currency"), QStringLiteral("BTC")}}, m_tConsumer);
        QCOMPARE(noPayout.status, 422);
        Reply badPayout = m_c->call(
            QStringLiteral("PUT"), QStringLiteral("/v1/me/payout-addresses"),
            {{QStringLiteral("bitcoin"), QStringLiteral("1BoatSLRHtKNngkdXEeobR76b53LETtpyT")}},
            m_tProvider);
        QCOMPARE(badPayout.status, 400);
        Reply payout = m_c->call(QStringLiteral("PUT"), QStringLiteral("/v1/me/payout-addresses"),
                                 {{QStringLiteral("bitcoin"), m_providerBtc}}, m_tProvider);
        QCOMPARE(payout.status, 200);
        QCOMPARE(payout.json.value(QStringLiteral("bitcoin")).toString(), m_providerBtc);
    }

    void btcPaymentFundsDealAfterConfirmation_data()
    {
        QTest::addColumn<bool>("psbt");
        QTest::newRow("raw transaction") << false;
        QTest::newRow("finalized PSBT") << true;
    }

    void btcPaymentFundsDealAfterConfirmation()
    {
        QFETCH(bool, psbt);
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("BTC"));
        QCOMPARE(in.value(QStringLiteral("chain")).toString(), QStringLiteral("bitcoin"));
        QCOMPARE(in.value(QStringLiteral("escrowAddress")).toString(), btcEscrow());
        QCOMPARE(units(in, "amount"), 3485); // $2.091 at $60,000, rounded up to the satoshi
        const QJsonObject t = in.value(QStringLiteral("bitcoin")).toObject();
        QCOMPARE(t.value(QStringLiteral("confirmationsRequired")).toInt(), 1);
        QVERIFY(
            t.value(QStringLiteral("escrowScript")).toString().startsWith(QStringLiteral("0014")));
        const qint64 before = balance(m_btcAddress, QStringLiteral("BTC"));
        const QJsonObject tx = btcPayment(in);
        Reply paid =
            pay(dealId, tx.value(psbt ? QStringLiteral("psbt") : QStringLiteral("hex")).toString());
        QVERIFY2(paid.status == 200, paid.raw.constData());
        QCOMPARE(paid.json.value(QStringLiteral("payment"))
                     .toObject()
                     .value(QStringLiteral("txHash"))
                     .toString(),
                 tx.value(QStringLiteral("txid")).toString());
        // In the mempool: paid, not yet Funded.
        QCOMPARE(dealState(dealId), QStringLiteral("Accepted"));
        QCOMPARE(balance(m_btcAddress, QStringLiteral("BTC")), before - 3485 - 1000);
        mine();
        QCOMPARE(dealState(dealId), QStringLiteral("Funded"));
        QCOMPARE(pay(dealId, tx.value(QStringLiteral("hex")).toString()).status, 409);
    }

    void btcBadPaymentsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << "garbage" << 422 << "hex";
        QTest::newRow("forged signature") << "forged" << 422 << "does not verify";
        QTest::newRow("unknown coin") << "unknown" << 422 << "does not know";
        QTest::newRow("double spend") << "double" << 409 << "Double spend";
        QTest::newRow("underpayment") << "underpay" << 422 << "Underpayment";
        QTest::newRow("wrong destination") << "destination" << 422 << "pays nothing";
        QTest::newRow("another deal's memo") << "memo" << 422 << "another payment";
        QTest::newRow("no memo") << "nomemo" << 422 << "OP_RETURN";
        QTest::newRow("fee under minimum rate") << "fee" << 422 << "sat/vB";
        QTest::newRow("unfinalized PSBT") << "unsigned" << 422 << "PSBT";
    }

    void btcBadPaymentsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("BTC"));
        QString envelope;
        const qint64 amount = units(in, "amount");
        if (kind == QLatin1String("garbage")) {
            envelope = QStringLiteral("zz01");
        } else if (kind == QLatin1String("forged")) {
            envelope = btcPayment(in, {{QStringLiteral("forge"), true}})
                           .value(QStringLiteral("hex"))
                           .toString();
        } else if (kind == QLatin1String("unknown")) {
            QJsonObject coin = btcUtxos(m_btcAddress).at(0).toObject();
            coin.insert(QStringLiteral("txid"), QString(64, QLatin1Char('a')));
            envelope = btcPayment(in, {{QStringLiteral("utxos"), QJsonArray{coin}}})
                           .value(QStringLiteral("hex"))
                           .toString();
        } else if (kind == QLatin1String("double")) {
            // Pay this deal with the consumer's coin, then spend the same coin for another.
            const QJsonObject coin = btcUtxos(m_btcAddress).at(0).toObject();
            envelope = btcPayment(in).value(QStringLiteral("hex")).toString();
            QCOMPARE(pay(dealId, envelope).status, 200);
            const QString second = acceptedDeal();
            const QJsonObject in2 = intent(second, QStringLiteral("BTC"));
            const QJsonObject again = coinTool(
                {{QStringLiteral("cmd"), QStringLiteral("btc_pay")},
                 {QStringLiteral("seed"), m_btcSeed},
                 {QStringLiteral("utxos"), QJsonArray{coin}},
                 {QStringLiteral("outputs"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("address"), btcEscrow()},
                                  {QStringLiteral("value"), units(in2, "amount")}},
                      QJsonObject{{QStringLiteral("address"), m_btcAddress},
                                  {QStringLiteral("value"),
                                   coin.value(QStringLiteral("amount")).toInteger() - 5000}}}},
                 {QStringLiteral("memo"), in2.value(QStringLiteral("memo"))}});
            const qint64 payer = balance(m_btcAddress, QStringLiteral("BTC"));
            Reply r = pay(second, again.value(QStringLiteral("hex")).toString());
            QCOMPARE(r.status, status);
            QVERIFY2(QString::fromUtf8(r.raw).contains(message), r.raw.constData());
            QCOMPARE(dealState(second), QStringLiteral("Accepted"));
            QCOMPARE(balance(m_btcAddress, QStringLiteral("BTC")), payer);
            return;
        } else if (kind == QLatin1String("underpay")) {
            QJsonObject coin = btcUtxos(m_btcAddress).at(0).toObject();
            envelope =
                btcPayment(
                    in, {{QStringLiteral("outputs"),
                          QJsonArray{QJsonObject{{QStringLiteral("address"), btcEscrow()},
                                                 {QStringLiteral("value"), amount - 1}},
                                     QJsonObject{{QStringLiteral("address"), m_btcAddress},
                                                 {QStringLiteral("value"),
                                                  coin.value(QStringLiteral("amount")).toInteger() -
                                                      amount - 1000}}}}})
                    .value(QStringLiteral("hex"))
                    .toString();
        } else if (kind == QLatin1String("destination")) {
            QJsonObject coin = btcUtxos(m_btcAddress).at(0).toObject();
            envelope =
                btcPayment(
                    in, {{QStringLiteral("outputs"),
                          QJsonArray{QJsonObject{{QStringLiteral("address"), m_providerBtc},
                                                 {QStringLiteral("value"), amount}},
                                     QJsonObject{{QStringLiteral("address"), m_btcAddress},
                                                 {QStringLiteral("value"),
                                                  coin.value(QStringLiteral("amount")).toInteger() -
                                                      amount - 1000}}}}})
                    .value(QStringLiteral("hex"))
                    .toString();
        } else if (kind == QLatin1String("memo")) {
            envelope =
                btcPayment(in, {{QStringLiteral("memo"), QStringLiteral("fb:notthisdealsmemo")}})
                    .value(QStringLiteral("hex"))
                    .toString();
        } else if (kind == QLatin1String("nomemo")) {
            QJsonObject tx = btcPayment(in, {{QStringLiteral("memo"), QJsonValue()}});
            envelope = tx.value(QStringLiteral("hex")).toString();
        } else if (kind == QLatin1String("fee")) {
            envelope = btcPayment(in, {}, 10).value(QStringLiteral("hex")).toString();
        } else if (kind == QLatin1String("unsigned")) {
            // A PSBT whose inputs carry no signatures (bitcoinjs: the unsigned creator's output).
            envelope = QStringLiteral(
                "cHNidP8BAFICAAAAAaqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqAAAAAAD/////"
                "AegDAAAAAAAAFgAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        }
        QVERIFY(!envelope.isEmpty());
        const qint64 payer = balance(m_btcAddress, QStringLiteral("BTC"));
        const qint64 escrow = balance(btcEscrow(), QStringLiteral("BTC"));
        const QJsonArray coinsBefore = btcUtxos(m_btcAddress);
        Reply r = pay(dealId, envelope);
        QCOMPARE(r.status, status);
        QVERIFY2(QString::fromUtf8(r.raw).contains(message), r.raw.constData());
        QCOMPARE(dealState(dealId), QStringLiteral("Accepted"));
        QCOMPARE(balance(m_btcAddress, QStringLiteral("BTC")), payer);
        QCOMPARE(balance(btcEscrow(), QStringLiteral("BTC")), escrow);
        QCOMPARE(btcUtxos(m_btcAddress), coinsBefore);
    }

    void btcCancelRefundsInBtc()
    {
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("BTC"));
        QCOMPARE(pay(dealId, btcPayment(in).value(QStringLiteral("hex")).toString()).status, 200);
        // Cancelled while the payment waits for its block: all of it comes back.
        const qint64 before = balance(m_btcAddress, QStringLiteral("BTC"));
        Reply cancelled =
            m_c->post(QStringLiteral("/v1/deals/%1/cancel").arg(dealId),
                      {{QStringLiteral("reason"), QStringLiteral("no")}}, m_tConsumer);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(balance(m_btcAddress, QStringLiteral("BTC")) - before, 3485);
        mine(); // a later block does not fund a cancelled deal
        QCOMPARE(dealState(dealId), QStringLiteral("Cancelled"));
        QSet<QString> kinds;
        const auto [deposit, out] = depositAndMovements(dealId, &kinds, QStringLiteral("bitcoin"));
        QCOMPARE(out, deposit);
    }

    void btcFullTermReleasesInBtc()
    {
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("BTC"));
        QCOMPARE(pay(dealId, btcPayment(in).value(QStringLiteral("psbt")).toString()).status, 200);
        mine();
        QCOMPARE(dealState(dealId), QStringLiteral("Funded"));
        const qint64 before = balance(m_providerBtc, QStringLiteral("BTC"));
        QCOMPARE(
            m_c->post(QStringLiteral("/v1/deals/%1/activate").arg(dealId), {}, m_tProvider).status,
            200);
        Reply done =
            m_c->post(QStringLiteral("/v1/deals/%1/complete").arg(dealId), {}, m_tConsumer);
        QCOMPARE(done.status, 200);
        QSet<QString> kinds;
        const auto [deposit, out] = depositAndMovements(dealId, &kinds, QStringLiteral("bitcoin"));
        QCOMPARE(deposit, 3485);
        QCOMPARE(out, deposit);
        QCOMPARE(balance(m_providerBtc, QStringLiteral("BTC")) - before,
                 qint64(3485) - qint64(3485) * 410000 / 20910000);
    }

    void strkFaucetDeploysAccount()
    {
        const QJsonObject sn = m_info.value(QStringLiteral("starknet")).toObject();
        QCOMPARE(sn.value(QStringLiteral("chainId")).toString(),
                 QStringLiteral("SN_FLASHBACK_DEV"));
        QCOMPARE(sn.value(QStringLiteral("friPerUnit")).toInteger(), 1000000000);
        QVERIFY(
            m_info.value(QStringLiteral("currencies")).toArray().contains(QStringLiteral("STRK")));
        QCOMPARE(m_c->get("/v1/dev/accounts/" + m_strk.address).status, 404);
        // Deploying needs the key whose account contract has this address.
        Reply noKey = m_c->post(QStringLiteral("/v1/dev/faucet"),
                                {{QStringLiteral("address"), m_strk.address},
                                 {QStringLiteral("currency"), QStringLiteral("STRK")}});
        QCOMPARE(noKey.status, 400);
        QVERIFY(noKey.raw.contains("publicKey"));
        Reply wrongKey = m_c->post(QStringLiteral("/v1/dev/faucet"),
                                   {{QStringLiteral("address"), m_strk.address},
                                    {QStringLiteral("currency"), QStringLiteral("STRK")},
                                    {QStringLiteral("publicKey"), m_strk2.pub.toHex()}});
        QCOMPARE(wrongKey.status, 400);
        QCOMPARE(wrongKey.errorCode(), QStringLiteral("bad_address"));
        QCOMPARE(m_c->get("/v1/dev/accounts/" + m_strk.address).status, 404);
        Reply f = strkFaucet(m_strk);
        QVERIFY2(f.status == 200, f.raw.constData());
        QCOMPARE(f.json.value(QStringLiteral("chain")).toString(), QStringLiteral("starknet"));
        QCOMPARE(f.json.value(QStringLiteral("nonce")).toInteger(), 0);
        QCOMPARE(f.json.value(QStringLiteral("publicKey")).toString(), m_strk.pub.toPaddedHex());
        QCOMPARE(balance(m_strk.address, QStringLiteral("STRK")), qint64(1000) * 1000000000);
        // A second call only credits (the key is no longer needed).
        QCOMPARE(m_c->post(QStringLiteral("/v1/dev/faucet"),
                           {{QStringLiteral("address"), m_strk.address},
                            {QStringLiteral("currency"), QStringLiteral("STRK")},
                            {QStringLiteral("units"), 5}})
                     .status,
                 200);
        QCOMPARE(balance(m_strk.address, QStringLiteral("STRK")), qint64(1000) * 1000000000 + 5);
        // Not canonical, not an address.
        QCOMPARE(m_c->get("/v1/dev/accounts/" + m_strk.address.toUpper().replace(
                                                    QStringLiteral("0X"), QStringLiteral("0x")))
                     .status,
                 400);
        QCOMPARE(m_c->get(QStringLiteral("/v1/dev/accounts/0xnothex")).status, 400);
    }

    void strkIntentNeedsPayoutAddress()
    {
        const QString dealId = acceptedDeal();
        Reply r = m_c->post(QStringLiteral("/v1/deals/%1/intent").arg(dealId),
                            {{QStringLiteral("currency"), QStringLiteral("STRK")}}, m_tConsumer);
        QCOMPARE(r.status, 422);
        QVERIFY(r.raw.contains("Starknet payout address"));
        Reply bad = m_c->call(QStringLiteral("PUT"), QStringLiteral("/v1/me/payout-addresses"),
                              {{QStringLiteral("starknet"), QStringLiteral("0x12")}}, m_tProvider);
        QCOMPARE(bad.status, 400);
        Reply payout = m_c->call(QStringLiteral("PUT"), QStringLiteral("/v1/me/payout-addresses"),
                                 {{QStringLiteral("starknet"), strkPayout()}}, m_tProvider);
        QCOMPARE(payout.status, 200);
        QCOMPARE(payout.json.value(QStringLiteral("starknet")).toString(), strkPayout());
        QCOMPARE(intent(dealId, QStringLiteral("STRK")).value(QStringLiteral("chain")).toString(),
                 QStringLiteral("starknet"));
    }

    void strkPaymentFundsDeal()
    {
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("STRK"));
        QCOMPARE(in.value(QStringLiteral("memoType")).toString(), QStringLiteral("address"));
        const QString deposit = in.value(QStringLiteral("escrowAddress")).toString();
        QCOMPARE(deposit.size(), 66);
        // $2.091 at $0.40 per STRK = 5.2275 STRK, in nano-STRK.
        QCOMPARE(units(in, "amount"), qint64(5227500000));
        const QJsonObject t = in.value(QStringLiteral("starknet")).toObject();
        QCOMPARE(t.value(QStringLiteral("token")).toString(),
                 fb::starknet::formatAddress(fb::starknet::strkToken()));
        const qint64 before = balance(m_strk.address, QStringLiteral("STRK"));
        const QString tx = strkPayment(in, m_strk);
        QVERIFY(!tx.isEmpty());
        Reply paid = pay(dealId, tx);
        QVERIFY2(paid.status == 200, paid.raw.constData());
        QCOMPARE(paid.json.value(QStringLiteral("deal"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Funded"));
        const QJsonObject payment = paid.json.value(QStringLiteral("payment")).toObject();
        QCOMPARE(payment.value(QStringLiteral("chain")).toString(), QStringLiteral("starknet"));
        QCOMPARE(payment.value(QStringLiteral("from")).toString(), m_strk.address);
        QCOMPARE(payment.value(QStringLiteral("to")).toString(), deposit);
        QCOMPARE(
            payment.value(QStringLiteral("txHash")).toString(),
            fb::starknet::transactionHash(*fb::starknet::parseJson(tx.toUtf8())).toPaddedHex());
        QCOMPARE(balance(m_strk.address, QStringLiteral("STRK")), before - 5227500000);
        QCOMPARE(account(m_strk.address).value(QStringLiteral("nonce")).toInteger(), 1);
        // base64 of the same JSON is the same transaction: replayed.
        QCOMPARE(pay(dealId, QString::fromLatin1(tx.toUtf8().toBase64())).status, 409);
        // Another deal of the same consumer: its intent has its own deposit address.
        const QString other = acceptedDeal();
        intent(other, QStringLiteral("STRK"));
        Reply elsewhere = pay(other, tx);
        QCOMPARE(elsewhere.status, 422);
        QVERIFY(elsewhere.raw.contains("another payment"));
        QCOMPARE(dealState(other), QStringLiteral("Accepted"));
        QCOMPARE(balance(m_strk.address, QStringLiteral("STRK")), before - 5227500000);
    }

    // The node takes what Starknet's own SDK makes: a key and account address from starknet.js,
    // the INVOKE v3 transfer built, hashed and signed by starknet.js, posted as its JSON form.
    void strkPaymentBuiltByStarknetJsFundsDeal()
    {
        const QJsonObject key = coinTool({{QStringLiteral("cmd"), QStringLiteral("strk_keypair")}});
        const QString address = key.value(QStringLiteral("address")).toString();
        QVERIFY2(address.size() == 66, "starknet.js is missing: link tests/node_modules");
        Reply funded = m_c->post(QStringLiteral("/v1/dev/faucet"),
                                 {{QStringLiteral("address"), address},
                                  {QStringLiteral("currency"), QStringLiteral("STRK")},
                                  {QStringLiteral("publicKey"), key.value(QStringLiteral("pub"))}});
        QVERIFY2(funded.status == 200, funded.raw.constData());
        QVERIFY(funded.json.value(QStringLiteral("deployed")).toBool());
        const qint64 before = balance(address, QStringLiteral("STRK"));

        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("STRK"));
        const qint64 amount = units(in, "amount");
        const QJsonObject t = in.value(QStringLiteral("starknet")).toObject();
        const qint64 friPerUnit = t.value(QStringLiteral("friPerUnit")).toInteger();
        QCOMPARE(friPerUnit, qint64(1000000000));
        const QJsonObject tx = coinTool(
            {{QStringLiteral("cmd"), QStringLiteral("strk_pay")},
             {QStringLiteral("priv"), key.value(QStringLiteral("priv"))},
             {QStringLiteral("sender"), address},
             {QStringLiteral("recipient"), in.value(QStringLiteral("escrowAddress"))},
             {QStringLiteral("amountFri"),
              QString(QString::number(amount) + QStringLiteral("000000000"))},
             {QStringLiteral("nonce"), account(address).value(QStringLiteral("nonce")).toInteger()},
             {QStringLiteral("chainId"), t.value(QStringLiteral("chainId"))}});
        const QString json = tx.value(QStringLiteral("json")).toString();
        QVERIFY(!json.isEmpty());
        Reply paid = pay(dealId, json);
        QVERIFY2(paid.status == 200, paid.raw.constData());
        QCOMPARE(paid.json.value(QStringLiteral("deal"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Funded"));
        const QJsonObject payment = paid.json.value(QStringLiteral("payment")).toObject();
        QCOMPARE(payment.value(QStringLiteral("from")).toString(), address);
        QCOMPARE(payment.value(QStringLiteral("to")).toString(),
                 in.value(QStringLiteral("escrowAddress")).toString());
        // The node names the transaction by the hash starknet.js computed.
        QCOMPARE(payment.value(QStringLiteral("txHash")).toString(),
                 tx.value(QStringLiteral("hash")).toString());
        QCOMPARE(dealState(dealId), QStringLiteral("Funded"));
        // No fee on the development network: the balance moved by the amount, to the unit.
        QCOMPARE(balance(address, QStringLiteral("STRK")), before - amount);
        QCOMPARE(account(address).value(QStringLiteral("nonce")).toInteger(), 1);
    }

    void strkBadPaymentsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << "garbage"
                                 << "decode";
        QTest::newRow("sepolia chain id") << "sepolia"
                                          << "Starknet sepolia";
        QTest::newRow("made-up chain id") << "chain"
                                          << "Wrong chain id";
        QTest::newRow("used nonce") << "nonce-"
                                    << "Wrong nonce";
        QTest::newRow("future nonce") << "nonce+"
                                      << "Wrong nonce";
        QTest::newRow("forged signature") << "forged"
                                          << "does not verify";
        QTest::newRow("another key's signature") << "otherkey"
                                                 << "does not verify";
        QTest::newRow("underpayment") << "underpay"
                                      << "Underpayment";
        QTest::newRow("fraction of a nano-STRK") << "fraction"
                                                 << "whole number";
        QTest::newRow("wrong destination") << "destination"
                                           << "another payment";
        QTest::newRow("two calls") << "twocalls"
                                   << "single STRK transfer";
        QTest::newRow("another token") << "token"
                                       << "STRK contract";
        QTest::newRow("undeployed sender") << "undeployed"
                                           << "not deployed";
    }

    void strkBadPaymentsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("STRK"));
        const QString amountFri = QString::number(units(in, "amount"));
        StrkTweak w;
        const StrkKey *from = &m_strk;
        if (kind == QLatin1String("sepolia"))
            w.chain = QStringLiteral("SN_SEPOLIA");
        else if (kind == QLatin1String("chain"))
            w.chain = QStringLiteral("SN_SOMEWHERE");
        else if (kind == QLatin1String("nonce-"))
            w.nonceDelta = -1;
        else if (kind == QLatin1String("nonce+"))
            w.nonceDelta = 1;
        else if (kind == QLatin1String("forged"))
            w.forge = true;
        else if (kind == QLatin1String("otherkey"))
            w.signer = &m_strk2;
        else if (kind == QLatin1String("underpay"))
            w.amountFri = QString::number(units(in, "amount") - 1) + QStringLiteral("000000000");
        else if (kind == QLatin1String("fraction"))
            w.amountFri = amountFri + QStringLiteral("000000001");
        else if (kind == QLatin1String("destination"))
            w.to = m_strk2.address;
        else if (kind == QLatin1String("twocalls"))
            w.twoCalls = true;
        else if (kind == QLatin1String("token"))
            w.otherToken = true;
        else if (kind == QLatin1String("undeployed"))
            from = &m_strk2;
        if (kind == QLatin1String("nonce-")) // strkPaymentFundsDeal spent nonce 0
            QVERIFY(account(m_strk.address).value(QStringLiteral("nonce")).toInteger() > 0);
        const QString envelope = kind == QLatin1String("garbage") ? QStringLiteral("{\"type\":1}")
                                                                  : strkPayment(in, *from, w);
        QVERIFY(!envelope.isEmpty());
        const qint64 payer = balance(m_strk.address, QStringLiteral("STRK"));
        const qint64 nonce = account(m_strk.address).value(QStringLiteral("nonce")).toInteger();
        Reply r = pay(dealId, envelope);
        QCOMPARE(r.status, 422);
        const QString text = r.json.value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("message"))
                                 .toString();
        QVERIFY2(text.contains(message), qPrintable(text));
        // Nothing changed: deal, balances, nonce, payments.
        QCOMPARE(dealState(dealId), QStringLiteral("Accepted"));
        QCOMPARE(balance(m_strk.address, QStringLiteral("STRK")), payer);
        QCOMPARE(account(m_strk.address).value(QStringLiteral("nonce")).toInteger(), nonce);
        QCOMPARE(
            m_c->get("/v1/dev/accounts/" + in.value(QStringLiteral("escrowAddress")).toString())
                        .status == 200
                ? balance(in.value(QStringLiteral("escrowAddress")).toString(),
                          QStringLiteral("STRK"))
                : 0,
            0);
        QVERIFY(m_c->get(QStringLiteral("/v1/deals/%1/payments").arg(dealId), m_tConsumer)
                    .json.value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
        // The right payment still goes through.
        Reply ok = pay(dealId, strkPayment(in, m_strk));
        QVERIFY2(ok.status == 200, ok.raw.constData());
    }

    void strkCancelRefundsInStrk()
    {
        const QString dealId = acceptedDeal();
        Reply badRefund = m_c->post(QStringLiteral("/v1/deals/%1/intent").arg(dealId),
                                    {{QStringLiteral("currency"), QStringLiteral("STRK")},
                                     {QStringLiteral("refundAddress"), QStringLiteral("0xZZ")}},
                                    m_tConsumer);
        QCOMPARE(badRefund.status, 400);
        QCOMPARE(badRefund.errorCode(), QStringLiteral("bad_address"));
        const QJsonObject in = intent(dealId, QStringLiteral("STRK"),
                                      {{QStringLiteral("refundAddress"), m_strk2.address}});
        QCOMPARE(pay(dealId, strkPayment(in, m_strk)).status, 200);
        Reply cancelled =
            m_c->post(QStringLiteral("/v1/deals/%1/cancel").arg(dealId),
                      {{QStringLiteral("reason"), QStringLiteral("changed my mind")}}, m_tConsumer);
        QCOMPARE(cancelled.status, 200);
        // All of it back, fee included, to the refund address (an account not deployed yet
        // receives like any address on Starknet).
        const QJsonObject refunded =
            m_c->get(QStringLiteral("/v1/deals/%1/payments").arg(dealId), m_tConsumer).json;
        qint64 deposit = 0, back = 0;
        for (const QJsonValue &v : refunded.value(QStringLiteral("items")).toArray()) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QStringLiteral("chain")).toString(), QStringLiteral("starknet"));
            if (p.value(QStringLiteral("kind")).toString() == QLatin1String("deposit"))
                deposit += units(p, "amount");
            else if (p.value(QStringLiteral("kind")).toString() == QLatin1String("refund") &&
                     p.value(QStringLiteral("to")).toString() == m_strk2.address)
                back += units(p, "amount");
        }
        QCOMPARE(deposit, units(in, "amount"));
        QCOMPARE(back, deposit);
        QCOMPARE(balance(m_strk2.address, QStringLiteral("STRK")), deposit);
    }

    void strkFullTermReleasesInStrk()
    {
        const QString dealId = acceptedDeal();
        const QJsonObject in = intent(dealId, QStringLiteral("STRK"));
        QCOMPARE(pay(dealId, strkPayment(in, m_strk)).status, 200);
        QCOMPARE(
            m_c->post(QStringLiteral("/v1/deals/%1/activate").arg(dealId), {}, m_tProvider).status,
            200);
        Reply done =
            m_c->post(QStringLiteral("/v1/deals/%1/complete").arg(dealId), {}, m_tConsumer);
        QCOMPARE(done.status, 200);
        QSet<QString> kinds;
        qint64 deposit = 0, out = 0, toProvider = 0;
        for (const QJsonValue &v :
             m_c->get(QStringLiteral("/v1/deals/%1/payments").arg(dealId), m_tConsumer)
                 .json.value(QStringLiteral("items"))
                 .toArray()) {
            const QJsonObject p = v.toObject();
            const QString kind = p.value(QStringLiteral("kind")).toString();
            kinds.insert(kind);
            if (kind == QLatin1String("deposit"))
                deposit += units(p, "amount");
            else
                out += units(p, "amount");
            if (p.value(QStringLiteral("to")).toString() == strkPayout())
                toProvider += units(p, "amount");
        }
        QVERIFY(kinds.contains(QStringLiteral("fee")) && kinds.contains(QStringLiteral("release")));
        QCOMPARE(out, deposit); // not a nano-STRK created or lost
        // The provider's release (deposit - fee) on Starknet: 5227500000 x 2.05/2.091.
        QCOMPARE(toProvider, qint64(5227500000) - qint64(5227500000) * 410000 / 20910000);
        // The deposit address is empty again.
        QCOMPARE(
            balance(in.value(QStringLiteral("escrowAddress")).toString(), QStringLiteral("STRK")),
            0);
    }
    // ---- plain transfers between two accounts (POST /v1/dev/transfers, the wallet's Send) ----
private:
    Reply transfer(const QString &chain, const QString &envelope)
    {
        return m_c->post(
            QStringLiteral("/v1/dev/transfers"),
            {{QStringLiteral("chain"), chain}, {QStringLiteral("envelope"), envelope}});
    }
    QJsonObject historyEntry(const QString &address, const QString &hash)
    {
        for (const QJsonValue &v :
             m_c->get(QStringLiteral("/v1/dev/accounts/%1/history").arg(address))
                 .json.value(QStringLiteral("items"))
                 .toArray())
            if (v.toObject().value(QStringLiteral("hash")).toString() == hash)
                return v.toObject();
        return {};
    }

private slots:
    // algosdk signs a plain payment without a note from one fresh account to another: both
    // balances move by exactly amount (+ the fee), both histories show it, a replay changes
    // nothing, and the escrow cannot be paid this way.
    void plainAlgoTransferBetweenAccounts()
    {
        const QString seedA = randomSeedHex(), seedB = randomSeedHex();
        const QString a = coinTool({{QStringLiteral("cmd"), QStringLiteral("algo_keypair")},
                                    {QStringLiteral("seed"), seedA}})
                              .value(QStringLiteral("address"))
                              .toString();
        const QString b = coinTool({{QStringLiteral("cmd"), QStringLiteral("algo_keypair")},
                                    {QStringLiteral("seed"), seedB}})
                              .value(QStringLiteral("address"))
                              .toString();
        QCOMPARE(a.size(), 58);
        QCOMPARE(m_c->post(QStringLiteral("/v1/dev/faucet"),
                           {{QStringLiteral("address"), a},
                            {QStringLiteral("currency"), QStringLiteral("ALGO")},
                            {QStringLiteral("units"), 100000000}})
                     .status,
                 200);
        const QJsonObject acct = account(a);
        const qint64 round = acct.value(QStringLiteral("round")).toInteger();
        auto pay = [&](const QString &to, qint64 amount) {
            return coinTool(
                {{QStringLiteral("cmd"), QStringLiteral("algo_pay")},
                 {QStringLiteral("seed"), seedA},
                 {QStringLiteral("receiver"), to},
                 {QStringLiteral("amount"), amount},
                 {QStringLiteral("firstValid"), round},
                 {QStringLiteral("lastValid"), round + 1000},
                 {QStringLiteral("genesisId"), acct.value(QStringLiteral("genesisId"))},
                 {QStringLiteral("genesisHash"), acct.value(QStringLiteral("genesisHash"))}});
        };
        const QJsonObject tx = pay(b, 2500000);
        const QString signedTx = tx.value(QStringLiteral("signed")).toString();
        QVERIFY(!signedTx.isEmpty());
        Reply r = transfer(QStringLiteral("algorand"), signedTx);
        QVERIFY2(r.status == 201, r.raw.constData());
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(r.json.value(QStringLiteral("hash")).toString(),
                 tx.value(QStringLiteral("txid")).toString());
        QCOMPARE(r.json.value(QStringLiteral("destination")).toString(), b);
        QCOMPARE(r.json.value(QStringLiteral("fee")).toInteger(), 1000);
        QCOMPARE(units(r.json, "amount"), 2500000);
        QCOMPARE(balance(a, QStringLiteral("ALGO")), 100000000 - 2500000 - 1000);
        QCOMPARE(balance(b, QStringLiteral("ALGO")), 2500000);
        const QJsonObject in = historyEntry(b, tx.value(QStringLiteral("txid")).toString());
        QCOMPARE(in.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QCOMPARE(in.value(QStringLiteral("from")).toString(), a);
        QCOMPARE(historyEntry(a, tx.value(QStringLiteral("txid")).toString())
                     .value(QStringLiteral("fee"))
                     .toInteger(),
                 1000);
        // Replayed: nothing moves twice.
        QCOMPARE(transfer(QStringLiteral("algorand"), signedTx).status, 409);
        QCOMPARE(balance(b, QStringLiteral("ALGO")), 2500000);
        // The escrow takes deposits through a deal's intent only.
        Reply escrow = transfer(QStringLiteral("algorand"),
                                pay(algoEscrow(), 1000).value(QStringLiteral("signed")).toString());
        QCOMPARE(escrow.status, 422);
        // More than the balance.
        Reply over = transfer(QStringLiteral("algorand"),
                              pay(b, 100000000).value(QStringLiteral("signed")).toString());
        QCOMPARE(over.status, 422);
        QCOMPARE(balance(a, QStringLiteral("ALGO")), 100000000 - 2500000 - 1000);
        // A Stellar envelope named as Algorand, and an unknown chain.
        QCOMPARE(transfer(QStringLiteral("algorand"), QStringLiteral("AAAA")).status, 422);
        QCOMPARE(transfer(QStringLiteral("dogecoin"), signedTx).status, 400);
    }

    // bitcoinjs-lib signs a plain transfer (one recipient, change back, no OP_RETURN): it is
    // unconfirmed with 0 confirmations until a block is mined, then confirmed; the finalized PSBT
    // form works as well; two recipients, a low fee and a double spend are refused.
    void plainBtcTransferConfirmsInABlock()
    {
        const QString seedA = randomSeedHex();
        const QString a = coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_keypair")},
                                    {QStringLiteral("seed"), seedA}})
                              .value(QStringLiteral("address"))
                              .toString();
        const QString b = coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_keypair")},
                                    {QStringLiteral("seed"), randomSeedHex()}})
                              .value(QStringLiteral("address"))
                              .toString();
        const QString c = coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_keypair")},
                                    {QStringLiteral("seed"), randomSeedHex()}})
                              .value(QStringLiteral("address"))
                              .toString();
        QVERIFY(a.startsWith(QStringLiteral("tb1q")) && b.startsWith(QStringLiteral("tb1q")));
        QCOMPARE(m_c->post(QStringLiteral("/v1/dev/faucet"),
                           {{QStringLiteral("address"), a},
                            {QStringLiteral("currency"), QStringLiteral("BTC")},
                            {QStringLiteral("units"), 1000000}})
                     .status,
                 200);
        const QJsonObject coin = btcUtxos(a).at(0).toObject();
        QCOMPARE(coin.value(QStringLiteral("amount")).toInteger(), 1000000);
        auto pay = [&](const QJsonArray &outputs) {
            return coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_pay")},
                             {QStringLiteral("seed"), seedA},
                             {QStringLiteral("utxos"), QJsonArray{coin}},
                             {QStringLiteral("outputs"), outputs}});
        };
        auto out = [](const QString &address, qint64 value) {
            return QJsonObject{{QStringLiteral("address"), address},
                               {QStringLiteral("value"), value}};
        };
        // Refusals first: nothing changes.
        Reply two = transfer(QStringLiteral("bitcoin"),
                             pay({out(b, 100000), out(c, 100000), out(a, 799500)})
                                 .value(QStringLiteral("hex"))
                                 .toString());
        QCOMPARE(two.status, 422);
        QVERIFY(two.raw.contains("one recipient"));
        Reply cheap =
            transfer(QStringLiteral("bitcoin"),
                     pay({out(b, 300000), out(a, 699900)}).value(QStringLiteral("hex")).toString());
        QCOMPARE(cheap.status, 422); // 100 sat for ~141 vB: under 2 sat/vB
        QCOMPARE(btcUtxos(a).size(), 1);

        const QJsonObject tx = pay({out(b, 300000), out(a, 699500)});
        Reply r = transfer(QStringLiteral("bitcoin"), tx.value(QStringLiteral("hex")).toString());
        QVERIFY2(r.status == 201, r.raw.constData());
        const QString txid = tx.value(QStringLiteral("txid")).toString();
        QCOMPARE(r.json.value(QStringLiteral("hash")).toString(), txid);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("unconfirmed"));
        QCOMPARE(r.json.value(QStringLiteral("confirmations")).toInteger(), 0);
        QCOMPARE(r.json.value(QStringLiteral("destination")).toString(), b);
        QCOMPARE(units(r.json, "amount"), 300000);
        QCOMPARE(r.json.value(QStringLiteral("fee")).toInteger(), 500);
        QCOMPARE(balance(a, QStringLiteral("BTC")), 699500);
        QCOMPARE(balance(b, QStringLiteral("BTC")), 300000);
        QCOMPARE(historyEntry(b, txid).value(QStringLiteral("status")).toString(),
                 QStringLiteral("unconfirmed"));
        QVERIFY2(historyEntry(a, txid).value(QStringLiteral("fee")).toInteger() == 500,
                 m_c->get(QStringLiteral("/v1/dev/accounts/%1/history").arg(a)).raw.constData());
        mine();
        const QJsonObject confirmed = historyEntry(b, txid);
        QCOMPARE(confirmed.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(confirmed.value(QStringLiteral("confirmations")).toInteger(), 1);
        // The same coin again: a double spend.
        QCOMPARE(
            transfer(QStringLiteral("bitcoin"), tx.value(QStringLiteral("psbt")).toString()).status,
            409);
        // The change, spent as a finalized PSBT (base64).
        const QJsonObject change = btcUtxos(a).at(0).toObject();
        QCOMPARE(change.value(QStringLiteral("amount")).toInteger(), 699500);
        const QJsonObject second =
            coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_pay")},
                      {QStringLiteral("seed"), seedA},
                      {QStringLiteral("utxos"), QJsonArray{change}},
                      {QStringLiteral("outputs"), QJsonArray{out(b, 100000), out(a, 599000)}}});
        Reply r2 =
            transfer(QStringLiteral("bitcoin"), second.value(QStringLiteral("psbt")).toString());
        QVERIFY2(r2.status == 201, r2.raw.constData());
        QCOMPARE(balance(b, QStringLiteral("BTC")), 400000);
        QCOMPARE(balance(a, QStringLiteral("BTC")), 599000);
    }

    // GET /v1/dev/bitcoin/fee-estimate: on an idle network the floor (2 sat/vB) for economy,
    // twice it for normal and four times for priority; transactions waiting for the next block
    // raise the rates by the documented policy, and a block brings them back.
    void btcFeeEstimateFollowsTheMempool()
    {
        mine(); // whatever earlier tests left waiting goes into a block
        auto estimate = [this] {
            Reply r = m_c->get(QStringLiteral("/v1/dev/bitcoin/fee-estimate"));
            QMap<QString, qint64> rates;
            if (r.status != 200)
                return std::pair{r.json, rates};
            for (const QJsonValue &v : r.json.value(QStringLiteral("estimates")).toArray())
                rates.insert(v[QStringLiteral("name")].toString(),
                             v[QStringLiteral("satPerVbyte")].toInteger());
            return std::pair{r.json, rates};
        };
        auto [idle, idleRates] = estimate();
        QCOMPARE(idle.value(QStringLiteral("unit")).toString(), QStringLiteral("sat/vB"));
        QCOMPARE(idle.value(QStringLiteral("minFeeRate")).toInteger(), 2);
        QCOMPARE(idle.value(QStringLiteral("mempool")).toInteger(), 0);
        QCOMPARE(idleRates, (QMap<QString, qint64>{{QStringLiteral("economy"), 2},
                                                   {QStringLiteral("normal"), 4},
                                                   {QStringLiteral("priority"), 8}}));
        const QJsonArray targets = idle.value(QStringLiteral("estimates")).toArray();
        QCOMPARE(targets.size(), 3);
        QCOMPARE(targets.at(0)[QStringLiteral("blocks")].toInteger(), 6);
        QCOMPARE(targets.at(1)[QStringLiteral("blocks")].toInteger(), 3);
        QCOMPARE(targets.at(2)[QStringLiteral("blocks")].toInteger(), 1);

        // Five transfers wait for the next block: priority pays one sat/vB more.
        const QString seedA = randomSeedHex();
        const QString a = coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_keypair")},
                                    {QStringLiteral("seed"), seedA}})
                              .value(QStringLiteral("address"))
                              .toString();
        const QString b = coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_keypair")},
                                    {QStringLiteral("seed"), randomSeedHex()}})
                              .value(QStringLiteral("address"))
                              .toString();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_c->post(QStringLiteral("/v1/dev/faucet"),
                               {{QStringLiteral("address"), a},
                                {QStringLiteral("currency"), QStringLiteral("BTC")},
                                {QStringLiteral("units"), 100000}})
                         .status,
                     200);
        const QJsonArray coins = btcUtxos(a);
        QCOMPARE(coins.size(), 5);
        QCOMPARE(estimate().first.value(QStringLiteral("mempool")).toInteger(), 0); // credits
        for (const QJsonValue &coin : coins) {
            const QJsonObject tx =
                coinTool({{QStringLiteral("cmd"), QStringLiteral("btc_pay")},
                          {QStringLiteral("seed"), seedA},
                          {QStringLiteral("utxos"), QJsonArray{coin}},
                          {QStringLiteral("outputs"),
                           QJsonArray{QJsonObject{{QStringLiteral("address"), b},
                                                  {QStringLiteral("value"), 50000}},
                                      QJsonObject{{QStringLiteral("address"), a},
                                                  {QStringLiteral("value"), 49000}}}}});
            Reply r =
                transfer(QStringLiteral("bitcoin"), tx.value(QStringLiteral("hex")).toString());
            QVERIFY2(r.status == 201, r.raw.constData());
        }
        auto [busy, busyRates] = estimate();
        QCOMPARE(busy.value(QStringLiteral("mempool")).toInteger(), 5);
        QCOMPARE(busyRates, (QMap<QString, qint64>{{QStringLiteral("economy"), 2},
                                                   {QStringLiteral("normal"), 4},
                                                   {QStringLiteral("priority"), 9}}));
        mine();
        auto [after, afterRates] = estimate();
        QCOMPARE(after.value(QStringLiteral("mempool")).toInteger(), 0);
        QCOMPARE(afterRates, idleRates);
    }

    // starknet.js builds and signs a STRK transfer from a deployed account to an address with no
    // account yet: the recipient holds it, the sender's balance and nonce move; a replay and the
    // platform's fee account are refused.
    void plainStrkTransferBuiltByStarknetJs()
    {
        const QJsonObject key = coinTool({{QStringLiteral("cmd"), QStringLiteral("strk_keypair")}});
        const QString a = key.value(QStringLiteral("address")).toString();
        QVERIFY2(a.size() == 66, "starknet.js is missing: link tests/node_modules");
        const QString b = strkKey().address;
        Reply funded = m_c->post(QStringLiteral("/v1/dev/faucet"),
                                 {{QStringLiteral("address"), a},
                                  {QStringLiteral("currency"), QStringLiteral("STRK")},
                                  {QStringLiteral("publicKey"), key.value(QStringLiteral("pub"))}});
        QVERIFY2(funded.status == 200, funded.raw.constData());
        const qint64 before = balance(a, QStringLiteral("STRK"));
        auto pay = [&](const QString &to, qint64 nanoStrk) {
            return coinTool(
                {{QStringLiteral("cmd"), QStringLiteral("strk_pay")},
                 {QStringLiteral("priv"), key.value(QStringLiteral("priv"))},
                 {QStringLiteral("sender"), a},
                 {QStringLiteral("recipient"), to},
                 {QStringLiteral("amountFri"),
                  QString(QString::number(nanoStrk) + QStringLiteral("000000000"))},
                 {QStringLiteral("nonce"), account(a).value(QStringLiteral("nonce")).toInteger()},
                 {QStringLiteral("chainId"), account(a).value(QStringLiteral("chainId"))}});
        };
        const QJsonObject tx = pay(b, 12500000000);
        Reply r = transfer(QStringLiteral("starknet"), tx.value(QStringLiteral("json")).toString());
        QVERIFY2(r.status == 201, r.raw.constData());
        QCOMPARE(r.json.value(QStringLiteral("hash")).toString(),
                 tx.value(QStringLiteral("hash")).toString());
        QCOMPARE(r.json.value(QStringLiteral("destination")).toString(), b);
        QCOMPARE(r.json.value(QStringLiteral("fee")).toInteger(), 0);
        QCOMPARE(balance(a, QStringLiteral("STRK")), before - 12500000000);
        QCOMPARE(balance(b, QStringLiteral("STRK")), 12500000000);
        QCOMPARE(account(a).value(QStringLiteral("nonce")).toInteger(), 1);
        QCOMPARE(historyEntry(b, tx.value(QStringLiteral("hash")).toString())
                     .value(QStringLiteral("direction"))
                     .toString(),
                 QStringLiteral("in"));
        QVERIFY(transfer(QStringLiteral("starknet"), tx.value(QStringLiteral("json")).toString())
                    .status >= 409);
        QCOMPARE(balance(b, QStringLiteral("STRK")), 12500000000);
        const QString fee = m_info.value(QStringLiteral("starknet"))
                                .toObject()
                                .value(QStringLiteral("platformFeeAddress"))
                                .toString();
        if (!fee.isEmpty())
            QCOMPARE(transfer(QStringLiteral("starknet"),
                              pay(fee, 1000000000).value(QStringLiteral("json")).toString())
                         .status,
                     422);
        // The recipient has no account contract: it holds STRK but cannot send.
        QCOMPARE(account(b).value(QStringLiteral("deployed")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(NodeCoinsTest)
#include "tst_nodecoins.moc"
