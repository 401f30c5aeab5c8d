#include "storage/manifestcrypto.h"

#include "storage/filecrypto.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <sodium.h>

namespace fb::storage {

namespace {
const QByteArray kManifestMagic = QByteArrayLiteral("FBM1");
} // namespace

QByteArray sealManifest(const SecretBytes &master, const Manifest &mf)
{
    const QByteArray plain = QJsonDocument(mf.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray salt = randomSalt();
    const SecretBytes key = deriveFileKey(master, salt);
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const QByteArray ad = mf.fileId.toUtf8();
    QByteArray cipher(plain.size() + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES),
                      Qt::Uninitialized);
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(cipher.data()), &clen,
        reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), key.data());
    cipher.resize(qsizetype(clen));
    return kManifestMagic + salt + nonce + cipher;
}

Result<Manifest> openManifest(const SecretBytes &master, const QByteArray &blob,
                              const QString &fileId)
{
    const qsizetype head = kManifestMagic.size() + kSaltBytes +
                           qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    if (!blob.startsWith(kManifestMagic) ||
        blob.size() < head + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return Result<Manifest>::failure(
            QStringLiteral("bad_manifest"),
            QCoreApplication::translate("fb::storage::Errors", "Not a file manifest"));
    const QByteArray salt = blob.mid(kManifestMagic.size(), kSaltBytes);
    const QByteArray nonce =
        blob.mid(kManifestMagic.size() + kSaltBytes, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const QByteArray cipher = blob.mid(head);
    const SecretBytes key = deriveFileKey(master, salt);
    const QByteArray ad = fileId.toUtf8();
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    unsigned long long plen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &plen, nullptr,
            reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()), key.data()) != 0)
        return Result<Manifest>::failure(
            QStringLiteral("bad_manifest"),
            QCoreApplication::translate("fb::storage::Errors",
                                        "The file manifest does not authenticate "
                                        "(tampered, or another wallet's)"));
    plain.resize(qsizetype(plen));
    auto mf = Manifest::fromJson(QJsonDocument::fromJson(plain).object());
    if (mf.ok() && mf->fileId != fileId)
        return Result<Manifest>::failure(
            QStringLiteral("bad_manifest"),
            QCoreApplication::translate("fb::storage::Errors", "The manifest is of another file"));
    return mf;
}

} // namespace fb::storage
