// BIP39, SLIP-0010 and SEP-0005: the published vectors, data-driven, plus the bad inputs a user
// can type (unknown word, wrong checksum, wrong word count).
#include "wallet/bip39.h"
#include "wallet/derivationpath.h"
#include "wallet/slip10.h"

#include <QTest>

using namespace fb;

namespace {
SecretBytes secret(const QByteArray &s)
{
    return SecretBytes::fromBytes(s);
}
QByteArray hex(const SecretBytes &s)
{
    return s.view().toByteArray().toHex();
}
} // namespace

class KeysTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }

    void wordList()
    {
        QCOMPARE(bip39::englishWords().size(), 2048);
        QCOMPARE(bip39::englishWords().first(), QStringLiteral("abandon"));
        QCOMPARE(bip39::englishWords().last(), QStringLiteral("zoo"));
        QCOMPARE(bip39::wordIndex("zoo"), 2047);
        QCOMPARE(bip39::wordIndex("zzz"), -1);
    }

    // trezor/python-mnemonic vectors.json (passphrase "TREZOR").
    void bip39Vectors_data()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::addColumn<QByteArray>("mnemonic");
        QTest::addColumn<QByteArray>("seed");
        QTest::newRow("16 zero") << QByteArray("00000000000000000000000000000000")
                                 << QByteArray("abandon abandon abandon abandon abandon abandon "
                                               "abandon abandon abandon abandon abandon about")
                                 << QByteArray("c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9ef"
                                               "a3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a"
                                               "3c4ab7c81b2f001698e7463b04");
        QTest::newRow("16 7f") << QByteArray("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")
                               << QByteArray("legal winner thank year wave sausage worth useful "
                                             "legal winner thank yellow")
                               << QByteArray("2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cf"
                                             "b8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd"
                                             "381ee6260e8d9739fce1f607");
        QTest::newRow("16 80") << QByteArray("80808080808080808080808080808080")
                               << QByteArray("letter advice cage absurd amount doctor acoustic "
                                             "avoid letter advice cage above")
                               << QByteArray("d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3"
                                             "ad6ed5511a30fa280f12eb2e47ed2ac03b5c462a0358d18d69fe"
                                             "4f985ec81778c1b370b652a8");
        QTest::newRow("16 ff") << QByteArray("ffffffffffffffffffffffffffffffff")
                               << QByteArray("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong")
                               << QByteArray("ac27495480225222079d7be181583751e86f571027b0497b5b5d"
                                             "11218e0a8a13332572917f0f8e5a589620c6f15b11c61dee3276"
                                             "51a14c34e18231052e48c069");
        QTest::newRow("32 zero")
            << QByteArray("0000000000000000000000000000000000000000000000000000000000000000")
            << QByteArray("abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                          "abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                          "abandon abandon abandon abandon abandon art")
            << QByteArray("bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd3097170af7a4d"
                          "73245cafa9c3cca8d561a7c3de6f5d4a10be8ed2a5e608d68f92fcc8");
        QTest::newRow("32 68a7")
            << QByteArray("68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c")
            << QByteArray("hamster diagram private dutch cause delay private meat slide toddler "
                          "razor book happy fancy gospel tennis maple dilemma loan word shrug "
                          "inflict delay length")
            << QByteArray("64c87cde7e12ecf6704ab95bb1408bef047c22db4cc7491c4271d170a1b213d20b385bc1"
                          "588d9c7b38f1b39d415665b8a9030c9ec653d75e65f847d8fc1fc440");
    }
    void bip39Vectors()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QByteArray, mnemonic);
        QFETCH(QByteArray, seed);
        auto phrase = bip39::fromEntropy(QByteArray::fromHex(entropy));
        QVERIFY(phrase);
        QCOMPARE(phrase->view().toByteArray(), mnemonic);
        auto back = bip39::toEntropy(secret(mnemonic));
        QVERIFY(back);
        QCOMPARE(hex(*back), entropy);
        auto s = bip39::toSeed(secret(mnemonic), secret("TREZOR"));
        QVERIFY(s);
        QCOMPARE(hex(*s), seed);
    }

    void phraseIsNormalised()
    {
        auto n = bip39::normalise(secret("  Legal WINNER thank year wave sausage worth useful\n"
                                         "legal winner thank yellow\n"));
        QVERIFY(n);
        QCOMPARE(n->view().toByteArray(),
                 QByteArray("legal winner thank year wave sausage worth useful legal winner thank "
                            "yellow"));
    }

    void badPhrases_data()
    {
        QTest::addColumn<QByteArray>("phrase");
        QTest::addColumn<QString>("code");
        QTest::newRow("checksum") << QByteArray("abandon abandon abandon abandon abandon abandon "
                                                "abandon abandon abandon abandon abandon abandon")
                                  << QStringLiteral("bad_checksum");
        QTest::newRow("unknown word") << QByteArray("abandon abandon abandon abandon abandon "
                                                    "abandon abandon abandon abandon abandon "
                                                    "abandonn about")
                                      << QStringLiteral("unknown_word");
        QTest::newRow("eleven words") << QByteArray("abandon abandon abandon abandon abandon "
                                                    "abandon abandon abandon abandon abandon about")
                                      << QStringLiteral("bad_word_count");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("bad_word_count");
        QTest::newRow("non-ascii") << QByteArray("abandon abandon abandon abandon abandon abandon "
                                                 "abandon abandon abandon abandon abandon \xc3\xa9")
                                   << QStringLiteral("unknown_word");
    }
    void badPhrases()
    {
        QFETCH(QByteArray, phrase);
        QFETCH(QString, code);
        auto r = bip39::toSeed(secret(phrase), SecretBytes());
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void generatesValidPhrases()
    {
        for (int words : {12, 24}) {
            auto p = bip39::generate(words);
            QVERIFY(p);
            QCOMPARE(p->view().count(' ') + 1, words);
            QVERIFY(bip39::normalise(*p));
        }
        auto a = bip39::generate(12);
        auto b = bip39::generate(12);
        QVERIFY(!(*a == *b));
        QVERIFY(!bip39::generate(13));
    }

    // satoshilabs/slips slip-0010.md, ed25519 vector 1.
    void slip10Vectors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("chainCode");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::newRow("m") << "m"
                           << QByteArray("90046a93de5380a72b5e45010748567d5ea02bbf6522f979e05c0d8d8"
                                         "ca9fffb")
                           << QByteArray("2b4be7f19ee27bbf30c667b642d5f4aa69fd169872f8fc3059c08ebae"
                                         "2eb19e7")
                           << QByteArray("a4b2856bfec510abab89753fac1ac0e1112364e7d250545963f135f2a"
                                         "33188ed");
        QTest::newRow("m/0H") << "m/0H"
                              << QByteArray("8b59aa11380b624e81507a27fedda59fea6d0b779a778918a2fd35"
                                            "90e16e9c69")
                              << QByteArray("68e0fe46dfb67e368c75379acec591dad19df3cde26e63b93a8e70"
                                            "4f1dade7a3")
                              << QByteArray("8c8a13df77a28f3445213a0f432fde644acaa215fc72dcdf300d5e"
                                            "faa85d350c");
        QTest::newRow("m/0H/1H/2H/2H/1000000000H")
            << "m/0H/1H/2H/2H/1000000000H"
            << QByteArray("68789923a0cac2cd5a29172a475fe9e0fb14cd6adb5ad98a3fa70333e7afa230")
            << QByteArray("8f94d394a8e8fd6b1bc2f3f49f5c47e385281d5c17e65324b0f62483e37e8793")
            << QByteArray("3c24da049451555d51a7014a37337aa4e12d41e485abccfa46b47dfb2af54b7a");
    }
    void slip10Vectors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, chainCode);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, publicKey);
        auto p = parseDerivationPath(path);
        QVERIFY(p);
        auto node =
            slip10::derive(secret(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")), *p);
        QVERIFY(node);
        QCOMPARE(hex(node->chainCode), chainCode);
        QCOMPARE(hex(node->key), key);
        QCOMPARE(slip10::ed25519PublicKey(node->key).toHex(), publicKey);
    }

    void slip10RefusesNonHardened()
    {
        auto r = slip10::derive(secret(QByteArray(16, 1)), {44 | kHardened, 0});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("bad_path"));
    }

    void paths()
    {
        QCOMPARE(formatDerivationPath(*parseDerivationPath(QStringLiteral("m/84h/0'/0H/0/5"))),
                 QStringLiteral("m/84'/0'/0'/0/5"));
        QVERIFY(!parseDerivationPath(QStringLiteral("44'/0")));
        QVERIFY(!parseDerivationPath(QStringLiteral("m/2147483648")));
        QVERIFY(!parseDerivationPath(QStringLiteral("m/-1")));
        QVERIFY(!parseDerivationPath(QStringLiteral("m//1")));
    }
};

QTEST_GUILESS_MAIN(KeysTest)
#include "tst_keys.moc"
