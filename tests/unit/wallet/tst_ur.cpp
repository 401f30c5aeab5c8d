// BC-UR 2.0 against the published vectors of BCR-2020-005 (data/ur-vectors.json, the reference
// implementation's own test data): CRC-32, Bytewords, Xoshiro256**, the alias sampler, the
// shuffle, fragment choice, fountain parts and their CBOR, single- and multi-part UR strings;
// then the reader as a person meets it: frames in any order, frames missed, frames of another UR.
#include "wallet/bytewords.h"
#include "wallet/fountain.h"
#include "wallet/ur.h"
#include "wallet/xoshiro256.h"

#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace fb;
using namespace fb::ur;

namespace {

const QJsonObject &vectors()
{
    static const QJsonObject v = [] {
        QFile f(qEnvironmentVariable("FB_SOURCE_DIR") +
                QStringLiteral("/tests/unit/wallet/data/ur-vectors.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read ur-vectors.json");
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return v;
}

QJsonArray vec(const char *name)
{
    return vectors().value(QLatin1String(name)).toArray();
}

QList<int> ints(const QJsonArray &a)
{
    QList<int> out;
    for (const auto v : a)
        out.append(v.toInt());
    return out;
}

QList<int> toList(const std::vector<int> &v)
{
    return QList<int>(v.begin(), v.end());
}

// The reference tests' message: n bytes from Xoshiro256 seeded with "Wolf".
QByteArray makeMessage(qsizetype n, const QByteArray &seed = QByteArrayLiteral("Wolf"))
{
    Xoshiro256 rng(seed);
    return rng.nextData(n);
}

Ur makeMessageUr(qsizetype n)
{
    return Ur::fromBytes(kTypeBytes, makeMessage(n));
}

} // namespace

class tst_Ur : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crc32_data();
    void crc32();
    void bytewords_data();
    void bytewords();
    void bytewordsRefusesDamage_data();
    void bytewordsRefusesDamage();
    void xoshiro();
    void randomSampler();
    void shuffle();
    void fragmentLength();
    void partitionAndJoin();
    void chooseDegree();
    void chooseFragments();
    void xorOfRandomData();
    void fountainEncoderParts();
    void fountainEncoderCompletesAfterSeqLen();
    void fountainPartCborRoundTrip();
    void fountainPartRefusesGarbage();
    void fountainDecoderLongMessage();
    void singlePartUr();
    void urEncoderParts();
    void multipartUrRoundTrip();
    void readerTakesFramesInAnyOrder_data();
    void readerTakesFramesInAnyOrder();
    void readerIgnoresForeignAndDamagedFrames();
    void readerAcceptsUpperCaseFromQr();
    void readerReportsProgress();
    void payloadsOfTheSigner_data();
    void payloadsOfTheSigner();
};

void tst_Ur::crc32_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("hex");
    for (const auto v : vec("crc32")) {
        const QJsonArray pair = v.toArray();
        QTest::newRow(qPrintable(pair[0].toString()))
            << pair[0].toString().toUtf8() << pair[1].toString();
    }
}

void tst_Ur::crc32()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, hex);
    QCOMPARE(QString::number(bytewords::crc32(input), 16).rightJustified(8, QLatin1Char('0')), hex);
}

void tst_Ur::bytewords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("text");
    int n = 0;
    for (const auto v : vec("bytewords")) {
        const QJsonObject o = v.toObject();
        const QByteArray bytes =
            QByteArray::fromHex(o.value(QLatin1String("hex")).toString().toLatin1());
        ++n;
        const std::pair<const char *, bytewords::Style> styles[] = {
            {"standard", bytewords::Style::Standard},
            {"uri", bytewords::Style::Uri},
            {"minimal", bytewords::Style::Minimal}};
        for (const auto &[name, style] : styles) {
            if (!o.contains(QLatin1String(name)))
                continue;
            QTest::addRow("vector %d %s", n, name)
                << bytes << int(style) << o.value(QLatin1String(name)).toString();
        }
    }
}

void tst_Ur::bytewords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, style);
    QFETCH(QString, text);
    const auto s = bytewords::Style(style);
    QCOMPARE(bytewords::encode(s, bytes), text);
    auto back = bytewords::decode(s, text);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(*back, bytes);
    // Letter case does not matter to a reader.
    auto upper = bytewords::decode(s, text.toUpper());
    QVERIFY(upper.ok());
    QCOMPARE(*upper, bytes);
}

