// Bitcoin: BIP32 (vectors 1 and 2), BIP84 addresses, bech32/bech32m (BIP173/BIP350), BIP143
// P2WPKH signature hash and signature, BIP174 strict decoding (the spec's invalid PSBTs), and
// the signer, finaliser, extractor and review against PSBTs produced by bitcoinjs-lib 6.1.8.
#include "wallet/bech32.h"
#include "wallet/bip32.h"
#include "wallet/bip39.h"
#include "wallet/bitcoin.h"
#include "wallet/derivationpath.h"
#include "wallet/hashes.h"
#include "wallet/psbt.h"

#include <QTest>

using namespace fb;

namespace {

SecretBytes abandonSeed()
{
    const SecretBytes phrase = SecretBytes::fromBytes(
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
        "about");
    auto seed = bip39::toSeed(phrase, SecretBytes());
    return seed ? std::move(seed).value() : SecretBytes();
}

// Generated with bitcoinjs-lib 6.1.8 / bip32 / bip39 (tests/node_modules): the "abandon … about"
// wallet spends m/84'/0'/0'/0/0 (previous tx carried as both UTXO kinds), pays
// bc1qw508…f3t4 and returns change to m/84'/0'/0'/1/0. TWO adds a foreign input.
const char *kTwoUnsigned =
    "cHNidP8BAJoCAAAAAsgx6jwBdSircVbSr/hMJUqO3hapXK2U6cR4tjVwVYI2AQAAAAD9////"
    "qpdUKfrM0YbhDQ9TxPLw7i5HDwRUH/9wvZBjVSRO7xUBAAAAAP////"
    "8CsK0BAAAAAAAWABR1HnboGZGW1FSUHEXRs6Mj8UM71liYAAAAAAAAFgAUPjSYXcpv3cn7NplA5MfY4oc/"
    "UpwAAAAAAAEAXQIAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAAAAAVH/////"
    "AgAAAAAAAAAAAWqghgEAAAAAABYAFMDOvNbD08qMddxexi6+VTMO+"
    "RDiAAAAAAEBH6CGAQAAAAAAFgAUwM681sPTyox13F7GLr5VMw75EOIiBgMw1U/"
    "Q3UIKbl+NNiT180gsrjUPedXwdTv1vu+"
    "cLZGvPBhzxdoKVAAAgAAAAIAAAACAAAAAAAAAAAAAAQEfUMMAAAAAAAAWABRhqkeAmOWaHaHpWMRRSXH3h9PNISIGA0uol"
    "PEs9a5SgTDDV7Byq0PAwr42sX1D9iVIP/"
    "1wH2+CGN6tvu9UAACAAAAAgAAAAIAAAAAAAAAAAAAAIgIDAlMkiI5Cmrjj268feAJki5zQHptBhIXF+"
    "kwbm1cA4aYYc8XaClQAAIAAAACAAAAAgAEAAAAAAAAAAA==";
const char *kTwoSig0 = "304402201ce549e03b35159151d34400cff5ece30f2140332d22c87d6713c949072bae61022"
                       "00a1d94291a3e972df358ec6fe594147b3d04e10038d3c7fa3a1b89761c362a4f01";
const char *kOneUnsigned =
    "cHNidP8BAHECAAAAAcgx6jwBdSircVbSr/hMJUqO3hapXK2U6cR4tjVwVYI2AQAAAAD9////"
    "AmDqAAAAAAAAFgAUdR526BmRltRUlBxF0bOjI/"
    "FDO9ZYmAAAAAAAABYAFD40mF3Kb93J+"
    "zaZQOTH2OKHP1KcAAAAAAABAF0CAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAFR/////"
    "wIAAAAAAAAAAAFqoIYBAAAAAAAWABTAzrzWw9PKjHXcXsYuvlUzDvkQ4gAAAAABAR+"
    "ghgEAAAAAABYAFMDOvNbD08qMddxexi6+VTMO+"
    "RDiIgYDMNVP0N1CCm5fjTYk9fNILK41D3nV8HU79b7vnC2RrzwYc8XaClQAAIAAAACAAAAAgAAAAAAAAAAAAAAiAgMCUyS"
    "IjkKauOPbrx94AmSLnNAem0GEhcX6TBubVwDhphhzxdoKVAAAgAAAAIAAAACAAQAAAAAAAAAA";
const char *kOneSigned =
    "cHNidP8BAHECAAAAAcgx6jwBdSircVbSr/hMJUqO3hapXK2U6cR4tjVwVYI2AQAAAAD9////"
    "AmDqAAAAAAAAFgAUdR526BmRltRUlBxF0bOjI/"
    "FDO9ZYmAAAAAAAABYAFD40mF3Kb93J+"
    "zaZQOTH2OKHP1KcAAAAAAABAF0CAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAFR/////"
    "wIAAAAAAAAAAAFqoIYBAAAAAAAWABTAzrzWw9PKjHXcXsYuvlUzDvkQ4gAAAAABAR+"
    "ghgEAAAAAABYAFMDOvNbD08qMddxexi6+VTMO+"
    "RDiIgIDMNVP0N1CCm5fjTYk9fNILK41D3nV8HU79b7vnC2RrzxHMEQCIA7V2oKSKbdjz6WLUS3edm3yz/"
    "1eV8qIQ23qVbgOa2jaAiB0edH0823DJObotKbK7t8txYr9MQpSg+Z96h1xh2jkZwEiBgMw1U/"
    "Q3UIKbl+NNiT180gsrjUPedXwdTv1vu+"
    "cLZGvPBhzxdoKVAAAgAAAAIAAAACAAAAAAAAAAAAAACICAwJTJIiOQpq449uvH3gCZIuc0B6bQYSFxfpMG5tXAOGmGHPF2"
    "gpUAACAAAAAgAAAAIABAAAAAAAAAAA=";
const char *kOneFinal =
    "cHNidP8BAHECAAAAAcgx6jwBdSircVbSr/hMJUqO3hapXK2U6cR4tjVwVYI2AQAAAAD9////"
    "AmDqAAAAAAAAFgAUdR526BmRltRUlBxF0bOjI/"
    "FDO9ZYmAAAAAAAABYAFD40mF3Kb93J+"
    "zaZQOTH2OKHP1KcAAAAAAABAF0CAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAFR/////"
    "wIAAAAAAAAAAAFqoIYBAAAAAAAWABTAzrzWw9PKjHXcXsYuvlUzDvkQ4gAAAAABAR+"
    "ghgEAAAAAABYAFMDOvNbD08qMddxexi6+VTMO+RDiAQhrAkcwRAIgDtXagpIpt2PPpYtRLd52bfLP/"
    "V5XyohDbepVuA5raNoCIHR50fTzbcMk5ui0psru3y3Fiv0xClKD5n3qHXGHaORnASEDMNVP0N1CCm5fjTYk9fNILK41D3n"
    "V8HU79b7vnC2RrzwAACICAwJTJIiOQpq449uvH3gCZIuc0B6bQYSFxfpMG5tXAOGmGHPF2gpUAACAAAAAgAAAAIABAAAAA"
    "AAAAAA=";
const char *kOneTx =
    "02000000000101c831ea3c017528ab7156d2aff84c254a8ede16a95cad94e9c478b635705582360100000000fdffff"
    "ff0260ea000000000000160014751e76e8199196d454941c45d1b3a323f1433bd658980000000000001600143e3498"
    "5dca6fddc9fb369940e4c7d8e2873f529c0247304402200ed5da829229b763cfa58b512dde766df2cffd5e57ca8843"
    "6dea55b80e6b68da02207479d1f4f36dc324e6e8b4a6caeedf2dc58afd310a5283e67dea1d718768e46701210330d5"
    "4fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c00000000";
const char *kOneTxid = "91953f71f5d5a38ded5deab65e7a87d40c5a63b2234aa044e19ae5b3be656442";

} // namespace

class BitcoinTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }

    // bip-0032.mediawiki test vectors 1 and 2 (keys/chain codes cross-checked with npm bip32).
    void bip32Vectors_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("chainCode");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QString>("xprv");
        QTest::addColumn<QString>("xpub");
        QTest::newRow("v1 m")
            << QByteArray("000102030405060708090a0b0c0d0e0f") << QStringLiteral("m")
            << QByteArray("e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35")
            << QByteArray("873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508")
            << QByteArray("0339a36013301597daef41fbe593a02cc513d0b55527ec2df1050e2e8ff49c85c2")
            << QStringLiteral("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKm"
                              "PGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi")
            << QStringLiteral("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjq"
                              "JoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8");
        QTest::newRow("v1 m/0'")
            << QByteArray("000102030405060708090a0b0c0d0e0f") << QStringLiteral("m/0'")
            << QByteArray("edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea")
            << QByteArray("47fdacbd0f1097043b78c63c20c34ef4ed9a111d980047ad16282c7ae6236141")
            << QByteArray("035a784662a4a20a65bf6aab9ae98a6c068a81c52e4b032c0fb5400c706cfccc56")
            << QStringLiteral("xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj"
                              "6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7")
            << QStringLiteral("xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeN"
                              "K1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw");
        QTest::newRow("v1 m/0'/1")
            << QByteArray("000102030405060708090a0b0c0d0e0f") << QStringLiteral("m/0'/1")
            << QByteArray("3c6cb8d0f6a264c91ea8b5030fadaa8e538b020f0a387421a12de9319dc93368")
            << QByteArray("2a7857631386ba23dacac34180dd1983734e444fdbf774041578e9b6adb37c19")
            << QByteArray("03501e454bf00751f24b1b489aa925215d66af2234e3891c3b21a52bedb3cd711c")
            << QStringLiteral("xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1Um"
                              "YPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs")
            << QStringLiteral("xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMi"
                              "Gj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ");
        QTest::newRow("v1 m/0'/1/2'")
            << QByteArray("000102030405060708090a0b0c0d0e0f") << QStringLiteral("m/0'/1/2'")
            << QByteArray("cbce0d719ecf7431d88e6a89fa1483e02e35092af60c042b1df2ff59fa424dca")
            << QByteArray("04466b9cc8e161e966409ca52986c584f07e9dc81f735db683c3ff6ec7b1503f")
            << QByteArray("0357bfe1e341d01c69fe5654309956cbea516822fba8a601743a012a7896ee8dc2")
            << QStringLiteral("xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG"
                              "3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM")
            << QStringLiteral("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2"
                              "dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5");
        QTest::newRow("v1 m/0'/1/2'/2")
            << QByteArray("000102030405060708090a0b0c0d0e0f") << QStringLiteral("m/0'/1/2'/2")
            << QByteArray("0f479245fb19a38a1954c5c7c0ebab2f9bdfd96a17563ef28a6a4b1a2a764ef4")
            << QByteArray("cfb71883f01676f587d023cc53a35bc7f88f724b1f8c2892ac1275ac822a3edd")
            << QByteArray("02e8445082a72f29b75ca48748a914df60622a609cacfce8ed0e35804560741d29")
            << QStringLiteral("xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh"
                              "7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334")
            << QStringLiteral("xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm"
                              "6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV");
        QTest::newRow("v1 m/0'/1/2'/2/1000000000")
            << QByteArray("000102030405060708090a0b0c0d0e0f")
            << QStringLiteral("m/0'/1/2'/2/1000000000")
            << QByteArray("471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8")
            << QByteArray("c783e67b921d2beb8f6b389cc646d7263b4145701dadd2161548a8b078e65e9e")
            << QByteArray("022a471424da5e657499d1ff51cb43c47481a03b1e77f951fe64cec9f5a48f7011")
            << QStringLiteral("xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWm"
                              "j4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76")
            << QStringLiteral("xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2U"
                              "aFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy");
        QTest::newRow("v2 m")
            << QByteArray("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c9996"
                          "93908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542")
            << QStringLiteral("m")
            << QByteArray("4b03d6fc340455b363f51020ad3ecca4f0850280cf436c70c727923f6db46c3e")
            << QByteArray("60499f801b896d83179a4374aeb7822aaeaceaa0db1f85ee3e904c4defbd9689")
            << QByteArray("03cbcaa9c98c877a26977d00825c956a238e8dddfbd322cce4f74b0b5bd6ace4a7")
            << QStringLiteral("xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssr"
                              "dK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U")
            << QStringLiteral("xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6o"
                              "DMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB");
        QTest::newRow("v2 m/0")
            << QByteArray("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c9996"
                          "93908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542")
            << QStringLiteral("m/0")
            << QByteArray("abe74a98f6c7eabee0428f53798f0ab8aa1bd37873999041703c742f15ac7e1e")
            << QByteArray("f0909affaa7ee7abe5dd4e100598d4dc53cd709d5a5c2cac40e7412f232f7c9c")
            << QByteArray("02fc9e5af0ac8d9b3cecfe2a888e2117ba3d089d8585886c9c826b6b22a98d12ea")
            << QStringLiteral("xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih"
                              "2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgKt")
            << QStringLiteral("xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7E"
                              "RfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH");
        QTest::newRow("v2 m/0/2147483647'")
            << QByteArray("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c9996"
                          "93908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542")
            << QStringLiteral("m/0/2147483647'")
            << QByteArray("877c779ad9687164e9c2f4f0f4ff0340814392330693ce95a58fe18fd52e6e93")
            << QByteArray("be17a268474a6bb9c61e1d720cf6215e2a88c5406c4aee7b38547f585c9a37d9")
            << QByteArray("03c01e7425647bdefa82b12d9bad5e3e6865bee0502694b94ca58b666abc0a5c3b")
            << QStringLiteral("xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTA"
                              "wCd6vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU9")
            << QStringLiteral("xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiL"
                              "DBrQSARLq1uNRts8RuJiHjaDMBU4Zn9h8LZNnBC5y4a");
        QTest::newRow("v2 m/0/2147483647'/1")
            << QByteArray("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c9996"
                          "93908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542")
            << QStringLiteral("m/0/2147483647'/1")
            << QByteArray("704addf544a06e5ee4bea37098463c23613da32020d604506da8c0518e1da4b7")
            << QByteArray("f366f48f1ea9f2d1d3fe958c95ca84ea18e4c4ddb9366c336c927eb246fb38cb")
            << QByteArray("03a7d1d856deb74c508e05031f9895dab54626251b3806e16b4bd12e781a7df5b9")
            << QStringLiteral("xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVues"
                              "F9yog62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4Ef")
            << QStringLiteral("xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQc"
                              "oNJxGoWaU9DCWh89LojfZ537wTfunKau47EL2dhHKon");
        QTest::newRow("v2 m/0/2147483647'/1/2147483646'")
            << QByteArray("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c9996"
                          "93908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542")
            << QStringLiteral("m/0/2147483647'/1/2147483646'")
            << QByteArray("f1c7c871a54a804afe328b4c83a1c33b8e5ff48f5087273f04efa83b247d6a2d")
            << QByteArray("637807030d55d01f9a0cb3a7839515d796bd07706386a6eddf06cc29a65a0e29")
            << QByteArray("02d2b36900396c9282fa14628566582f206a5dd0bcc8d5e892611806cafb0301f0")
            << QStringLiteral("xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39"
                              "njGVyuoseXzU6rcxFLJ8HFsTjSyQbLYnMpCqE2VbFWc")
            << QStringLiteral("xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4"
                              "koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL");
        QTest::newRow("v2 m/0/2147483647'/1/2147483646'/2")
            << QByteArray("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c9996"
                          "93908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542")
            << QStringLiteral("m/0/2147483647'/1/2147483646'/2")
            << QByteArray("bb7d39bdb83ecf58f2fd82b6d918341cbef428661ef01ab97c28a4842125ac23")
            << QByteArray("9452b549be8cea3ecb7a84bec10dcfd94afe4d129ebfd3b3cb58eedf394ed271")
            << QByteArray("024d902e1a2fc7a8755ab5b694c575fce742c48d9ff192e63df5193e4c7afe1f9c")
            << QStringLiteral("xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8D"
                              "q38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j")
            << QStringLiteral("xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9Hm"
                              "GsApME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtqt");
    }

    void bip32Vectors()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QString, path);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, chainCode);
        QFETCH(QByteArray, publicKey);
        QFETCH(QString, xprv);
        QFETCH(QString, xpub);
        auto p = parseDerivationPath(path);
        QVERIFY(p.ok());
        auto k = bip32::derive(SecretBytes::fromBytes(QByteArray::fromHex(seed)), *p);
        QVERIFY2(k.ok(), qPrintable(k.ok() ? QString() : k.error().message));
        QCOMPARE(k->key.view().toByteArray().toHex(), key);
        QCOMPARE(k->chainCode.view().toByteArray().toHex(), chainCode);
        QCOMPARE(k->publicKey.toHex(), publicKey);
        QCOMPARE(bip32::toXprv(*k, true), xprv);
        QCOMPARE(bip32::toXpub(*k, true), xpub);
        auto back = bip32::fromXprv(xprv);
        QVERIFY(back.ok());
        QCOMPARE(back->publicKey.toHex(), publicKey);
        QCOMPARE(back->depth, k->depth);
    }

    void fingerprint()
    {
        auto m = bip32::master(abandonSeed());
        QVERIFY(m.ok());
        QCOMPARE(bip32::fingerprint(m->publicKey), 0x73c5da0au);
    }

    // bip-0084.mediawiki.
    void bip84_data()
    {
        QTest::addColumn<quint32>("change");
        QTest::addColumn<quint32>("index");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QString>("address");
        QTest::newRow("0/0") << 0u << 0u
                             << QByteArray(
                                    "0330d54fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef"
                                    "9c2d91af3c")
                             << QStringLiteral("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu");
        QTest::newRow("0/1") << 0u << 1u
                             << QByteArray(
                                    "03e775fd51f0dfb8cd865d9ff1cca2a158cf651fe997fdc9fee9c1d3"
                                    "b5e995ea77")
                             << QStringLiteral("bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g");
        QTest::newRow("1/0") << 1u << 0u
                             << QByteArray(
                                    "03025324888e429ab8e3dbaf1f7802648b9cd01e9b418485c5fa4c1b"
                                    "9b5700e1a6")
                             << QStringLiteral("bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el");
    }

    void bip84()
    {
        QFETCH(quint32, change);
        QFETCH(quint32, index);
        QFETCH(QByteArray, publicKey);
        QFETCH(QString, address);
        const SecretBytes seed = abandonSeed();
        const DerivationPath p = bitcoin::accountPath(QStringLiteral("mainnet"), change, index);
        QCOMPARE(formatDerivationPath(p).remove(QLatin1Char('h')).remove(QLatin1Char('\'')),
                 QStringLiteral("m/84/0/0/%1/%2").arg(change).arg(index));
        auto k = bip32::derive(seed, p);
        QVERIFY(k.ok());
        QCOMPARE(k->publicKey.toHex(), publicKey);
        auto a = bitcoin::address(seed, QStringLiteral("mainnet"), index, change);
        QVERIFY(a.ok());
        QCOMPARE(*a, address);
        auto t = bitcoin::address(seed, QStringLiteral("testnet"), index, change);
        QVERIFY(t.ok());
        QVERIFY(t->startsWith(QStringLiteral("tb1q")));
        QVERIFY(!bitcoin::address(seed, QStringLiteral("regtest-x"), 0).ok());
    }

    // BIP173 / BIP350 valid segwit addresses.
    void bech32Valid_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("script");
        QTest::newRow("v0 p2wpkh") << QStringLiteral("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")
                                   << QByteArray("0014751e76e8199196d454941c45d1b3a323f1433bd6");
        QTest::newRow("v0 p2wsh tb")
            << QStringLiteral("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7")
            << QByteArray("00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262");
        QTest::newRow("v1 bech32m")
            << QStringLiteral(
                   "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y")
            << QByteArray("5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3"
                          "a323f1433bd6");
        QTest::newRow("v16 bech32m") << QStringLiteral("BC1SW50QGDZ25J") << QByteArray("6002751e");
        QTest::newRow("v2 bech32m") << QStringLiteral("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs")
                                    << QByteArray("5210751e76e8199196d454941c45d1b3a323");
        QTest::newRow("v1 taproot tb")
            << QStringLiteral("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c")
            << QByteArray("5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433");
    }

    void bech32Valid()
    {
        QFETCH(QString, address);
        QFETCH(QByteArray, script);
        auto d = bech32::decodeSegwit(address);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
        QCOMPARE(bech32::scriptPubKey(d->version, d->program).toHex(), script);
        QCOMPARE(bech32::encode(d->hrp, d->version, d->program), address.toLower());
    }

    // BIP173 / BIP350 invalid addresses.
    void bech32Invalid_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("hrp");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad checksum")
            << QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5") << QString()
            << QStringLiteral("bad_checksum");
        QTest::newRow("mixed case")
            << QStringLiteral("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7")
            << QString() << QStringLiteral("bad_address");
        QTest::newRow("wrong hrp") << QStringLiteral("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx")
                                   << QStringLiteral("bc") << QStringLiteral("wrong_network");
        QTest::newRow("v0 with bech32m")
            << QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh") << QString()
            << QStringLiteral("bad_checksum");
        QTest::newRow("v1 with bech32")
            << QStringLiteral("tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47")
            << QString() << QStringLiteral("bad_address");
        QTest::newRow("v1 bech32 checksum")
            << QStringLiteral("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4")
            << QString() << QStringLiteral("bad_address");
        QTest::newRow("invalid program length")
            << QStringLiteral("bc1pw5dgrnzv") << QString() << QStringLiteral("bad_address");
        QTest::newRow("v0 length 16") << QStringLiteral("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P")
                                      << QString() << QStringLiteral("bad_address");
        QTest::newRow("v17")
            << QStringLiteral("BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R")
            << QString() << QStringLiteral("bad_address");
        QTest::newRow("empty data")
            << QStringLiteral("bc1gmk9yu") << QString() << QStringLiteral("bad_address");
        QTest::newRow("no separator")
            << QStringLiteral("bcqw508d6qejxtdg") << QString() << QStringLiteral("bad_address");
        QTest::newRow("padding")
            << QStringLiteral("tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7kx")
            << QString() << QStringLiteral("bad_address");
    }

    void bech32Invalid()
    {
        QFETCH(QString, address);
        QFETCH(QString, hrp);
        QFETCH(QString, code);
        auto d = bech32::decodeSegwit(address, hrp);
        QVERIFY(!d.ok());
        if (!code.isEmpty() && d.error().code != code &&
            d.error().code != QLatin1String("bad_checksum") &&
            d.error().code != QLatin1String("bad_address"))
            QFAIL(qPrintable(d.error().code));
        QVERIFY(!d.error().message.isEmpty());
    }

    // bip-0143.mediawiki "Native P2WPKH".
    void bip143NativeP2wpkh()
    {
        auto tx = psbt::parseTransaction(QByteArray::fromHex(
            "0100000002fff7f7881a8099afa6940d42d1e7f6362bec38171ea3edf433541db4e4ad969f000000000"
            "0eeffffffef51e1b804cc89d182d279655c3aa89e815b1b309fe287d9b2b55d57b90ec68a0100000000"
            "ffffffff02202cb206000000001976a9148280b37df378db99f66f85c95a783a76ac7a6d5988ac90935"
            "10d000000001976a9143bde42dbee7e4dbe6a21b2d50ce2f0167faa815988ac11000000"));
        QVERIFY(tx.ok());
        const SecretBytes key = SecretBytes::fromBytes(QByteArray::fromHex(
            "619c335025c7f4012e556c2a58b2506e30b8511b53ade95ea316fd8c3286feb9"));
        const QByteArray pub = bip32::publicKey(key);
        QCOMPARE(pub.toHex(),
                 QByteArray("025476c2e83188368da1ff3e292e7acafcdb3566bb0ad253f62fc70f07aeee6357"));
        const QByteArray digest = psbt::sighashP2wpkh(*tx, 1, pub, 600000000, psbt::SighashAll);
        QCOMPARE(digest.toHex(),
                 QByteArray("c37af31116d1b27caf68aae9e3ac82f1477929014d5b917657d0eb49478cb670"));
        const QByteArray sig = bip32::signDer(key, digest);
        QCOMPARE(sig.toHex(),
                 QByteArray("304402203609e17b84f6a7d30c80bfa610b5b4542f32a8a0d5447a12fb1366d7f01c"
                            "c44a0220573a954c4518331561406f90300e8f3358f51928d43c212a8caed02de67e"
                            "ebee"));
        QVERIFY(bip32::verifyDer(pub, digest, sig));
        QVERIFY(!bip32::verifyDer(pub, QByteArray(32, '\1'), sig));
    }

    // bip-0174.mediawiki "Test Vectors": invalid PSBTs.
    void psbtInvalid_data()
    {
        QTest::addColumn<QByteArray>("base64");
        QTest::newRow("scriptSig in unsigned tx") << QByteArray(
            "cHNidP8BAP0KAQIAAAACqwlJoIxa98SbghL0F+LxWrP1wz3PFTghqBOfh3pbe+"
            "QAAAAAakcwRAIgR1lmF5fAGwNrJZKJSGhiGDR9iYZLcZ4ff89X0eURZYcCIFMJ6r9Wqk2Ikf/"
            "REf3xM286KdqGbX+EhtdVRs7tr5MZASEDXNxh/HupccC1AaZGoqg7ECy0OIEhfKaC3Ibi1z+ogpL+////"
            "qwlJoIxa98SbghL0F+LxWrP1wz3PFTghqBOfh3pbe+QBAAAAAP7///"
            "8CYDvqCwAAAAAZdqkUdopAu9dAy+gdmI5x3ipNXHE5ax2IrI4kAAAAAAAAGXapFG9GILVT+glechue4O/"
            "p+gOcykWXiKwAAAAAAAABASAA4fUFAAAAABepFDVF5uM7gyxHBQ8k0+65PJwDlIvHhwEEFgAUhdE1N/"
            "LiZUBaNNuvqePdoB+4IwgAAAA=");
        QTest::newRow("invalid global tx typed key")
            << QByteArray("cHNidP8CAAFVAgAAAAEnmiMjpd+1H8RfIg+liw/BPh4zQnkqhdfjbNYzO1y8OQAAAAAA////"
                          "/wGgWuoLAAAAABl2qRT/"
                          "6cAGEJfMO2NvLLBGD6T8Qn0rRYisAAAAAAABASCVXuoLAAAAABepFGNFIA9o0YnhrcDfHE0W"
                          "6o8UwNvrhyICA7E0HMunaDtq9PEjjNbpfnFn1Wn6xH8eSNR1QYRDVb1GRjBDAiAEJLWO/"
                          "6qmlOFVnqXJO7/UqJBkIkBVzfBwtncUaUQtBwIfXI6w/qZRbWC4rLM61k7eYOh4W/"
                          "s6qUuZvfhhUduamgEBBCIAIHcf0YrUWWZt1J89Vk49vEL0yEd042CtoWgWqO1IjVaBAQVHUi"
                          "EDsTQcy6doO2r08SOM1ul+cWfVafrEfx5I1HVBhENVvUYhA95V0eHayAXj+KWMH7+"
                          "blMAvPbqv4Sf+/KSZXyb4IIO9Uq4iBgOxNBzLp2g7avTxI4zW6X5xZ9Vp+sR/"
                          "HkjUdUGEQ1W9RhC0prpnAAAAgAAAAIAEAACAIgYD3lXR4drIBeP4pYwfv5uUwC89uq/hJ/"
                          "78pJlfJvggg70QtKa6ZwAAAIAAAACABQAAgAAA");
        QTest::newRow("invalid input witness utxo typed key")
            << QByteArray("cHNidP8BAFUCAAAAASeaIyOl37UfxF8iD6WLD8E+HjNCeSqF1+Ns1jM7XLw5AAAAAAD/////"
                          "AaBa6gsAAAAAGXapFP/"
                          "pwAYQl8w7Y28ssEYPpPxCfStFiKwAAAAAAAIBACCVXuoLAAAAABepFGNFIA9o0YnhrcDfHE0"
                          "W6o8UwNvrhyICA7E0HMunaDtq9PEjjNbpfnFn1Wn6xH8eSNR1QYRDVb1GRjBDAiAEJLWO/"
                          "6qmlOFVnqXJO7/UqJBkIkBVzfBwtncUaUQtBwIfXI6w/qZRbWC4rLM61k7eYOh4W/"
                          "s6qUuZvfhhUduamgEBBCIAIHcf0YrUWWZt1J89Vk49vEL0yEd042CtoWgWqO1IjVaBAQVHUi"
                          "EDsTQcy6doO2r08SOM1ul+cWfVafrEfx5I1HVBhENVvUYhA95V0eHayAXj+KWMH7+"
                          "blMAvPbqv4Sf+/KSZXyb4IIO9Uq4iBgOxNBzLp2g7avTxI4zW6X5xZ9Vp+sR/"
                          "HkjUdUGEQ1W9RhC0prpnAAAAgAAAAIAEAACAIgYD3lXR4drIBeP4pYwfv5uUwC89uq/hJ/"
                          "78pJlfJvggg70QtKa6ZwAAAIAAAACABQAAgAAA");
        QTest::newRow("invalid partial sig pubkey length") << QByteArray(
            "cHNidP8BAFUCAAAAASeaIyOl37UfxF8iD6WLD8E+HjNCeSqF1+Ns1jM7XLw5AAAAAAD/////"
            "AaBa6gsAAAAAGXapFP/"
            "pwAYQl8w7Y28ssEYPpPxCfStFiKwAAAAAAAEBIJVe6gsAAAAAF6kUY0UgD2jRieGtwN8cTRbqjxTA2+"
            "uHIQIDsTQcy6doO2r08SOM1ul+cWfVafrEfx5I1HVBhENVvUYwQwIgBCS1jv+qppThVZ6lyTu/"
            "1KiQZCJAVc3wcLZ3FGlELQcCH1yOsP6mUW1guKyzOtZO3mDoeFv7OqlLmb34YVHbmpoBAQQiACB3H9GK1Flmbd"
            "SfPVZOPbxC9MhHdONgraFoFqjtSI1WgQEFR1IhA7E0HMunaDtq9PEjjNbpfnFn1Wn6xH8eSNR1QYRDVb1GIQPe"
            "VdHh2sgF4/iljB+/m5TALz26r+En/"
            "vykmV8m+CCDvVKuIgYDsTQcy6doO2r08SOM1ul+"
            "cWfVafrEfx5I1HVBhENVvUYQtKa6ZwAAAIAAAACABAAAgCIGA95V0eHayAXj+KWMH7+blMAvPbqv4Sf+/"
            "KSZXyb4IIO9ELSmumcAAACAAAAAgAUAAIAAAA==");
        QTest::newRow("invalid redeemscript typed key") << QByteArray(
            "cHNidP8BAFUCAAAAASeaIyOl37UfxF8iD6WLD8E+HjNCeSqF1+Ns1jM7XLw5AAAAAAD/////"
            "AaBa6gsAAAAAGXapFP/"
            "pwAYQl8w7Y28ssEYPpPxCfStFiKwAAAAAAAEBIJVe6gsAAAAAF6kUY0UgD2jRieGtwN8cTRbqjxTA2+"
            "uHIgIDsTQcy6doO2r08SOM1ul+cWfVafrEfx5I1HVBhENVvUZGMEMCIAQktY7/"
            "qqaU4VWepck7v9SokGQiQFXN8HC2dxRpRC0HAh9cjrD+plFtYLisszrWTt5g6Hhb+zqpS5m9+"
            "GFR25qaAQIEACIAIHcf0YrUWWZt1J89Vk49vEL0yEd042CtoWgWqO1IjVaBAQVHUiEDsTQcy6doO2r08SOM1ul"
            "+cWfVafrEfx5I1HVBhENVvUYhA95V0eHayAXj+KWMH7+blMAvPbqv4Sf+/"
            "KSZXyb4IIO9Uq4iBgOxNBzLp2g7avTxI4zW6X5xZ9Vp+sR/"
            "HkjUdUGEQ1W9RhC0prpnAAAAgAAAAIAEAACAIgYD3lXR4drIBeP4pYwfv5uUwC89uq/hJ/"
            "78pJlfJvggg70QtKa6ZwAAAIAAAACABQAAgAAA");
        QTest::newRow("invalid witnessscript typed key")
            << QByteArray("cHNidP8BAFUCAAAAASeaIyOl37UfxF8iD6WLD8E+HjNCeSqF1+Ns1jM7XLw5AAAAAAD/////"
                          "AaBa6gsAAAAAGXapFP/"
                          "pwAYQl8w7Y28ssEYPpPxCfStFiKwAAAAAAAEBIJVe6gsAAAAAF6kUY0UgD2jRieGtwN8cTRb"
                          "qjxTA2+uHIgIDsTQcy6doO2r08SOM1ul+cWfVafrEfx5I1HVBhENVvUZGMEMCIAQktY7/"
                          "qqaU4VWepck7v9SokGQiQFXN8HC2dxRpRC0HAh9cjrD+plFtYLisszrWTt5g6Hhb+"
                          "zqpS5m9+GFR25qaAQEEIgAgdx/"
                          "RitRZZm3Unz1WTj28QvTIR3TjYK2haBao7UiNVoECBQBHUiEDsTQcy6doO2r08SOM1ul+"
                          "cWfVafrEfx5I1HVBhENVvUYhA95V0eHayAXj+KWMH7+blMAvPbqv4Sf+/"
                          "KSZXyb4IIO9Uq4iBgOxNBzLp2g7avTxI4zW6X5xZ9Vp+sR/"
                          "HkjUdUGEQ1W9RhC0prpnAAAAgAAAAIAEAACAIgYD3lXR4drIBeP4pYwfv5uUwC89uq/hJ/"
                          "78pJlfJvggg70QtKa6ZwAAAIAAAACABQAAgAAA");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("magic only") << QByteArray("cHNidP8=");
        QTest::newRow("not base64") << QByteArray("cHNidP8!!!!");
        QTest::newRow("random text") << QByteArray("hello");
    }

    void psbtInvalid()
    {
        QFETCH(QByteArray, base64);
        auto p = psbt::parse(base64);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, QStringLiteral("bad_psbt"));
        QVERIFY(!p.error().message.isEmpty());
    }

    void psbtTruncated()
    {
        const QByteArray raw = QByteArray::fromBase64(kTwoUnsigned);
        QVERIFY(psbt::parse(raw).ok());
        for (qsizetype n = 0; n < raw.size(); n += 7)
            QVERIFY(!psbt::parse(raw.first(n)).ok());
        QVERIFY(!psbt::parse(QByteArray(raw + QByteArray(1, '\0'))).ok());
    }

    void psbtRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("base64");
        QTest::newRow("two unsigned") << QByteArray(kTwoUnsigned);
        QTest::newRow("one unsigned") << QByteArray(kOneUnsigned);
        QTest::newRow("one signed") << QByteArray(kOneSigned);
        QTest::newRow("one final") << QByteArray(kOneFinal);
    }

    void psbtRoundTrip()
    {
        QFETCH(QByteArray, base64);
        auto p = psbt::parse(base64);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->toBase64().toLatin1(), base64);
        const QByteArray raw = QByteArray::fromBase64(base64);
        auto b = psbt::parse(raw);
        QVERIFY(b.ok());
        QCOMPARE(b->serialize(), raw);
        // An unknown record survives a round trip.
        psbt::Psbt copy = *b;
        copy.inputs[0].records.append({QByteArray::fromHex("f0aa"), QByteArray("opaque")});
        auto again = psbt::parse(copy.serialize());
        QVERIFY(again.ok());
        QCOMPARE(again->serialize(), copy.serialize());
    }

    void signFinalizeExtract()
    {
        auto p = psbt::parse(QByteArray(kOneUnsigned));
        QVERIFY(p.ok());
        const SecretBytes seed = abandonSeed();
        auto n = psbt::sign(*p, seed, QStringLiteral("mainnet"));
        QVERIFY(n.ok());
        QCOMPARE(*n, 1);
        QCOMPARE(p->toBase64(), QString::fromLatin1(kOneSigned));
        // Signing again adds nothing.
        auto again = psbt::sign(*p, seed, QStringLiteral("mainnet"));
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QVERIFY(!psbt::extractTransaction(*p).ok());
        QVERIFY(psbt::finalize(*p).ok());
        QCOMPARE(p->toBase64(), QString::fromLatin1(kOneFinal));
        auto hex = psbt::extractTransaction(*p);
        QVERIFY(hex.ok());
        QCOMPARE(*hex, QByteArray(kOneTx));
        QCOMPARE(p->tx.txid(), QString::fromLatin1(kOneTxid));

        const TxReview rv =
            psbt::review(*psbt::parse(QByteArray(kOneUnsigned)), &seed, QStringLiteral("mainnet"));
        QCOMPARE(rv.chain, QStringLiteral("bitcoin"));
        QCOMPARE(rv.signableInputs, 1);
        QCOMPARE(rv.feeBase, QStringLiteral("1000"));
        QCOMPARE(rv.hash, QString::fromLatin1(kOneTxid));
        QVERIFY(rv.warnings.isEmpty());
        QCOMPARE(rv.lines.size(), 3);
        QCOMPARE(rv.lines.at(1).destination,
                 QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
        QCOMPARE(rv.lines.at(1).kind, QStringLiteral("output"));
        QCOMPARE(rv.lines.at(2).kind, QStringLiteral("change"));
        QCOMPARE(rv.lines.at(2).destination,
                 QStringLiteral("bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"));
    }

    void foreignInput()
    {
        auto p = psbt::parse(QByteArray(kTwoUnsigned));
        QVERIFY(p.ok());
        const SecretBytes seed = abandonSeed();
        const TxReview rv = psbt::review(*p, &seed, QStringLiteral("mainnet"));
        QVERIFY(rv.hasWarning(QStringLiteral("unsignable_input")));
        QCOMPARE(rv.signableInputs, 1);
        auto n = psbt::sign(*p, seed, QStringLiteral("mainnet"));
        QVERIFY(n.ok());
        QCOMPARE(*n, 1);
        const psbt::Record *sig = p->inputs.at(0).find(
            psbt::InPartialSig,
            QByteArray::fromHex(
                "0330d54fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c"));
        QVERIFY(sig);
        QCOMPARE(sig->value.toHex(), QByteArray(kTwoSig0));
        QVERIFY(p->inputs.at(1).all(psbt::InPartialSig).isEmpty());
        auto f = psbt::finalize(*p);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, QStringLiteral("not_finalizable"));
        // Testnet review of mainnet paths warns about the network.
        const TxReview tn = psbt::review(*p, &seed, QStringLiteral("testnet"));
        QVERIFY(tn.hasWarning(QStringLiteral("unknown_network")));
        QVERIFY(tn.testNetwork);
        // Without a seed nothing is ours.
        const TxReview none = psbt::review(*p, nullptr, QStringLiteral("mainnet"));
        QCOMPARE(none.signableInputs, 0);
    }

    void reviewWarnings()
    {
        const SecretBytes seed = abandonSeed();
        // Foreign change: the change output's derivation claims our fingerprint at another path.
        auto p = psbt::parse(QByteArray(kOneUnsigned));
        QVERIFY(p.ok());
        for (psbt::Record &r : p->outputs[1].records) {
            if (r.type() == psbt::OutBip32Derivation)
                r.value[r.value.size() - 4] = 5; // index 5 instead of 0
        }
        QVERIFY(psbt::review(*p, &seed, QStringLiteral("mainnet"))
                    .hasWarning(QStringLiteral("foreign_change")));
        // High fee: the payment shrinks to a few sats.
        auto h = psbt::parse(QByteArray(kOneUnsigned));
        QVERIFY(h.ok());
        h->tx.outputs[0].amount = 1000;
        QVERIFY(psbt::review(*h, &seed, QStringLiteral("mainnet"))
                    .hasWarning(QStringLiteral("high_fee")));
        // Missing UTXO and a sighash that is not ALL.
        auto m = psbt::parse(QByteArray(kOneUnsigned));
        QVERIFY(m.ok());
        m->inputs[0].removeType(psbt::InWitnessUtxo);
        m->inputs[0].removeType(psbt::InNonWitnessUtxo);
        m->inputs[0].records.append(
            {QByteArray(1, char(psbt::InSighashType)), QByteArray::fromHex("83000000")});
        const TxReview rv = psbt::review(*m, &seed, QStringLiteral("mainnet"));
        QVERIFY(rv.hasWarning(QStringLiteral("missing_utxo")));
        QVERIFY(rv.hasWarning(QStringLiteral("sighash_not_all")));
        QVERIFY(rv.hasWarning(QStringLiteral("unsignable_input")));
        auto n = psbt::sign(*m, seed, QStringLiteral("mainnet"));
        QVERIFY(n.ok());
        QCOMPARE(*n, 0);
    }

    void nonWitnessUtxoMismatch()
    {
        auto p = psbt::parse(QByteArray(kOneUnsigned));
        QVERIFY(p.ok());
        // Change the previous transaction so its txid no longer matches the outpoint.
        for (psbt::Record &r : p->inputs[0].records) {
            if (r.type() == psbt::InNonWitnessUtxo)
                r.value[r.value.size() - 1] = 1;
        }
        auto bad = psbt::parse(p->serialize());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("bad_psbt"));
    }

    // bip-0174.mediawiki "Test Vectors", valid PSBTs: they parse and re-serialise byte for byte.
    void psbtValid_data()
    {
        QTest::addColumn<QString>("base64");
        QTest::newRow("one P2PKH input, outputs empty") << QStringLiteral(
            "cHNidP8BAHUCAAAAASaBcTce3/KF6Tet7qSze3gADAVmy7OtZGQXE8pCFxv2AAAAAAD+////"
            "AtPf9QUAAAAAGXapFNDFmQPFusKGh2DpD9UhpGZap2UgiKwA4fUFAAAAABepFDVF5uM7gyxHBQ8k0+"
            "65PJwDlIvHh7MuEwAAAQD9pQEBAAAAAAECiaPHHqtNIOA3G7ukzGmPopXJRjr6Ljl/"
            "hTPMti+VZ+UBAAAAFxYAFL4Y0VKpsBIDna89p95PUzSe7LmF/////"
            "4b4qkOnHf8USIk6UwpyN+9rRgi7st0tAXHmOuxqSJC0AQAAABcWABT+Pp7xp0XpdNkCxDVZQ6vLNL1TU/////"
            "8CAMLrCwAAAAAZdqkUhc/xCX/"
            "Z4Ai7NK9wnGIZeziXikiIrHL++E4sAAAAF6kUM5cluiHv1irHU6m80GfWx6ajnQWHAkcwRAIgJxK+"
            "IuAnDzlPVoMR3HyppolwuAJf3TskAinwf4pfOiQCIAGLONfc0xTnNMkna9b7QPZzMlvEuqFEyADS8vAtsnZcAS"
            "ED0uFWdJQbrUqZY3LLh+GFbTZSYG2YVi/jnF6efkE/"
            "IQUCSDBFAiEA0SuFLYXc2WHS9fSrZgZU327tzHlMDDPOXMMJ/7X85Y0CIGczio4OFyXBl/"
            "saiK9Z9R5E5CVbIBZ8hoQDHAXR8lkqASECI7cr7vCWXRC+"
            "B3jv7NYfysb3mk6haTkzgHNEZPhPKrMAAAAAAAAA");
    }
    void psbtValid()
    {
        QFETCH(QString, base64);
        auto p = psbt::parse(base64.toLatin1());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->toBase64(), base64);
        QCOMPARE(p->inputs.size(), 1);
        QCOMPARE(p->outputs.size(), 2);
        // Reviewed without keys: nothing to sign, every input and output listed.
        const TxReview r = psbt::review(*p, nullptr, QStringLiteral("mainnet"));
        QCOMPARE(r.signableInputs, 0);
        QCOMPARE(r.lines.size(), 3);
    }
};

QTEST_GUILESS_MAIN(BitcoinTest)
#include "tst_bitcoin.moc"
