// Stellar StrKey (SEP-0023): base32 of version byte, payload and a CRC16-XModem checksum stored
// little-endian. Accounts (G…), secret seeds (S…), muxed accounts (M…), pre-auth tx (T…),
// hash-x (X…), signed payloads (P…) and contracts (C…). Decoding is strict: one string, one key.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QString>

namespace fb::strkey {

enum class Version : quint8 {
    AccountId = 6 << 3,      // G
    Muxed = 12 << 3,         // M
    Seed = 18 << 3,          // S
    PreAuthTx = 19 << 3,     // T
    HashX = 23 << 3,         // X
    SignedPayload = 15 << 3, // P
    Contract = 2 << 3,       // C
};

QString encode(Version version, QByteArrayView payload);
// Errors: bad_encoding (characters, length), bad_checksum, bad_version (a key of another kind,
// e.g. a secret seed where an account was expected; the message says which).
Result<QByteArray> decode(Version expected, QStringView text);

// Shorthands for account ids and secret seeds (the seed stays in guarded memory).
inline QString accountId(QByteArrayView publicKey)
{
    return encode(Version::AccountId, publicKey);
}
Result<QByteArray> decodeAccountId(QStringView text);
QString encodeSeed(const SecretBytes &seed);
Result<SecretBytes> decodeSeed(const SecretBytes &text);

quint16 crc16xmodem(QByteArrayView data);

} // namespace fb::strkey
