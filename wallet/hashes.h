// Hashes the chains use, from libsodium and OpenSSL (never hand-rolled): SHA-256, double
// SHA-256, SHA-512, SHA-512/256 (FIPS, its own IV), RIPEMD-160, HASH160 and HMAC-SHA512 with a
// key of any length.
#pragma once

#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace fb::hashes {

QByteArray sha256(QByteArrayView data);
QByteArray sha256d(QByteArrayView data);
QByteArray sha512(QByteArrayView data);
QByteArray sha512_256(QByteArrayView data);
QByteArray ripemd160(QByteArrayView data);
QByteArray hash160(QByteArrayView data); // RIPEMD-160(SHA-256(data))

// HMAC-SHA512 whose output is key material (chain codes and child keys): guarded memory.
SecretBytes hmacSha512(QByteArrayView key, QByteArrayView data);

} // namespace fb::hashes
