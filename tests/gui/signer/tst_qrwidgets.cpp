// The QR player and reader as a user meets them: a long payload plays frame after frame with a
// counter that advances and stops on Pause, a short one is one still code; the reader takes
// frames in any order with duplicates, shows its progress, refuses a QR code that is not a UR or
// a UR of another type without losing what it read, and without a camera says so and keeps
// working with images. The camera's path is taken without a device: QVideoFrames in the formats
// cameras deliver (NV12, YUV420P, ARGB32) carrying a real UR's QR codes complete the reader;
// "Open folder…" reads the frames a player's "Save frames…" wrote.
#include "qr/qrcode.h"
#include "ui/qr/qrplayer.h"
#include "ui/qr/qrreader.h"
#include "wallet/ur.h"

#include <QApplication>

#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>

#ifdef FB_HAVE_MULTIMEDIA
#include <QVideoFrame>
#include <QVideoFrameFormat>
#endif

using namespace fb;
using namespace fb::ui;

namespace {

QByteArray payloadOf(int size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 37 + 11) & 0xff);
    return b;
}

QPushButton *button(QWidget *w, const char *name)
{
    return w->findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

class QrWidgetsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void playerCounterAdvancesAndPauses()
    {
        QrPlayer player;
        player.setFramesPerSecond(10);
        player.setPayload(ur::kTypeBytes, payloadOf(500), 50);
        player.resize(400, 500);
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        const int n = player.frameCount(); // 500 bytes and the CBOR header, 50 a frame
        QVERIFY(n >= 10 && n <= 11);
        QVERIFY(player.isAnimated());
        QVERIFY(player.isPlaying());
        QVERIFY(button(&player, "playPause")->isVisible());
        QVERIFY(!button(&player, "saveImage")->isVisible());
        QVERIFY(player.currentText().startsWith(QStringLiteral("UR:BYTES/1-%1/").arg(n)));
        // Frames change on their own, and the counter says which.
        QTRY_VERIFY(player.currentFrame() >= 3);
        QVERIFY2(player.counterText().contains(QStringLiteral(" of %1").arg(n)),
                 qPrintable(player.counterText()));
        QVERIFY(player.currentText().startsWith(
            QStringLiteral("UR:BYTES/%1-%2/").arg(player.framesShown()).arg(n)));

        // Paused: the frame stays.
        QTest::mouseClick(button(&player, "playPause"), Qt::LeftButton);
        QVERIFY(!player.isPlaying());
        const int at = player.currentFrame();
        const QString text = player.currentText();
        QVERIFY2(player.counterText() == QStringLiteral("Frame %1 of %2 (paused)").arg(at).arg(n),
                 qPrintable(player.counterText()));
        QSignalSpy changed(&player, &QrPlayer::frameChanged);
        QTest::qWait(400); // four frames' time at 10 frames a second: nothing moves
        QCOMPARE(changed.count(), 0);
        QCOMPARE(player.currentText(), text);
        QCOMPARE(button(&player, "playPause")->text(), QStringLiteral("&Play"));

        // Played again: it goes on, and past the first round with fresh mixtures.
        QTest::mouseClick(button(&player, "playPause"), Qt::LeftButton);
        QVERIFY(player.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(player.framesShown() > n + 1, 10000);
        QVERIFY(player.currentFrame() >= 1 && player.currentFrame() <= n);
        // The speed is remembered.
        QCOMPARE(QSettings().value(QStringLiteral("qr/framesPerSecond")).toInt(), 10);
    }

    void shortPayloadIsOneStillCode()
    {
        QrPlayer player;
        player.setPayload(ur::kTypePsbt, payloadOf(60));
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        QVERIFY(!player.isAnimated());
        QVERIFY(!player.isPlaying());
        QVERIFY(!button(&player, "playPause")->isVisible());
        QVERIFY(button(&player, "saveImage")->isVisible());
        QVERIFY(player.currentText().startsWith(QStringLiteral("UR:CRYPTO-PSBT/")));
        QCOMPARE(player.currentText().count(QLatin1Char('/')), 1); // a single-part UR
        const QString path = m_dir.filePath(QStringLiteral("still.png"));
        player.setFileChooser([path](QWidget *) { return path; });
        QSignalSpy saved(&player, &QrPlayer::saved);
        QTest::mouseClick(button(&player, "saveImage"), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const QStringList read = qr::decodeFile(path);
        QCOMPARE(read, QStringList{player.currentText()});
        ur::Decoder d;
        QVERIFY(d.receivePart(read.first()));
        QCOMPARE(*d.payload(), payloadOf(60));
    }

    void savingFramesRefusesAFolderWithFrames()
    {
        QrPlayer player;
        player.setPayload(ur::kTypeBytes, payloadOf(300), 60);
        const QString dir = m_dir.filePath(QStringLiteral("frames"));
        QString error;
        QCOMPARE(player.saveFrames(dir, &error), player.frameCount());
        QVERIFY(player.frameCount() > 4);
        QVERIFY(QFile::exists(dir + QStringLiteral("/frame-001.png")));
        QVERIFY(QFile::exists(
            dir +
            QStringLiteral("/frame-%1.png").arg(player.frameCount(), 3, 10, QLatin1Char('0'))));
        QCOMPARE(player.saveFrames(dir, &error), 0);
        QVERIFY2(error.contains(QStringLiteral("already holds QR frames")), qPrintable(error));
    }

    void readerTakesFramesInAnyOrderAndShowsProgress()
    {
        QrReader reader;
        reader.setAcceptedTypes({ur::kTypeBytes});
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        ur::Encoder encoder(ur::kTypeBytes, payloadOf(400), 40);
        QStringList frames;
        for (int i = 0; i < 20; ++i) // 11 fragments, then mixtures
            frames << encoder.nextPart().toUpper();
        QSignalSpy done(&reader, &QrReader::completed);
        const auto status = [&] {
            return reader.findChild<QLabel *>(QStringLiteral("readStatus"))->text();
        };
        QCOMPARE(status(), QStringLiteral("No frame read yet."));
        QVERIFY(reader.addText(frames.at(9)));
        QVERIFY(reader.addText(frames.at(2)));
        QVERIFY(reader.addText(frames.at(2))); // the same frame twice is fine
        QCOMPARE(reader.partsRead(), 3);
        QVERIFY(reader.progress() > 0 && reader.progress() < 1);
        // "18 % — 3 parts read · 2 of 11 fragments recovered" (the plural comes from the
        // translation; without one, "part(s)").
        QVERIFY2(status().contains(QStringLiteral("% — 3 part")), qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral(" · 2 of 11 fragments recovered")),
                 qPrintable(status()));

        // A QR code that is not a UR, and a UR of another type: said, and nothing is lost.
        QVERIFY(!reader.addImage(qr::encode(QStringLiteral("bitcoin:bc1qexample"), 4),
                                 QStringLiteral("photo.png")));
        QVERIFY2(reader.errorText().contains(QStringLiteral("is not a UR")),
                 qPrintable(reader.errorText()));
        QVERIFY2(reader.errorText().contains(QStringLiteral("bitcoin:bc1qexample")),
                 qPrintable(reader.errorText()));
        QVERIFY(reader.findChild<QLabel *>(QStringLiteral("readError"))->isVisible());
        const QString other =
            ur::encodeSinglePart(ur::Ur::fromBytes(QStringLiteral("crypto-seed"), payloadOf(16)));
        QVERIFY(!reader.addText(other));
        QVERIFY2(reader.errorText().contains(QStringLiteral("ur:crypto-seed")) &&
                     reader.errorText().contains(QStringLiteral("ur:bytes")),
                 qPrintable(reader.errorText()));
        QCOMPARE(reader.partsRead(), 3);
        // A frame of another ur:bytes is not mixed in.
        ur::Encoder another(ur::kTypeBytes, payloadOf(399), 40);
        QVERIFY(!reader.addText(another.nextPart()));
        QVERIFY(!reader.errorText().isEmpty());
        QCOMPARE(reader.partsRead(), 3);

        // The rest, in reverse order, through dropped image files: complete once.
        QStringList paths;
        for (int i = 19; i >= 0; --i) {
            if (i == 2 || i == 9 || i == 5) // frame 6 never arrives: the mixtures make it up
                continue;
            const QString path = m_dir.filePath(QStringLiteral("f%1.png").arg(i));
            QVERIFY(qr::encode(frames.at(i), 3).save(path));
            paths << path;
        }
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        data.setUrls(urls);
        QDragEnterEvent enter(reader.rect().center(), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&reader, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(reader.rect().center(), Qt::CopyAction, &data, Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(&reader, &drop);
        QVERIFY2(done.count() == 1, qPrintable(reader.errorText() + QLatin1Char(' ') + status()));
        QCOMPARE(done.first().at(0).toString(), ur::kTypeBytes);
        QCOMPARE(done.first().at(1).toByteArray(), payloadOf(400));
        QVERIFY(reader.isComplete());
        QVERIFY(reader.errorText().isEmpty());
        QVERIFY2(status().startsWith(QStringLiteral("Complete")), qPrintable(status()));
        QVERIFY(!button(&reader, "openImages")->isEnabled());

        // Start over: ready for another.
        QTest::mouseClick(button(&reader, "startOver"), Qt::LeftButton);
        QVERIFY(!reader.isComplete());
        QCOMPARE(reader.partsRead(), 0);
        QVERIFY(button(&reader, "openImages")->isEnabled());
    }

    void imagesWithoutQrOrNotImages()
    {
        QrReader reader;
        const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
        QImage white(200, 200, QImage::Format_RGB32);
        white.fill(Qt::white);
        QVERIFY(white.save(blank));
        QVERIFY(!reader.addImageFiles({blank}));
        QVERIFY2(reader.errorText().contains(QStringLiteral("No QR code was found")),
                 qPrintable(reader.errorText()));
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        QVERIFY(!reader.addImageFiles({text}));
        QVERIFY2(reader.errorText().contains(QStringLiteral("not an image")),
                 qPrintable(reader.errorText()));
    }

    // A folder of frames, as the player's "Save frames…" writes it, through "Open folder…".
    void readerOpensAFolderOfSavedFrames()
    {
        QrPlayer player;
        player.setPayload(ur::kTypeBytes, payloadOf(500), 60);
        QVERIFY(player.isAnimated());
        const QString dir = m_dir.filePath(QStringLiteral("saved-for-folder"));
        QString error;
        const int written = player.saveFrames(dir, &error);
        QVERIFY2(written > 1, qPrintable(error));

        QrReader reader;
        reader.setAcceptedTypes({ur::kTypeBytes});
        reader.setFolderChooser([&dir](QWidget *) { return dir; });
        QSignalSpy done(&reader, &QrReader::completed);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QTest::mouseClick(button(&reader, "openFolder"), Qt::LeftButton);
        QVERIFY2(done.count() == 1,
                 qPrintable(reader.errorText() + QLatin1Char(' ') + reader.statusText()));
        QCOMPARE(done.first().at(1).toByteArray(), payloadOf(500));
        QCOMPARE(reader.partsRead(), written);
        QVERIFY(!button(&reader, "openFolder")->isEnabled());

        // A folder without images is said, not taken.
        QrReader other;
        const QString empty = m_dir.filePath(QStringLiteral("no-frames"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(!other.addImageFiles({empty}));
        QVERIFY2(other.errorText().contains(QStringLiteral("holds no QR images")),
                 qPrintable(other.errorText()));
    }

    void readerTakesCameraFrames_data()
    {
#ifdef FB_HAVE_MULTIMEDIA
        QTest::addColumn<int>("format");
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
        QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P);
        QTest::newRow("ARGB32") << int(QVideoFrameFormat::Format_BGRA8888); // QImage's ARGB32
        QTest::newRow("ARGB8888") << int(QVideoFrameFormat::Format_ARGB8888);
#endif
    }

    // Camera frames as a QVideoSink hands them over, made here from a real UR's QR codes set in
    // a 640x480 picture (grey surroundings, the code off centre): the reader completes.
    void readerTakesCameraFrames()
    {
#ifndef FB_HAVE_MULTIMEDIA
        QSKIP("built without Qt Multimedia");
#else
        QFETCH(int, format);
        const auto pixelFormat = QVideoFrameFormat::PixelFormat(format);
        const QSize size(640, 480);
        // A grey picture with the QR code of text at (60, 40), or none.
        auto scene = [&size](const QString &text) {
            QImage grey(size, QImage::Format_Grayscale8);
            grey.fill(170);
            if (!text.isEmpty()) {
                const QImage code = qr::encode(text, 3);
                for (int y = 0; y < code.height(); ++y)
                    std::copy_n(code.constScanLine(y), code.width(), grey.scanLine(40 + y) + 60);
            }
            return grey;
        };
        // The camera frame of that picture in pixelFormat.
        auto frameOf = [&](const QImage &grey) {
            QVideoFrame frame(QVideoFrameFormat(size, pixelFormat));
            if (!frame.map(QVideoFrame::WriteOnly))
                return QVideoFrame();
            const int w = size.width(), h = size.height();
            switch (pixelFormat) {
            case QVideoFrameFormat::Format_NV12:
            case QVideoFrameFormat::Format_YUV420P:
                for (int y = 0; y < h; ++y) // luminance
                    std::copy_n(grey.constScanLine(y), w,
                                frame.bits(0) + y * frame.bytesPerLine(0));
                for (int p = 1; p < frame.planeCount(); ++p) // no colour
                    std::fill_n(frame.bits(p), frame.mappedBytes(p), uchar(128));
                break;
            default:
                for (int y = 0; y < h; ++y) {
                    uchar *line = frame.bits(0) + y * frame.bytesPerLine(0);
                    for (int x = 0; x < w; ++x) {
                        const uchar v = grey.constScanLine(y)[x];
                        // ARGB8888: A R G B in memory; BGRA8888: B G R A. Grey either way,
                        // alpha first or last.
                        const bool alphaFirst = pixelFormat == QVideoFrameFormat::Format_ARGB8888;
                        line[4 * x + 0] = alphaFirst ? 255 : v;
                        line[4 * x + 1] = v;
                        line[4 * x + 2] = v;
                        line[4 * x + 3] = alphaFirst ? v : 255;
                    }
                }
            }
            frame.unmap();
            return frame;
        };

        const QByteArray payload = payloadOf(300);
        ur::Encoder encoder(ur::kTypeBytes, payload, 50);
        QVERIFY(encoder.fragmentCount() > 2);
        QrReader reader;
        reader.setAcceptedTypes({ur::kTypeBytes});
        QSignalSpy done(&reader, &QrReader::completed);

        // A frame with no QR code in it (the camera sees the room): no error, nothing read.
        const QVideoFrame empty = frameOf(scene({}));
        QVERIFY(empty.isValid());
        QCOMPARE(empty.pixelFormat(), pixelFormat);
        QVERIFY(!reader.addVideoFrame(empty));
        QVERIFY(reader.errorText().isEmpty());
        QCOMPARE(reader.partsRead(), 0);

        // The animated code, frame after frame (the first one shown twice, as a camera does).
        int frames = 0;
        for (int i = 0; i < 3 * encoder.fragmentCount() && done.isEmpty(); ++i) {
            const QString part = encoder.nextPart().toUpper();
            const QVideoFrame f = frameOf(scene(part));
            QVERIFY2(reader.addVideoFrame(f),
                     qPrintable(QStringLiteral("frame %1: %2").arg(i).arg(reader.errorText())));
            ++frames;
            if (i == 0) {
                QVERIFY(reader.addVideoFrame(f));
                QVERIFY(reader.progress() > 0 && reader.progress() < 1);
            }
        }
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toString(), ur::kTypeBytes);
        QCOMPARE(done.first().at(1).toByteArray(), payload);
        QVERIFY(reader.isComplete());
        QVERIFY(frames >= encoder.fragmentCount());
        // Once complete, further frames are not taken.
        QVERIFY(!reader.addVideoFrame(frameOf(scene(encoder.nextPart().toUpper()))));
#endif
    }

    void noCameraIsAClearMessage()
    {
        QrReader reader;
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        if (reader.cameraAvailable())
            QSKIP("this machine has a camera");
        auto *scan = button(&reader, "scanCamera");
        QVERIFY(!scan->isEnabled());
        QCOMPARE(scan->toolTip(), QStringLiteral("No camera found — open QR images instead"));
        auto *hint = reader.findChild<QLabel *>(QStringLiteral("cameraHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("No camera found")));
        reader.startCamera(); // asked anyway: a message, not a failure
        QVERIFY(!reader.isScanning());
        QVERIFY(button(&reader, "openImages")->isEnabled());
    }
};

QTEST_MAIN(QrWidgetsTest)
#include "tst_qrwidgets.moc"
