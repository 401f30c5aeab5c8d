// The QSettings keys of the app's preferences (never secrets, never cached data).
#pragma once

#include <QString>

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
// Public, not secret: the wallet's Stellar account, shown without unlocking.
inline QString walletStellarAddress()
{
    return QStringLiteral("wallet/stellarAddress");
}
} // namespace fb::ui::SettingsKeys
