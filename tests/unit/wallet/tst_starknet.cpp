// Starknet accounts and transactions: Argent X and Braavos keys from recovery phrases, account
// addresses, INVOKE v3 hashes, signatures and files, and the review, against what the reference
// SDKs give (data/starknet.json from tests/tools/gen_starknet_fixtures.js).
#include "wallet/bip39.h"
#include "wallet/starknet.h"
#include "wallet/starknettx.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fb;
using stark::Felt;

namespace {

QJsonArray fixture(const char *name)
{
    static const QJsonObject root = [] {
        QFile f(qEnvironmentVariable("FB_SOURCE_DIR") +
                QStringLiteral("/tests/unit/wallet/data/starknet.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open starknet.json (FB_SOURCE_DIR unset?)");
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return root.value(QLatin1String(name)).toArray();
}
Felt felt(const QString &hex)
{
    auto f = Felt::fromHex(hex);
    if (!f)
        qFatal("bad felt in fixture: %s", qPrintable(hex));
    return *f;
}
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
// The fixture's first transaction with one field replaced (or removed when value is undefined).
QByteArray edited(const QString &field, const QJsonValue &value)
{
    QJsonObject tx = fixture("txs").first().toObject()[u"tx"].toObject();
    if (value.isUndefined())
        tx.remove(field);
    else
        tx[field] = value;
    return json(tx);
}
SecretBytes seedOf(const QString &mnemonic, const QString &passphrase)
{
    auto seed = bip39::toSeed(SecretBytes::fromBytes(mnemonic.toUtf8()),
                              SecretBytes::fromBytes(passphrase.toUtf8()));
    if (!seed)
        qFatal("bad mnemonic in fixture");
    return std::move(*seed);
}

} // namespace

class StarknetTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }

    // The same phrase gives the keys and addresses Argent X, Braavos and the SDK give.
    void derivations_data()
    {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QJsonObject>("expected");
        for (const auto &v : fixture("derivations")) {
            const auto o = v.toObject();
            for (const char *scheme : {"argent", "braavos"}) {
                QTest::addRow("%s #%d %s", qPrintable(o[u"mnemonic"].toString().left(12)),
                              o[u"index"].toInt(), scheme)
                    << o[u"mnemonic"].toString() << o[u"passphrase"].toString()
                    << o[u"index"].toInt() << QString::fromLatin1(scheme)
                    << o[QLatin1String(scheme)].toObject();
            }
        }
    }
    void derivations()
    {
        QFETCH(QString, mnemonic);
        QFETCH(QString, passphrase);
        QFETCH(int, index);
        QFETCH(QString, scheme);
        QFETCH(QJsonObject, expected);
        const SecretBytes seed = seedOf(mnemonic, passphrase);
        auto key =
            starknet::privateKeyFromSeed(seed, *starknet::keySchemeByName(scheme), quint32(index));
        QVERIFY(key.ok());
        QCOMPARE(Felt::fromBytes(key->view())->toHex(), expected[u"key"].toString());
        auto pub = stark::publicKey(*key);
        QVERIFY(pub.ok());
        QCOMPARE(pub->toHex(), expected[u"publicKey"].toString());
        QCOMPARE(starknet::formatAddress(starknet::accountAddress(
                     *pub, *starknet::accountClassByName(QStringLiteral("oz")))),
                 expected[u"oz"].toString());
        QCOMPARE(starknet::formatAddress(starknet::accountAddress(
                     *pub, *starknet::accountClassByName(QStringLiteral("argent")))),
                 expected[u"argentAccount"].toString());
    }

    void accountClasses()
    {
        const auto classes = starknet::knownAccountClasses();
        QCOMPARE(classes.first().name, QStringLiteral("oz"));
        QCOMPARE(
            classes.first().classHash.toHex(),
            QStringLiteral("0x5b4b537eaa2399e3aa99c4e2e0208ebd6c71bc1467938cd52c798c601e43564"));
        QVERIFY(!starknet::accountClassByName(QStringLiteral("braavos")));
        QCOMPARE(starknet::constructorCalldata(starknet::AccountKind::Argent, Felt::fromUInt(9)),
                 (QList<Felt>{Felt(), Felt::fromUInt(9), Felt::fromUInt(1)}));
        // A different class hash is a different address.
        starknet::AccountClass other = classes.first();
        other.classHash = Felt::fromUInt(1);
        QVERIFY(starknet::accountAddress(Felt::fromUInt(5), other) !=
                starknet::accountAddress(Felt::fromUInt(5), classes.first()));
    }

