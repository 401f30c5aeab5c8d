// The wallet's side of paying a node's intent in ALGO and BTC: the unsigned transaction built
// from the intent, coin selection with change and dust, the PSBT's records, signing and
// finalising with the wallet's own keys, and the review that flags a transaction that does not
// match the intent.
#include "wallet/algorand.h"
#include "wallet/bip32.h"
#include "wallet/bitcoin.h"
#include "wallet/intentpayment.h"
#include "wallet/psbt.h"

#include <QTest>

using namespace fb;

namespace {
SecretBytes testSeed()
{
    // A fixed 64-byte BIP39-style seed (the value does not matter, only that it is ours).
    return SecretBytes::fromBytes(QByteArray(64, '\x42'));
}
} // namespace

class IntentPaymentTest : public QObject
{
    Q_OBJECT

    intentpay::AlgorandIntent algoIntent(const QString &escrow)
    {
        intentpay::AlgorandIntent in;
        in.escrowAddress = escrow;
        in.amount = 10455000;
        in.memo = QStringLiteral("fb:abcdefghijklmnopqrst");
        in.genesisId = QStringLiteral("flashback-dev-v1");
        in.genesisHash = QByteArray(32, '\x05');
        in.firstValid = 6000000;
        in.lastValid = 6001000;
        in.minFee = 1000;
        return in;
    }

private slots:
    void algorandPaymentFromIntent()
    {
        auto seed = algorand::accountSeedFromBip39(testSeed(), 0);
        QVERIFY(seed);
        auto escrowSeed = algorand::accountSeedFromBip39(testSeed(), 1);
        QVERIFY(escrowSeed);
        // Our address: sign a throwaway payment to learn the key.
        algorand::Transaction t0;
        t0.type = QStringLiteral("pay");
        auto s0 = algorand::sign(t0, *seed, true);
        QVERIFY(s0);
        const QByteArray pub = s0->signer;
        const QString sender = algorand::address(pub);
        auto s1 = algorand::sign(t0, *escrowSeed, true);
        const QString escrow = algorand::address(s1->signer);
        const intentpay::AlgorandIntent in = algoIntent(escrow);
        auto tx = intentpay::buildAlgorandPayment(sender, in);
        QVERIFY2(tx, qPrintable(tx ? QString() : tx.error().message));
        QCOMPARE(tx->amount, in.amount);
        QCOMPARE(tx->fee, quint64(1000));
        QCOMPARE(tx->note, in.memo.toUtf8());
        QCOMPARE(tx->genesisHash, in.genesisHash);
        // Canonical msgpack round trip, then the review: named network, nothing mismatched.
        auto decoded = algorand::decode(algorand::encode(*tx));
        QVERIFY(decoded);
        QCOMPARE(*decoded, *tx);
        const TxReview r = intentpay::reviewAlgorandPayment(*tx, in, pub);
        QVERIFY(!r.hasWarning(QStringLiteral("unknown_network")));
        QVERIFY(!r.hasWarning(QStringLiteral("intent_mismatch")));
        QVERIFY(r.network.contains(QStringLiteral("development network")));
        auto signedTx = algorand::sign(*tx, *seed);
        QVERIFY(signedTx && algorand::verify(*signedTx));
        const QByteArray env =
            QByteArray::fromBase64(intentpay::algorandEnvelope(*signedTx).toLatin1());
        auto back = algorand::decodeSigned(env);
        QVERIFY(back);
        QCOMPARE(*back, *signedTx);
        // A changed amount or note is flagged.
        algorand::Transaction bad = *tx;
        bad.note = "fb:other";
        QVERIFY(intentpay::reviewAlgorandPayment(bad, in, pub)
                    .hasWarning(QStringLiteral("intent_mismatch")));
        intentpay::AlgorandIntent longWindow = in;
        longWindow.lastValid = in.firstValid + 1001;
        QCOMPARE(intentpay::buildAlgorandPayment(sender, longWindow).error().code,
                 QStringLiteral("bad_intent"));
        QCOMPARE(intentpay::buildAlgorandPayment(QStringLiteral("NOPE"), in).ok(), false);
    }

    void coinSelection_data()
    {
        QTest::addColumn<QList<qint64>>("coins");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("feeRate");
        QTest::addColumn<int>("inputs");
        QTest::addColumn<bool>("change");
        QTest::addColumn<bool>("enough");
        QTest::newRow("one coin, change") << QList<qint64>{100000000} << qint64(3485) << qint64(2)
                                          << 1 << true << true;
        QTest::newRow("largest first") << QList<qint64>{1000, 50000, 2000} << qint64(40000)
                                       << qint64(2) << 1 << true << true;
        QTest::newRow("two coins") << QList<qint64>{30000, 20000} << qint64(45000) << qint64(2)
                                   << 2 << true << true;
        QTest::newRow("dust change goes to fee") << QList<qint64>{4000} << qint64(3600)
                                                 << qint64(1) << 1 << false << true;
        QTest::newRow("not enough") << QList<qint64>{1000, 2000} << qint64(3485) << qint64(2)
                                    << 2 << false << false;
    }

