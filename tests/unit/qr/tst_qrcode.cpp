// QR codes round trip through images: what the signer shows (libqrencode) a camera or an image
// file gives back (libzbar), including every frame of an animated UR and frames saved as PNG.
#include "qr/qrcode.h"
#include "wallet/ur.h"
#include "wallet/xoshiro256.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace fb;

class tst_QrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void upperCaseUrUsesAlphanumericMode();
    void animatedUrThroughPngFiles();
    void readsAScaledRotatedPhoto();
    void nothingToRead();
    void tooLongForAQrCode();
};

void tst_QrCode::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::newRow("address") << QStringLiteral(
                                    "GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7")
                             << 4;
    QTest::newRow("bitcoin uri")
        << QStringLiteral("bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.001") << 3;
    QTest::newRow("unicode") << QStringLiteral("Paiement reçu — 42 XLM ✓") << 4;
    QTest::newRow("ur single part")
        << QStringLiteral("UR:BYTES/"
                          "HDEYMEJTSWHHYLKEPMYKHHTSYTSNOYOYAXAEDSUTTYDMMHHPKTPMSRJTGWDPFNSBOXGWLBAA"
                          "WZUEFYWKDPLRSRJYNBVYGABWJLDAPFCSDWKBRKCH")
        << 2;
}

void tst_QrCode::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    const QImage image = qr::encode(text, scale);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), (qr::moduleCount(text) + 8) * scale);
    QCOMPARE(qr::decode(image), QStringList{text});
}

void tst_QrCode::upperCaseUrUsesAlphanumericMode()
{
    ur::Encoder enc(ur::kTypePsbt, ur::Xoshiro256(QByteArrayLiteral("psbt")).nextData(600));
    const QString frame = enc.nextPart();
    // Upper case fits the alphanumeric mode: a smaller code than the same text in lower case.
    QVERIFY(qr::moduleCount(frame.toUpper()) < qr::moduleCount(frame));
    QVERIFY(qr::moduleCount(frame.toUpper()) <= 4 * 15 + 17); // version 15 or below
}

void tst_QrCode::animatedUrThroughPngFiles()
{
    const QByteArray payload = ur::Xoshiro256(QByteArrayLiteral("animated")).nextData(1500);
    ur::Encoder enc(ur::kTypePsbt, payload);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (int i = 0; i < enc.fragmentCount(); ++i) {
        const QString path = dir.filePath(QStringLiteral("frame-%1.png").arg(i + 1));
        QVERIFY(qr::encode(enc.nextPart().toUpper(), 3).save(path));
        files.prepend(path); // read back last to first
    }
    QCOMPARE(files.size(), 8);
    ur::Decoder dec;
    for (const QString &f : std::as_const(files)) {
        QString error;
        const QStringList texts = qr::decodeFile(f, &error);
        QCOMPARE(texts.size(), 1);
        QVERIFY2(dec.receivePart(texts.front()), qPrintable(dec.lastError()));
    }
    QVERIFY(dec.isSuccess());
    QCOMPARE(*dec.payload(), payload);
}

void tst_QrCode::readsAScaledRotatedPhoto()
{
    const QString text = QStringLiteral("UR:BYTES/"
                                        "HDEYMEJTSWHHYLKEPMYKHHTSYTSNOYOYAXAEDSUTTYDMMHHPKTPMSRJTGW"
                                        "DPFNSBOXGWLBAAWZUEFYWKDPLRSRJYNBVYGABWJLDAPFCSDWKBRKCH");
    QImage photo = qr::encode(text, 5).convertToFormat(QImage::Format_RGB32);
    photo = photo.transformed(QTransform().rotate(90))
                .scaled(photo.width() * 3 / 2, photo.height() * 3 / 2, Qt::IgnoreAspectRatio,
                        Qt::SmoothTransformation);
    QCOMPARE(qr::decode(photo), QStringList{text});
}

void tst_QrCode::nothingToRead()
{
    QImage blank(200, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QVERIFY(qr::decode(blank).isEmpty());
    QVERIFY(qr::decode(QImage()).isEmpty());
    QTemporaryDir dir;
    const QString notImage = dir.filePath(QStringLiteral("x.png"));
    QFile f(notImage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an image");
    f.close();
    QString error;
    QVERIFY(qr::decodeFile(notImage, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_QrCode::tooLongForAQrCode()
{
    QVERIFY(qr::encode(QString(8000, QLatin1Char('A'))).isNull());
    QCOMPARE(qr::moduleCount(QString(8000, QLatin1Char('A'))), 0);
    QVERIFY(qr::encode(QString()).isNull());
    QVERIFY(qr::encode(QStringLiteral("x"), 0).isNull());
}

QTEST_GUILESS_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
