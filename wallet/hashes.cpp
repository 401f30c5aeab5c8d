#include "wallet/hashes.h"

#include <openssl/evp.h>
#include <sodium.h>

namespace fb::hashes {

namespace {

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

QByteArray evpDigest(const char *name, QByteArrayView data)
{
    QByteArray out;
    EVP_MD *md = EVP_MD_fetch(nullptr, name, nullptr);
    if (!md)
        qFatal("OpenSSL provides no %s digest", name);
    unsigned int len = 0;
    out.resize(EVP_MD_get_size(md));
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   &len, md, nullptr) != 1)
        qFatal("OpenSSL %s digest failed", name);
    EVP_MD_free(md);
    return out;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()), bytes(data),
                       quint64(data.size()));
    return out;
}

QByteArray sha256d(QByteArrayView data)
{
    return sha256(sha256(data));
}

QByteArray sha512(QByteArrayView data)
{
    QByteArray out(crypto_hash_sha512_BYTES, Qt::Uninitialized);
    crypto_hash_sha512(reinterpret_cast<unsigned char *>(out.data()), bytes(data),
                       quint64(data.size()));
    return out;
}

QByteArray sha512_256(QByteArrayView data)
{
    return evpDigest("SHA512-256", data);
}

QByteArray ripemd160(QByteArrayView data)
{
    return evpDigest("RIPEMD160", data);
}

QByteArray hash160(QByteArrayView data)
{
    return ripemd160(sha256(data));
}

SecretBytes hmacSha512(QByteArrayView key, QByteArrayView data)
{
    SecretBytes out(crypto_auth_hmacsha512_BYTES);
    crypto_auth_hmacsha512_state st;
    crypto_auth_hmacsha512_init(&st, bytes(key), size_t(key.size()));
    crypto_auth_hmacsha512_update(&st, bytes(data), quint64(data.size()));
    crypto_auth_hmacsha512_final(&st, out.data());
    sodium_memzero(&st, sizeof st);
    return out;
}

} // namespace fb::hashes
