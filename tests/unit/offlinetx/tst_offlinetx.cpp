// wallet/offlinetx: what the signer window (and later the CLI) relies on. Every input form is
// recognised from its bytes alone; garbage, empty input and foreign JSON are refused with a
// reason; a signing request carries the network, the round and the time; the validity window is
// judged against a given clock for Stellar time bounds and Algorand rounds; signing is all or
// nothing and writes the result in the form it came in. Starknet INVOKE v3 JSON (a STRK
// transfer) is read bare, as base64 and in a signing request, and signed by the wallet's
// Starknet account only.
#include "wallet/algorand.h"
#include "wallet/keystore.h"
#include "wallet/offlinetx.h"
#include "wallet/psbt.h"
#include "wallet/slip10.h"
#include "wallet/starknet.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"
#include "wallet/strkey.h"

#include <QTest>

using namespace fb;
using namespace fb::offlinetx;

namespace {

const char *kPhrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                      "abandon abandon about";
const char *kPsbt =
    "cHNidP8BAHECAAAAAcgx6jwBdSircVbSr/hMJUqO3hapXK2U6cR4tjVwVYI2AQAAAAD9////"
    "AmDqAAAAAAAAFgAUdR526BmRltRUlBxF0bOjI/"
    "FDO9ZYmAAAAAAAABYAFD40mF3Kb93J+"
    "zaZQOTH2OKHP1KcAAAAAAABAF0CAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAFR/////"
    "wIAAAAAAAAAAAFqoIYBAAAAAAAWABTAzrzWw9PKjHXcXsYuvlUzDvkQ4gAAAAABAR+"
    "ghgEAAAAAABYAFMDOvNbD08qMddxexi6+VTMO+"
    "RDiIgYDMNVP0N1CCm5fjTYk9fNILK41D3nV8HU79b7vnC2RrzwYc8XaClQAAIAAAACAAAAAgAAAAAAAAAAAAAAiAgMCUyS"
    "IjkKauOPbrx94AmSLnNAem0GEhcX6TBubVwDhphhzxdoKVAAAgAAAAIAAAACAAQAAAAAAAAAA";

} // namespace

class OfflineTxTest : public QObject
{
    Q_OBJECT

    keystore::Secrets m_secrets;
    QString m_stellar, m_stellarOther, m_algorand, m_algorandOther;
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

    stellar::Envelope stellarTx(quint64 minTime, quint64 maxTime, const QString &source = {})
    {
        stellar::PaymentParams p;
        p.source = source.isEmpty() ? m_stellar : source;
        p.destination = m_stellarOther;
        p.amount = 10000000;
        p.asset = QStringLiteral("XLM");
        p.sequence = 7;
        p.minTime = minTime;
        p.maxTime = maxTime;
        return *stellar::buildPayment(p);
    }

    // 2.5 STRK on Sepolia from the Starknet account at index (the Argent X key, the wallet's
    // account class).
    starknet::InvokeV3 starknetTx(quint32 index)
    {
        auto seed = keystore::bip39Seed(m_secrets);
        auto key = starknet::privateKeyFromSeed(*seed, starknet::KeyScheme::ArgentX, index);
        starknet::PaymentParams p;
        p.sender = starknet::accountAddress(*stark::publicKey(*key),
                                            starknet::knownAccountClasses().first());
        p.recipient = stark::Felt::fromUInt(0x4242);
        p.amountFri = *starknet::parseStrk(QStringLiteral("2.5"));
        p.nonce = stark::Felt::fromUInt(3);
        p.chainId = starknet::chainByName(QStringLiteral("sepolia"))->id;
        p.l2Gas = {1000, stark::Felt::fromUInt(1000)};
        return starknet::buildStrkPayment(p);
    }

    QByteArray algorandTx(quint64 first, quint64 last)
    {
        algorand::PaymentParams p;
        p.sender = m_algorand;
        p.receiver = m_algorandOther;
        p.amount = 1000000;
        p.firstValid = first;
        p.lastValid = last;
        p.network = QStringLiteral("testnet");
        algorand::SignedTransaction s;
        s.txn = *algorand::buildPayment(p);
        return algorand::encodeFile({s});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        auto s = keystore::fromBip39(SecretBytes::fromBytes(kPhrase), SecretBytes());
        QVERIFY(s.ok());
        m_secrets = std::move(*s);
        auto pub = [&](const char *chain, quint32 i) {
            return slip10::ed25519PublicKey(
                *keystore::accountKey(m_secrets, QLatin1String(chain), i));
        };
        m_stellar = strkey::accountId(pub("stellar", 0));
        m_stellarOther = strkey::accountId(pub("stellar", 1));
        m_algorand = algorand::address(pub("algorand", 0));
        m_algorandOther = algorand::address(pub("algorand", 1));
    }

