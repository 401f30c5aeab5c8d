#include "storage/filecrypto.h"

#include <QCoreApplication>
#include <sodium.h>

#include <cstring>

#include <QFile>

namespace fb::storage {

namespace {
constexpr int kHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kTag = crypto_secretstream_xchacha20poly1305_ABYTES;

Status fail(const char *code, const QString &message)
{
    return Status::failure(QString::fromLatin1(code), message);
}
} // namespace

QByteArray randomSalt()
{
    initSodium();
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

SecretBytes deriveFileKey(const SecretBytes &masterSecret, QByteArrayView salt)
{
    initSodium();
    // Keyed BLAKE2b: key = master (hashed down to 32 bytes when outside 16..64 bytes).
    unsigned char mk[crypto_generichash_KEYBYTES];
    crypto_generichash(mk, sizeof mk, masterSecret.data(), masterSecret.size(), nullptr, 0);
    crypto_generichash_state st;
    crypto_generichash_init(&st, mk, sizeof mk, crypto_secretstream_xchacha20poly1305_KEYBYTES);
    static const char label[] = "flashback/storage/file-key/v1";
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(label),
                              sizeof label - 1);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(salt.data()),
                              size_t(salt.size()));
    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_generichash_final(&st, key.data(), key.size());
    sodium_memzero(mk, sizeof mk);
    sodium_memzero(&st, sizeof st);
    return key;
}

qint64 encryptedSize(qint64 size, int chunk)
{
    const qint64 chunks = size == 0 ? 1 : (size + chunk - 1) / chunk;
    return kHeader + size + chunks * kTag;
}

Status encryptFile(const QString &in, const QString &out, const SecretBytes &key, int chunk)
{
    initSodium();
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return fail("bad_key", QCoreApplication::translate("fb::storage::Errors",
                                                           "The file key has the wrong size"));
    QFile src(in), dst(out);
    if (!src.open(QIODevice::ReadOnly))
        return fail("io",
                    QCoreApplication::translate("fb::storage::Errors", "Cannot read %1").arg(in));
    if (!dst.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail("io",
                    QCoreApplication::translate("fb::storage::Errors", "Cannot write %1").arg(out));
    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char header[kHeader];
    crypto_secretstream_xchacha20poly1305_init_push(&st, header, key.data());
    if (dst.write(reinterpret_cast<const char *>(header), kHeader) != kHeader)
        return fail("io",
                    QCoreApplication::translate("fb::storage::Errors", "Cannot write %1").arg(out));
    const qint64 total = src.size();
    qint64 done = 0;
    QByteArray plain(chunk, Qt::Uninitialized);
    QByteArray cipher(chunk + kTag, Qt::Uninitialized);
    do {
        const qint64 n = src.read(plain.data(), std::min<qint64>(chunk, total - done));
        if (n < 0)
            return fail(
                "io", QCoreApplication::translate("fb::storage::Errors", "Cannot read %1").arg(in));
        done += n;
        const unsigned char tag =
            done >= total ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long clen = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &st, reinterpret_cast<unsigned char *>(cipher.data()), &clen,
            reinterpret_cast<const unsigned char *>(plain.constData()),
            static_cast<unsigned long long>(n), nullptr, 0, tag);
        if (dst.write(cipher.constData(), qint64(clen)) != qint64(clen))
            return fail("io", QCoreApplication::translate("fb::storage::Errors",
                                                          "Cannot write %1 (disk full?)")
                                  .arg(out));
        if (n == 0 && done < total)
            return fail("io", QStringLiteral("%1 changed while reading").arg(in));
    } while (done < total);
    sodium_memzero(&st, sizeof st);
    sodium_memzero(plain.data(), size_t(plain.size()));
    return success();
}

