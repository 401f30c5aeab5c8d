// Bytewords (BCR-2020-012): bytes as four-letter English words, with a CRC-32 of the bytes
// appended so a mistyped or misread word is caught. UR strings use the minimal style.
#pragma once

#include "wallet/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace fb::bytewords {

enum class Style {
    Standard, // "able acid also", words separated by spaces
    Uri,      // "able-acid-also", words separated by hyphens
    Minimal,  // "aeadao", first and last letter of each word
};

// The 256 words in byte order ("able" is 0x00, "zoom" is 0xff).
QString word(quint8 byte);

// CRC-32 (ISO-HDLC, as zlib computes it) of data.
quint32 crc32(QByteArrayView data);

// data followed by its CRC-32 (big-endian), as words in the given style.
QString encode(Style style, QByteArrayView data);
// Parses words in the given style (any letter case) and checks the trailing CRC-32.
// Errors: bad_bytewords (an unknown word, a wrong length, a checksum mismatch).
Result<QByteArray> decode(Style style, QStringView text);

} // namespace fb::bytewords
