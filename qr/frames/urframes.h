// A UR as QR images: read from image files (one image, or the frames of an animated QR in any
// order) and written as numbered PNG frames. The command line and the app's "sign on another
// device" share it, so frames one writes the other reads.
#pragma once

#include "wallet/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fb::qr {

struct QrPayload
{
    QString type;       // "crypto-psbt", "bytes", ...
    QByteArray payload; // the CBOR byte string's contents
    int frames = 0;     // images that held a frame of it
    int fragments = 0;  // fragments of the UR (1 for a single-part UR)
};

// Reads every image (a folder stands for the images in it, in name order) and decodes the UR
// their QR codes carry. Refuses an image without a QR code, a QR code that is not a UR, frames
// of more than one UR, and frames that do not complete the UR (saying how far they got).
// Errors: bad_qr.
Result<QrPayload> readQrFrames(const QStringList &paths);

struct QrFrameOptions
{
    int maxFragmentLen = 0; // 0: the UR default
    int frames = 0;         // 0: one frame per fragment (all a reader needs when it misses none)
    int scale = 6;          // pixels per QR module
};

// Writes the UR of payload as dir/frame-001.png, frame-002.png, ... (creating dir). Refuses a
// folder that already holds frames, so frames of two transactions never mix. Returns the count.
// Errors: bad_qr.
Result<int> writeQrFrames(const QString &dir, const QString &type, const QByteArray &payload,
                          const QrFrameOptions &options = {});

} // namespace fb::qr
