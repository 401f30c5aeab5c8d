// The QSettings keys of the app's preferences (never secrets, never cached data).
#pragma once

#include <QString>
#include <QUrl>

namespace fb::ui::SettingsKeys {
inline QString theme()
{
    return QStringLiteral("ui/theme");
}
inline QString language()
{
    return QStringLiteral("ui/language");
}
inline QString role()
{
    return QStringLiteral("ui/role");
}
inline QString lastPage()
{
    return QStringLiteral("ui/lastPage");
}
inline QString geometry()
{
    return QStringLiteral("ui/geometry");
}
inline QString windowState()
{
    return QStringLiteral("ui/windowState");
}
inline QString platformUrl()
{
    return QStringLiteral("platform/url");
}
// The SHA-256 fingerprint (hex) of a node's self-signed TLS certificate the user chose to trust,
// per node origin (scheme, host and port). A fingerprint is public, not a secret.
inline QString platformCertificatePin(const QUrl &url)
{
    QString origin = url.scheme() + QLatin1Char('_') + url.host() + QLatin1Char('_') +
                     QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    for (QChar &c : origin) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return QStringLiteral("platform/certificatePins/") + origin.toLower();
}
// Public, not secret: the wallet's Stellar account, shown without unlocking.
inline QString walletStellarAddress()
{
    return QStringLiteral("wallet/stellarAddress");
}
// Public, not secret: the wallet's Starknet account (Argent X key, OpenZeppelin account).
inline QString walletStarknetAddress()
{
    return QStringLiteral("wallet/starknetAddress");
}
// The currency prices are shown in (USD, EUR, XLM); read by ui/widgets/priceformat.
inline QString displayCurrency()
{
    return QStringLiteral("ui/displayCurrency");
}
// The Files page's speed limit over all transfers, bytes per second (0: none).
inline QString transferSpeedLimit()
{
    return QStringLiteral("files/speedLimit");
}
} // namespace fb::ui::SettingsKeys
