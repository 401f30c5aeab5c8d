// QR codes as images: text to a QImage (libqrencode) and every QR code in a QImage back to text
// (libzbar). UR frames upper-cased use the compact alphanumeric mode.
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace fb::qr {

enum class ErrorCorrection { Low, Medium, Quartile, High };

// The QR code of text (UTF-8; the encoder picks numeric, alphanumeric or byte mode for each
// stretch), black modules on white with the standard four-module quiet zone, each module
// scale x scale pixels, in QImage::Format_Grayscale8. A null image when the text does not fit
// the largest QR code (about 4,000 alphanumeric characters at Low) or scale < 1.
QImage encode(const QString &text, int scale = 4, ErrorCorrection ec = ErrorCorrection::Low);

// The number of modules on one side (without the quiet zone) of text's QR code, 0 when it does
// not fit: lets a caller choose a scale for the space it has.
int moduleCount(const QString &text, ErrorCorrection ec = ErrorCorrection::Low);

// The text of every QR code found in image (any format, any size; empty when none is found),
// in the order the scanner reports them.
QStringList decode(const QImage &image);

// The text of every QR code in an 8-bit luminance plane (a greyscale picture, or the Y plane
// of a camera's YUV frame: NV12, YUV420P, ...), width x height pixels, rows stride bytes apart.
QStringList decodeLuminance(const uchar *pixels, int width, int height, int stride);

// Reads an image file (PNG, JPEG, ...) and decodes it. On a file that is not an image, sets
// error (when given) and returns an empty list.
QStringList decodeFile(const QString &path, QString *error = nullptr);

} // namespace fb::qr
