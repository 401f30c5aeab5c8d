#include "ui/signer/qrframefiles.h"

#include "qr/frames/urframes.h"
#include "wallet/ur.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace fb::ui {

QrFramesSource::QrFramesSource(QObject *parent)
    : PayloadSource(parent)
    , m_choose([](QWidget *w) {
        return QFileDialog::getOpenFileNames(w, tr("Open the QR frames of a transaction"),
                                             QDir::homePath(),
                                             tr("QR images (*.png *.jpg *.jpeg *.bmp *.gif);;"
                                                "All files (*)"));
    })
{}

QString QrFramesSource::label() const
{
    return tr("Open &QR frames…");
}

QString QrFramesSource::toolTip() const
{
    return tr("Open the QR images of a transaction: one image, or the frames of an animated QR "
              "(frame-001.png, …) in any order. Select every frame of one transaction.");
}

void QrFramesSource::request(QWidget *parent)
{
    const QStringList paths = m_choose(parent);
    if (!paths.isEmpty())
        read(paths);
}

void QrFramesSource::read(const QStringList &paths)
{
    auto r = qr::readQrFrames(paths);
    if (!r) {
        Q_EMIT failed(tr("The QR frames cannot be read: %1").arg(r.error().message));
        return;
    }
    const QString where = paths.size() == 1
                              ? QDir::toNativeSeparators(paths.first())
                              : QDir::toNativeSeparators(QFileInfo(paths.first()).absolutePath());
    Q_EMIT loaded(r->payload, tr("%n QR frame(s) in %1", nullptr, r->frames).arg(where));
}

QrFramesSink::QrFramesSink(QObject *parent)
    : PayloadSink(parent)
    , m_choose([](QWidget *w, const QString &) {
        return QFileDialog::getExistingDirectory(w, tr("Choose an empty folder for the QR frames"),
                                                 QDir::homePath());
    })
{}

QString QrFramesSink::label() const
{
    return tr("Save as Q&R frames…");
}

QString QrFramesSink::toolTip() const
{
    return tr("Write the signed transaction as numbered QR images (frame-001.png, …) in an empty "
              "folder, for the online computer to read.");
}

void QrFramesSink::deliver(QWidget *parent, const SignedPayload &payload)
{
    const QString dir = m_choose(parent, payload.suggestedName);
    if (dir.isEmpty())
        return;
    // The chain's binary form: a PSBT as ur:crypto-psbt, an envelope or msgpack as ur:bytes.
    const QByteArray binary = QByteArray::fromBase64(payload.text.trimmed());
    const QString type = payload.chain == QLatin1String("bitcoin") ? ur::kTypePsbt : ur::kTypeBytes;
    auto r = qr::writeQrFrames(dir, type, binary);
    if (!r) {
        Q_EMIT failed(r.error().message);
        return;
    }
    Q_EMIT delivered(
        tr("%n QR frame(s) written to %1", nullptr, *r).arg(QDir::toNativeSeparators(dir)));
}

} // namespace fb::ui
