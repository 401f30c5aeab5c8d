// Stellar: SEP-0005 derivation, StrKey (SEP-0023) and TransactionEnvelope XDR against fixtures
// made by the reference SDK (data/stellar.json, from tests/tools/gen_stellar_fixtures.js): every
// envelope decodes, re-encodes byte for byte, hashes and signs exactly as the SDK does.
#include "wallet/bip39.h"
#include "wallet/slip10.h"
#include "wallet/stellar.h"
#include "wallet/strkey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fb;

namespace {

QJsonObject fixtures()
{
    static const QJsonObject root = [] {
        QFile f(qEnvironmentVariable("FB_SOURCE_DIR") +
                QStringLiteral("/tests/unit/wallet/data/stellar.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("stellar.json fixtures missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return root;
}

SecretBytes accountKey(const QString &mnemonic, const QString &passphrase, quint32 index)
{
    auto seed = bip39::toSeed(SecretBytes::fromBytes(mnemonic.toUtf8()),
                              SecretBytes::fromBytes(passphrase.toUtf8()));
    if (!seed)
        qFatal("bad fixture mnemonic");
    auto node = slip10::derive(*seed, {44 | kHardened, 148 | kHardened, index | kHardened});
    return std::move(node->key);
}

SecretBytes signerKey()
{
    return accountKey(fixtures().value(QStringLiteral("signerMnemonic")).toString(), {}, 0);
}

} // namespace

class StellarTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }

    void sep5_data()
    {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("secret");
        for (const auto &v : fixtures().value(QStringLiteral("sep5")).toArray()) {
            const auto o = v.toObject();
            const QString name = QStringLiteral("%1… pass '%2' #%3")
                                     .arg(o[QStringLiteral("mnemonic")].toString().left(12),
                                          o[QStringLiteral("passphrase")].toString())
                                     .arg(o[QStringLiteral("index")].toInt());
            QTest::newRow(qPrintable(name))
                << o[QStringLiteral("mnemonic")].toString()
                << o[QStringLiteral("passphrase")].toString() << o[QStringLiteral("index")].toInt()
                << o[QStringLiteral("address")].toString()
                << o[QStringLiteral("secret")].toString();
        }
        // SEP-0005 Test 5, as published.
        QTest::newRow("sep5 test 5")
            << QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon "
                              "abandon abandon abandon about")
            << QString() << 0
            << QStringLiteral("GB3JDWCQJCWMJ3IILWIGDTQJJC5567PGVEVXSCVPEQOTDN64VJBDQBYX")
            << QStringLiteral("SBUV3MRWKNS6AYKZ6E6MOUVF2OYMON3MIUASWL3JLY5E3ISDJFELYBRZ");
    }
    void sep5()
    {
        QFETCH(QString, mnemonic);
        QFETCH(QString, passphrase);
        QFETCH(int, index);
        QFETCH(QString, address);
        QFETCH(QString, secret);
        const SecretBytes key = accountKey(mnemonic, passphrase, quint32(index));
        QCOMPARE(strkey::accountId(slip10::ed25519PublicKey(key)), address);
        QCOMPARE(strkey::encodeSeed(key), secret);
        auto back = strkey::decodeSeed(SecretBytes::fromBytes(secret.toLatin1()));
        QVERIFY(back);
        QVERIFY(*back == key);
    }

    void strkeyValid()
    {
        const QString g =
            QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ");
        auto k = strkey::decodeAccountId(g);
        QVERIFY(k);
        QCOMPARE(k->toHex(),
                 QByteArray("3f0c34bf93ad0d9971d04ccc90f705511c838aad9734a4a2fb0d7a03fc7fe89a"));
        QCOMPARE(strkey::accountId(*k), g);
    }