Status decryptFile(const QString &in, const QString &out, const SecretBytes &key, int chunk)
{
    QFile src(in);
    if (!src.open(QIODevice::ReadOnly))
        return fail("io",
                    QCoreApplication::translate("fb::storage::Errors", "Cannot read %1").arg(in));
    const QString partPath = out + QStringLiteral(".part");
    QFile dst(partPath);
    if (!dst.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(
            "io",
            QCoreApplication::translate("fb::storage::Errors", "Cannot write %1").arg(partPath));
    Status s = success();
    {
        StreamDecryptor dec(key, chunk, dst);
        QByteArray buf(chunk + kTag, Qt::Uninitialized);
        for (qint64 n = 0; s && (n = src.read(buf.data(), buf.size())) > 0;)
            s = dec.write(buf.constData(), n);
        if (s && src.error() != QFileDevice::NoError)
            s = fail("io",
                     QCoreApplication::translate("fb::storage::Errors", "Cannot read %1").arg(in));
        if (s)
            s = dec.finish();
    }
    dst.close();
    if (!s) {
        dst.remove();
        return s;
    }
    QFile::remove(out);
    if (!QFile::rename(partPath, out))
        return fail(
            "io",
            QCoreApplication::translate("fb::storage::Errors", "Cannot rename %1").arg(partPath));
    return success();
}

StreamDecryptor::StreamDecryptor(const SecretBytes &key, int chunk, QIODevice &sink)
    : m_key(key)
    , m_chunk(chunk)
    , m_sink(sink)
    , m_state(new unsigned char[sizeof(crypto_secretstream_xchacha20poly1305_state)])
    , m_plain(chunk, Qt::Uninitialized)
{
    initSodium();
}

StreamDecryptor::~StreamDecryptor()
{
    sodium_memzero(m_state.get(), sizeof(crypto_secretstream_xchacha20poly1305_state));
    sodium_memzero(m_plain.data(), size_t(m_plain.size()));
}

Status StreamDecryptor::pull(const char *cipher, qint64 len)
{
    auto *st = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(m_state.get());
    unsigned long long plen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            st, reinterpret_cast<unsigned char *>(m_plain.data()), &plen, &tag,
            reinterpret_cast<const unsigned char *>(cipher), static_cast<unsigned long long>(len),
            nullptr, 0) != 0)
        return fail("bad_checksum",
                    QCoreApplication::translate(
                        "fb::storage::Errors",
                        "The encrypted object was tampered with (authentication failed)"));
    if (m_sink.write(m_plain.constData(), qint64(plen)) != qint64(plen))
        return fail("io",
                    QCoreApplication::translate("fb::storage::Errors",
                                                "Cannot write the decrypted file (disk full?)"));
    m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    m_cipherPulled += len;
    m_plainWritten += qint64(plen);
    return success();
}

Status StreamDecryptor::write(const char *data, qint64 len)
{
    if (m_final && len > 0)
        return fail("bad_checksum",
                    QCoreApplication::translate("fb::storage::Errors",
                                                "The encrypted object has data after its end"));
    if (!m_started) {
        const qint64 take = std::min<qint64>(len, kHeader - m_buffer.size());
        m_buffer.append(data, take);
        data += take;
        len -= take;
        if (m_buffer.size() < kHeader)
            return success();
        auto *st = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(m_state.get());
        if (crypto_secretstream_xchacha20poly1305_init_pull(
                st, reinterpret_cast<const unsigned char *>(m_buffer.constData()), m_key.data()) !=
            0)
            return fail("bad_checksum",
                        QCoreApplication::translate("fb::storage::Errors",
                                                    "The encrypted object has a bad header"));
        m_header = m_buffer;
        m_buffer.clear();
        m_started = true;
        m_cipherPulled = kHeader;
    }
    // Whole chunks pull as they come (straight from the caller's bytes: no copy); the last one
    // may be whole too (its tag says it is last).
    const qint64 whole = m_chunk + kTag;
    if (!m_buffer.isEmpty()) {
        const qint64 take = std::min<qint64>(len, whole - m_buffer.size());
        m_buffer.append(data, take);
        data += take;
        len -= take;
        if (m_buffer.size() < whole)
            return success();
        if (Status s = pull(m_buffer.constData(), whole); !s)
            return s;
        m_buffer.clear();
    }
    while (len >= whole) {
        if (m_final)
            return fail("bad_checksum",
                        QCoreApplication::translate("fb::storage::Errors",
                                                    "The encrypted object has data after its end"));
        if (Status s = pull(data, whole); !s)
            return s;
        data += whole;
        len -= whole;
    }
    if (m_final && len > 0)
        return fail("bad_checksum",
                    QCoreApplication::translate("fb::storage::Errors",
                                                "The encrypted object has data after its end"));
    m_buffer.append(data, len);
    return success();
}

