#include "ui/qr/qrplayer.h"

#include "qr/qrcode.h"
#include "ui/theme.h"
#include "wallet/ur.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

const QString kSpeedKey = QStringLiteral("qr/framesPerSecond");
constexpr int kDefaultFps = 4;
constexpr int kSavedModulePixels = 8;

} // namespace

// The QR code, as large as the space allows in whole pixels a module, on white.
class QrPlayer::View : public QWidget
{
public:
    explicit View(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(220, 220);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    void setImage(const QImage &image)
    {
        m_image = image;
        update();
    }
    QSize sizeHint() const override { return {360, 360}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const int side = qMin(width(), height());
        const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
        p.fillRect(square, Theme::color(ThemeColor::QrLight));
        if (m_image.isNull())
            return;
        const int k = qMax(1, side / m_image.width());
        const int drawn = m_image.width() * k;
        const QRect target(square.x() + (side - drawn) / 2, square.y() + (side - drawn) / 2, drawn,
                           drawn);
        p.drawImage(target, m_image);
    }

private:
    QImage m_image; // one pixel a module, quiet zone included
};

QrPlayer::QrPlayer(QWidget *parent)
    : QWidget(parent)
    , m_view(new View(this))
    , m_timer(new QTimer(this))
    , m_chooseFolder([](QWidget *w) {
        return QFileDialog::getExistingDirectory(w, tr("Save the QR frames to a folder"),
                                                 QDir::homePath());
    })
    , m_chooseFile([](QWidget *w) {
        return QFileDialog::getSaveFileName(w, tr("Save the QR code as an image"),
                                            QDir::home().filePath(QStringLiteral("qr.png")),
                                            tr("PNG images (*.png)"));
    })
{
    setObjectName(QStringLiteral("qrPlayer"));
    m_view->setObjectName(QStringLiteral("qrView"));
    m_view->setAccessibleName(tr("QR code"));

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("frameCounter"));
    m_counter->setAlignment(Qt::AlignCenter);
    m_counter->setToolTip(tr("After the first round the frames are fresh mixtures of the "
                             "fragments: a reader that missed some completes from them."));

