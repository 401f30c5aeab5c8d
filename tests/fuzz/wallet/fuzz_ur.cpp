// Fuzzes the UR reader with QR frame texts, one a line: it never crashes, its progress stays in
// [0, 1], and a UR it completes reads back from its own single-part form. Also Bytewords: text
// that decodes re-encodes to the same (lower-case) text.
#include "wallet/bytewords.h"
#include "wallet/secretbytes.h"
#include "wallet/ur.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fb::initSodium();
    (void)ready;
    const QString text =
        QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
    fb::ur::Decoder decoder;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        decoder.receivePart(line);
        const double p = decoder.progress();
        if (!(p >= 0.0 && p <= 1.0))
            std::abort();
    }
    if (decoder.isSuccess()) {
        const auto ur = decoder.result();
        const auto again = fb::ur::decodeSinglePart(fb::ur::encodeSinglePart(*ur));
        if (!again || !(*again == *ur))
            std::abort();
    }
    if (auto bytes = fb::bytewords::decode(fb::bytewords::Style::Minimal, text)) {
        if (fb::bytewords::encode(fb::bytewords::Style::Minimal, *bytes) != text.toLower())
            std::abort();
    }
    return 0;
}
