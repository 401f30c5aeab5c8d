// QrCode: a QR code image of a text (libqrencode), black modules on white with the quiet zone
// the standard asks for, for addresses on screen and saved as PNG.
#pragma once

#include <QImage>
#include <QString>

namespace fb::ui {

// The QR code of text (byte mode, error correction M), each module scale pixels square, with
// margin modules of white around it; a null image when the text does not fit a QR code.
QImage qrImage(const QString &text, int scale = 6, int margin = 4);
// The modules per side of text's QR code (21 for version 1, ...), or 0 when it does not fit.
int qrModuleCount(const QString &text);

} // namespace fb::ui