StreamCheckpoint StreamDecryptor::checkpoint() const
{
    StreamCheckpoint cp;
    if (!m_started || m_final)
        return cp;
    const auto *st =
        reinterpret_cast<const crypto_secretstream_xchacha20poly1305_state *>(m_state.get());
    cp.cipherOffset = m_cipherPulled;
    cp.plainOffset = m_plainWritten;
    cp.header = m_header;
    cp.nonce = QByteArray(reinterpret_cast<const char *>(st->nonce), sizeof st->nonce);
    return cp;
}

Status StreamDecryptor::resumeAt(const StreamCheckpoint &cp)
{
    auto *st = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(m_state.get());
    if (m_started || !cp.isValid() || cp.header.size() != kHeader ||
        cp.nonce.size() != qsizetype(sizeof st->nonce))
        return fail("bad_checkpoint",
                    QCoreApplication::translate("fb::storage::Errors",
                                                "The download checkpoint is unusable"));
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            st, reinterpret_cast<const unsigned char *>(cp.header.constData()), m_key.data()) != 0)
        return fail("bad_checksum",
                    QCoreApplication::translate("fb::storage::Errors",
                                                "The encrypted object has a bad header"));
    // The subkey comes from the key and header again; the nonce (counter and the running XOR of
    // the chunks' tags, all public) is the checkpoint's.
    std::memcpy(st->nonce, cp.nonce.constData(), sizeof st->nonce);
    m_header = cp.header;
    m_started = true;
    m_cipherPulled = cp.cipherOffset;
    m_plainWritten = cp.plainOffset;
    m_buffer.clear();
    return success();
}

Status StreamDecryptor::finish()
{
    if (!m_started)
        return fail("bad_checksum",
                    QCoreApplication::translate("fb::storage::Errors",
                                                "The encrypted object is truncated"));
    if (!m_final) {
        if (m_buffer.size() < kTag)
            return fail("bad_checksum",
                        QCoreApplication::translate("fb::storage::Errors",
                                                    "The encrypted object is truncated"));
        if (Status s = pull(m_buffer.constData(), m_buffer.size()); !s)
            return s;
        m_buffer.clear();
        if (!m_final)
            return fail("bad_checksum",
                        QCoreApplication::translate("fb::storage::Errors",
                                                    "The encrypted object is truncated"));
    } else if (!m_buffer.isEmpty()) {
        return fail("bad_checksum",
                    QCoreApplication::translate("fb::storage::Errors",
                                                "The encrypted object has data after its end"));
    }
    return success();
}

QByteArray blake2bHex(QByteArrayView data)
{
    unsigned char h[32];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(data.data()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(h), sizeof h).toHex();
}

QByteArray blake2bFileHex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, 32);
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = f.read(buf.data(), buf.size())) > 0)
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(buf.constData()),
                                  static_cast<unsigned long long>(n));
    unsigned char h[32];
    crypto_generichash_final(&st, h, sizeof h);
    return QByteArray(reinterpret_cast<const char *>(h), sizeof h).toHex();
}

} // namespace fb::storage
