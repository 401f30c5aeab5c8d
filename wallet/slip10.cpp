#include "wallet/slip10.h"

#include "wallet/hashes.h"

#include <sodium.h>

#include <cstring>

namespace fb::slip10 {

namespace {

Ed25519Node split(const SecretBytes &i)
{
    return {SecretBytes::fromBytes(i.view().first(32)),
            SecretBytes::fromBytes(i.view().sliced(32))};
}

} // namespace

Ed25519Node master(const SecretBytes &seed)
{
    return split(hashes::hmacSha512("ed25519 seed", seed.view()));
}

Result<Ed25519Node> derive(const SecretBytes &seed, const DerivationPath &path)
{
    Ed25519Node node = master(seed);
    for (quint32 index : path) {
        if (!(index & kHardened)) {
            return Result<Ed25519Node>::failure(
                QStringLiteral("bad_path"),
                QStringLiteral("ed25519 keys derive only along hardened levels (add ')."));
        }
        SecretBytes data(37);
        data.data()[0] = 0;
        std::memcpy(data.data() + 1, node.key.data(), 32);
        data.data()[33] = std::uint8_t(index >> 24);
        data.data()[34] = std::uint8_t(index >> 16);
        data.data()[35] = std::uint8_t(index >> 8);
        data.data()[36] = std::uint8_t(index);
        node = split(hashes::hmacSha512(node.chainCode.view(), data.view()));
    }
    return node;
}

QByteArray ed25519PublicKey(const SecretBytes &key)
{
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBytes sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), sk.data(), key.data());
    return pk;
}

QByteArray ed25519Sign(const SecretBytes &key, QByteArrayView message)
{
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBytes sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), sk.data(), key.data());
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         quint64(message.size()), sk.data());
    return sig;
}

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.data()),
               reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.data())) == 0;
}

} // namespace fb::slip10
