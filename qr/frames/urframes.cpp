#include "qr/frames/urframes.h"

#include "qr/qrcode.h"
#include "wallet/ur.h"

#include <QDir>
#include <QFileInfo>

namespace fb::qr {

namespace {

Error qrError(const QString &message)
{
    return Error{QStringLiteral("bad_qr"), message};
}

const QStringList &imageFilters()
{
    static const QStringList f{QStringLiteral("*.png"),  QStringLiteral("*.jpg"),
                               QStringLiteral("*.jpeg"), QStringLiteral("*.bmp"),
                               QStringLiteral("*.gif"),  QStringLiteral("*.webp")};
    return f;
}

// True when frame belongs to the same UR as reference (a frame the decoder accepted).
bool sameUr(const QString &reference, const QString &frame)
{
    ur::Decoder check;
    if (!check.receivePart(reference))
        return false;
    if (check.isComplete()) // a single-part UR: the same one is the same text
        return frame.trimmed().compare(reference.trimmed(), Qt::CaseInsensitive) == 0;
    return check.receivePart(frame) || check.isComplete();
}

} // namespace

Result<QrPayload> readQrFrames(const QStringList &paths)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            const QStringList inDir =
                QDir(p).entryList(imageFilters(), QDir::Files, QDir::Name | QDir::IgnoreCase);
            if (inDir.isEmpty())
                return qrError(QStringLiteral("no image in folder %1").arg(p));
            for (const QString &f : inDir)
                files << QDir(p).filePath(f);
        } else {
            files << p;
        }
    }
    if (files.isEmpty())
        return qrError(QStringLiteral("no QR image given"));

    ur::Decoder decoder;
    QString firstFrame;
    int frames = 0;
    for (const QString &file : std::as_const(files)) {
        if (!QFileInfo(file).isFile())
            return qrError(QStringLiteral("cannot read QR image %1: no such file").arg(file));
        QString error;
        const QStringList texts = decodeFile(file, &error);
        if (!error.isEmpty())
            return qrError(QStringLiteral("cannot read QR image %1: %2").arg(file, error));
        if (texts.isEmpty())
            return qrError(QStringLiteral("no QR code found in %1").arg(file));
        for (const QString &text : texts) {
            if (decoder.isComplete()) {
                if (!sameUr(firstFrame, text))
                    return qrError(QStringLiteral("%1 holds a frame of another UR than the images "
                                                  "before it: give the frames of one "
                                                  "transaction only")
                                       .arg(file));
                ++frames;
                continue;
            }
            if (!decoder.receivePart(text)) {
                return qrError(QStringLiteral("%1: %2%3")
                                   .arg(file, decoder.lastError(),
                                        decoder.processedParts() > 0
                                            ? QStringLiteral(" (give the frames of one "
                                                             "transaction only)")
                                            : QString()));
            }
            if (firstFrame.isEmpty())
                firstFrame = text;
            ++frames;
        }
    }
    if (!decoder.isComplete())
        return qrError(QStringLiteral("the %1 frames read recover %2 of the %3 fragments of the "
                                      "ur:%4; add more frames (an animated QR repeats with new "
                                      "mixtures, any %3 or a few more usually suffice)")
                           .arg(frames)
                           .arg(decoder.receivedFragments())
                           .arg(decoder.expectedFragments())
                           .arg(decoder.type()));
    auto payload = decoder.payload();
    if (!payload)
        return payload.error();
    QrPayload out;
    out.type = decoder.type();
    out.payload = std::move(*payload);
    out.frames = frames;
    out.fragments = decoder.expectedFragments();
    return out;
}

Result<int> writeQrFrames(const QString &dir, const QString &type, const QByteArray &payload,
                          const QrFrameOptions &options)
{
    QDir d(dir);
    if (!d.exists() && !QDir().mkpath(dir))
        return qrError(QStringLiteral("cannot create folder %1").arg(dir));
    if (!d.entryList({QStringLiteral("frame-*.png")}, QDir::Files).isEmpty())
        return qrError(QStringLiteral("%1 already holds QR frames (frame-*.png): choose an empty "
                                      "folder, or remove them first")
                           .arg(dir));
    ur::Encoder encoder(type, payload,
                        options.maxFragmentLen > 0 ? options.maxFragmentLen
                                                   : ur::kDefaultMaxFragmentLen);
    const int count = encoder.isSinglePart()
                          ? 1
                          : (options.frames > 0 ? options.frames : encoder.fragmentCount());
    const int digits = std::max(3, int(QString::number(count).size()));
    for (int i = 1; i <= count; ++i) {
        // Upper case: the QR code's alphanumeric mode, about 30% smaller than byte mode.
        const QImage image = encode(encoder.nextPart().toUpper(), std::max(1, options.scale));
        if (image.isNull())
            return qrError(QStringLiteral("a frame does not fit a QR code; use a smaller "
                                          "fragment length"));
        const QString path =
            d.filePath(QStringLiteral("frame-%1.png").arg(i, digits, 10, QLatin1Char('0')));
        if (!image.save(path, "PNG"))
            return qrError(QStringLiteral("cannot write QR frame %1").arg(path));
    }
    return count;
}

} // namespace fb::qr
