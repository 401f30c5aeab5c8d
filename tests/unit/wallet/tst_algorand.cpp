// Algorand: 25-word phrases, addresses, canonical msgpack against algosdk and the go-sdk vector,
// signing, transaction files, the strict parser's refusals and the review's warnings.
#include "wallet/algorand.h"
#include "wallet/base32.h"
#include "wallet/bip39.h"
#include "wallet/slip10.h"

#include <QTest>

using namespace fb;
using namespace fb::algorand;

namespace {
SecretBytes secret(const QByteArray &s)
{
    return SecretBytes::fromBytes(s);
}
QByteArray text(const SecretBytes &s)
{
    return s.view().toByteArray();
}
QByteArray pubOf(const QByteArray &seedHex)
{
    return slip10::ed25519PublicKey(secret(QByteArray::fromHex(seedHex)));
}

const QByteArray kZeroSeed = QByteArray(64, '0');
const QByteArray kOneSeed = "01" + QByteArray(62, '0');
// go-algorand-sdk TestMakePaymentTxn account ("advice pudding treat … able sponsor").
const QByteArray kGoSeed = "2048abcf3999de60dc97faa3db915fa3bd6cfdd0ef1712064b61fcf4b6958856";
const QString kGoAddr =
    QStringLiteral("47YPQTIGQEO7T4Y4RWDYWEKV6RTR2UNBQXBABEEGM72ESWDQNCQ52OPASU");
const QString kZeroAddr =
    QStringLiteral("HNVCPPGOW2SC2YVDVDICU3YNONSTEFLXDXREHJR2YBEKDC2Z3IUZSC6YGI");
const QString kOneAddr =
    QStringLiteral("Z3GBKB64DXOXFFMVDQUQRCHQSWW3SBCNDNZ5NFXG34DF22B32T6J7ARUIE");

// Fixtures generated with algosdk 2.11.0 (tests/node_modules) by a Node script building the same
// transactions: makePaymentTxnWithSuggestedParamsFromObject / makeAssetTransferTxn…, toByte(),
// signTxn(), txID(), and encodeObj({txn}) for goal's unsigned file form.
const QByteArray kPayUnsigned =
    "8aa3616d74ce0012d687a3666565cd03e8a26676cd03e8a367656eac746573746e65742d76312e30a26768c420"
    "4863b518a4b3c84ec810f22d4f1081cb0f71f059a7ac20dec62f7f70e5093a22a26c76cd07d0a46e6f7465c402"
    "6869a3726376c420e7f0f84d06811df9f31c8d878b1155f4671d51a185c200908667f449587068a1a3736e64c4"
    "203b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29a474797065a3706179";
const QByteArray kPayGoalFile = "81a374786e" + kPayUnsigned;
const QByteArray kPaySigned =
    "82a3736967c440823c948e6fdec4d7f58370cd4f36abdb894b0adc553d0eb9b9f96fa5097397638cec7aca68b0"
    "85aba9ecc86e6cc3233e6fe7fda7282e6ddddc55eb2d489d7f0aa374786e" +
    kPayUnsigned;
const QByteArray kPaySignedByOne =
    "83a473676e72c420cecc1507dc1ddd7295951c290888f095adb9044d1b73d696e6df065d683bd4fca3736967c4"
    "40cf7d5aaa20cfded2fcd2c2fa33c0f13c90793897e8afd838e47fd2dc79b942872617471dd3389bb4c26fdc3a"
    "288610c04c3fc92a5d1215dabcc32c367cb7fa07a374786e" +
    kPayUnsigned;
const QString kPayTxId = QStringLiteral("VPOGSSYVPTQG6DLMTJ3UWYBSBJHILWSAPTYDFKKVUKN74TBUYLYQ");

const QByteArray kAxferUnsigned =
    "8ba461616d74cd1388a461726376c4203b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b"
    "59da29a3666565cd07d0a26676ce01c9c380a367656eac746573746e65742d76312e30a26768c4204863b518a4"
    "b3c84ec810f22d4f1081cb0f71f059a7ac20dec62f7f70e5093a22a26c76ce01c9c768a46e6f7465c40200ffa3"
    "736e64c420cecc1507dc1ddd7295951c290888f095adb9044d1b73d696e6df065d683bd4fca474797065a56178"
    "666572a478616964ce009f973d";
const QByteArray kAxferSigned =
    "82a3736967c44070b0052d2ffcfad5022e996daec46ccf8357a1a35d8fb30a5b1c3b8bd4a3ce708ffd3aea940c"
    "983092c1feb906ae523df5c6620b31958bf85a9fc6d6fca8b500a374786e" +
    kAxferUnsigned;
const QString kAxferTxId = QStringLiteral("OZPEWTQUDJVCHFWRWLFOZYCRMTT6U3R52YTBNFR6YKROBSH3B4JQ");

// mainnet payment of 5000 ALGO with rekey and lease (also generated with algosdk 2.11.0).
const QByteArray kRekeyUnsigned =
    "8ba3616d74cf000000012a05f200a3666565cd4e20a26676ce02625a00a367656eac6d61696e6e65742d76312e"
    "30a26768c420c061c4d8fc1dbdded2d7604be4568e3f6d041987ac37bde4b620b5ab39248adfa26c76ce02625b"
    "f4a26c78c4200707070707070707070707070707070707070707070707070707070707070707a3726376c4203b"
    "6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29a572656b6579c420e7f0f84d0681"
    "1df9f31c8d878b1155f4671d51a185c200908667f449587068a1a3736e64c420cecc1507dc1ddd7295951c2908"
    "88f095adb9044d1b73d696e6df065d683bd4fca474797065a3706179";
const QString kRekeyTxId = QStringLiteral("PSSRD324HGHHFDFAD5K3LT26NPJMTL27SGBLIC3PJ37NOOOMNZNQ");

// go-algorand-sdk transaction_test.go TestMakePaymentTxn (fee 4/byte → 1176; confirmed with
// algosdk 2.11.0).
const QByteArray kGoSignedB64 =
    "gqNzaWfEQPhUAZ3xkDDcc8FvOVo6UinzmKBCqs0woYSfodlmBMfQvGbeUx3Srxy3dyJDzv7rLm26BRv9FnL2/AuT7NY"
    "fiAWjdHhui6NhbXTNA+ilY2xvc2XEIEDpNJKIJWTLzpxZpptnVCaJ6aHDoqnqW2Wm6KRCH/xXo2ZlZc0EmKJmds0wsq"
    "NnZW6sZGV2bmV0LXYzMy4womdoxCAmCyAJoJOohot5WHIvpeVG7eftF+TYXEx4r7BFJpDt0qJsds00mqRub3RlxAjqA"
    "BVHQ2y/lqNyY3bEIHts4k/rW6zAsWTinCIsV/X2PcOH1DkEglhBHF/hD3wCo3NuZMQg5/D4TQaBHfnzHI2HixFV9Gcd"
    "UaGFwgCQhmf0SVhwaKGkdHlwZaNwYXk=";
} // namespace

class AlgorandTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }

    void base32_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoded");
        // RFC 4648 §10 without padding.
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    }
    void base32()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoded);
        QCOMPARE(base32::encode(bytes), encoded);
        auto d = base32::decode(encoded);
        QVERIFY(d.ok());
        QCOMPARE(*d, bytes);
    }
    void base32Rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("padding") << QStringLiteral("MY======");
        QTest::newRow("lower case") << QStringLiteral("mzxw6");
        QTest::newRow("digit 1") << QStringLiteral("MZXW1");
        QTest::newRow("trailing bits") << QStringLiteral("MZ");
        QTest::newRow("bad length") << QStringLiteral("MZX");
    }
    void base32Rejects()
    {
        QFETCH(QString, input);
        auto d = base32::decode(input);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QStringLiteral("bad_encoding"));
    }

    void mnemonic_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("phrase");
        QTest::addColumn<QString>("addr");
        QTest::newRow("zero") << kZeroSeed
                              << QByteArray("abandon abandon abandon abandon abandon abandon "
                                            "abandon abandon abandon abandon abandon abandon "
                                            "abandon abandon abandon abandon abandon abandon "
                                            "abandon abandon abandon abandon abandon abandon "
                                            "invest")
                              << kZeroAddr;
        QTest::newRow("01") << kOneSeed
                            << QByteArray("ability abandon abandon abandon abandon abandon "
                                          "abandon abandon abandon abandon abandon abandon "
                                          "abandon abandon abandon abandon abandon abandon "
                                          "abandon abandon abandon abandon abandon abandon under")
                            << kOneAddr;
        QTest::newRow("go-sdk")
            << kGoSeed
            << QByteArray("advice pudding treat near rule blouse same whisper inner electric quit "
                          "surface sunny dismiss leader blood seat clown cost exist hospital "
                          "century reform able sponsor")
            << kGoAddr;
    }
    void mnemonic()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, phrase);
        QFETCH(QString, addr);
        const SecretBytes s = secret(QByteArray::fromHex(seed));
        QCOMPARE(text(mnemonicFromSeed(s)), phrase);
        auto back = seedFromMnemonic(secret(phrase));
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QVERIFY(*back == s);
        // Case and spacing are forgiven.
        auto loose = seedFromMnemonic(secret("  " + phrase.toUpper().replace(' ', "\t ") + "\n"));
        QVERIFY(loose.ok());
        QVERIFY(*loose == s);
        QCOMPARE(address(slip10::ed25519PublicKey(s)), addr);
    }

    void mnemonicRejects_data()
    {
        QTest::addColumn<QByteArray>("phrase");
        QTest::addColumn<QString>("code");
        const QByteArray base = QByteArray("abandon ").repeated(24);
        QTest::newRow("24 words") << base.trimmed() << QStringLiteral("bad_word_count");
        QTest::newRow("26 words") << base + "invest invest" << QStringLiteral("bad_word_count");
        QTest::newRow("unknown") << QByteArray("abandon ").repeated(10) + "abandonn " +
                                        QByteArray("abandon ").repeated(13) + "invest"
                                 << QStringLiteral("unknown_word");
        QTest::newRow("checksum") << base + "about" << QStringLiteral("bad_checksum");
        // 24th word with bits beyond the 256 seed bits.
        QTest::newRow("overflow") << QByteArray("abandon ").repeated(23) + "zoo invest"
                                  << QStringLiteral("bad_checksum");
    }
    void mnemonicRejects()
    {
        QFETCH(QByteArray, phrase);
        QFETCH(QString, code);
        auto r = seedFromMnemonic(secret(phrase));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        if (code == QLatin1String("unknown_word"))
            QVERIFY(r.error().message.contains(QLatin1String("11")));
    }

    void addressRejects_data()
    {
        QTest::addColumn<QString>("addr");
        QTest::addColumn<QString>("code");
        QString typo = kZeroAddr;
        typo[10] = QLatin1Char(typo[10] == QLatin1Char('A') ? 'B' : 'A');
        QTest::newRow("typo") << typo << QStringLiteral("bad_checksum");
        QString lastChar = kZeroAddr;
        lastChar[57] = QLatin1Char('A');
        QTest::newRow("checksum char") << lastChar << QStringLiteral("bad_checksum");
        QTest::newRow("short") << kZeroAddr.left(57) << QStringLiteral("bad_address");
        QTest::newRow("lower") << kZeroAddr.toLower() << QStringLiteral("bad_address");
        QTest::newRow("stellar") << QStringLiteral(
                                        "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ")
                                 << QStringLiteral("bad_address");
    }
    void addressRejects()
    {
        QFETCH(QString, addr);
        QFETCH(QString, code);
        auto r = decodeAddress(addr);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }
    void addressRoundTrip()
    {
        auto r = decodeAddress(kGoAddr);
        QVERIFY(r.ok());
        QCOMPARE(*r, pubOf(kGoSeed));
        QCOMPARE(address(*r), kGoAddr);
    }

    void bip39Derivation()
    {
        auto seed = bip39::toSeed(secret("abandon abandon abandon abandon abandon abandon abandon "
                                         "abandon abandon abandon abandon about"),
                                  SecretBytes());
        QVERIFY(seed.ok());
        auto a0 = accountSeedFromBip39(*seed, 0);
        auto a1 = accountSeedFromBip39(*seed, 1);
        QVERIFY(a0.ok() && a1.ok());
        QCOMPARE(a0->size(), std::size_t(32));
        QVERIFY(!(*a0 == *a1));
        QCOMPARE(derivationPath(0), QStringLiteral("m/44'/283'/0'"));
        // Same as SLIP-0010 along the documented path; exportable as 25 words.
        auto node = slip10::derive(*seed, {44 | kHardened, 283 | kHardened, 0 | kHardened});
        QVERIFY(node.ok());
        QVERIFY(node->key == *a0);
        auto back = seedFromMnemonic(mnemonicFromSeed(*a0));
        QVERIFY(back.ok() && *back == *a0);
    }

    void fixtures_data()
    {
        QTest::addColumn<QByteArray>("unsignedHex");
        QTest::addColumn<QByteArray>("signedHex");
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("txid");
        QTest::newRow("pay testnet") << kPayUnsigned << kPaySigned << kZeroSeed << kPayTxId;
        QTest::newRow("axfer testnet") << kAxferUnsigned << kAxferSigned << kOneSeed << kAxferTxId;
        QTest::newRow("pay mainnet rekey lease")
            << kRekeyUnsigned << QByteArray() << kOneSeed << kRekeyTxId;
        QTest::newRow("go-sdk TestMakePaymentTxn")
            << QByteArray() << QByteArray::fromBase64(kGoSignedB64).toHex() << kGoSeed
            << QStringLiteral("5FJDJD5LMZC3EHUYYJNH5I23U4X6H2KXABNDGPIL557ZMJ33GZHQ");
    }
    void fixtures()
    {
        QFETCH(QByteArray, unsignedHex);
        QFETCH(QByteArray, signedHex);
        QFETCH(QByteArray, seed);
        QFETCH(QString, txid);
        QByteArray raw = QByteArray::fromHex(unsignedHex);
        if (raw.isEmpty()) {
            auto s = decodeSigned(QByteArray::fromHex(signedHex));
            QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));
            raw = encode(s->txn);
        }
        auto t = decode(raw);
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        QCOMPARE(encode(*t).toHex(), raw.toHex());
        QCOMPARE(txId(*t), txid);
        QCOMPARE(bytesToSign(*t), QByteArray("TX") + raw);
        auto st = sign(*t, secret(QByteArray::fromHex(seed)));
        QVERIFY2(st.ok(), qPrintable(st ? QString() : st.error().message));
        QVERIFY(st->signer.isEmpty());
        QVERIFY(verify(*st));
        if (!signedHex.isEmpty()) {
            // Ed25519 is deterministic: our signed bytes equal algosdk's.
            QCOMPARE(encodeSigned(*st).toHex(), signedHex);
            auto back = decodeSigned(QByteArray::fromHex(signedHex));
            QVERIFY(back.ok());
            QVERIFY(*back == *st);
        }
    }

    void goSdkFields()
    {
        auto s = decodeSigned(QByteArray::fromBase64(kGoSignedB64));
        QVERIFY(s.ok());
        const Transaction &t = s->txn;
        QCOMPARE(t.type, QStringLiteral("pay"));
        QCOMPARE(address(t.sender), kGoAddr);
        QCOMPARE(address(t.receiver),
                 QStringLiteral("PNWOET7LLOWMBMLE4KOCELCX6X3D3Q4H2Q4QJASYIEOF7YIPPQBG3YQ5YI"));
        QCOMPARE(address(t.closeRemainderTo),
                 QStringLiteral("IDUTJEUIEVSMXTU4LGTJWZ2UE2E6TIODUKU6UW3FU3UKIQQ77RLUBBBFLA"));
        QCOMPARE(t.fee, quint64(1176));
        QCOMPARE(t.amount, quint64(1000));
        QCOMPARE(t.firstValid, quint64(12466));
        QCOMPARE(t.lastValid, quint64(13466));
        QCOMPARE(t.genesisId, QStringLiteral("devnet-v33.0"));
        QCOMPARE(t.note.toBase64(), QByteArray("6gAVR0Nsv5Y="));
        QCOMPARE(encodeSigned(*s), QByteArray::fromBase64(kGoSignedB64));
    }

    void files()
    {
        // goal's unsigned form, a signed one and a rekeyed one, concatenated.
        const QByteArray file = QByteArray::fromHex(kPayGoalFile + kAxferSigned + kPaySignedByOne);
        auto list = decodeFile(file);
        QVERIFY2(list.ok(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), 3);
        QVERIFY(list->at(0).sig.isEmpty());
        QCOMPARE(txId(list->at(0).txn), kPayTxId);
        QCOMPARE(list->at(1).txn.type, QStringLiteral("axfer"));
        QVERIFY(verify(list->at(1)));
        QCOMPARE(address(list->at(2).signer), kOneAddr);
        QVERIFY(verify(list->at(2)));
        QCOMPARE(encodeFile(*list), file);

        // Signing with a key the sender was rekeyed to adds sgnr, exactly as algosdk does.
        const Transaction &t = list->at(0).txn;
        auto refused = sign(t, secret(QByteArray::fromHex(kOneSeed)));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("not_our_account"));
        auto rekeyed = sign(t, secret(QByteArray::fromHex(kOneSeed)), true);
        QVERIFY(rekeyed.ok());
        QCOMPARE(encodeSigned(*rekeyed).toHex(), kPaySignedByOne);
    }

    void sdkBareTransaction()
    {
        // algosdk's encodeUnsignedTransaction writes the transaction map alone, without goal's
        // {"txn": …} wrapper: it reads as one unsigned transaction, alone or among others.
        auto bare = decodeFile(QByteArray::fromHex(kPayUnsigned));
        QVERIFY2(bare.ok(), qPrintable(bare ? QString() : bare.error().message));
        QCOMPARE(bare->size(), 1);
        QVERIFY(bare->at(0).sig.isEmpty());
        QCOMPARE(txId(bare->at(0).txn), kPayTxId);
        // Written back in goal's form.
        QCOMPARE(encodeFile(*bare).toHex(), kPayGoalFile);
        auto mixed = decodeFile(QByteArray::fromHex(kPayUnsigned + kAxferSigned + kPayUnsigned));
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->size(), 3);
        QCOMPARE(mixed->at(2).txn, bare->at(0).txn);
        // A bare map is held to the same strict rules as the wrapped one.
        auto bad = decodeFile(QByteArray::fromHex("82a3666f6f01a474797065a3706179"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("unknown key \"foo\" in transaction")),
                 qPrintable(bad.error().message));
        auto acfg = decodeFile(QByteArray::fromHex("81a474797065a461636667"));
        QVERIFY(!acfg.ok());
        QCOMPARE(acfg.error().code, QStringLiteral("unsupported_transaction"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("what");
        const QByteArray p = kPayUnsigned;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("bad_msgpack")
                               << QStringLiteral("truncated");
        QTest::newRow("truncated")
            << p.left(p.size() - 6) << QStringLiteral("bad_msgpack") << QStringLiteral("truncated");
        QTest::newRow("trailing") << p + "00" << QStringLiteral("bad_msgpack")
                                  << QStringLiteral("trailing");
        // "fee" before "amt".
        QTest::newRow("unsorted") << QByteArray("82a3666565cd03e8a3616d74ce0012d687")
                                  << QStringLiteral("bad_msgpack") << QStringLiteral("unsorted");
        QTest::newRow("duplicate") << QByteArray("82a3666565cd03e8a3666565cd03e8")
                                   << QStringLiteral("bad_msgpack") << QStringLiteral("duplicate");
        QTest::newRow("unknown key") << QByteArray("82a3666f6f01a474797065a3706179")
                                     << QStringLiteral("bad_msgpack") << QStringLiteral("unknown");
        // fee 1000 as uint32.
        QTest::newRow("long int") << QByteArray("82a3666565ce000003e8a474797065a3706179")
                                  << QStringLiteral("bad_msgpack")
                                  << QStringLiteral("non-canonical");
        QTest::newRow("zero int") << QByteArray("82a366656500a474797065a3706179")
                                  << QStringLiteral("bad_msgpack") << QStringLiteral("zero");
        QTest::newRow("wrong type")
            << QByteArray("82a3666565a131a474797065a3706179") << QStringLiteral("bad_msgpack")
            << QStringLiteral("wrong type");
        QTest::newRow("short key")
            << QByteArray("82a3736e64c4030102030a474797065a3706179").replace("0a4", "a4")
            << QStringLiteral("bad_msgpack") << QStringLiteral("expected 32");
        QTest::newRow("map16 small")
            << QByteArray("de0001a474797065a3706179") << QStringLiteral("bad_msgpack")
            << QStringLiteral("non-canonical");
        QTest::newRow("not a map") << QByteArray("93010203") << QStringLiteral("bad_msgpack")
                                   << QStringLiteral("wrong type");
        QTest::newRow("unknown type")
            << QByteArray("81a474797065a461636667") << QStringLiteral("unsupported_transaction")
            << QStringLiteral("acfg");
        QTest::newRow("no type") << QByteArray("81a3666565cd03e8")
                                 << QStringLiteral("unsupported_transaction")
                                 << QStringLiteral("no type");
        QTest::newRow("xaid in pay")
            << QByteArray("82a474797065a3706179a47861696401")
            << QStringLiteral("unsupported_transaction") << QStringLiteral("xaid");
    }
    void malformed()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, code);
        QFETCH(QString, what);
        auto r = decode(QByteArray::fromHex(hex));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(what, Qt::CaseInsensitive),
                 qPrintable(r.error().message));
    }
    void malformedSigned()
    {
        // msig is not supported; a signature of the wrong size; a file with a bad second object.
        QVERIFY(
            !decodeSigned(QByteArray::fromHex("82a46d736967c401aaa374786e" + kPayUnsigned)).ok());
        QVERIFY(!decodeSigned(QByteArray::fromHex("82a3736967c40101a374786e" + kPayUnsigned)).ok());
        QVERIFY(!decodeSigned(QByteArray::fromHex(kPaySigned + "c0")).ok());
        auto f = decodeFile(QByteArray::fromHex(kPayGoalFile + "81a374786e"));
        QVERIFY(!f.ok());
        QVERIFY(f.error().message.contains(QLatin1String("transaction 2")));
        QVERIFY(!decodeFile(QByteArray()).ok());
    }

    void buildPayment_data()
    {
        QTest::addColumn<quint64>("fee");
        QTest::addColumn<quint64>("lv");
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("receiver");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << quint64(1000) << quint64(2000) << QStringLiteral("testnet")
                            << kGoAddr << QString();
        QTest::newRow("fee raised")
            << quint64(1) << quint64(2000) << QStringLiteral("testnet") << kGoAddr << QString();
        QTest::newRow("window") << quint64(1000) << quint64(2001) << QStringLiteral("testnet")
                                << kGoAddr << QStringLiteral("bad_validity");
        QTest::newRow("network") << quint64(1000) << quint64(2000) << QStringLiteral("devnet")
                                 << kGoAddr << QStringLiteral("unknown_network");
        QTest::newRow("receiver") << quint64(1000) << quint64(2000) << QStringLiteral("mainnet")
                                  << kGoAddr.left(57) + QLatin1Char('A')
                                  << QStringLiteral("bad_checksum");
    }
    void buildPayment()
    {
        QFETCH(quint64, fee);
        QFETCH(quint64, lv);
        QFETCH(QString, network);
        QFETCH(QString, receiver);
        QFETCH(QString, code);
        PaymentParams p;
        p.sender = kZeroAddr;
        p.receiver = receiver;
        p.amount = 1234567;
        p.fee = fee;
        p.firstValid = 1000;
        p.lastValid = lv;
        p.network = network;
        p.note = "hi";
        auto t = algorand::buildPayment(p);
        if (!code.isEmpty()) {
            QVERIFY(!t.ok());
            QCOMPARE(t.error().code, code);
            return;
        }
        QVERIFY(t.ok());
        // The same transaction algosdk built for the fixture.
        QCOMPARE(encode(*t).toHex(), kPayUnsigned);
    }

    void reviewPay()
    {
        auto t = decode(QByteArray::fromHex(kPayUnsigned));
        QVERIFY(t.ok());
        const TxReview r = review(*t, pubOf(kZeroSeed));
        QCOMPARE(r.chain, QStringLiteral("algorand"));
        QCOMPARE(r.network, QStringLiteral("testnet"));
        QVERIFY(r.testNetwork);
        QCOMPARE(r.source, kZeroAddr);
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.lines[0].kind, QStringLiteral("payment"));
        QCOMPARE(r.lines[0].destination, kGoAddr);
        QCOMPARE(r.lines[0].amountBase, QStringLiteral("1234567"));
        QVERIFY(r.lines[0].amount.contains(QLatin1String("1.234567")));
        QCOMPARE(r.feeBase, QStringLiteral("1000"));
        QVERIFY(r.memo.contains(QLatin1String("6869")));
        QVERIFY(r.memo.contains(QLatin1String("hi")));
        QCOMPARE(r.validity, QStringLiteral("rounds 1000..2000"));
        QCOMPARE(r.hash, kPayTxId);
        QCOMPARE(r.signableInputs, 1);
        QVERIFY(r.warnings.isEmpty());

        const TxReview other = review(*t, pubOf(kOneSeed));
        QVERIFY(other.hasWarning(QStringLiteral("not_our_account")));
        QCOMPARE(other.signableInputs, 0);
    }

    void reviewWarnings()
    {
        auto go = decodeSigned(QByteArray::fromBase64(kGoSignedB64));
        QVERIFY(go.ok());
        const TxReview g = review(go->txn, pubOf(kGoSeed));
        QVERIFY(g.hasWarning(QStringLiteral("close_account")));
        QVERIFY(g.hasWarning(QStringLiteral("unknown_network")));
        QCOMPARE(g.network, QStringLiteral("devnet-v33.0"));

        auto rk = decode(QByteArray::fromHex(kRekeyUnsigned));
        QVERIFY(rk.ok());
        const TxReview r = review(*rk, pubOf(kOneSeed));
        QCOMPARE(r.network, QStringLiteral("mainnet"));
        QVERIFY(!r.testNetwork);
        QVERIFY(r.hasWarning(QStringLiteral("rekey")));
        QVERIFY(r.hasWarning(QStringLiteral("lease")));
        QVERIFY(r.hasWarning(QStringLiteral("high_fee")));
        QVERIFY(!r.hasWarning(QStringLiteral("close_account")));
        for (const auto &w : r.warnings)
            if (w.code == QLatin1String("rekey"))
                QCOMPARE(w.severity, TxReviewWarning::Danger);
        QVERIFY(r.lines[0].amount.startsWith(QLatin1String("5000")));

        Transaction t = *rk;
        t.group = QByteArray(32, '\x05');
        t.genesisHash = QByteArray(32, '\x01');
        const TxReview grouped = review(t);
        QVERIFY(grouped.hasWarning(QStringLiteral("group")));
        QVERIFY(grouped.hasWarning(QStringLiteral("genesis_mismatch")));
        QCOMPARE(grouped.signableInputs, 0);
    }

    void reviewAxfer()
    {
        auto t = decode(QByteArray::fromHex(kAxferUnsigned));
        QVERIFY(t.ok());
        TxReview r = review(*t, pubOf(kOneSeed));
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.lines[0].kind, QStringLiteral("asset_transfer"));
        QCOMPARE(r.lines[0].asset, QStringLiteral("ASA 10458941"));
        QCOMPARE(r.lines[0].amountBase, QStringLiteral("5000"));
        QCOMPARE(r.lines[0].destination, kZeroAddr);
        QVERIFY(r.memo.contains(QLatin1String("00ff")));
        QVERIFY(!r.memo.contains(QLatin1String("text")));
        QCOMPARE(r.signableInputs, 1);

        Transaction closing = *t;
        closing.assetCloseTo = pubOf(kGoSeed);
        QVERIFY(review(closing).hasWarning(QStringLiteral("close_account")));
        // Round trip of the modified transaction stays canonical.
        auto back = decode(encode(closing));
        QVERIFY(back.ok());
        QVERIFY(*back == closing);
    }
};

QTEST_GUILESS_MAIN(AlgorandTest)
#include "tst_algorand.moc"
