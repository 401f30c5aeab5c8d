#include "ui/qr/qrreader.h"

#include "qr/qrcode.h"
#include "ui/theme.h"
#include "wallet/ur.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#ifdef FB_HAVE_MULTIMEDIA
#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#endif

namespace fb::ui {

namespace {

// A camera frame is decoded at most this often: zbar takes tens of milliseconds on a frame.
constexpr int kCameraDecodeIntervalMs = 120;

QString urTypeOf(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(QLatin1String("ur:"), Qt::CaseInsensitive))
        return {};
    return t.mid(3).section(QLatin1Char('/'), 0, 0).toLower();
}

} // namespace

struct QrReader::Camera
{
#ifdef FB_HAVE_MULTIMEDIA
    QMediaDevices *devices = nullptr;
    QCamera *camera = nullptr;
    QMediaCaptureSession *session = nullptr;
    QVideoSink *sink = nullptr;
    QElapsedTimer sinceDecode;
#endif
};

QrReader::QrReader(QWidget *parent)
    : QWidget(parent)
    , m_decoder(std::make_unique<ur::Decoder>())
    , m_camera(std::make_unique<Camera>())
    , m_choose([](QWidget *w) {
        return QFileDialog::getOpenFileNames(
            w, tr("Open the QR images"), QDir::homePath(),
            tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    })
    , m_chooseFolder([](QWidget *w) {
        return QFileDialog::getExistingDirectory(w, tr("Open a folder of QR frames"),
                                                 QDir::homePath());
    })
{
    setObjectName(QStringLiteral("qrReader"));
    setAcceptDrops(true);

    m_open = new QPushButton(tr("Open &images…"), this);
    m_open->setObjectName(QStringLiteral("openImages"));
    m_open->setToolTip(tr("Open the QR images of one transaction: a single QR code, or the "
                          "frames of an animated one in any order. You can also drop them here."));
    m_openFolder = new QPushButton(tr("Open &folder…"), this);
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->setToolTip(tr("Open a folder of QR frames (frame-001.png, …), as the other "
                                "device's \"Save frames…\" writes them"));
    m_scan = new QPushButton(tr("Scan with &camera"), this);
    m_scan->setObjectName(QStringLiteral("scanCamera"));
    m_restart = new QPushButton(tr("&Start over"), this);
    m_restart->setObjectName(QStringLiteral("startOver"));
    m_restart->setToolTip(tr("Forget the frames read so far"));

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(320, 240);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setWordWrap(true);
    m_preview->setAccessibleName(tr("Camera picture"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("cameraHint"));
    m_hint->setWordWrap(true);

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("readProgress"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Frames read"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("readStatus"));
    m_status->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("readError"));
    m_errorLabel->setWordWrap(true);
    Theme::setTextColor(m_errorLabel, ThemeColor::Danger);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_scan);
    buttons->addStretch(1);
    buttons->addWidget(m_restart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_errorLabel);

    connect(m_open, &QPushButton::clicked, this, &QrReader::openImages);
    connect(m_openFolder, &QPushButton::clicked, this, &QrReader::openFolder);
    connect(m_scan, &QPushButton::clicked, this,
            [this] { isScanning() ? stopCamera() : startCamera(); });
    connect(m_restart, &QPushButton::clicked, this, &QrReader::reset);

#ifdef FB_HAVE_MULTIMEDIA
    m_camera->devices = new QMediaDevices(this);
    connect(m_camera->devices, &QMediaDevices::videoInputsChanged, this, &QrReader::refreshCameras);
#endif
    refreshCameras();
    refresh();
}

QrReader::~QrReader()
{
    stopCamera();
}

QString QrReader::noCameraMessage()
{
    return tr("No camera found — open QR images instead");
}

bool QrReader::cameraAvailable() const
{
#ifdef FB_HAVE_MULTIMEDIA
    return !QMediaDevices::videoInputs().isEmpty();
#else
    return false;
#endif
}

bool QrReader::isScanning() const
{
#ifdef FB_HAVE_MULTIMEDIA
    return m_camera->camera && m_camera->camera->isActive();
#else
    return false;
#endif
}

void QrReader::refreshCameras()
{
    const bool available = cameraAvailable();
    m_scan->setEnabled(available && !m_done);
    if (available) {
        m_scan->setToolTip(tr("Hold the other device's QR code in front of this computer's "
                              "camera; animated codes are read frame by frame"));
        if (!isScanning())
            m_preview->setText(tr("Drop QR images here, open them, or scan with the camera."));
        m_hint->clear();
        m_hint->hide();
    } else {
        if (isScanning())
            stopCamera();
        m_scan->setToolTip(noCameraMessage());
        m_preview->setText(tr("Drop QR images here, or open them."));
        m_hint->setText(noCameraMessage() + QLatin1Char('.'));
        m_hint->show();
    }
}

void QrReader::startCamera()
{
#ifdef FB_HAVE_MULTIMEDIA
    if (isScanning() || m_done)
        return;
    if (!cameraAvailable()) {
        setError(noCameraMessage() + QLatin1Char('.'));
        refreshCameras();
        return;
    }
    if (!m_camera->camera) {
        m_camera->camera = new QCamera(QMediaDevices::defaultVideoInput(), this);
        m_camera->session = new QMediaCaptureSession(this);
        m_camera->sink = new QVideoSink(this);
        m_camera->session->setCamera(m_camera->camera);
        m_camera->session->setVideoSink(m_camera->sink);
        connect(m_camera->sink, &QVideoSink::videoFrameChanged, this,
                [this](const QVideoFrame &frame) {
                    if (m_camera->sinceDecode.isValid() &&
                        m_camera->sinceDecode.elapsed() < kCameraDecodeIntervalMs)
                        return;
                    m_camera->sinceDecode.start();
                    addVideoFrame(frame);
                });
        connect(m_camera->camera, &QCamera::errorOccurred, this,
                [this](QCamera::Error, const QString &message) {
                    setError(tr("The camera stopped: %1. Open QR images instead, or try the "
                                "camera again.")
                                 .arg(message));
                    stopCamera();
                });
        connect(m_camera->camera, &QCamera::activeChanged, this, [this] { refresh(); });
    }
    m_camera->sinceDecode.invalidate();
    m_preview->setText(tr("Starting the camera…"));
    m_camera->camera->start();
    refresh();
#endif
}

void QrReader::stopCamera()
{
#ifdef FB_HAVE_MULTIMEDIA
    if (m_camera && m_camera->camera)
        m_camera->camera->stop();
    if (m_preview && !m_done && m_camera && m_camera->camera)
        m_preview->setText(tr("Camera stopped."));
    if (m_bar)
        refresh();
#endif
}

bool QrReader::addVideoFrame(const QVideoFrame &frame)
{
#ifdef FB_HAVE_MULTIMEDIA
    if (m_done || !frame.isValid())
        return false;
    QVideoFrame f(frame);
    if (!f.map(QVideoFrame::ReadOnly))
        return false;
    const int w = f.width();
    const int h = f.height();
    QStringList texts;
    QImage picture;
    switch (f.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8: {
        // Plane 0 is the luminance, one byte a pixel: the grey picture zbar reads.
        const uchar *y = f.bits(0);
        const int stride = f.bytesPerLine(0);
        texts = qr::decodeLuminance(y, w, h, stride);
        picture = QImage(y, w, h, stride, QImage::Format_Grayscale8).copy();
        break;
    }
    default: {
        const QImage::Format format =
            QVideoFrameFormat::imageFormatFromPixelFormat(f.pixelFormat());
        if (format != QImage::Format_Invalid && f.planeCount() == 1)
            picture = QImage(f.bits(0), w, h, f.bytesPerLine(0), format).copy();
        break;
    }
    }
    f.unmap();
    if (picture.isNull() && texts.isEmpty())
        picture = frame.toImage(); // any other format, through Qt's own conversion
    if (texts.isEmpty())
        texts = qr::decode(picture);
    showPicture(picture);
    bool used = false;
    for (const QString &text : texts)
        used = addText(text, tr("the camera")) || used;
    return used;
#else
    Q_UNUSED(frame)
    return false;
#endif
}

void QrReader::showPicture(const QImage &image)
{
    if (image.isNull())
        return;
    const QSize room = m_preview->contentsRect().size() - QSize(8, 8);
    m_preview->setPixmap(
        QPixmap::fromImage(image.scaled(room.boundedTo(image.size() * 4).expandedTo(QSize(16, 16)),
                                        Qt::KeepAspectRatio, Qt::FastTransformation)));
}

void QrReader::openImages()
{
    const QStringList paths = m_choose(this);
    if (!paths.isEmpty())
        addImageFiles(paths);
}

void QrReader::openFolder()
{
    const QString dir = m_chooseFolder(this);
    if (!dir.isEmpty())
        addImageFiles({dir});
}

bool QrReader::addImageFiles(const QStringList &given)
{
    static const QStringList kImages{QStringLiteral("*.png"),  QStringLiteral("*.jpg"),
                                     QStringLiteral("*.jpeg"), QStringLiteral("*.bmp"),
                                     QStringLiteral("*.gif"),  QStringLiteral("*.webp")};
    QStringList paths;
    for (const QString &path : given) {
        if (!QFileInfo(path).isDir()) {
            paths << path;
            continue;
        }
        const QDir dir(path);
        const QStringList names = dir.entryList(kImages, QDir::Files, QDir::Name);
        if (names.isEmpty()) {
            setError(tr("%1 holds no QR images. Open the folder the frames were saved in.")
                         .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        for (const QString &n : names)
            paths << dir.filePath(n);
    }
    bool allUsed = true;
    for (const QString &path : std::as_const(paths)) {
        if (m_done)
            break;
        const QString name = QDir::toNativeSeparators(path);
        QString error;
        if (!QFileInfo(path).isFile()) {
            setError(tr("%1 is not a file. Open the QR images themselves.").arg(name));
            allUsed = false;
            continue;
        }
        const QStringList texts = qr::decodeFile(path, &error);
        if (!error.isEmpty()) {
            setError(tr("%1 is not an image this reader opens (%2).").arg(name, error));
            allUsed = false;
            continue;
        }
        if (texts.isEmpty()) {
            setError(tr("No QR code was found in %1. Open a sharper picture, or the frame "
                        "itself.")
                         .arg(name));
            allUsed = false;
            continue;
        }
        for (const QString &text : texts)
            allUsed = addText(text, QFileInfo(path).fileName()) && allUsed;
        showPicture(QImage(path));
    }
    return allUsed;
}

bool QrReader::addImage(const QImage &image, const QString &origin)
{
    showPicture(image);
    const QStringList texts = qr::decode(image);
    if (texts.isEmpty()) {
        setError(tr("No QR code was found in %1.").arg(origin));
        return false;
    }
    bool allUsed = true;
    for (const QString &text : texts)
        allUsed = addText(text, origin) && allUsed;
    return allUsed;
}

bool QrReader::addText(const QString &text, const QString &origin)
{
    if (m_done)
        return false;
    const QString from = origin.isEmpty() ? QString() : tr(" (%1)").arg(origin);
    const QString type = urTypeOf(text);
    if (type.isEmpty()) {
        const QString shown = text.trimmed().left(40);
        setError(tr("This QR code%1 is not a UR: it reads \"%2%3\". Show the transaction's "
                    "QR code, whose text starts with ur:%4.")
                     .arg(from, shown, text.trimmed().size() > 40 ? QStringLiteral("…") : QString(),
                          m_types.isEmpty() ? QStringLiteral("…") : m_types.first()));
        return false;
    }
    if (!typeAccepted(type)) {
        setError(tr("This QR code%1 is a ur:%2; this reader takes %3. Show the transaction's "
                    "QR code instead.")
                     .arg(from, type, typeList()));
        return false;
    }
    if (!m_decoder->receivePart(text)) {
        setError(tr("A frame%1 was not used: %2").arg(from, m_decoder->lastError()));
        return false;
    }
    setError({});
    if (m_decoder->isComplete()) {
        m_done = true;
        stopCamera();
        refresh();
        Q_EMIT progressChanged(1.0);
        if (!m_decoder->isSuccess()) {
            setError(tr("The frames did not reassemble into a whole UR (%1). Start over and "
                        "read the frames again.")
                         .arg(m_decoder->result().error().message));
            return false;
        }
        auto payload = m_decoder->payload();
        if (!payload) {
            setError(tr("The ur:%1 does not hold a byte string (%2).")
                         .arg(type, payload.error().message));
            return false;
        }
        Q_EMIT completed(m_decoder->type(), *payload);
        return true;
    }
    refresh();
    Q_EMIT progressChanged(progress());
    return true;
}

void QrReader::reset()
{
    m_decoder = std::make_unique<ur::Decoder>();
    m_done = false;
    m_preview->clear();
    setError({});
    refreshCameras();
    refresh();
    Q_EMIT progressChanged(0.0);
}

bool QrReader::isComplete() const
{
    return m_done;
}

double QrReader::progress() const
{
    return m_decoder->progress();
}

int QrReader::partsRead() const
{
    return m_decoder->processedParts();
}

QString QrReader::statusText() const
{
    return m_status->text();
}

QString QrReader::errorText() const
{
    return m_error;
}

void QrReader::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    Q_EMIT errorChanged(message);
}

void QrReader::refresh()
{
    const int percent = int(progress() * 100.0);
    m_bar->setValue(percent);
    const int parts = partsRead();
    if (m_done && m_decoder->isSuccess()) {
        m_status->setText(
            tr("Complete: ur:%1 read from %n part(s).", nullptr, parts).arg(m_decoder->type()));
    } else if (parts == 0) {
        m_status->setText(isScanning() ? tr("Looking for a QR code…") : tr("No frame read yet."));
    } else {
        m_status->setText(tr("%1 % — %n part(s) read", nullptr, parts).arg(percent) +
                          (m_decoder->expectedFragments() > 1
                               ? QStringLiteral(" · ") + tr("%1 of %2 fragments recovered")
                                                             .arg(m_decoder->receivedFragments())
                                                             .arg(m_decoder->expectedFragments())
                               : QString()));
    }
    m_restart->setEnabled(parts > 0 || !m_error.isEmpty());
    m_open->setEnabled(!m_done);
    m_openFolder->setEnabled(!m_done);
    m_scan->setEnabled(cameraAvailable() && !m_done);
    m_scan->setText(isScanning() ? tr("Stop &camera") : tr("Scan with &camera"));
}

bool QrReader::typeAccepted(const QString &type) const
{
    return m_types.isEmpty() || m_types.contains(type, Qt::CaseInsensitive);
}

QString QrReader::typeList() const
{
    QStringList named;
    for (const QString &t : m_types)
        named << QStringLiteral("ur:") + t;
    return named.join(tr(" or "));
}

void QrReader::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *m = event->mimeData();
    if (m->hasUrls() && !m->urls().isEmpty() && m->urls().first().isLocalFile())
        event->acceptProposedAction();
    else if (m->hasImage())
        event->acceptProposedAction();
}

void QrReader::dropEvent(QDropEvent *event)
{
    const QMimeData *m = event->mimeData();
    if (m->hasUrls()) {
        QStringList paths;
        for (const QUrl &u : m->urls())
            if (u.isLocalFile())
                paths << u.toLocalFile();
        if (!paths.isEmpty()) {
            addImageFiles(paths);
            event->acceptProposedAction();
            return;
        }
    }
    if (m->hasImage()) {
        addImage(qvariant_cast<QImage>(m->imageData()), tr("the dropped picture"));
        event->acceptProposedAction();
    }
}

} // namespace fb::ui
