#include "qr/qrcode.h"

#include <QImageReader>

#include <qrencode.h>
#include <zbar.h>

#include <memory>

namespace fb::qr {

namespace {

constexpr int kQuietZone = 4;
// The fourcc of 8-bit greyscale, as zbar_fourcc('Y', '8', '0', '0') computes it.
constexpr unsigned long kY800 = 0x30303859UL;

QRecLevel level(ErrorCorrection ec)
{
    switch (ec) {
    case ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_L;
}

struct QrCodeDeleter
{
    void operator()(QRcode *c) const { QRcode_free(c); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

QrCodePtr make(const QString &text, ErrorCorrection ec)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return nullptr;
    // Version 0: the smallest that fits; case-sensitive so lower-case text stays as it is.
    return QrCodePtr(QRcode_encodeString(utf8.constData(), 0, level(ec), QR_MODE_8, 1));
}

struct ScannerDeleter
{
    void operator()(zbar::zbar_image_scanner_t *s) const { zbar::zbar_image_scanner_destroy(s); }
};
struct ImageDeleter
{
    void operator()(zbar::zbar_image_t *i) const { zbar::zbar_image_destroy(i); }
};

} // namespace

QImage encode(const QString &text, int scale, ErrorCorrection ec)
{
    if (scale < 1)
        return {};
    const QrCodePtr code = make(text, ec);
    if (!code)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (!(code->data[y * modules + x] & 1)) // bit 0: dark module
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + kQuietZone) * scale + dy);
                std::fill_n(line + (x + kQuietZone) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

int moduleCount(const QString &text, ErrorCorrection ec)
{
    const QrCodePtr code = make(text, ec);
    return code ? code->width : 0;
}

QStringList decode(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return decodeLuminance(grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()));
}

QStringList decodeLuminance(const uchar *data, int w, int h, int stride)
{
    if (!data || w <= 0 || h <= 0 || stride < w)
        return {};
    // zbar wants rows without padding ("Y800": one byte per pixel); it reads the buffer while
    // scanning, and we keep it alive until then.
    QByteArray pixels(qsizetype(w) * h, Qt::Uninitialized);
    for (int y = 0; y < h; ++y)
        std::copy_n(data + qsizetype(y) * stride, w, pixels.data() + qsizetype(y) * w);

    std::unique_ptr<zbar::zbar_image_scanner_t, ScannerDeleter> scanner(
        zbar::zbar_image_scanner_create());
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    std::unique_ptr<zbar::zbar_image_t, ImageDeleter> img(zbar::zbar_image_create());
    zbar::zbar_image_set_format(img.get(), kY800);
    zbar::zbar_image_set_size(img.get(), unsigned(w), unsigned(h));
    zbar::zbar_image_set_data(img.get(), pixels.constData(), unsigned(pixels.size()), nullptr);

    QStringList out;
    if (zbar::zbar_scan_image(scanner.get(), img.get()) <= 0)
        return out;
    for (const zbar::zbar_symbol_t *s = zbar::zbar_image_first_symbol(img.get()); s;
         s = zbar::zbar_symbol_next(s)) {
        if (zbar::zbar_symbol_get_type(s) != zbar::ZBAR_QRCODE)
            continue;
        out << QString::fromUtf8(zbar::zbar_symbol_get_data(s),
                                 qsizetype(zbar::zbar_symbol_get_data_length(s)));
    }
    return out;
}

QStringList decodeFile(const QString &path, QString *error)
{
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    return decode(image);
}

} // namespace fb::qr
