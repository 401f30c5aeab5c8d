#include "ui/wallet/qrcode.h"

#include <QPainter>

#include <memory>

#include <qrencode.h>

namespace fb::ui {

namespace {
struct QrFree
{
    void operator()(QRcode *q) const { QRcode_free(q); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

QrPtr encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return QrPtr(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
}
} // namespace

int qrModuleCount(const QString &text)
{
    const QrPtr q = encode(text);
    return q ? q->width : 0;
}

QImage qrImage(const QString &text, int scale, int margin)
{
    const QrPtr q = encode(text);
    if (!q || scale < 1 || margin < 0)
        return {};
    const int side = (q->width + 2 * margin) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < q->width; ++y) {
        for (int x = 0; x < q->width; ++x) {
            if (q->data[y * q->width + x] & 1)
                p.drawRect((x + margin) * scale, (y + margin) * scale, scale, scale);
        }
    }
    return image;
}

} // namespace fb::ui