    m_playPause = new QPushButton(this);
    m_playPause->setObjectName(QStringLiteral("playPause"));
    m_playPause->setToolTip(tr("Pause on one frame, or play the frames again"));
    m_speed = new QSpinBox(this);
    m_speed->setObjectName(QStringLiteral("framesPerSecond"));
    m_speed->setRange(1, 12);
    m_speed->setSuffix(tr(" frames/s"));
    m_speed->setAccessibleName(tr("Frames a second"));
    m_speed->setToolTip(tr("How fast the frames change: slow it down when the other device's "
                           "camera misses frames"));
    m_speed->setValue(qBound(1, QSettings().value(kSpeedKey, kDefaultFps).toInt(), 12));
    m_saveFrames = new QPushButton(tr("Save &frames…"), this);
    m_saveFrames->setObjectName(QStringLiteral("saveFrames"));
    m_saveFrames->setToolTip(tr("Save one round of frames as numbered PNG images in a folder, "
                                "for a device that reads QR images"));
    m_saveImage = new QPushButton(tr("Save as &image…"), this);
    m_saveImage->setObjectName(QStringLiteral("saveImage"));
    m_saveImage->setToolTip(tr("Save the QR code as a PNG image"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("playerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playPause);
    controls->addWidget(m_speed);
    controls->addStretch(1);
    controls->addWidget(m_saveFrames);
    controls->addWidget(m_saveImage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counter);
    layout->addLayout(controls);
    layout->addWidget(m_status);

    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &QrPlayer::advance);
    connect(m_playPause, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_speed, &QSpinBox::valueChanged, this, [this](int fps) {
        m_timer->setInterval(1000 / fps);
        QSettings().setValue(kSpeedKey, fps);
    });
    connect(m_saveFrames, &QPushButton::clicked, this, &QrPlayer::saveFramesClicked);
    connect(m_saveImage, &QPushButton::clicked, this, &QrPlayer::saveImageClicked);
    m_timer->setInterval(1000 / m_speed->value());
    refreshControls();
}

QrPlayer::~QrPlayer() = default;

void QrPlayer::setPayload(const QString &urType, const QByteArray &payload, int maxFragmentLen)
{
    clear();
    m_urType = urType;
    m_payload = payload;
    m_maxFragmentLen = maxFragmentLen > 0 ? maxFragmentLen : ur::kDefaultMaxFragmentLen;
    m_encoder = std::make_unique<ur::Encoder>(urType, payload, m_maxFragmentLen);
    advance();
    if (isAnimated())
        play();
    refreshControls();
}

void QrPlayer::setFrames(const QStringList &frames)
{
    clear();
    m_frames = frames;
    if (m_frames.isEmpty())
        return;
    advance();
    if (isAnimated())
        play();
    refreshControls();
}

void QrPlayer::clear()
{
    m_timer->stop();
    m_encoder.reset();
    m_urType.clear();
    m_payload.clear();
    m_frames.clear();
    m_index = -1;
    m_shown = 0;
    m_text.clear();
    m_view->setImage({});
    m_status->clear();
    refreshControls();
}

bool QrPlayer::isPlaying() const
{
    return m_timer->isActive();
}

int QrPlayer::frameCount() const
{
    if (m_encoder)
        return m_encoder->fragmentCount();
    return int(m_frames.size());
}

int QrPlayer::currentFrame() const
{
    if (m_shown == 0)
        return 0;
    if (m_encoder)
        return m_encoder->isSinglePart()
                   ? 1
                   : int((m_encoder->seqNum() - 1) % quint32(frameCount())) + 1;
    return m_index + 1;
}

QImage QrPlayer::currentImage() const
{
    return m_text.isEmpty() ? QImage() : qr::encode(m_text, 4);
}

QString QrPlayer::counterText() const
{
    return m_counter->text();
}

double QrPlayer::framesPerSecond() const
{
    return m_speed->value();
}

void QrPlayer::setFramesPerSecond(int fps)
{
    m_speed->setValue(fps);
}

void QrPlayer::play()
{
    if (!isAnimated() || isPlaying())
        return;
    m_timer->start();
    refreshControls();
    Q_EMIT playingChanged(true);
}

void QrPlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    refreshControls();
    Q_EMIT playingChanged(false);
}

void QrPlayer::advance()
{
    if (m_encoder) {
        if (m_encoder->isSinglePart() && m_shown > 0)
            return;
        showFrame(m_encoder->nextPart().toUpper());
    } else if (!m_frames.isEmpty()) {
        if (m_frames.size() == 1 && m_shown > 0)
            return;
        m_index = (m_index + 1) % int(m_frames.size());
        showFrame(m_frames.at(m_index));
    }
}

void QrPlayer::showFrame(const QString &text)
{
    m_text = text;
    ++m_shown;
    const QImage image = qr::encode(text, 1);
    m_view->setImage(image);
    if (image.isNull())
        m_status->setText(tr("This frame is too long for a QR code."));
    refreshControls();
    Q_EMIT frameChanged(currentFrame());
}

void QrPlayer::refreshControls()
{
    const bool animated = isAnimated();
    m_playPause->setVisible(animated);
    m_speed->setVisible(animated);
    m_saveFrames->setVisible(animated);
    m_saveImage->setVisible(!animated);
    m_saveImage->setEnabled(!m_text.isEmpty());
    m_playPause->setText(isPlaying() ? tr("&Pause") : tr("&Play"));
    if (m_shown == 0)
        m_counter->setText(tr("Nothing to show"));
    else if (!animated)
        m_counter->setText(tr("One QR code: scan it with the other device"));
    else
        m_counter->setText(tr("Frame %1 of %2").arg(currentFrame()).arg(frameCount()) +
                           (isPlaying() ? QString() : QLatin1Char(' ') + tr("(paused)")));
}

int QrPlayer::saveFrames(const QString &dir, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return 0;
    };
    QStringList texts;
    if (m_encoder) {
        ur::Encoder fresh(m_urType, m_payload, m_maxFragmentLen);
        for (int i = 0; i < fresh.fragmentCount(); ++i)
            texts << fresh.nextPart().toUpper();
    } else {
        texts = m_frames;
    }
    if (texts.isEmpty())
        return fail(tr("There is nothing to save."));
    QDir d(dir);
    if (!d.exists() && !QDir().mkpath(dir))
        return fail(tr("The folder %1 cannot be created. Choose another one.")
                        .arg(QDir::toNativeSeparators(dir)));
    if (!d.entryList({QStringLiteral("frame-*.png")}, QDir::Files).isEmpty())
        return fail(tr("%1 already holds QR frames (frame-*.png). Choose an empty folder so the "
                       "frames of two transactions do not mix.")
                        .arg(QDir::toNativeSeparators(dir)));
    const int digits = qMax(3, int(QString::number(texts.size()).size()));
    for (int i = 0; i < texts.size(); ++i) {
        const QImage image = qr::encode(texts.at(i), kSavedModulePixels);
        const QString path =
            d.filePath(QStringLiteral("frame-%1.png").arg(i + 1, digits, 10, QLatin1Char('0')));
        QSaveFile f(path);
        if (image.isNull() || !f.open(QIODevice::WriteOnly) || !image.save(&f, "PNG") ||
            !f.commit())
            return fail(tr("The frame %1 could not be written: %2. Choose another folder.")
                            .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    return int(texts.size());
}

bool QrPlayer::saveImage(const QString &path, QString *error) const
{
    const QImage image = m_text.isEmpty() ? QImage() : qr::encode(m_text, kSavedModulePixels);
    QSaveFile f(path);
    if (image.isNull() || !f.open(QIODevice::WriteOnly) || !image.save(&f, "PNG") || !f.commit()) {
        if (error)
            *error = image.isNull() ? tr("There is no QR code to save.")
                                    : tr("%1 could not be written: %2. Choose another place.")
                                          .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

void QrPlayer::saveFramesClicked()
{
    const QString dir = m_chooseFolder(this);
    if (dir.isEmpty())
        return;
    QString error;
    const int n = saveFrames(dir, &error);
    if (n == 0) {
        Theme::setTextColor(m_status, ThemeColor::Danger);
        m_status->setText(error);
        Q_EMIT saveFailed(error);
        return;
    }
    Theme::clearTextColor(m_status);
    const QString where =
        tr("Saved %n frame(s) to %1.", nullptr, n).arg(QDir::toNativeSeparators(dir));
    m_status->setText(where);
    Q_EMIT saved(where);
}

void QrPlayer::saveImageClicked()
{
    const QString path = m_chooseFile(this);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveImage(path, &error)) {
        Theme::setTextColor(m_status, ThemeColor::Danger);
        m_status->setText(error);
        Q_EMIT saveFailed(error);
        return;
    }
    Theme::clearTextColor(m_status);
    const QString where = tr("Saved to %1.").arg(QDir::toNativeSeparators(path));
    m_status->setText(where);
    Q_EMIT saved(where);
}

} // namespace fb::ui
