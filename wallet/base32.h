// RFC 4648 base32 (upper-case alphabet A–Z2–7) without padding, as Algorand addresses and
// transaction ids and Stellar StrKeys use it. Decoding is strict: only alphabet characters, no
// '=' padding, no impossible lengths and no non-zero trailing bits, so every string has exactly
// one byte value and every byte value exactly one string.
#pragma once

#include "wallet/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace fb::base32 {

QString encode(QByteArrayView data);
// Errors: bad_encoding (names the offending position or the length problem).
Result<QByteArray> decode(QStringView text);

} // namespace fb::base32