    void strkeyInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QString g =
            QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ");
        QString flipped = g;
        flipped[10] = QLatin1Char('A');
        QTest::newRow("bad checksum") << flipped << QStringLiteral("bad_checksum");
        QTest::newRow("lower case") << g.toLower() << QStringLiteral("bad_encoding");
        QTest::newRow("padding") << g + QStringLiteral("====") << QStringLiteral("bad_encoding");
        QTest::newRow("too short") << g.left(50) << QStringLiteral("bad_encoding");
        QTest::newRow("too long") << g + QStringLiteral("AA") << QStringLiteral("bad_encoding");
        QTest::newRow("seed for account")
            << QStringLiteral("SBUV3MRWKNS6AYKZ6E6MOUVF2OYMON3MIUASWL3JLY5E3ISDJFELYBRZ")
            << QStringLiteral("bad_version");
        QTest::newRow("empty") << QString() << QStringLiteral("bad_encoding");
        QTest::newRow("not base32")
            << QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSG1")
            << QStringLiteral("bad_encoding");
    }
    void strkeyInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto r = strkey::decodeAccountId(text);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void envelopes_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const auto &v : fixtures().value(QStringLiteral("cases")).toArray())
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("name")).toString()))
                << v.toObject();
    }
    void envelopes()
    {
        QFETCH(QJsonObject, c);
        const auto net = stellar::network(c[QStringLiteral("network")].toString());
        QVERIFY(net.known);
        const QByteArray unsignedB64 = c[QStringLiteral("unsigned")].toString().toLatin1();
        auto env = stellar::decodeBase64(unsignedB64);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().message));
        // Byte-for-byte round trip and the SDK's hash.
        QCOMPARE(stellar::encodeBase64(*env), unsignedB64);
        QCOMPARE(QString::fromLatin1(stellar::hash(*env, net).toHex()),
                 c[QStringLiteral("hash")].toString());
        // Review names what the SDK built.
        const SecretBytes key = signerKey();
        const QByteArray pk = slip10::ed25519PublicKey(key);
        const TxReview r = stellar::review(*env, net, pk);
        QCOMPARE(r.hash, c[QStringLiteral("hash")].toString());
        QCOMPARE(r.signableInputs, 1);
        QVERIFY(!r.lines.isEmpty());
        QCOMPARE(r.lines.first().kind, c[QStringLiteral("kind")].toString());
        if (c.contains(QStringLiteral("destination")))
            QCOMPARE(r.lines.first().destination, c[QStringLiteral("destination")].toString());
        if (c.contains(QStringLiteral("amountBase")))
            QCOMPARE(r.lines.first().amountBase, c[QStringLiteral("amountBase")].toString());
        if (c.contains(QStringLiteral("asset")))
            QCOMPARE(r.lines.first().asset, c[QStringLiteral("asset")].toString());
        if (c.contains(QStringLiteral("memo")))
            QCOMPARE(r.memo, c[QStringLiteral("memo")].toString());
        if (c.contains(QStringLiteral("fee")))
            QCOMPARE(r.feeBase, c[QStringLiteral("fee")].toString());
        // Our signature is the SDK's signature, byte for byte (ed25519 is deterministic).
        QVERIFY(stellar::sign(*env, key, net));
        QCOMPARE(stellar::encodeBase64(*env), c[QStringLiteral("signed")].toString().toLatin1());
        QVERIFY(stellar::hasValidSignature(*env, net, pk));
        // Signing twice is refused; so is signing on another network's terms.
        auto again = stellar::sign(*env, key, net);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("nothing_to_sign"));
        QVERIFY(
            !stellar::hasValidSignature(*env, stellar::network(QStringLiteral("futurenet")), pk));
        // The SDK's signed form decodes too, and its signature verifies here.
        auto signedEnv = stellar::decodeBase64(c[QStringLiteral("signed")].toString().toLatin1());
        QVERIFY(signedEnv);
        QVERIFY(stellar::hasValidSignature(*signedEnv, net, pk));
    }

    void truncatedEnvelopesAreRefused()
    {
        for (const auto &v : fixtures().value(QStringLiteral("cases")).toArray()) {
            const QByteArray raw = QByteArray::fromBase64(
                v.toObject()[QStringLiteral("signed")].toString().toLatin1());
            for (qsizetype n = 0; n < raw.size(); ++n) {
                auto r = stellar::decode(raw.left(n));
                QVERIFY2(!r, qPrintable(QStringLiteral("prefix %1 accepted").arg(n)));
                QCOMPARE(r.error().code, QStringLiteral("bad_xdr"));
            }
            auto extra = stellar::decode(QByteArray(raw + QByteArray(4, 0)));
            QVERIFY(!extra);
            QVERIFY(extra.error().message.contains(QStringLiteral("after the envelope")));
        }
        auto notB64 = stellar::decodeBase64("not base64 ###");
        QVERIFY(!notB64);
        QCOMPARE(notB64.error().code, QStringLiteral("bad_xdr"));
    }

    void unsupportedOperationIsNamed()
    {
        // A bump-sequence operation (type 11) is outside what the wallet reviews.
        auto env = stellar::decodeBase64(fixtures()[QStringLiteral("cases")]
                                             .toArray()[0]
                                             .toObject()[QStringLiteral("unsigned")]
                                             .toString()
                                             .toLatin1());
        QVERIFY(env);
        QByteArray raw = stellar::encode(*env);
        // The first operation's type follows its source flag; find the payment type and change it.
        const QByteArray payment = QByteArray::fromHex("0000000000000001");
        const qsizetype at = raw.indexOf(payment, 88);
        QVERIFY(at > 0);
        raw[at + 7] = 11;
        auto r = stellar::decode(raw);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("unsupported_operation"));
    }

    void buildsTheSdkPayment()
    {
        const auto f = fixtures();
        stellar::PaymentParams p;
        p.source = f[QStringLiteral("signer")].toString();
        p.destination = f[QStringLiteral("other")].toString();
        p.amount = *stellar::parseAmount(QStringLiteral("12.5"));
        p.asset = QStringLiteral("XLM");
        p.sequence = 4294967297;
        p.fee = 100;
        p.minTime = 1700000000;
        p.maxTime = 1900000000;
        p.memo.type = stellar::MemoText;
        p.memo.text = "hello";
        auto env = stellar::buildPayment(p);
        QVERIFY(env);
        QCOMPARE(stellar::encodeBase64(*env), f[QStringLiteral("cases")]
                                                  .toArray()[0]
                                                  .toObject()[QStringLiteral("unsigned")]
                                                  .toString()
                                                  .toLatin1());
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("stroops");
        QTest::newRow("whole") << "12" << qint64(120000000);
        QTest::newRow("half") << "12.5" << qint64(125000000);
        QTest::newRow("smallest") << "0.0000001" << qint64(1);
        QTest::newRow("too precise") << "0.00000001" << qint64(-1);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("letters") << "1e5" << qint64(-1);
        QTest::newRow("dot only") << "1." << qint64(-1);
        QTest::newRow("huge") << "99999999999999999999" << qint64(-1);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, stroops);
        auto r = stellar::parseAmount(text);
        if (stroops < 0) {
            QVERIFY(!r);
        } else {
            QVERIFY(r);
            QCOMPARE(*r, stroops);
        }
    }

    void reviewWarns()
    {
        auto env = stellar::decodeBase64(fixtures()[QStringLiteral("cases")]
                                             .toArray()[0]
                                             .toObject()[QStringLiteral("unsigned")]
                                             .toString()
                                             .toLatin1());
        QVERIFY(env);
        const auto custom = stellar::network(QStringLiteral("Private Network ; 2026"));
        QVERIFY(!custom.known);
        QVERIFY(stellar::review(*env, custom).hasWarning(QStringLiteral("unknown_network")));
        env->tx.fee = 10000000;
        QVERIFY(stellar::review(*env, stellar::network(QStringLiteral("testnet")))
                    .hasWarning(QStringLiteral("high_fee")));
        // Someone else's key cannot sign.
        const SecretBytes stranger =
            accountKey(fixtures()[QStringLiteral("signerMnemonic")].toString(), {}, 2);
        auto r = stellar::sign(*env, stranger, stellar::network(QStringLiteral("testnet")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("nothing_to_sign"));
        QVERIFY(stellar::review(*env, stellar::network(QStringLiteral("testnet")),
                                slip10::ed25519PublicKey(stranger))
                    .hasWarning(QStringLiteral("not_our_account")));
    }
};

QTEST_GUILESS_MAIN(StellarTest)
#include "tst_stellar.moc"
