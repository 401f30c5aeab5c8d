#include "server/devnetwork.h"

#include "server/stellarkeys.h"
#include "wallet/secretbytes.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace fb::node {

namespace {
// Address of the development key whose seed is SHA-256 of a published label.
QString devAddress(const QByteArray &label)
{
    fb::initSodium();
    const QByteArray seed = QCryptographicHash::hash(
        QByteArray(QByteArrayLiteral("flashback development network: ") + label),
        QCryptographicHash::Sha256);
    SecretBytes secret(crypto_sign_SECRETKEYBYTES);
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), secret.data(),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    return stellarAddress(pk);
}
} // namespace

QString devNetworkName()
{
    return QStringLiteral("dev");
}

QString devNetworkPassphrase()
{
    return QStringLiteral("Flashback Development Network ; November 2026");
}

QString escrowAddress()
{
    static const QString a = devAddress("escrow");
    return a;
}

QString usdIssuerAddress()
{
    static const QString a = devAddress("usd issuer");
    return a;
}

QString platformFeeAddress()
{
    static const QString a = devAddress("platform fees");
    return a;
}

QString demoProviderAddress(int index)
{
    return devAddress(QByteArray("demo provider " + QByteArray::number(index)));
}

QString assetForCurrency(const QString &currency)
{
    if (currency == QLatin1String("XLM"))
        return QStringLiteral("XLM");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("USD:") + usdIssuerAddress();
    return QString();
}

} // namespace fb::node
