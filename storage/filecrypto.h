// Client-side file encryption: libsodium secretstream XChaCha20-Poly1305 over fixed-size
// plaintext chunks, streamed file to file. Per-file keys come from the wallet's master secret and
// a random per-file salt (BLAKE2b keyed hash), so a file key is never stored anywhere.
// Decryption writes to "<out>.part" and renames only after the FINAL tag authenticated, so a
// tampered or truncated object is reported and never left behind as a good file.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QIODevice>
#include <QString>

#include <memory>

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

// decryptFile() for a stream handed over in pieces (as it is rebuilt from shards): write() the
// ciphertext in any pieces, then finish(). The plaintext goes to `sink` chunk by chunk as each
// authenticates; a bad header, a tampered or truncated stream, or data after its end fail (the
// caller drops what `sink` received).
// Where a StreamDecryptor stands between two chunks: ciphertext bytes consumed (header and whole
// chunks), plaintext bytes written, the stream header and the running nonce. None of it is
// secret (the header heads the ciphertext; the nonce is the chunk counter and the XOR of the
// chunks' public tags): it may be journalled, so an interrupted download goes on from there.
struct StreamCheckpoint
{
    qint64 cipherOffset = -1;
    qint64 plainOffset = -1;
    QByteArray header;
    QByteArray nonce;
    bool isValid() const { return cipherOffset > 0 && plainOffset >= 0; }
};

class StreamDecryptor
{
public:
    StreamDecryptor(const SecretBytes &key, int chunk, QIODevice &sink);
    ~StreamDecryptor();
    StreamDecryptor(const StreamDecryptor &) = delete;
    StreamDecryptor &operator=(const StreamDecryptor &) = delete;
    Status write(const char *data, qint64 len);
    Status finish();
    // After a whole chunk (never mid-chunk): what resumeAt() needs to go on from here. Invalid
    // before the header or after the end.
    StreamCheckpoint checkpoint() const;
    // A fresh decryptor continues a stream from a checkpoint: the next write() is the ciphertext
    // at cp.cipherOffset.
    Status resumeAt(const StreamCheckpoint &cp);
    // Ciphertext given after the checkpoint but not yet pulled (less than a chunk): with the
    // checkpoint, where the stream stands after everything given so far.
    QByteArray pending() const { return m_buffer; }

private:
    Status pull(const char *cipher, qint64 len);
    const SecretBytes &m_key;
    int m_chunk;
    QIODevice &m_sink;
    std::unique_ptr<unsigned char[]> m_state; // crypto_secretstream_xchacha20poly1305_state
    bool m_started = false;
    bool m_final = false;
    QByteArray m_buffer; // ciphertext not yet pulled
    QByteArray m_plain;
    QByteArray m_header;
    qint64 m_cipherPulled = 0;
    qint64 m_plainWritten = 0;
};

// BLAKE2b-256 (crypto_generichash) of a byte range / a whole file; lowercase hex.
QByteArray blake2bHex(QByteArrayView data);
QByteArray blake2bFileHex(const QString &path);

} // namespace fb::storage
