#include "storage/sealedaccess.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <sodium.h>

namespace fb::storage {

namespace {
const unsigned char *u8(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
} // namespace

Result<BoxKeys> boxKeysFromSeed(const SecretBytes &ed25519Seed)
{
    if (ed25519Seed.size() != crypto_sign_SEEDBYTES)
        return Result<BoxKeys>::failure(
            QStringLiteral("bad_key"),
            QCoreApplication::translate("fb::storage::Errors",
                                        "The account key must be 32 bytes."));
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    SecretBytes sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(pk, sk.data(), ed25519Seed.data());
    BoxKeys keys;
    keys.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    keys.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    if (crypto_sign_ed25519_pk_to_curve25519(
            reinterpret_cast<unsigned char *>(keys.publicKey.data()), pk) != 0 ||
        crypto_sign_ed25519_sk_to_curve25519(keys.secretKey.data(), sk.data()) != 0) {
        return Result<BoxKeys>::failure(
            QStringLiteral("bad_key"),
            QCoreApplication::translate("fb::storage::Errors",
                                        "The account key cannot be converted for encryption."));
    }
    return keys;
}

Result<QJsonObject> openSealedAccess(const QString &sealedBase64, const BoxKeys &keys)
{
    const auto decoded = QByteArray::fromBase64Encoding(sealedBase64.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() <= qsizetype(crypto_box_SEALBYTES))
        return Result<QJsonObject>::failure(
            QStringLiteral("bad_sealed_access"),
            QCoreApplication::translate("fb::storage::Errors",
                                        "The provider's access parameters are not a sealed box."));
    const QByteArray &box = decoded.decoded;
    QByteArray plain(box.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()), u8(box),
                             quint64(box.size()), u8(keys.publicKey), keys.secretKey.data()) != 0) {
        SecretBytes::wipe(plain);
        return Result<QJsonObject>::failure(
            QStringLiteral("cannot_open"),
            QCoreApplication::translate(
                "fb::storage::Errors",
                "The provider's access parameters were sealed to another wallet, or "
                "were altered."));
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &err);
    SecretBytes::wipe(plain);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("bad_access_json"),
            QCoreApplication::translate("fb::storage::Errors",
                                        "The provider's access parameters are not a JSON object."));
    return doc.object();
}

Result<QJsonObject> openSealedAccess(const QString &sealedBase64, const SecretBytes &ed25519Seed)
{
    auto keys = boxKeysFromSeed(ed25519Seed);
    if (!keys)
        return keys.error();
    return openSealedAccess(sealedBase64, *keys);
}

Result<SecretBytes> deriveFilesMasterSecret(const SecretBytes &accountSeed)
{
    if (accountSeed.size() < crypto_generichash_KEYBYTES_MIN ||
        accountSeed.size() > crypto_generichash_KEYBYTES_MAX)
        return Result<SecretBytes>::failure(
            QStringLiteral("bad_key"),
            QCoreApplication::translate("fb::storage::Errors",
                                        "The account key has the wrong size."));
    static const char personal[] = "flashback files v1";
    SecretBytes out(32);
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(personal),
                       sizeof(personal) - 1, accountSeed.data(), accountSeed.size());
    return out;
}

} // namespace fb::storage