void tst_Ur::bytewordsRefusesDamage_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("text");
    const QJsonObject bad = vectors().value(QLatin1String("bytewordsBad")).toObject();
    const std::pair<const char *, bytewords::Style> styles[] = {
        {"standard", bytewords::Style::Standard},
        {"uri", bytewords::Style::Uri},
        {"minimal", bytewords::Style::Minimal}};
    for (const auto &[name, style] : styles) {
        int n = 0;
        for (const auto t : bad.value(QLatin1String(name)).toArray())
            QTest::addRow("%s %d", name, ++n) << int(style) << t.toString();
    }
    QTest::newRow("not a word") << int(bytewords::Style::Standard)
                                << QStringLiteral("able acid also lava zzzz jade need echo taxi");
    QTest::newRow("middle letters wrong")
        << int(bytewords::Style::Standard)
        << QStringLiteral("able acid also lava zxxm jade need echo taxi");
    QTest::newRow("odd minimal") << int(bytewords::Style::Minimal)
                                 << QStringLiteral("aeadaolazmjendeot");
}

void tst_Ur::bytewordsRefusesDamage()
{
    QFETCH(int, style);
    QFETCH(QString, text);
    const auto r = bytewords::decode(bytewords::Style(style), text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("bad_bytewords"));
}

void tst_Ur::xoshiro()
{
    {
        Xoshiro256 rng(QByteArrayLiteral("Wolf"));
        QList<int> got;
        for (int i = 0; i < 100; ++i)
            got.append(int(rng.next() % 100));
        QCOMPARE(got, ints(vec("rngMod100")));
    }
    {
        Xoshiro256 rng = Xoshiro256::fromUint32(bytewords::crc32("Wolf"));
        QList<int> got;
        for (int i = 0; i < 100; ++i)
            got.append(int(rng.next() % 100));
        QCOMPARE(got, ints(vec("rngCrcSeedMod100")));
    }
    {
        Xoshiro256 rng(QByteArrayLiteral("Wolf"));
        QList<int> got;
        for (int i = 0; i < 100; ++i)
            got.append(int(rng.nextInt(1, 10)));
        QCOMPARE(got, ints(vec("rngInt1to10")));
    }
}

void tst_Ur::randomSampler()
{
    const QJsonObject o = vectors().value(QLatin1String("randomSampler")).toObject();
    std::vector<double> weights;
    for (const auto w : o.value(QLatin1String("weights")).toArray())
        weights.push_back(w.toDouble());
    const RandomSampler sampler(weights);
    Xoshiro256 rng(QByteArrayLiteral("Wolf"));
    QList<int> got;
    for (int i = 0; i < 500; ++i)
        got.append(sampler.next(rng));
    QCOMPARE(got, ints(o.value(QLatin1String("samples")).toArray()));
}

void tst_Ur::shuffle()
{
    Xoshiro256 rng(QByteArrayLiteral("Wolf"));
    const std::vector<int> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    for (const auto expected : vec("shuffle"))
        QCOMPARE(toList(shuffled(values, rng)), ints(expected.toArray()));
}

void tst_Ur::fragmentLength()
{
    QCOMPARE(nominalFragmentLength(12345, 1005, 1955), 1764);
    QCOMPARE(nominalFragmentLength(12345, 1005, 30000), 12345);
    // A message shorter than the minimum fragment is one fragment.
    QCOMPARE(nominalFragmentLength(5, 10, 100), 5);
}

void tst_Ur::partitionAndJoin()
{
    const QByteArray message = makeMessage(1024);
    const int len = nominalFragmentLength(message.size(), 10, 100);
    const QList<QByteArray> fragments = partitionMessage(message, len);
    QStringList hex;
    for (const QByteArray &f : fragments)
        hex << QString::fromLatin1(f.toHex());
    QStringList expected;
    for (const auto v : vec("partition"))
        expected << v.toString();
    QCOMPARE(hex, expected);
    QCOMPARE(fragments.join().first(message.size()), message);
}

void tst_Ur::chooseDegree()
{
    const QByteArray message = makeMessage(1024);
    const int len = nominalFragmentLength(message.size(), 10, 100);
    const int count = int(partitionMessage(message, len).size());
    QList<int> got;
    for (int nonce = 1; nonce <= 200; ++nonce) {
        Xoshiro256 rng(QStringLiteral("Wolf-%1").arg(nonce).toLatin1());
        got.append(ur::chooseDegree(count, rng));
    }
    QCOMPARE(got, ints(vec("chooseDegree")));
}