    void recognisesEveryForm_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<bool>("binary");
        const QByteArray psbtRaw = psbt::parse(QByteArray(kPsbt))->serialize();
        const auto env = stellarTx(0, 0);
        const QByteArray algo = algorandTx(100, 200);
        QTest::newRow("stellar base64") << stellar::encodeBase64(env) << "stellar" << false;
        QTest::newRow("stellar base64, wrapped")
            << QByteArray("  \n" + stellar::encodeBase64(env).insert(20, "\n") + "\n") << "stellar"
            << false;
        QTest::newRow("stellar raw xdr") << stellar::encode(env) << "stellar" << true;
        QTest::newRow("algorand goal file") << algo << "algorand" << true;
        QTest::newRow("algorand base64") << algo.toBase64() << "algorand" << false;
        QTest::newRow("psbt binary") << psbtRaw << "bitcoin" << true;
        QTest::newRow("psbt base64") << QByteArray(kPsbt) << "bitcoin" << false;
        QTest::newRow("psbt hex") << psbtRaw.toHex() << "bitcoin" << false;
        const QByteArray strk = starknet::toJson(starknetTx(0));
        QTest::newRow("starknet json") << strk << "starknet" << false;
        QTest::newRow("starknet base64") << strk.toBase64() << "starknet" << false;
    }
    void recognisesEveryForm()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, chain);
        QFETCH(bool, binary);
        auto t = decode(input);
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        QCOMPARE(chainName(t->chain), chain);
        QCOMPARE(t->form == Form::Binary, binary);
        // Written back in the same form, it decodes to the same transaction.
        auto again = decode(encode(*t, t->form));
        QVERIFY(again.ok());
        QCOMPARE(encode(*again, Form::Text), encode(*t, Form::Text));
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray(" \n") << "empty_input"
                               << "nothing to read";
        QTest::newRow("words") << QByteArray("hello world") << "not_a_transaction"
                               << "PSBT (binary, base64 or hex)";
        QTest::newRow("base64 of nothing") << QByteArray("AAAAAAAA") << "not_a_transaction"
                                           << "as a Stellar envelope";
        QTest::newRow("truncated psbt") << QByteArray(kPsbt).left(60) << "bad_psbt"
                                        << "";
        QTest::newRow("other json") << QByteArray("{\"type\": \"INVOKE\"}") << "bad_request"
                                    << "flashback-signing-request";
        QTest::newRow("broken json") << QByteArray("{\"format\": ") << "bad_request"
                                     << "not a JSON object";
        QTest::newRow("other chain")
            << QByteArray("{\"format\":\"flashback-signing-request\",\"version\":1,"
                          "\"chain\":\"ethereum\",\"payload\":\"AA==\"}")
            << "unsupported_chain"
            << "ethereum";
        QTest::newRow("starknet json, a field missing")
            << QByteArray("{\"type\": \"INVOKE\", \"sender_address\": \"0x1\"}") << "bad_json"
            << "";
    }
    void refusesWithAReason()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        QFETCH(QString, fragment);
        auto t = decode(input);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, code);
        QVERIFY2(t.error().message.contains(fragment), qPrintable(t.error().message));
    }

    void signingRequestCarriesNetworkRoundAndTime()
    {
        ExporterContext c;
        c.round = 150;
        c.madeAt = m_now.addSecs(-28); // ten rounds ago
        c.summary = QStringLiteral("terms");
        auto t = decode(
            signingRequest(Chain::Algorand, QStringLiteral("testnet"), algorandTx(100, 200), c));
        QVERIFY(t.ok());
        QCOMPARE(*t->context.round, quint64(150));
        QCOMPARE(t->context.madeAt, c.madeAt);
        QCOMPARE(t->context.summary, QStringLiteral("terms"));
        const Validity v = validity(*t, m_now);
        QCOMPARE(v.state, Validity::Open);
        QVERIFY2(v.text.contains(QStringLiteral("round 160")), qPrintable(v.text));

        auto s = decode(signingRequest(Chain::Stellar, QStringLiteral("testnet"),
                                       stellar::encode(stellarTx(0, 0)), {}));
        QVERIFY(s.ok());
        QCOMPARE(s->stellarNetwork.name, QStringLiteral("testnet"));
        QCOMPARE(s->form, Form::Text);
        // A request that names one chain and carries another is refused.
        auto mixed = decode(signingRequest(Chain::Bitcoin, QString(), algorandTx(1, 2), {}));
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().code, QStringLiteral("bad_request"));
    }

    static SlaTerms sampleTerms()
    {
        SlaTerms t;
        t.slaId = QStringLiteral("sla-1");
        t.dealIds = {QStringLiteral("deal-1"), QStringLiteral("deal-2")};
        t.providers = {
            {QStringLiteral("prov-a"), QStringLiteral("Aurora Storage"), QStringLiteral("eu-west")},
            {QStringLiteral("prov-b"), QString(), QString()}};
        t.sizeBytes = 5368709120;
        t.egressBytes = 1073741824;
        t.durationDays = 90;
        t.shards = 2;
        t.shardsNeeded = 1;
        t.protocol = QStringLiteral("s3");
        t.priceUnits = 9007199254740993; // beyond a double's exact range: travels as text
        t.priceCurrency = QStringLiteral("XLM");
        t.priceUsd7 = 123456789;
        t.rateUsd7PerCoin = 1100000;
        t.paymentIndex = 1;
        t.paymentCount = 2;
        t.paymentDealId = QStringLiteral("deal-2");
        t.paymentUnits = 600000000;
        return t;
    }

    void signingRequestCarriesTheAgreementsTerms()
    {
        ExporterContext c;
        c.madeAt = m_now;
        c.summary = QStringLiteral("5 GiB for 90 days");
        c.terms = sampleTerms();
        const QByteArray request = signingRequest(Chain::Stellar, QStringLiteral("testnet"),
                                                  stellar::encode(stellarTx(0, 0)), c);
        auto t = decode(request);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QVERIFY(t->context.terms.has_value());
        QCOMPARE(*t->context.terms, sampleTerms());
        QCOMPARE(t->context.summary, c.summary);
        // The price is exact decimal text, not a JSON number.
        QVERIFY(request.contains("\"9007199254740993\""));
        // Without terms, none are read back.
        auto plain = decode(signingRequest(Chain::Stellar, QStringLiteral("testnet"),
                                           stellar::encode(stellarTx(0, 0)), {}));
        QVERIFY(plain.ok());
        QVERIFY(!plain->context.terms.has_value());
    }

    void refusesMalformedTerms_data()
    {
        QTest::addColumn<QByteArray>("terms"); // the "terms" value, as JSON
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not an object") << QByteArray("[1]") << "\"terms\" is not an object";
        QTest::newRow("negative size") << QByteArray("{\"size_bytes\": \"-5\"}") << "size_bytes";
        QTest::newRow("fractional size") << QByteArray("{\"size_bytes\": 1.5}") << "size_bytes";
        QTest::newRow("huge amount")
            << QByteArray("{\"price\": {\"units\": \"99999999999999999999\", \"currency\": "
                          "\"XLM\"}}")
            << "price";
        QTest::newRow("amount as words")
            << QByteArray("{\"price\": {\"units\": \"ten\", \"currency\": \"XLM\"}}") << "price";
        QTest::newRow("needed above shards")
            << QByteArray("{\"shards\": 2, \"shards_needed\": 3}") << "redundancy";
        QTest::newRow("long name") << (QByteArray("{\"providers\": [{\"id\": \"p\", \"name\": \"") +
                                       QByteArray(kMaxTermsText + 1, 'x') + "\"}]}")
                                   << "short text";
        QByteArray many = "{\"deal_ids\": [";
        for (int i = 0; i <= kMaxTermsProviders; ++i)
            many += (i ? ",\"d" : "\"d") + QByteArray::number(i) + "\"";
        many += "]}";
        QTest::newRow("too many deals") << many << "deal_ids";
        QTest::newRow("payment 3 of 2")
            << QByteArray("{\"payment\": {\"index\": 3, \"count\": 2}}") << "payment";
    }
    void refusesMalformedTerms()
    {
        QFETCH(QByteArray, terms);
        QFETCH(QString, fragment);
        QByteArray request = signingRequest(Chain::Stellar, QStringLiteral("testnet"),
                                            stellar::encode(stellarTx(0, 0)), {});
        request.chop(request.size() - request.lastIndexOf('}'));
        request += ", \"terms\": " + terms + "}";
        auto t = decode(request);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, QStringLiteral("bad_request"));
        QVERIFY2(t.error().message.contains(fragment), qPrintable(t.error().message));
    }

    void refusesAnOversizedRequest()
    {
        QByteArray request = signingRequest(Chain::Stellar, QStringLiteral("testnet"),
                                            stellar::encode(stellarTx(0, 0)), {});
        request.chop(request.size() - request.lastIndexOf('}'));
        request += ", \"pad\": \"" + QByteArray(kMaxRequestBytes, 'a') + "\"}";
        auto t = decode(request);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(QStringLiteral("larger than")),
                 qPrintable(t.error().message));
    }

    void stellarTimeBounds_data()
    {
        QTest::addColumn<qint64>("minFromNow");
        QTest::addColumn<qint64>("maxFromNow");
        QTest::addColumn<int>("state");
        QTest::newRow("no bounds") << qint64(0) << qint64(0) << int(Validity::NoExpiry);
        QTest::newRow("open") << qint64(0) << qint64(600) << int(Validity::Open);
        QTest::newRow("within the minute")
            << qint64(0) << qint64(59) << int(Validity::ExpiringSoon);
        QTest::newRow("expired") << qint64(0) << qint64(-1) << int(Validity::Expired);
        QTest::newRow("not yet") << qint64(30) << qint64(600) << int(Validity::NotYetValid);
    }
    void stellarTimeBounds()
    {
        QFETCH(qint64, minFromNow);
        QFETCH(qint64, maxFromNow);
        QFETCH(int, state);
        const qint64 now = m_now.toSecsSinceEpoch();
        auto t =
            decode(stellar::encodeBase64(stellarTx(minFromNow ? quint64(now + minFromNow) : 0,
                                                   maxFromNow ? quint64(now + maxFromNow) : 0)));
        QVERIFY(t.ok());
        const Validity v = validity(*t, m_now);
        QCOMPARE(int(v.state), state);
        QCOMPARE(v.needsConfirmation(),
                 state == Validity::Expired || state == Validity::ExpiringSoon);
    }

    void algorandRounds_data()
    {
        QTest::addColumn<qint64>("round"); // -1: not recorded
        QTest::addColumn<int>("state");
        QTest::newRow("not recorded") << qint64(-1) << int(Validity::Unknown);
        QTest::newRow("open") << qint64(150) << int(Validity::Open);
        QTest::newRow("last rounds") << qint64(190) << int(Validity::ExpiringSoon);
        QTest::newRow("past") << qint64(201) << int(Validity::Expired);
        QTest::newRow("before") << qint64(50) << int(Validity::NotYetValid);
    }
    void algorandRounds()
    {
        QFETCH(qint64, round);
        QFETCH(int, state);
        ExporterContext c;
        if (round >= 0)
            c.round = quint64(round);
        auto t = decode(signingRequest(Chain::Algorand, QString(), algorandTx(100, 200), c));
        QVERIFY(t.ok());
        const Validity v = validity(*t, m_now);
        QCOMPARE(int(v.state), state);
        if (round < 0)
            QVERIFY(v.text.contains(QStringLiteral("cannot be checked offline")));
    }

    void signsAllOrNothing()
    {
        // Someone else's transaction: refused, and left as it was.
        auto t = decode(stellar::encodeBase64(stellarTx(0, 0, m_stellarOther)));
        QVERIFY(t.ok());
        const QByteArray before = encode(*t, Form::Text);
        auto r = sign(*t, m_secrets, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("nothing_to_sign"));
        QVERIFY(r.error().message.contains(m_stellarOther));
        QCOMPARE(encode(*t, Form::Text), before);
        // Signed by account 1, which is its source.
        auto one = sign(*t, m_secrets, 1);
        QVERIFY(one.ok());
        QCOMPARE(one->signatures, 1);
        QVERIFY(one->complete);
        const auto list = signers(*t, *ourAccounts(m_secrets, 1));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().ours);
        QVERIFY(list.first().signedAlready);

        // Algorand and Bitcoin.
        auto a = decode(algorandTx(100, 200));
        QVERIFY(a.ok());
        QVERIFY(!signers(*a, *ourAccounts(m_secrets, 0)).first().signedAlready);
        QVERIFY(signers(*a, *ourAccounts(m_secrets, 0)).first().ours);
        auto as = sign(*a, m_secrets, 0);
        QVERIFY(as.ok());
        QVERIFY(algorand::verify(a->algorandTxns.first()));
        QVERIFY(encode(*a, Form::Binary).startsWith(char(0x82))); // {"sig", "txn"}
        auto again = sign(*a, m_secrets, 0);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("already signed")));

        auto b = decode(QByteArray(kPsbt));
        QVERIFY(b.ok());
        QCOMPARE(b->bitcoinNetwork, QStringLiteral("mainnet"));
        auto bs = sign(*b, m_secrets, 0);
        QVERIFY(bs.ok());
        QVERIFY(bs->complete);
        QVERIFY(psbt::extractTransaction(b->psbt).ok());
        QVERIFY(suggestedFileName(*b).endsWith(QStringLiteral("-signed.psbt.b64")));
        QCOMPARE(validity(*b, m_now).state, Validity::NoExpiry);
    }

    // A STRK payment in a signing request, as the wizard exports it: reviewed, signed by account
    // 0 only (account 1 is refused and changes nothing), the hash unchanged by the signature.
    void signsStarknet()
    {
        const starknet::InvokeV3 tx = starknetTx(0);
        SlaTerms terms;
        terms.priceCurrency = QStringLiteral("STRK");
        terms.priceUnits = 2500000000;
        ExporterContext c;
        c.terms = terms;
        auto t = decode(
            signingRequest(Chain::Starknet, QStringLiteral("sepolia"), starknet::toJson(tx), c));
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->chain, Chain::Starknet);
        QCOMPARE(t->starknetTx, tx);
        QCOMPARE(t->context.terms->priceCurrency, QStringLiteral("STRK"));
        const QString id = transactionId(*t);
        QCOMPARE(id, starknet::transactionHash(tx).toPaddedHex());
        QCOMPARE(validity(*t, m_now).state, Validity::NoExpiry);
        const QList<TxReview> rs = reviews(*t, &m_secrets, 0);
        QCOMPARE(rs.size(), 1);
        QCOMPARE(rs.first().signableInputs, 1);
        QCOMPARE(rs.first().lines.first().amount, QStringLiteral("2.5 STRK"));
        auto before = signers(*t, *ourAccounts(m_secrets, 0));
        QCOMPARE(before.size(), 1);
        QVERIFY(before.first().ours);
        QVERIFY(!before.first().signedAlready);
        QVERIFY(!signers(*t, *ourAccounts(m_secrets, 1)).first().ours);

        const QByteArray unsignedJson = encode(*t, Form::Text);
        auto other = sign(*t, m_secrets, 1);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("nothing_to_sign"));
        QCOMPARE(encode(*t, Form::Text), unsignedJson);

        auto s = sign(*t, m_secrets, 0);
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->signatures, 1);
        QVERIFY(s->complete);
        QCOMPARE(t->starknetTx.signature.size(), 2);
        QCOMPARE(transactionId(*t), id);
        QVERIFY(signers(*t, *ourAccounts(m_secrets, 0)).first().signedAlready);
        // Written as JSON, read back with the signature, verified by the account's key.
        auto back = decode(encode(*t, Form::Binary));
        QVERIFY(back.ok());
        QCOMPARE(back->starknetTx.signature, t->starknetTx.signature);
        auto seed = keystore::bip39Seed(m_secrets);
        auto key = starknet::privateKeyFromSeed(*seed, starknet::KeyScheme::ArgentX, 0);
        QVERIFY(starknet::verify(back->starknetTx, *stark::publicKey(*key)));
        QVERIFY(suggestedFileName(*t).startsWith(QStringLiteral("starknet-")));
        QVERIFY(suggestedFileName(*t).endsWith(QStringLiteral("-signed.json")));
        auto again = sign(*t, m_secrets, 0);
        QVERIFY(!again.ok());
    }
};

QTEST_GUILESS_MAIN(OfflineTxTest)
#include "tst_offlinetx.moc"
