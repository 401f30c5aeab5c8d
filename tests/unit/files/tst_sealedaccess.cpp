// The sealed-access opener: a provider seals its storage parameters to the consumer's Stellar
// key (converted to X25519), the wallet opens them; another wallet or a tampered box cannot.
#include "sealeddeals.h"
#include "storage/sealedaccess.h"
#include "wallet/keystore.h"

#include <QJsonDocument>
#include <QTest>

#include <sodium.h>

using namespace fb;
using namespace fb::storage;

namespace {

SecretBytes seedOf(const QString &phrase)
{
    QByteArray utf8 = phrase.toUtf8();
    auto secrets = keystore::fromBip39(SecretBytes::fromBytes(utf8), SecretBytes());
    SecretBytes::wipe(utf8);
    if (!secrets)
        return {};
    auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), 0);
    return key ? std::move(*key) : SecretBytes();
}

} // namespace

class tst_SealedAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(initSodium()); }

    void opensWithTheWalletKey()
    {
        const SecretBytes seed = seedOf(fbtest::testPhrase());
        QCOMPARE(seed.size(), std::size_t(32));
        const QJsonObject access{{QStringLiteral("type"), QStringLiteral("local")},
                                 {QStringLiteral("path"), QStringLiteral("/tmp/p1/deal_1")}};
        const QString sealed =
            fbtest::sealToSeed(seed, QJsonDocument(access).toJson(QJsonDocument::Compact));
        QVERIFY(!sealed.isEmpty());
        auto opened = openSealedAccess(sealed, seed);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(*opened, access);
        // The converted key pair opens it too.
        auto keys = boxKeysFromSeed(seed);
        QVERIFY(keys.ok());
        QCOMPARE(keys->publicKey.size(), 32);
        auto again = openSealedAccess(sealed, *keys);
        QVERIFY(again.ok());
        QCOMPARE(again->value(QStringLiteral("path")).toString(), QStringLiteral("/tmp/p1/deal_1"));
    }

    void anotherWalletCannotOpen()
    {
        const SecretBytes seed = seedOf(fbtest::testPhrase());
        SecretBytes other(32);
        randombytes_buf(other.data(), other.size());
        const QString sealed =
            fbtest::sealToSeed(seed, QByteArrayLiteral("{\"type\":\"local\",\"path\":\"/x\"}"));
        auto opened = openSealedAccess(sealed, other);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("cannot_open"));
    }

    void tamperedOrGarbageIsRefused()
    {
        const SecretBytes seed = seedOf(fbtest::testPhrase());
        QByteArray box = QByteArray::fromBase64(
            fbtest::sealToSeed(seed, QByteArrayLiteral("{\"type\":\"local\",\"path\":\"/x\"}"))
                .toLatin1());
        box[box.size() - 1] = char(box.at(box.size() - 1) ^ 1);
        auto tampered = openSealedAccess(QString::fromLatin1(box.toBase64()), seed);
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().code, QStringLiteral("cannot_open"));
        auto garbage = openSealedAccess(QStringLiteral("not base64!!"), seed);
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().code, QStringLiteral("bad_sealed_access"));
        auto shortBox = openSealedAccess(QStringLiteral("AAAA"), seed);
        QVERIFY(!shortBox.ok());
        auto notJson = openSealedAccess(fbtest::sealToSeed(seed, QByteArrayLiteral("hello")), seed);
        QVERIFY(!notJson.ok());
        QCOMPARE(notJson.error().code, QStringLiteral("bad_access_json"));
        QVERIFY(!boxKeysFromSeed(SecretBytes(16)).ok());
    }

    void masterSecretIsDeterministicAndPerWallet()
    {
        const SecretBytes seed = seedOf(fbtest::testPhrase());
        auto a = deriveFilesMasterSecret(seed);
        auto b = deriveFilesMasterSecret(seed);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), std::size_t(32));
        QVERIFY(*a == *b);
        QVERIFY(!(a->view() == seed.view()));
        SecretBytes other(32);
        randombytes_buf(other.data(), other.size());
        auto c = deriveFilesMasterSecret(other);
        QVERIFY(c.ok());
        QVERIFY(!(*a == *c));
    }
};

QTEST_GUILESS_MAIN(tst_SealedAccess)
#include "tst_sealedaccess.moc"