void tst_Ur::chooseFragments()
{
    const QByteArray message = makeMessage(1024);
    const quint32 checksum = bytewords::crc32(message);
    const int len = nominalFragmentLength(message.size(), 10, 100);
    const int count = int(partitionMessage(message, len).size());
    const QJsonArray expected = vec("chooseFragments");
    for (quint32 seq = 1; seq <= 30; ++seq)
        QCOMPARE(toList(ur::chooseFragments(seq, count, checksum)),
                 ints(expected.at(int(seq - 1)).toArray()));
}

void tst_Ur::xorOfRandomData()
{
    Xoshiro256 rng(QByteArrayLiteral("Wolf"));
    const QJsonArray x = vec("xor");
    const QByteArray a = rng.nextData(10);
    const QByteArray b = rng.nextData(10);
    QCOMPARE(QString::fromLatin1(a.toHex()), x[0].toString());
    QCOMPARE(QString::fromLatin1(b.toHex()), x[1].toString());
    // The encoder's first mixed parts exercise the XOR itself (fountainEncoderParts).
}

void tst_Ur::fountainEncoderParts()
{
    FountainEncoder encoder(makeMessage(256), 30);
    const QJsonArray parts = vec("fountainParts");
    const QJsonArray cbor = vec("fountainPartsCbor");
    QCOMPARE(parts.size(), 20);
    for (int i = 0; i < 20; ++i) {
        const FountainPart p = encoder.nextPart();
        const QJsonObject e = parts.at(i).toObject();
        QCOMPARE(p.seqNum, quint32(e.value(QLatin1String("seqNum")).toInt()));
        QCOMPARE(p.seqLen, quint32(e.value(QLatin1String("seqLen")).toInt()));
        QCOMPARE(p.messageLen, quint32(e.value(QLatin1String("messageLen")).toInt()));
        QCOMPARE(p.checksum, quint32(e.value(QLatin1String("checksum")).toDouble()));
        QCOMPARE(QString::fromLatin1(p.data.toHex()), e.value(QLatin1String("data")).toString());
        QCOMPARE(QString::fromLatin1(p.toCbor().toHex()), cbor.at(i).toString());
    }
}

void tst_Ur::fountainEncoderCompletesAfterSeqLen()
{
    FountainEncoder encoder(makeMessage(256), 30);
    int made = 0;
    while (!encoder.isComplete()) {
        encoder.nextPart();
        ++made;
    }
    QCOMPARE(made, encoder.seqLen());
    QCOMPARE(made, 9);
}

void tst_Ur::fountainPartCborRoundTrip()
{
    const FountainPart p{12, 8, 100, 0x12345678, QByteArray::fromHex("0105030305")};
    auto back = FountainPart::fromCbor(p.toCbor());
    QVERIFY(back.ok());
    QCOMPARE(*back, p);
    QCOMPARE(back->toCbor(), p.toCbor());
}

void tst_Ur::fountainPartRefusesGarbage()
{
    const QList<QByteArray> bad{
        QByteArray(),
        QByteArray::fromHex("ff"),
        QCborValue(QByteArray("x")).toCbor(),
        QByteArray::fromHex("8401020304"),                   // four elements
        QByteArray::fromHex("85010203041b0000000100000000"), // last not a byte string
        QByteArray::fromHex("85200203044101"),               // negative seqNum
        QByteArray::fromHex("8500020304"
                            "4101"),                           // seqNum 0
        QByteArray::fromHex("85011b000000010000000003044101"), // seqLen above 32 bits
    };
    for (const QByteArray &b : bad) {
        const auto r = FountainPart::fromCbor(b);
        QVERIFY2(!r.ok(), b.toHex().constData());
        QCOMPARE(r.error().code, QStringLiteral("bad_part"));
    }
}

void tst_Ur::fountainDecoderLongMessage()
{
    const QByteArray message = makeMessage(32767);
    FountainEncoder encoder(message, 1000, 100);
    FountainDecoder decoder;
    int parts = 0;
    do {
        QVERIFY(decoder.receivePart(encoder.nextPart()));
        ++parts;
    } while (!decoder.isComplete() && parts < 1000);
    QVERIFY(decoder.isSuccess());
    QCOMPARE(decoder.result()->value(), message);
    // Starting at seqNum 101 every part is a mixture: it still completes, a little later.
    QVERIFY(parts >= encoder.seqLen());
}

