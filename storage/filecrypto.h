// Client-side file encryption: libsodium secretstream XChaCha20-Poly1305 over fixed-size
// plaintext chunks, streamed file to file. Per-file keys come from the wallet's master secret and
// a random per-file salt (BLAKE2b keyed hash), so a file key is never stored anywhere.
// Decryption writes to "<out>.part" and renames only after the FINAL tag authenticated, so a
// tampered or truncated object is reported and never left behind as a good file.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QString>

namespace fb::storage {

inline constexpr int kSaltBytes = 16;
inline constexpr int kDefaultChunk = 1 << 20;

QByteArray randomSalt();
SecretBytes deriveFileKey(const SecretBytes &masterSecret, QByteArrayView salt);

// Encrypted size of a plaintext of `size` bytes in `chunk`-byte chunks (header + tags).
qint64 encryptedSize(qint64 size, int chunk = kDefaultChunk);

Status encryptFile(const QString &in, const QString &out, const SecretBytes &key,
                   int chunk = kDefaultChunk);
Status decryptFile(const QString &in, const QString &out, const SecretBytes &key,
                   int chunk = kDefaultChunk);

// BLAKE2b-256 (crypto_generichash) of a byte range / a whole file; lowercase hex.
QByteArray blake2bHex(QByteArrayView data);
QByteArray blake2bFileHex(const QString &path);

} // namespace fb::storage