    void addressesAndChains()
    {
        QVERIFY(
            starknet::parseAddress(
                QStringLiteral("0x7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00"))
                .error()
                .code == QLatin1String("bad_address"));
        QVERIFY(
            starknet::parseAddress(
                QStringLiteral("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeff"))
                .ok());
        QVERIFY(!starknet::parseAddress(QStringLiteral("4718f5a0")).ok());
        QCOMPARE(
            starknet::formatAddress(Felt::fromUInt(1)),
            QStringLiteral("0x0000000000000000000000000000000000000000000000000000000000000001"));
        QCOMPARE(starknet::chainByName(QStringLiteral("sepolia"))->id.toHex(),
                 QStringLiteral("0x534e5f5345504f4c4941"));
        QVERIFY(starknet::chainByName(QStringLiteral("sepolia"))->test);
        QCOMPARE(starknet::chainName(*Felt::fromShortString(u"SN_MAIN")),
                 QStringLiteral("mainnet"));
        QCOMPARE(starknet::chainName(*Felt::fromShortString(u"FB_DEVNET")),
                 QStringLiteral("FB_DEVNET"));
        QCOMPARE(starknet::chainName(Felt::fromUInt(1)), QStringLiteral("0x1"));
        QCOMPARE(formatDerivationPath(starknet::starkPath(3)),
                 QStringLiteral("m/44'/9004'/0'/0/3"));
    }