void tst_Ur::singlePartUr()
{
    const Ur u = makeMessageUr(50);
    const QString expected = vectors().value(QLatin1String("singlePartUr")).toString();
    QCOMPARE(encodeSinglePart(u), expected);
    auto back = decodeSinglePart(expected);
    QVERIFY(back.ok());
    QCOMPARE(*back, u);
    // An encoder whose message fits one fragment makes the same single-part string.
    Encoder enc(u, 1000);
    QVERIFY(enc.isSinglePart());
    QCOMPARE(enc.nextPart(), expected);
    Decoder dec;
    QVERIFY(dec.receivePart(expected));
    QVERIFY(dec.isSuccess());
    QCOMPARE(*dec.result(), u);
    QCOMPARE(*dec.payload(), makeMessage(50));
}

void tst_Ur::urEncoderParts()
{
    Encoder enc(makeMessageUr(256), 30);
    QVERIFY(!enc.isSinglePart());
    QStringList got;
    for (int i = 0; i < 20; ++i)
        got << enc.nextPart();
    QStringList expected;
    for (const auto v : vec("urParts"))
        expected << v.toString();
    QCOMPARE(got, expected);
}

void tst_Ur::multipartUrRoundTrip()
{
    const Ur u = makeMessageUr(32767);
    Encoder enc(u, 1000, 100);
    Decoder dec;
    int frames = 0;
    do {
        QVERIFY2(dec.receivePart(enc.nextPart()), qPrintable(dec.lastError()));
        ++frames;
    } while (!dec.isComplete() && frames < 1000);
    QVERIFY(dec.isSuccess());
    QCOMPARE(*dec.result(), u);
    QCOMPARE(dec.type(), kTypeBytes);
}

void tst_Ur::readerTakesFramesInAnyOrder_data()
{
    QTest::addColumn<int>("messageLen");
    QTest::addColumn<int>("fragmentLen");
    QTest::addColumn<int>("dropEvery"); // 0: drop nothing; n: miss every n-th frame
    QTest::addColumn<quint32>("seed");
    QTest::newRow("small, shuffled") << 256 << 30 << 0 << 1u;
    QTest::newRow("small, every 3rd missed") << 256 << 30 << 3 << 2u;
    QTest::newRow("PSBT-sized, shuffled") << 1800 << 200 << 0 << 3u;
    QTest::newRow("PSBT-sized, every 2nd missed") << 1800 << 200 << 2 << 4u;
    QTest::newRow("large, every 4th missed") << 9000 << 150 << 4 << 5u;
}

void tst_Ur::readerTakesFramesInAnyOrder()
{
    QFETCH(int, messageLen);
    QFETCH(int, fragmentLen);
    QFETCH(int, dropEvery);
    QFETCH(quint32, seed);
    const QByteArray payload = makeMessage(messageLen, QByteArray::number(seed));
    Encoder enc(kTypePsbt, payload, fragmentLen);
    // A player's output over a few cycles, seen by a camera that misses frames and, because
    // the reader started late, in shuffled order.
    QStringList frames;
    for (int i = 0; i < enc.fragmentCount() * 4; ++i) {
        const QString f = enc.nextPart();
        if (dropEvery == 0 || (i + 1) % dropEvery != 0)
            frames << f;
    }
    QRandomGenerator rng(seed);
    std::shuffle(frames.begin(), frames.end(), rng);
    Decoder dec;
    double last = 0;
    int used = 0;
    for (const QString &f : frames) {
        QVERIFY2(dec.receivePart(f), qPrintable(dec.lastError()));
        ++used;
        QVERIFY(dec.progress() >= last); // never goes backwards
        last = dec.progress();
        if (dec.isComplete())
            break;
    }
    QVERIFY2(dec.isSuccess(), qPrintable(QStringLiteral("%1 of %2 frames, %3 of %4 fragments")
                                             .arg(used)
                                             .arg(frames.size())
                                             .arg(dec.receivedFragments())
                                             .arg(dec.expectedFragments())));
    QCOMPARE(dec.type(), kTypePsbt);
    QCOMPARE(*dec.payload(), payload);
    QCOMPARE(dec.progress(), 1.0);
    qInfo("%d-byte payload in %d fragments: complete after %d of %d frames", messageLen,
          enc.fragmentCount(), used, int(frames.size()));
}

