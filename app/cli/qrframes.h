// QR frames for the offline signer's command line: qr/frames/urframes under the command line's
// names.
#pragma once

#include "qr/frames/urframes.h"

namespace fb::cli {

using qr::QrFrameOptions;
using qr::QrPayload;
using qr::readQrFrames;
using qr::writeQrFrames;

} // namespace fb::cli
