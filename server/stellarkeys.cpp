#include "server/stellarkeys.h"

#include "wallet/slip10.h"
#include "wallet/strkey.h"

#include <sodium.h>

namespace fb::node {

Result<QByteArray> stellarPublicKey(const QString &address)
{
    auto key = strkey::decodeAccountId(address);
    if (!key)
        return Result<QByteArray>::failure(QStringLiteral("bad_address"), key.error().message);
    return *key;
}

QString stellarAddress(const QByteArray &publicKey)
{
    return strkey::accountId(publicKey);
}

bool verifyStellarSignature(const QString &address, const QByteArray &message,
                            const QByteArray &signature)
{
    auto key = strkey::decodeAccountId(address);
    return key && slip10::ed25519Verify(*key, message, signature);
}

Result<QString> sealToStellar(const QString &address, const QByteArray &plaintext)
{
    auto key = stellarPublicKey(address);
    if (!key)
        return key.error();
    unsigned char curve[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(
            curve, reinterpret_cast<const unsigned char *>(key->constData())) != 0) {
        return Result<QString>::failure(
            QStringLiteral("bad_address"),
            QStringLiteral("%1 is not a usable account key.").arg(address));
    }
    QByteArray box(plaintext.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()),
                    reinterpret_cast<const unsigned char *>(plaintext.constData()),
                    quint64(plaintext.size()), curve);
    return QString::fromLatin1(box.toBase64());
}

} // namespace fb::node