    void coinSelection()
    {
        QFETCH(QList<qint64>, coins);
        QFETCH(qint64, amount);
        QFETCH(qint64, feeRate);
        QFETCH(int, inputs);
        QFETCH(bool, change);
        QFETCH(bool, enough);
        QList<intentpay::Coin> list;
        for (qsizetype i = 0; i < coins.size(); ++i) {
            intentpay::Coin c;
            c.txid = QString(64, QLatin1Char('a' + char(i)));
            c.amount = coins.at(i);
            c.script = QByteArray::fromHex("0014") + QByteArray(20, '\x01');
            list.append(c);
        }
        intentpay::BitcoinIntent in;
        in.escrowScript = QByteArray::fromHex("0014") + QByteArray(20, '\x02');
        in.amount = amount;
        in.memo = QStringLiteral("fb:abcdefghijklmnopqrst");
        in.feeRate = feeRate;
        auto s = intentpay::selectCoins(list, in);
        QCOMPARE(s.ok(), enough);
        if (!enough) {
            QCOMPARE(s.error().code, QStringLiteral("insufficient_funds"));
            return;
        }
        QCOMPARE(int(s->inputs.size()), inputs);
        QCOMPARE(s->change > 0, change);
        qint64 total = 0;
        for (const auto &c : s->inputs)
            total += c.amount;
        // Nothing created or lost: inputs = amount + fee + change, and the fee pays the rate.
        QCOMPARE(total, amount + s->fee + s->change);
        QVERIFY(s->fee >= s->vsize * feeRate);
        QVERIFY(s->change == 0 || s->change >= intentpay::kDust);
    }

    void bitcoinPsbtSignsAndFinalises()
    {
        const SecretBytes seed = testSeed();
        auto master = bip32::master(seed);
        QVERIFY(master);
        const quint32 fp = bip32::fingerprint(master->publicKey);
        const DerivationPath path = bitcoin::accountPath(QStringLiteral("testnet"), 0, 0);
        const DerivationPath changePath = bitcoin::accountPath(QStringLiteral("testnet"), 1, 0);
        auto key = bip32::derivePath(*master, path);
        auto changeKey = bip32::derivePath(*master, changePath);
        QVERIFY(key && changeKey);
        intentpay::Coin c;
        c.txid = QString(64, QLatin1Char('c'));
        c.vout = 1;
        c.amount = 100000000;
        c.script = bitcoin::p2wpkhScript(key->publicKey);
        c.publicKey = key->publicKey;
        c.path = path;
        intentpay::BitcoinIntent in;
        in.escrowScript = QByteArray::fromHex("0014") + QByteArray(20, '\x02');
        in.amount = 3485;
        in.memo = QStringLiteral("fb:abcdefghijklmnopqrst");
        in.feeRate = 2;
        auto sel = intentpay::selectCoins({c}, in);
        QVERIFY(sel);
        auto p = intentpay::buildBitcoinPsbt(*sel, in, fp, changeKey->publicKey, changePath);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->tx.outputs.size(), 3);
        const TxReview before =
            intentpay::reviewBitcoinPayment(*p, in, &seed, QStringLiteral("testnet"));
        QVERIFY(!before.hasWarning(QStringLiteral("intent_mismatch")));
        QCOMPARE(before.signableInputs, 1);
        QVERIFY(!before.hasWarning(QStringLiteral("foreign_change")));
        auto signedCount = psbt::sign(*p, seed, QStringLiteral("testnet"));
        QVERIFY(signedCount);
        QCOMPARE(*signedCount, 1);
        QVERIFY(psbt::finalize(*p));
        auto hex = psbt::extractTransaction(*p);
        QVERIFY(hex);
        auto tx = psbt::parseTransaction(QByteArray::fromHex(*hex));
        QVERIFY(tx);
        // The estimate covers the real size, so the fee rate holds once signed.
        const qint64 vsize =
            (qint64(tx->serialize(false).size()) * 3 + tx->serialize(true).size() + 3) / 4;
        QVERIFY(vsize <= sel->vsize);
        QVERIFY(!intentpay::bitcoinEnvelope(*p).isEmpty());
        // Another memo is flagged.
        intentpay::BitcoinIntent other = in;
        other.memo = QStringLiteral("fb:another");
        QVERIFY(intentpay::reviewBitcoinPayment(*p, other, &seed, QStringLiteral("testnet"))
                    .hasWarning(QStringLiteral("intent_mismatch")));
    }
};

QTEST_GUILESS_MAIN(IntentPaymentTest)
#include "tst_intentpayment.moc"