    // INVOKE v3: the file the SDK describes reads, hashes, signs and verifies as the SDK does,
    // and writes back to the same transaction.
    void transactions_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const auto &v : fixture("txs"))
            QTest::newRow(qPrintable(v.toObject()[u"name"].toString())) << v.toObject();
    }
    void transactions()
    {
        QFETCH(QJsonObject, c);
        auto tx = starknet::parseJson(json(c[u"tx"].toObject()));
        QVERIFY2(tx.ok(), tx.ok() ? "" : qPrintable(tx.error().message));
        QCOMPARE(starknet::transactionHash(*tx).toHex(), c[u"hash"].toString());
        const SecretBytes key = SecretBytes::fromBytes(felt(c[u"key"].toString()).bytes());
        QVERIFY(starknet::sign(*tx, key).ok());
        QCOMPARE(tx->signature.size(), 2);
        QCOMPARE(tx->signature[0].toHex(), c[u"r"].toString());
        QCOMPARE(tx->signature[1].toHex(), c[u"s"].toString());
        QVERIFY(starknet::verify(*tx, felt(c[u"publicKey"].toString())));
        auto back = starknet::parseJson(starknet::toJson(*tx));
        QVERIFY(back.ok());
        QCOMPARE(*back, *tx);
        // The signature covers every field: another nonce no longer verifies.
        back->nonce = Felt::fromUInt(back->nonce.low64() + 1);
        QVERIFY(!starknet::verify(*back, felt(c[u"publicKey"].toString())));
    }

    // What the user is shown before signing a STRK payment.
    void reviewOfStrkTransfer()
    {
        const QJsonObject c = fixture("txs").at(0).toObject();
        auto tx = starknet::parseJson(json(c[u"tx"].toObject()));
        QVERIFY(tx.ok());
        const TxReview r = starknet::review(*tx, tx->senderAddress);
        QCOMPARE(r.chain, QStringLiteral("starknet"));
        QCOMPARE(r.network, QStringLiteral("sepolia"));
        QVERIFY(r.testNetwork);
        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.lines[0].kind, QStringLiteral("transfer"));
        QCOMPARE(r.lines[0].asset, QStringLiteral("STRK"));
        QCOMPARE(r.lines[0].amountBase, QStringLiteral("12345678900000000000"));
        QCOMPARE(r.lines[0].amount, QStringLiteral("12.3456789 STRK"));
        const QString recipient = c[u"tx"].toObject()[u"calldata"].toArray()[4].toString();
        QCOMPARE(r.lines[0].destination, starknet::formatAddress(felt(recipient)));
        // 10000 * 10^14 + 2^24 * 10^10 + 2048 * 10^14 fri
        QCOMPARE(r.feeBase, QStringLiteral("1372572160000000000"));
        QCOMPARE(r.fee, QStringLiteral("at most 1.37257216 STRK"));
        QCOMPARE(r.lines[1].kind, QStringLiteral("fee_bounds"));
        QCOMPARE(r.validity, QStringLiteral("nonce 7"));
        QCOMPARE(r.hash, felt(c[u"hash"].toString()).toPaddedHex());
        QCOMPARE(r.signableInputs, 1);
        QVERIFY(r.warnings.isEmpty());
        QVERIFY(r.toText().contains(QStringLiteral("12.3456789 STRK")));
        // Someone else's account: nothing to sign, and the user is told why.
        const TxReview other = starknet::review(*tx, Felt::fromUInt(5));
        QCOMPARE(other.signableInputs, 0);
        QVERIFY(other.hasWarning(QStringLiteral("not_our_account")));
    }

    void reviewWarnings()
    {
        const auto txs = fixture("txs");
        // Above 2^128 fri: the u256's high word counts.
        auto big = starknet::parseJson(json(txs.at(2).toObject()[u"tx"].toObject()));
        QVERIFY(big.ok());
        QCOMPARE(starknet::review(*big).lines[0].amountBase,
                 QStringLiteral("1361129467683753853853498429727072845829"));
        // approve + an unknown call: danger and caution.
        auto multi = starknet::parseJson(json(txs.at(3).toObject()[u"tx"].toObject()));
        QVERIFY(multi.ok());
        const TxReview m = starknet::review(*multi);
        QCOMPARE(m.lines.size(), 3);
        QCOMPARE(m.lines[0].kind, QStringLiteral("approve"));
        QCOMPARE(m.lines[1].kind, QStringLiteral("call"));
        QVERIFY(m.hasWarning(QStringLiteral("approve")));
        QVERIFY(m.hasWarning(QStringLiteral("contract_call")));
        // Paymaster data and L2 data availability.
        auto pm = starknet::parseJson(json(txs.at(4).toObject()[u"tx"].toObject()));
        QVERIFY(pm.ok());
        QVERIFY(starknet::review(*pm).hasWarning(QStringLiteral("paymaster")));
        QVERIFY(starknet::review(*pm).hasWarning(QStringLiteral("l2_data_availability")));
        // Mainnet is not a test network; an unknown chain is a danger.
        auto main = starknet::parseJson(json(txs.at(1).toObject()[u"tx"].toObject()));
        QVERIFY(main.ok());
        QVERIFY(!starknet::review(*main).testNetwork);
        main->chainId = *Felt::fromShortString(u"SN_GOERLI");
        QVERIFY(starknet::review(*main).hasWarning(QStringLiteral("unknown_network")));
        // A fee bound above 20 STRK.
        main->chainId = *Felt::fromShortString(u"SN_MAIN");
        main->l1Gas.maxAmount = 1000000;
        main->l1Gas.maxPricePerUnit = *Felt::fromDecimal(u"100000000000000");
        QVERIFY(starknet::review(*main).hasWarning(QStringLiteral("high_fee")));
        // Calldata that does not add up cannot be explained.
        main->calldata.removeLast();
        QVERIFY(starknet::review(*main).hasWarning(QStringLiteral("unreadable_calldata")));
    }

    // Every class of bad file is refused with a message that says what and where.
    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{\"type\": ") << "bad_json"
                                  << "not JSON";
        QTest::newRow("array") << QByteArray("[]") << "bad_json"
                               << "one JSON object";
        QTest::newRow("missing nonce")
            << edited(QStringLiteral("nonce"), QJsonValue::Undefined) << "bad_json"
            << "missing field \"nonce\"";
        QTest::newRow("unknown field")
            << edited(QStringLiteral("max_fee"), QStringLiteral("0x1")) << "bad_json"
            << "unknown field \"max_fee\"";
        QTest::newRow("declare") << edited(QStringLiteral("type"), QStringLiteral("DECLARE"))
                                 << "unsupported_transaction"
                                 << "only INVOKE";
        QTest::newRow("v1") << edited(QStringLiteral("version"), QStringLiteral("0x1"))
                            << "unsupported_transaction"
                            << "only INVOKE v3";
        QTest::newRow("query version")
            << edited(QStringLiteral("version"),
                      QStringLiteral("0x100000000000000000000000000000003"))
            << "unsupported_transaction"
            << "query version";
        QTest::newRow("nonce not hex")
            << edited(QStringLiteral("nonce"), QStringLiteral("7")) << "bad_json"
            << "nonce";
        QTest::newRow("nonce number") << edited(QStringLiteral("nonce"), 7) << "bad_json"
                                      << "nonce: expected a 0x hex string";
        QTest::newRow("felt above p")
            << edited(QStringLiteral("sender_address"),
                      QStringLiteral(
                          "0x800000000000011000000000000000000000000000000000000000000000001"))
            << "bad_json"
            << "sender_address";
        QTest::newRow("tip over 64 bits")
            << edited(QStringLiteral("tip"), QStringLiteral("0x10000000000000000")) << "bad_json"
            << "tip: 0x10000000000000000 does not fit 64 bits";
        QTest::newRow("calldata element")
            << edited(QStringLiteral("calldata"), QJsonArray{QStringLiteral("0x1"), 2})
            << "bad_json"
            << "calldata[1]";
        QTest::newRow("one-felt signature")
            << edited(QStringLiteral("signature"), QJsonArray{QStringLiteral("0x1")}) << "bad_json"
            << "signature";
        QTest::newRow("da mode") << edited(QStringLiteral("fee_data_availability_mode"),
                                           QStringLiteral("L3"))
                                 << "bad_json"
                                 << "fee_data_availability_mode";
        QJsonObject noData{
            {QStringLiteral("l1_gas"),
             QJsonObject{{QStringLiteral("max_amount"), QStringLiteral("0x1")},
                         {QStringLiteral("max_price_per_unit"), QStringLiteral("0x1")}}},
            {QStringLiteral("l2_gas"),
             QJsonObject{{QStringLiteral("max_amount"), QStringLiteral("0x1")},
                         {QStringLiteral("max_price_per_unit"), QStringLiteral("0x1")}}}};
        QTest::newRow("bounds without l1_data_gas")
            << edited(QStringLiteral("resource_bounds"), noData) << "bad_json"
            << "l1_data_gas";
        QJsonObject wide = noData;
        wide[QStringLiteral("l1_data_gas")] =
            QJsonObject{{QStringLiteral("max_amount"), QStringLiteral("0x1")},
                        {QStringLiteral("max_price_per_unit"),
                         QStringLiteral("0x100000000000000000000000000000000")}};
        QTest::newRow("price over 128 bits")
            << edited(QStringLiteral("resource_bounds"), wide) << "bad_json"
            << "resource_bounds.l1_data_gas.max_price_per_unit";
    }
    void badFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, code);
        QFETCH(QString, says);
        auto tx = starknet::parseJson(file);
        QVERIFY(!tx.ok());
        QCOMPARE(tx.error().code, code);
        QVERIFY2(tx.error().message.contains(says), qPrintable(tx.error().message));
    }

    void callsAndAmounts()
    {
        const Felt to = Felt::fromUInt(0xabc);
        const QList<starknet::Call> calls{
            starknet::strkTransfer(to, Felt::fromUInt(5)),
            {to, *starknet::selectorOf(QStringLiteral("approve")), {}}};
        const QList<Felt> data = starknet::executeCalldata(calls);
        QCOMPARE(data.size(), 1 + 3 + 3 + 3);
        QCOMPARE(*starknet::decodeExecuteCalldata(data), calls);
        QCOMPARE(starknet::selectorName(calls[0].selector), QStringLiteral("transfer"));
        QVERIFY(!starknet::decodeExecuteCalldata(data.mid(0, 5)).ok());
        QVERIFY(!starknet::decodeExecuteCalldata(data + QList<Felt>{Felt()}).ok());
        QVERIFY(!starknet::decodeExecuteCalldata({}).ok());
        QCOMPARE(starknet::parseStrk(QStringLiteral("12.5"))->toDecimal(),
                 QStringLiteral("12500000000000000000"));
        QCOMPARE(starknet::parseStrk(QStringLiteral("0.000000000000000001"))->toDecimal(),
                 QStringLiteral("1"));
        QCOMPARE(starknet::parseStrk(QStringLiteral("0"))->toDecimal(), QStringLiteral("0"));
        for (const char *bad :
             {"", "1.", ".5", "1.0000000000000000001", "-1", "1e3", "1,5", "400000000000000000000"})
            QVERIFY2(!starknet::parseStrk(QString::fromLatin1(bad)).ok(), bad);
    }
};

QTEST_GUILESS_MAIN(StarknetTest)
#include "tst_starknet.moc"
