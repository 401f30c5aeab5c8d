#include "sealeddeals.h"

#include <QJsonDocument>

#include <sodium.h>

namespace fbtest {

QString testPhrase()
{
    return QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank "
                          "yellow");
}

fb::keystore::Secrets testSecrets()
{
    QByteArray utf8 = testPhrase().toUtf8();
    auto s = fb::keystore::fromBip39(fb::SecretBytes::fromBytes(utf8), fb::SecretBytes());
    fb::SecretBytes::wipe(utf8);
    return std::move(*s);
}

QString sealToSeed(const fb::SecretBytes &ed25519Seed, const QByteArray &plain)
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, ed25519Seed.data());
    sodium_memzero(sk, sizeof sk);
    unsigned char curve[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(curve, pk) != 0)
        return {};
    QByteArray box(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()),
                    reinterpret_cast<const unsigned char *>(plain.constData()),
                    quint64(plain.size()), curve);
    return QString::fromLatin1(box.toBase64());
}

QString sealTo(const fb::keystore::Secrets &secrets, const QJsonObject &access)
{
    auto seed = fb::keystore::accountKey(secrets, QStringLiteral("stellar"), 0);
    if (!seed)
        return {};
    return sealToSeed(*seed, QJsonDocument(access).toJson(QJsonDocument::Compact));
}

QList<fb::Deal> fundedDeals(const fb::keystore::Secrets &secrets, const QList<QJsonObject> &access)
{
    QList<fb::Deal> out;
    for (int i = 0; i < access.size(); ++i) {
        fb::Deal d;
        d.id = QStringLiteral("deal_%1").arg(i);
        d.slaId = QStringLiteral("sla_1");
        d.consumer = QStringLiteral("GTEST");
        d.providerId = QStringLiteral("prov_%1").arg(i);
        d.state = fb::DealState::Funded;
        d.protocol = access.at(i).value(QStringLiteral("type")).toString();
        d.shardIndex = i;
        d.shardCount = int(access.size());
        d.k = 1;
        d.sealedAccess = sealTo(secrets, access.at(i));
        out << d;
    }
    return out;
}

} // namespace fbtest