void tst_Ur::readerIgnoresForeignAndDamagedFrames()
{
    Encoder a(kTypeBytes, makeMessage(500, "a"), 60);
    Encoder b(kTypeBytes, makeMessage(500, "b"), 60);
    Encoder psbt(kTypePsbt, makeMessage(500, "a"), 60);
    Decoder dec;
    QVERIFY(dec.receivePart(a.nextPart()));
    QVERIFY(!dec.receivePart(b.nextPart())); // same type, another message
    QVERIFY(!dec.lastError().isEmpty());
    QVERIFY(!dec.receivePart(psbt.nextPart())); // another type
    QVERIFY(dec.lastError().contains(QLatin1String("crypto-psbt")));
    QVERIFY(!dec.receivePart(u"https://example.com/"));
    QVERIFY(!dec.receivePart(u"ur:bytes/2-9/"
                             u"lpaoascfadaxcywenbpljkhdcagwdpfnsboxgwlbaawzuefywkdplrsrjynbvygabwjl"
                             u"dapfcsgmghhkhstlrdcxaefy"));
    QString damaged = a.nextPart();
    damaged[damaged.size() - 6] =
        damaged[damaged.size() - 6] == QLatin1Char('a') ? QLatin1Char('e') : QLatin1Char('a');
    QVERIFY(!dec.receivePart(damaged));
    QVERIFY(!dec.receivePart(u"ur:bytes/0-9/lpaoascfadaxcywenbpljkhdcagwdpfnsb"));
    QVERIFY(!dec.receivePart(u"ur:Bytes!/x"));
    // A whole single-part UR of the same type is not a part of this one.
    QVERIFY(!dec.receivePart(encodeSinglePart(Ur::fromBytes(kTypeBytes, "other"))));
    while (!dec.isComplete())
        QVERIFY(dec.receivePart(a.nextPart()));
    QVERIFY(dec.isSuccess());
    QCOMPARE(*dec.payload(), makeMessage(500, "a"));
    QVERIFY(!dec.receivePart(a.nextPart())); // already complete
}

void tst_Ur::readerAcceptsUpperCaseFromQr()
{
    Encoder enc(kTypeBytes, makeMessage(300), 100);
    Decoder dec;
    while (!dec.isComplete())
        QVERIFY(dec.receivePart(QString(enc.nextPart().toUpper() + QLatin1Char('\n'))));
    QVERIFY(dec.isSuccess());
    QCOMPARE(*dec.payload(), makeMessage(300));
}

void tst_Ur::readerReportsProgress()
{
    // 997 bytes and their 3-byte CBOR header: ten fragments of 100 bytes.
    Encoder enc(kTypeBytes, makeMessage(997), 100);
    QCOMPARE(enc.fragmentCount(), 10);
    Decoder dec;
    QCOMPARE(dec.progress(), 0.0);
    QCOMPARE(dec.expectedFragments(), 0);
    for (int i = 0; i < 5; ++i)
        QVERIFY(dec.receivePart(enc.nextPart()));
    QCOMPARE(dec.expectedFragments(), 10);
    QCOMPARE(dec.receivedFragments(), 5);
    QCOMPARE(dec.processedParts(), 5);
    QCOMPARE(dec.progress(), 0.5);
    QVERIFY(!dec.result().ok());
    QCOMPARE(dec.result().error().code, QStringLiteral("not_complete"));
}

void tst_Ur::payloadsOfTheSigner_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("PSBT") << kTypePsbt
                          << QByteArray::fromBase64("cHNidP8BAHECAAAAAQ==") + makeMessage(700);
    QTest::newRow("Stellar envelope") << kTypeBytes << makeMessage(188, "xdr");
    QTest::newRow("Algorand transaction") << kTypeBytes << makeMessage(240, "msgpack");
    QTest::newRow("one byte") << kTypeBytes << QByteArray(1, '\x42');
}

void tst_Ur::payloadsOfTheSigner()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, payload);
    Encoder enc(type, payload);
    Decoder dec;
    int frames = 0;
    while (!dec.isComplete() && frames < 100) {
        QVERIFY(dec.receivePart(enc.nextPart()));
        ++frames;
    }
    QCOMPARE(frames, enc.fragmentCount()); // the pure fragments suffice when none is missed
    QCOMPARE(dec.type(), type);
    QCOMPARE(*dec.payload(), payload);
}

QTEST_GUILESS_MAIN(tst_Ur)
#include "tst_ur.moc"
