// WalletService's accounts on Algorand and Bitcoin: the addresses a new wallet caches (public
// data only, the same the keys derive), an older wallet's found again with its password, and the
// signing of Algorand payments and PSBTs built for a payment intent, with nothing signed for
// another sender or another wallet's coins.
#include "models/walletservice.h"
#include "wallet/bip32.h"
#include "wallet/bip39.h"
#include "wallet/bitcoin.h"
#include "wallet/intentpayment.h"
#include "wallet/slip10.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;

namespace {

const QString kPhrase =
    QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank yellow");

SecretBytes secret(const QString &text)
{
    return SecretBytes::fromBytes(text.toUtf8());
}

keystore::Secrets phraseSecrets()
{
    auto s = keystore::fromBip39(secret(kPhrase), SecretBytes());
    return std::move(*s);
}

intentpay::AlgorandIntent algorandIntent()
{
    intentpay::AlgorandIntent in;
    in.escrowAddress = algorand::address(QByteArray(32, '\x07'));
    in.amount = 351900;
    in.memo = QStringLiteral("fb:9wqHuhFFw0irTLa0o3YW");
    in.genesisId = QStringLiteral("flashback-dev-v1");
    in.genesisHash = QByteArray(32, '\x42');
    in.firstValid = 1000;
    in.lastValid = 2000;
    return in;
}

} // namespace

class CoinWalletTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackCoinWalletTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_settings.path() + QStringLiteral("/settings"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_wallet = std::make_unique<WalletService>(m_dir->path());
    }

    // A new wallet knows its accounts on every chain without its password, and keeps only
    // their public side.
    void newWalletCachesItsPublicAccounts()
    {
        QVERIFY(!m_wallet->coinAccountsKnown());
        QVERIFY(m_wallet->algorandAddress().isEmpty());
        QVERIFY(m_wallet->starknetPublicKey().isEmpty());
        const keystore::Secrets secrets = phraseSecrets();
        QVERIFY(m_wallet->create(secrets, secret(m_password), keystore::fastParams()));
        QVERIFY(m_wallet->coinAccountsKnown());

        auto algoKey = keystore::accountKey(secrets, QStringLiteral("algorand"), 0);
        QVERIFY(algoKey);
        QCOMPARE(m_wallet->algorandAddress(),
                 algorand::address(slip10::ed25519PublicKey(*algoKey)));

        auto seed = keystore::bip39Seed(secrets);
        QVERIFY(seed);
        const WalletService::BitcoinAccount btc = m_wallet->bitcoinAccount();
        QVERIFY(btc.isValid());
        QCOMPARE(btc.address, *bitcoin::address(*seed, QStringLiteral("testnet"), 0));
        QVERIFY2(btc.address.startsWith(QStringLiteral("tb1q")), qPrintable(btc.address));
        QCOMPARE(formatDerivationPath(btc.path), QStringLiteral("m/84'/1'/0'/0/0"));
        auto master = bip32::master(*seed);
        QVERIFY(master);
        QCOMPARE(btc.masterFingerprint, bip32::fingerprint(master->publicKey));
        QCOMPARE(bitcoin::p2wpkhAddress(btc.publicKey, QStringLiteral("testnet")).value(),
                 btc.address);

        // The settings hold addresses and public keys, never a word of the phrase or a key.
        QSettings s;
        for (const QString &key : s.allKeys()) {
            const QString value = s.value(key).toString();
            for (const QString &word : kPhrase.split(QLatin1Char(' ')))
                QVERIFY2(!value.contains(word), qPrintable(key));
        }
    }

    // A setting edited to point elsewhere is not trusted: the address must be the key's.
    void tamperedBitcoinSettingIsIgnored()
    {
        QVERIFY(m_wallet->create(phraseSecrets(), secret(m_password), keystore::fastParams()));
        QSettings().setValue(WalletService::bitcoinSettingsKey(),
                             QStringLiteral("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"));
        QVERIFY(!m_wallet->bitcoinAccount().isValid());
    }

    // A wallet made before the accounts were cached finds them once with its password.
    void olderWalletRemembersItsAccounts()
    {
        QVERIFY(m_wallet->create(phraseSecrets(), secret(m_password), keystore::fastParams()));
        const QString algo = m_wallet->algorandAddress();
        const QString btc = m_wallet->bitcoinAccount().address;
        const QString starkKey = m_wallet->starknetPublicKey();
        QVERIFY(!starkKey.isEmpty());
        QSettings s;
        for (const QString &key : s.allKeys())
            if (key != WalletService::addressSettingsKey() &&
                key != WalletService::starknetSettingsKey())
                s.remove(key);
        QVERIFY(!m_wallet->coinAccountsKnown());
        QVERIFY(m_wallet->algorandAddress().isEmpty());

        std::optional<Status> wrong;
        m_wallet->rememberCoinAccountsAsync(std::make_shared<const SecretBytes>(secret("nope")),
                                            this, [&wrong](Status r) { wrong = r; });
        QTRY_VERIFY(wrong.has_value());
        QCOMPARE(wrong->error().code, QStringLiteral("wrong_password"));
        QVERIFY(!m_wallet->coinAccountsKnown());

        std::optional<Status> done;
        m_wallet->rememberCoinAccountsAsync(std::make_shared<const SecretBytes>(secret(m_password)),
                                            this, [&done](Status r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(*done);
        QVERIFY(m_wallet->coinAccountsKnown());
        QCOMPARE(m_wallet->algorandAddress(), algo);
        QCOMPARE(m_wallet->bitcoinAccount().address, btc);
        QCOMPARE(m_wallet->starknetPublicKey(), starkKey);
    }

    // The Starknet account's public key is cached (the faucet deploys the account for it), a
    // tampered one is not trusted, and STRK payments are signed off the calling thread.
    void starknetKeyAndSigning()
    {
        QVERIFY(m_wallet->create(phraseSecrets(), secret(m_password), keystore::fastParams()));
        const QString key = m_wallet->starknetPublicKey();
        const auto pub = starknet::Felt::fromHex(key);
        QVERIFY(pub);
        const auto sender = starknet::parseAddress(m_wallet->starknetAddress());
        QVERIFY(sender);
        QCOMPARE(starknet::accountAddress(*pub, starknet::knownAccountClasses().first()), *sender);

        starknet::PaymentParams p;
        p.sender = *sender;
        p.recipient = starknet::Felt::fromUInt(0x1234);
        p.amountFri = *starknet::Felt::fromDecimal(QStringLiteral("5227500000000000000"));
        p.chainId = *starknet::Felt::fromShortString(QStringLiteral("SN_FLASHBACK_DEV"));
        const QList<starknet::InvokeV3> txs{starknet::buildStrkPayment(p),
                                            starknet::buildStrkPayment(p)};
        std::optional<Result<QList<starknet::InvokeV3>>> wrong;
        m_wallet->signStarknetAsync(txs, std::make_shared<const SecretBytes>(secret("nope")), this,
                                    [&wrong](Result<QList<starknet::InvokeV3>> r) { wrong = r; });
        QTRY_VERIFY(wrong.has_value());
        QCOMPARE(wrong->error().code, QStringLiteral("wrong_password"));
        std::optional<Result<QList<starknet::InvokeV3>>> signedTxs;
        m_wallet->signStarknetAsync(
            txs, std::make_shared<const SecretBytes>(secret(m_password)), this,
            [&signedTxs](Result<QList<starknet::InvokeV3>> r) { signedTxs = r; });
        QTRY_VERIFY(signedTxs.has_value());
        QVERIFY(*signedTxs);
        QCOMPARE(signedTxs->value().size(), 2);
        for (const starknet::InvokeV3 &tx : signedTxs->value())
            QVERIFY(starknet::verify(tx, *pub));
        // Another sender is refused, nothing signed.
        QList<starknet::InvokeV3> foreign = txs;
        foreign[1].senderAddress = starknet::Felt::fromUInt(0x42);
        std::optional<Result<QList<starknet::InvokeV3>>> refused;
        m_wallet->signStarknetAsync(
            foreign, std::make_shared<const SecretBytes>(secret(m_password)), this,
            [&refused](Result<QList<starknet::InvokeV3>> r) { refused = r; });
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(refused->error().code, QStringLiteral("not_our_account"));

        QSettings().setValue(QStringLiteral("wallet/starknetPublicKey"), QStringLiteral("0x1234"));
        QVERIFY(m_wallet->starknetPublicKey().isEmpty());
    }

    // A wallet of one Stellar key has no Algorand or Bitcoin account, and says so.
    void singleStellarKeyHasNoCoinAccounts()
    {
        auto secrets = keystore::fromStellarSecret(
            secret(QStringLiteral("SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN")));
        QVERIFY(secrets);
        QVERIFY(m_wallet->create(*secrets, secret(m_password), keystore::fastParams()));
        QVERIFY(m_wallet->coinAccountsKnown());
        QVERIFY(m_wallet->algorandAddress().isEmpty());
        QVERIFY(!m_wallet->bitcoinAccount().isValid());
        QVERIFY(m_wallet->starknetAddress().isEmpty());
        QVERIFY(m_wallet->starknetPublicKey().isEmpty());
        auto txn = intentpay::buildAlgorandPayment(algorand::address(QByteArray(32, '\x01')),
                                                   algorandIntent());
        QVERIFY(txn);
        auto r = m_wallet->signAlgorand({*txn}, secret(m_password));
        QCOMPARE(r.error().code, QStringLiteral("not_supported"));
    }

    void signsAlgorandPayments()
    {
        QVERIFY(m_wallet->create(phraseSecrets(), secret(m_password), keystore::fastParams()));
        auto txn = intentpay::buildAlgorandPayment(m_wallet->algorandAddress(), algorandIntent());
        QVERIFY(txn);

        auto wrong = m_wallet->signAlgorand({*txn}, secret("nope"));
        QCOMPARE(wrong.error().code, QStringLiteral("wrong_password"));

        std::optional<Result<QList<algorand::SignedTransaction>>> got;
        m_wallet->signAlgorandAsync({*txn, *txn},
                                    std::make_shared<const SecretBytes>(secret(m_password)), this,
                                    [&got](auto r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(*got);
        QCOMPARE(got->value().size(), 2);
        for (const auto &s : got->value()) {
            QVERIFY(algorand::verify(s));
            QCOMPARE(s.txn, *txn);
        }
        // What the node receives: base64 of the msgpack SignedTxn, decoding to the same.
        const QString envelope = intentpay::algorandEnvelope(got->value().first());
        auto back = algorand::decodeSigned(QByteArray::fromBase64(envelope.toLatin1()));
        QVERIFY(back);
        QCOMPARE(*back, got->value().first());

        // Another sender: nothing signed, not even the wallet's own transaction beside it.
        auto other = intentpay::buildAlgorandPayment(algorand::address(QByteArray(32, '\x01')),
                                                     algorandIntent());
        QVERIFY(other);
        auto refused = m_wallet->signAlgorand({*txn, *other}, secret(m_password));
        QCOMPARE(refused.error().code, QStringLiteral("not_our_account"));
    }

    void signsAndFinalizesPsbts()
    {
        QVERIFY(m_wallet->create(phraseSecrets(), secret(m_password), keystore::fastParams()));
        const WalletService::BitcoinAccount a = m_wallet->bitcoinAccount();
        QVERIFY(a.isValid());
        const QByteArray ownScript = bitcoin::p2wpkhScript(a.publicKey);

        // A coin of the wallet: output 0 of a funding transaction.
        psbt::Transaction funding;
        funding.inputs.append(psbt::TxIn{QByteArray(32, '\x11'), 0, {}, 0xffffffff, {}});
        funding.outputs.append(psbt::TxOut{100000, ownScript});
        intentpay::Coin coin;
        coin.txid = funding.txid();
        coin.vout = 0;
        coin.amount = 100000;
        coin.script = ownScript;
        coin.prevTx = funding.serialize(false);
        coin.publicKey = a.publicKey;
        coin.path = a.path;

        intentpay::BitcoinIntent in;
        in.escrowScript = QByteArray::fromHex("0014") + QByteArray(20, '\x33');
        in.amount = 5000;
        in.memo = QStringLiteral("fb:VxdSJbJW2U3_lGkqrliF");
        in.feeRate = 2;
        auto sel = intentpay::selectCoins({coin}, in);
        QVERIFY(sel);
        auto unsignedPsbt =
            intentpay::buildBitcoinPsbt(*sel, in, a.masterFingerprint, a.publicKey, a.path);
        QVERIFY(unsignedPsbt);

        QCOMPARE(m_wallet->signBitcoin({*unsignedPsbt}, secret("nope")).error().code,
                 QStringLiteral("wrong_password"));

        std::optional<Result<QList<psbt::Psbt>>> got;
        m_wallet->signBitcoinAsync({*unsignedPsbt},
                                   std::make_shared<const SecretBytes>(secret(m_password)), this,
                                   [&got](auto r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY2(*got, qPrintable(*got ? QString() : got->error().message));
        auto raw = psbt::extractTransaction(got->value().first());
        QVERIFY(raw);
        auto tx = psbt::parseTransaction(QByteArray::fromHex(*raw));
        QVERIFY(tx);
        // Signing does not change a segwit transaction's id (the next payment may spend its
        // change before it is signed).
        QCOMPARE(tx->txid(), unsignedPsbt->tx.txid());
        QCOMPARE(tx->inputs.first().witness.size(), 2);
        QCOMPARE(tx->inputs.first().witness.at(1), a.publicKey);
        QByteArray der = tx->inputs.first().witness.at(0);
        QCOMPARE(quint8(der.back()), quint8(psbt::SighashAll));
        der.chop(1);
        QVERIFY(
            bip32::verifyDer(a.publicKey, psbt::sighashP2wpkh(*tx, 0, a.publicKey, 100000), der));

        // Coins of another wallet (another master fingerprint) are not signed.
        auto foreign =
            intentpay::buildBitcoinPsbt(*sel, in, a.masterFingerprint ^ 1, a.publicKey, a.path);
        QVERIFY(foreign);
        QCOMPARE(m_wallet->signBitcoin({*foreign}, secret(m_password)).error().code,
                 QStringLiteral("not_our_coins"));

        // A plain transfer (the wallet page's Send): no memo, so no OP_RETURN; the recipient
        // first, the change second with its derivation (the review calls it the wallet's own),
        // and a fee at the rate over the smaller transaction.
        intentpay::BitcoinIntent plain;
        plain.escrowScript = in.escrowScript; // the recipient's script
        plain.amount = 5000;
        plain.feeRate = 2;
        auto plainSel = intentpay::selectCoins({coin}, plain);
        QVERIFY(plainSel);
        QCOMPARE(plainSel->vsize, intentpay::estimateVsize(1, 2, -1));
        QVERIFY(plainSel->vsize < sel->vsize);
        QCOMPARE(plainSel->fee, plainSel->vsize * 2);
        QCOMPARE(plainSel->change, 100000 - 5000 - plainSel->fee);
        auto plainPsbt =
            intentpay::buildBitcoinPsbt(*plainSel, plain, a.masterFingerprint, a.publicKey, a.path);
        QVERIFY(plainPsbt);
        QCOMPARE(plainPsbt->tx.outputs.size(), 2);
        QCOMPARE(plainPsbt->tx.outputs.at(0).script, plain.escrowScript);
        QCOMPARE(plainPsbt->tx.outputs.at(1).script, ownScript);
        QCOMPARE(plainPsbt->tx.outputs.at(1).amount, plainSel->change);
        const TxReview plainReview = psbt::review(*plainPsbt, nullptr, QStringLiteral("testnet"));
        QVERIFY(!plainReview.lines.isEmpty());
        auto signedPlain = m_wallet->signBitcoin({*plainPsbt}, secret(m_password));
        QVERIFY(signedPlain);
        auto plainRaw = psbt::extractTransaction(signedPlain->first());
        QVERIFY(plainRaw);
        auto plainTx = psbt::parseTransaction(QByteArray::fromHex(*plainRaw));
        QVERIFY(plainTx);
        // The real size is within the estimate (signatures of 71 or 72 bytes): the rate holds.
        const qint64 realVsize =
            (plainTx->serialize(false).size() * 3 + plainTx->serialize(true).size() + 3) / 4;
        QVERIFY(realVsize <= plainSel->vsize);
        QVERIFY(plainSel->fee >= 2 * realVsize);
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WalletService> m_wallet;
    const QString m_password = QStringLiteral("correct horse battery");
};

QTEST_GUILESS_MAIN(CoinWalletTest)
#include "tst_coinwallet.moc"
