// Starknet accounts and transactions: Argent X and Braavos keys from recovery phrases, account
// addresses, INVOKE v3 hashes, signatures and files, and the review, against what the reference
// SDKs give (data/starknet.json from tests/tools/gen_starknet_fixtures.js).
#include "wallet/bip39.h"
#include "wallet/starknet.h"

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
};

QTEST_GUILESS_MAIN(StarknetTest)
#include "tst_starknet.moc"
