// Asks for the wallet password (masked); the text is moved into guarded memory and wiped.
#pragma once

#include "wallet/secretbytes.h"

#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace fb {
class WalletService;
}

namespace fb::ui {

std::optional<SecretBytes> askPassword(QWidget *parent, const QString &title, const QString &text);

// The password of the wallet's unlocked session (WalletService::security()) when it holds one,
// else asks for it. The session keeps a typed password once it has opened the wallet (the
// service reports that), so the next caller does not ask. Null when the user cancelled.
std::shared_ptr<const SecretBytes> walletPassword(QWidget *parent, WalletService *wallet,
                                                  const QString &title, const QString &text);

} // namespace fb::ui
